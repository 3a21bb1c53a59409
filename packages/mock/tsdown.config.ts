import { defineConfig } from "tsdown";

export default defineConfig([
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    platform: "node",
    target: "node20",
    sourcemap: true,
    clean: true,
  },
  {
    // The MSW handlers run in browsers too, so this entry is built without Node's resolution.
    entry: ["src/msw.ts"],
    format: ["esm", "cjs"],
    dts: true,
    platform: "neutral",
    target: "es2022",
    sourcemap: true,
    clean: false,
  },
  {
    entry: ["src/cli.ts"],
    format: ["esm"],
    platform: "node",
    target: "node20",
    clean: false,
  },
]);
