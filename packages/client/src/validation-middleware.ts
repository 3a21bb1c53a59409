/**
 * The `validate` option for the path-based API (`client.POST("/v1/boms/", { body })`): an
 * openapi-fetch middleware that checks JSON request bodies before they are sent and JSON success
 * answers once received, with the same validators, modes and errors as facade calls.
 *
 * openapi-fetch hands middleware the spec path the call named (`/v1/boms/{bom_id}/`), so the
 * operation is found by method and spec path, never by matching the URL. The body and the answer
 * are read from clones, so what openapi-fetch sends and parses is untouched. A `strict` mismatch
 * rejects the call with `CofactrValidationError` (a body never leaves); that is the one case where
 * a path-based call rejects for something other than the network, as with any failing middleware.
 * Unlike facade calls, there is no per-call `validate`: openapi-fetch's call options are its own.
 */
import type { Middleware } from "openapi-fetch";
import { checkAgainstSpec, type SpecChecks, type ValidateMode } from "./check-against-spec.js";
import type { OperationMeta } from "./operation-call.js";

/** Whether a message carries JSON (`application/json`, or a `+json` type such as problem+json). */
function carriesJson(headers: Headers): boolean {
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || type.endsWith("+json");
}

/** Reads a JSON body from a clone; `undefined` when it is empty or not JSON (openapi-fetch reports that). */
async function readJson(message: Request | Response): Promise<{ value: unknown } | undefined> {
  const text = await message.clone().text();
  if (text === "") return undefined;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** Checks path-based calls of the operations in `operations` in `mode` (never `"off"`: then add none). */
export function createValidationMiddleware(
  checks: SpecChecks,
  mode: ValidateMode,
  operations: Iterable<OperationMeta>,
): Middleware {
  const ids = new Map<string, string>();
  for (const meta of operations) ids.set(`${meta.method} ${meta.path}`, meta.id);
  return {
    async onRequest({ request, schemaPath }) {
      const id = ids.get(`${request.method} ${schemaPath}`);
      if (id === undefined || request.body === null || !carriesJson(request.headers)) return;
      const body = await readJson(request);
      if (body) checkAgainstSpec(checks, mode, id, "body", body.value);
    },
    async onResponse({ request, response, schemaPath }) {
      const id = ids.get(`${request.method} ${schemaPath}`);
      if (id === undefined || !response.ok || !carriesJson(response.headers)) return;
      const answer = await readJson(response);
      if (answer) checkAgainstSpec(checks, mode, id, "response", answer.value);
    },
  };
}
