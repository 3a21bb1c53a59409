import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * Bytes of `source` bundled for a browser, minified, then gzipped: what one import costs a user's
 * page. `source` is a module such as `export { createPurchaseEventBody } from "@cofactr/platform-validation"`.
 */
export async function minifiedGzipSize(source: string, resolveDir: string): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
}
