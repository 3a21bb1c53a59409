/**
 * The breaking-change check, on the real bundled spec changed in one place at a time, and on small
 * hand-written specs for the rules the real spec cannot show.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { PendingChangeset } from "../release/changesets.ts";
import { judgeSpecChanges } from "../release/spec-check.ts";
import { diffSpecs, type SpecChange } from "../release/spec-diff.ts";
import { currentSpecPath } from "../release/workspace.ts";

type Spec = any;

const released: Spec = JSON.parse(readFileSync(currentSpecPath, "utf8"));

/** The released spec with one edit applied. */
function changed(edit: (spec: Spec) => void): Spec {
  const spec = structuredClone(released);
  edit(spec);
  return spec;
}

/** The object member of a schema written as `allOf: [<shared part>, { type: object, … }]`. */
function objectPart(spec: Spec, schema: string): { properties: Record<string, unknown>; required: string[] } {
  const node = spec.components.schemas[schema];
  return node.allOf ? node.allOf.find((part: Spec) => part.properties) : node;
}

const major: PendingChangeset = { file: "brave-lions-sing.md", bumps: new Map([["@cofactr/platform-types", "major"]]) };

describe("the breaking-change check on the real spec", () => {
  it("finds nothing when nothing changed", () => {
    expect(diffSpecs(released, structuredClone(released))).toEqual([]);
    expect(judgeSpecChanges([], []).ok).toBe(true);
  });

  it("catches a removed field", () => {
    const after = changed((spec) => {
      const bom = objectPart(spec, "Bom");
      delete bom.properties.part_number;
      bom.required = bom.required.filter((name) => name !== "part_number");
    });
    const changes = diffSpecs(released, after);
    expect(changes).toContainEqual({
      severity: "breaking",
      location: "schema Bom.part_number",
      message: "field removed",
    });
    expect(judgeSpecChanges(changes, []).ok).toBe(false);
    expect(judgeSpecChanges(changes, [major]).ok).toBe(true);
  });

  it("catches an added required field", () => {
    const after = changed((spec) => {
      const body = objectPart(spec, "BomCreate");
      body.properties.cost_center = { type: "string", maxLength: 64 };
      body.required.push("cost_center");
    });
    const changes = diffSpecs(released, after);
    expect(changes).toEqual([
      { severity: "breaking", location: "schema BomCreate.cost_center", message: "new required field" },
    ]);
    const verdict = judgeSpecChanges(changes, []);
    expect(verdict.ok).toBe(false);
    expect(verdict.lines.join("\n")).toContain("pnpm changeset");
  });

  it("passes an added optional field", () => {
    const after = changed((spec) => {
      objectPart(spec, "BomCreate").properties.cost_center = { type: "string", maxLength: 64 };
    });
    const changes = diffSpecs(released, after);
    expect(changes).toEqual([
      { severity: "non-breaking", location: "schema BomCreate.cost_center", message: "new optional field" },
    ]);
    expect(judgeSpecChanges(changes, []).ok).toBe(true);
  });

  it("passes a field added to an answer, even a required one", () => {
    const after = changed((spec) => {
      const bom = objectPart(spec, "Bom");
      bom.properties.cost_center = { type: "string" };
      bom.required.push("cost_center");
    });
    expect(diffSpecs(released, after).map((change) => change.severity)).toEqual(["non-breaking"]);
  });

  it("catches a removed operation and a renamed client method", () => {
    const after = changed((spec) => {
      delete spec.paths["/v1/boms/{bom_id}/"].get;
      spec.paths["/v1/boms/{bom_id}/"].patch["x-sdk-method"] = "boms.edit";
    });
    const breaking = diffSpecs(released, after).filter((change) => change.severity === "breaking");
    expect(breaking.map((change) => change.message)).toEqual([
      "operation removed",
      "client method renamed: cofactr.boms.update → cofactr.boms.edit",
    ]);
  });

  it("catches a removed enum value and passes a new one", () => {
    const values: string[] = released.components.schemas.PurchaseEventType.enum;
    const removed = diffSpecs(
      released,
      changed((spec) => {
        spec.components.schemas.PurchaseEventType.enum = values.filter((value) => value !== "shipped");
      }),
    );
    expect(removed).toContainEqual({
      severity: "breaking",
      location: "schema PurchaseEventType",
      message: 'enum value "shipped" removed',
    });
    const added = diffSpecs(
      released,
      changed((spec) => {
        spec.components.schemas.PurchaseEventType.enum = [...values, "teleported"];
      }),
    );
    expect(added.every((change) => change.severity === "non-breaking")).toBe(true);
    expect(added.length).toBeGreaterThan(0);
  });

  it("treats documentation as non-breaking", () => {
    const after = changed((spec) => {
      spec.paths["/v1/boms/"].get.description = "Lists BOMs.";
      spec.components.schemas.Bom.description = "A BOM.";
    });
    const changes = diffSpecs(released, after);
    expect(changes.length).toBe(2);
    expect(changes.every((change) => change.severity === "non-breaking")).toBe(true);
  });
});

