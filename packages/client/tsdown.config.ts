import { defineConfig } from "tsdown";

export default defineConfig({
  // The webhook parser is its own entry so that the main one never carries the webhook validators.
  entry: ["src/index.ts", "src/webhooks.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "es2022",
  sourcemap: true,
  clean: true,
});
