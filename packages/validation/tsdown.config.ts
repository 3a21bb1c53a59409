import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "es2022",
  // No source maps: nearly all of the package is generated checks, whose "source" is the same
  // JavaScript, so maps would add about 6 MB for nothing; a stack trace already names the schema
  // (`is_request_Bom`, `collect_request_Bom`).
  sourcemap: false,
  clean: true,
});
