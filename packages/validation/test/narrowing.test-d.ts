import type { Bom, OperationRequestBody } from "@cofactr/platform-types";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expectTypeOf, test } from "vitest";
import { bomSchema, createPurchaseEventBody } from "../src/index.js";

describe("validators narrow to the types of @cofactr/platform-types", () => {
  test("is() narrows unknown to the exact type", () => {
    const value: unknown = {};
    if (bomSchema.is(value)) expectTypeOf(value).toEqualTypeOf<Bom>();
    if (createPurchaseEventBody.is(value)) {
      expectTypeOf(value).toEqualTypeOf<OperationRequestBody<"createPurchaseEvent">>();
    }
  });

  test("they are Standard Schema v1 objects with that output type", () => {
    expectTypeOf(bomSchema).toExtend<StandardSchemaV1<Bom, Bom>>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof bomSchema>>().toEqualTypeOf<Bom>();
  });
});
