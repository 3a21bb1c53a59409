/** Outbound email operations: record an email, read it, mark it sent (idempotently). */
import type { OutboundEmail } from "@cofactr/platform-types";
import { findVisible } from "../lookup.js";
import type { Handler } from "../request-context.js";

/** Create Outbound Email (`POST /v1/outbound_emails/`). */
export const createOutboundEmail: Handler<"createOutboundEmail"> = ({ state, scope, body, now }) => {
  const id = state.nextId();
  const email: OutboundEmail = {
    id,
    to: body.to,
    cc: body.cc ?? [],
    bcc: body.bcc ?? [],
    reply_to: body.reply_to ?? null,
    subject: body.subject,
    text_body: body.text_body,
    html_body: body.html_body ?? null,
    status: "pending",
    sent_at: null,
    provider_message_id: null,
    metadata: body.metadata ?? {},
    org: scope.acting,
    created_at: now,
    updated_at: now,
  };
  return { status: 201, body: state.outboundEmails.set(id, email) };
};

/** Get Outbound Email (`GET /v1/outbound_emails/{outbound_email_id}/`). */
export const getOutboundEmail: Handler<"getOutboundEmail"> = ({ state, scope, params }) => ({
  body: findVisible(state.outboundEmails, params.outbound_email_id, scope),
});

/** Marks a pending email sent; an email already sent is answered as it is, so a retry is safe. */
export const markOutboundEmailSent: Handler<"markOutboundEmailSent"> = ({ state, scope, params, body, now }) => {
  const email = findVisible(state.outboundEmails, params.outbound_email_id, scope);
  if (email.status === "sent") return { body: email };
  const sent: OutboundEmail = {
    ...email,
    status: "sent",
    sent_at: body?.sent_at ?? now,
    provider_message_id: body?.provider_message_id ?? null,
    updated_at: now,
  };
  return { body: state.outboundEmails.set(email.id, sent) };
};