describe("the classification rules", () => {
  /** A one-operation spec whose request body and 200 answer are the given schemas. */
  function api(input: Spec, output: Spec, parameters: Spec[] = []): Spec {
    return {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/things/": {
          post: {
            operationId: "createThing",
            "x-sdk-method": "things.create",
            parameters,
            requestBody: { required: true, content: { "application/json": { schema: input } } },
            responses: { "200": { description: "ok", content: { "application/json": { schema: output } } } },
          },
        },
      },
    };
  }
  const text = { type: "string" };
  const object = (properties: Record<string, Spec>, required: string[] = []) => ({
    type: "object",
    properties,
    required,
  });
  const summary = (changes: SpecChange[]) => changes.map((change) => `${change.severity}: ${change.message}`);

  it.each([
    {
      given: "an input that no longer accepts null",
      before: api(object({ a: { type: ["string", "null"] } }), object({})),
      after: api(object({ a: text }), object({})),
      want: ["breaking: no longer accepts null"],
    },
    {
      given: "an input that now accepts null",
      before: api(object({ a: text }), object({})),
      after: api(object({ a: { type: ["string", "null"] } }), object({})),
      want: ["non-breaking: now also accepts null"],
    },
    {
      given: "an answer that may now be null",
      before: api(object({}), object({ a: text }, ["a"])),
      after: api(object({}), object({ a: { type: ["string", "null"] } }, ["a"])),
      want: ["breaking: may now be null"],
    },
    {
      given: "a tighter input length",
      before: api(object({ a: { type: "string", maxLength: 200 } }), object({})),
      after: api(object({ a: { type: "string", maxLength: 100 } }), object({})),
      want: ["breaking: maxLength 200 → 100"],
    },
    {
      given: "a looser input length",
      before: api(object({ a: { type: "string", maxLength: 100 } }), object({})),
      after: api(object({ a: { type: "string", maxLength: 200 } }), object({})),
      want: ["non-breaking: maxLength 100 → 200"],
    },
    {
      given: "an optional input that became required",
      before: api(object({ a: text }), object({})),
      after: api(object({ a: text }, ["a"]), object({})),
      want: ["breaking: field became required"],
    },
    {
      given: "an answer field that may now be absent",
      before: api(object({}), object({ a: text }, ["a"])),
      after: api(object({}), object({ a: text })),
      want: ["breaking: field may now be absent"],
    },
    {
      given: "a new required query parameter",
      before: api(object({}), object({})),
      after: api(object({}), object({}), [{ name: "q", in: "query", required: true, schema: text }]),
      want: ["breaking: new required parameter"],
    },
    {
      given: "a new optional query parameter",
      before: api(object({}), object({})),
      after: api(object({}), object({}), [{ name: "q", in: "query", schema: text }]),
      want: ["non-breaking: new optional parameter"],
    },
    {
      given: "a read-only field added to a shared schema",
      before: api(object({ a: text }), object({ a: text })),
      after: api(
        object({ a: text, id: { type: "string", readOnly: true } }),
        object({ a: text, id: { type: "string", readOnly: true } }),
      ),
      want: ["non-breaking: new field"],
    },
    {
      given: "an unknown keyword that changed",
      before: api(object({ a: text }), object({})),
      after: api(object({ a: { type: "string", not: { const: "x" } } }), object({})),
      want: ["breaking: `not` changed (not analysed; treated as breaking)"],
    },
  ])("$given", ({ before, after, want }) => {
    expect(summary(diffSpecs(before, after))).toEqual(want);
  });
});
