/**
 * Every operation of the spec called through the client's resource facade (`cofactr.boms.get(id)`,
 * …) against the mock server: the same calls as the conformance test, made the way other teams make
 * them. The client validates every body and every answer (`validate: "strict"`), so a call passes
 * only if the facade, the spec and the mock agree.
 */
import { CofactrApiError, type CofactrClient, createCofactrClient, type Download } from "@cofactr/platform-client";
import { operationValidators } from "@cofactr/platform-validation";
import { afterAll, beforeAll, beforeEach, expect, test } from "vitest";
import { MOCK_API_KEY, type MockServer, startMockServer } from "../src/index.js";
import type { CallResult } from "./mock-client.js";
import { type Api, operationCases, operations } from "./operation-cases.js";

let server: MockServer;
let cofactr: CofactrClient;
beforeAll(async () => {
  server = await startMockServer();
  cofactr = createCofactrClient({
    apiKey: MOCK_API_KEY,
    baseUrl: server.url,
    validate: "strict",
    validators: operationValidators,
  });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const routes = [...operations.values()].map(({ method, path, operation }) => {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string);
  const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, "([^/]+)")}$`);
  return { method, names, pattern, operation };
});

/** Finds the facade method for a request and calls it with the path's ids, the body and the query. */
const viaFacade: Api = async (method, path, options = {}) => {
  const url = new URL(path, "http://mock");
  const literalFirst = [...routes].sort((a, b) => a.names.length - b.names.length);
  const route = literalFirst.find((candidate) => candidate.method === method && candidate.pattern.test(url.pathname));
  if (!route) throw new Error(`no operation for ${method} ${path}`);
  const values = (route.pattern.exec(url.pathname) as RegExpExecArray).slice(1).map(decodeURIComponent);
  const names = route.operation["x-sdk-method"].split(".");
  let target: unknown = cofactr;
  for (const name of names) target = (target as Record<string, unknown>)[name];
  const args: unknown[] = [...values];
  if (route.operation.requestBody) args.push(options.form ? Object.fromEntries(options.form.entries()) : options.body);
  args.push(url.search ? { query: Object.fromEntries(url.searchParams) } : {});
  try {
    const data = await (target as (...parameters: unknown[]) => Promise<unknown>)(...args);
    return { status: 200, body: data, headers: new Headers(), bytes: new Uint8Array() } satisfies CallResult;
  } catch (error) {
    if (!(error instanceof CofactrApiError)) throw error;
    return { status: error.status, body: error.body, headers: error.headers, bytes: new Uint8Array() };
  }
};

const cases = operationCases(viaFacade);

test("every operation of the spec has a facade call here", () => {
  expect(Object.keys(cases).sort()).toEqual([...operations.keys()].sort());
});

test.each([...operations.keys()])("%s through the facade", async (operationId) => {
  const answer = await (cases[operationId] as () => Promise<CallResult>)();
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  if (operationId === "downloadStockDocument") {
    const download = answer.body as Download;
    expect(download.filename).toMatch(/\.pdf$/);
    expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(0);
  }
});
