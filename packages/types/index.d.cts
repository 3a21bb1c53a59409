// CommonJS entry of the type declarations: the same types as dist/index.d.ts. This package has no
// run-time code, so CommonJS code can use its ES module declarations as long as it says so.
export type * from "./dist/index.js" with { "resolution-mode": "import" };
