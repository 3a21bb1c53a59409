/**
 * `@cofactr/platform-client/webhooks`: checks and types the webhooks Cofactr sends. A separate entry
 * point, so that clients that never receive webhooks do not carry the webhook validators.
 */
import type { WebhookEvent } from "@cofactr/platform-types";
import { webhookEventSchema } from "@cofactr/platform-validation";
import { CofactrValidationError } from "./errors.js";

export type { WebhookEvent } from "@cofactr/platform-types";

/**
 * Parses a webhook delivery: the raw body (text or bytes, as your HTTP framework gives it) or an
 * already-parsed object. Returns the event typed by `record_type` (narrow with
 * `if (event.record_type === "BOM") event.data.line_count`), or throws a `CofactrValidationError`
 * that says what is wrong. Unknown extra fields are accepted, so a field Cofactr adds later does not
 * break your endpoint. Cofactr documents no signature scheme, so this cannot tell who sent it.
 */
export function parseWebhookEvent(body: string | Uint8Array | unknown): WebhookEvent {
  let value = body;
  if (typeof body === "string" || body instanceof Uint8Array) {
    const text = typeof body === "string" ? body : new TextDecoder().decode(body);
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new CofactrValidationError("webhook event", [
        { pointer: "", message: `expected a JSON body, got text that is not JSON (${(error as Error).message})` },
      ]);
    }
  }
  const result = webhookEventSchema.validate(value);
  if (!result.success) throw new CofactrValidationError("webhook event", result.issues);
  return result.value;
}
