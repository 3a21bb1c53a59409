import { describe, expectTypeOf, test } from "vitest";
import type { Bom, OperationRequestBody, OperationResponse, PurchaseEventType, paths } from "../src/index.js";

describe("generated types", () => {
  test("a response body is typed from its schema", () => {
    type Page = OperationResponse<"listBoms">;
    expectTypeOf<Page["results"][number]>().toEqualTypeOf<Bom>();
    expectTypeOf<Page["count"]>().toEqualTypeOf<number>();
    expectTypeOf<Page["next"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Bom["version"]>().toEqualTypeOf<string | null>();
  });

  test("a request body requires what the spec requires and nothing else", () => {
    type Body = OperationRequestBody<"createPurchaseEvent">;
    expectTypeOf<{ purchase_lines: string[]; event_type: "shipped" }>().toExtend<Body>();
    // send_alerts has a default, so it may be left out.
    expectTypeOf<Body["send_alerts"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Body["event_type"]>().toEqualTypeOf<PurchaseEventType>();
    // @ts-expect-error: event_type is required
    expectTypeOf<{ purchase_lines: string[] }>().toExtend<Body>();
  });

  test("paths carry the trailing slash and the path parameters", () => {
    expectTypeOf<keyof paths>().toExtend<`/${string}/`>();
    expectTypeOf<paths["/v1/boms/{bom_id}/"]["get"]["parameters"]["path"]>().toEqualTypeOf<{ bom_id: string }>();
  });
});

describe("free-form objects", () => {
  test("metadata takes any keys (a schema of type object with no properties)", () => {
    type Body = OperationRequestBody<"upsertBomAsync">;
    expectTypeOf<{ name: string; metadata: { plm_revision: string } }>().toExtend<Body>();
    type Line = NonNullable<Body["lines"]>[number];
    expectTypeOf<{ mpn: string; metadata: { row: number } }>().toExtend<Line>();
  });
});
