import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";

const require = createRequire(import.meta.url);

describe("@cofactr/platform-types/openapi.json", () => {
  test("is the bundled spec, reachable through the package's exports", async () => {
    const spec = JSON.parse(await readFile(require.resolve("@cofactr/platform-types/openapi.json"), "utf8"));
    expect(spec.openapi).toBe("3.1.0");
    expect(Object.keys(spec.paths)).toContain("/v1/purchase_events/");
    // Bundling hoists every referenced file into components: no reference may point outside the document.
    expect(JSON.stringify(spec)).not.toMatch(/"\$ref":"(?!#\/)/);
  });
});
