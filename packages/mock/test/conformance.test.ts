/**
 * Conformance: every operation of the spec, called over HTTP against the demo seed, answers one of
 * its documented success statuses with a body the spec's response validator accepts; and its error
 * answers (401, 404, 400) have the spec's error shapes. The calls are in operation-cases.ts.
 */
import {
  badRequestBodySchema,
  errorDetailSchema,
  formatIssue,
  operationValidators,
} from "@cofactr/platform-validation";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { type MockServer, SEED_IDS, startMockServer } from "../src/index.js";
import { call } from "./mock-client.js";
import { type Api, operationCases, operations, specExample } from "./operation-cases.js";

const ids = SEED_IDS;
let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const api: Api = (method, path, options) => call(server.url, method, path, options);
const cases = operationCases(api);

const operationIds = [...operations.keys()];
const validators = operationValidators as unknown as Record<
  string,
  { response?: { validate(value: unknown): { success: boolean; issues?: readonly never[] } } }
>;

test("the spec has 104 operations and every one has a case here", () => {
  expect(operationIds).toHaveLength(104);
  expect(Object.keys(cases).sort()).toEqual([...operationIds].sort());
});

describe("every operation answers a documented success with a body the spec accepts", () => {
  test.each(operationIds)("%s", async (operationId) => {
    const { operation } = operations.get(operationId)!;
    const answer = await cases[operationId]!();
    const documented = Object.keys(operation.responses)
      .map(Number)
      .filter((status) => status < 300);
    expect(documented, JSON.stringify(answer.body)).toContain(answer.status);
    if (answer.status === 204) {
      expect(answer.bytes).toHaveLength(0);
    } else if (operationId === "downloadStockDocument") {
      expect(answer.headers.get("content-type")).toBe("application/octet-stream");
      expect(answer.headers.get("content-disposition")).toMatch(/^attachment; filename="/);
      expect(Number(answer.headers.get("content-length"))).toBe(answer.bytes.length);
    } else {
      const checked = validators[operationId]!.response!.validate(answer.body);
      expect(checked.issues?.map(formatIssue) ?? []).toEqual([]);
      expect(checked.success).toBe(true);
    }
  });
});

/** A path with every id replaced by one that names no record. */
function unknownIds(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    name === "part_id" ? "CZZZZZZZZZZZ" : "11111111-1111-4111-8111-111111111111",
  );
}

describe("error answers have the spec's shapes", () => {
  test.each(operationIds)("%s: no key is 401 with a detail", async (operationId) => {
    const { method, path } = operations.get(operationId)!;
    const answer = await api(method, unknownIds(path), { key: null });
    expect(answer.status).toBe(401);
    expect(errorDetailSchema.is(answer.body)).toBe(true);
  });

  const withIds = operationIds.filter((operationId) => operations.get(operationId)!.path.includes("{"));
  test.each(withIds)("%s: an unknown id is 404 with a detail", async (operationId) => {
    const { method, path, operation } = operations.get(operationId)!;
    const hasJsonBody = operation.requestBody?.content["application/json"] !== undefined;
    // A valid body, so that the answer is about the id and not about the body.
    const body = hasJsonBody ? (specExample(operationId) ?? [{ id: ids.noPartLine }]) : undefined;
    const answer = await api(method, unknownIds(path), body === undefined ? {} : { body });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ detail: "Not found." });
  });

  const withBodies = operationIds.filter(
    (operationId) => operations.get(operationId)!.operation.requestBody?.content["application/json"] !== undefined,
  );
  test.each(withBodies)(
    "%s: a body of the wrong type is 400 with DRF errors, and nothing changes",
    async (operationId) => {
      const { method, path } = operations.get(operationId)!;
      const before = JSON.stringify(server.state.boms.values()) + JSON.stringify(server.state.purchaseOrders.values());
      const filled = path
        .replace("{bom_id}", ids.bom)
        .replace("{line_id}", ids.bomLineCapacitor)
        .replace(/\{\w+\}/g, "11111111-1111-4111-8111-111111111111");
      const answer = await api(method, filled, { body: 42 });
      // Either the body is refused (400) or the path's record does not exist (404), never a success.
      expect([400, 404]).toContain(answer.status);
      if (answer.status === 400) expect(badRequestBodySchema.is(answer.body)).toBe(true);
      expect(JSON.stringify(server.state.boms.values()) + JSON.stringify(server.state.purchaseOrders.values())).toBe(
        before,
      );
    },
  );
});
