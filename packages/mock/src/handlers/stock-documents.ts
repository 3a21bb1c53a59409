/**
 * Stock document operations. Uploads are `multipart/form-data`: the file in the `file` part, every
 * other field as a form field (`metadata` as JSON text); the download answers the bytes as sent.
 */
import { stockDocumentCreateSchema } from "@cofactr/platform-validation";
import { HttpError } from "../http-error.js";
import { findVisible } from "../lookup.js";
import { paginate } from "../paging.js";
import { integrationFields } from "../records/integration-fields.js";
import { presentStockDocument } from "../records/stock-documents.js";
import type { Handler } from "../request-context.js";
import type { StoredStockDocument } from "../stored-records.js";
import { toFieldErrors } from "../to-field-errors.js";

/** The API's upload limit: 25 MiB. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;

const FORM_FIELDS = new Set([
  "file",
  "stock_lot",
  "document_type",
  "description",
  "metadata",
  "synced_from_integration",
  "integration_source_name",
  "integration_record_id",
  "synced_from_integration_at",
]);

/** The form's fields as the JSON the schema describes (`metadata` parsed, the flag a boolean). */
function formFields(form: FormData): { fields: Record<string, unknown>; problems: Record<string, string[]> } {
  const fields: Record<string, unknown> = {};
  const problems: Record<string, string[]> = {};
  for (const [name, value] of form.entries()) {
    if (!FORM_FIELDS.has(name)) {
      problems[name] = ["is not a known field"];
      continue;
    }
    if (name === "file") continue;
    if (typeof value !== "string") {
      problems[name] = ["Expected a form field, got a file."];
      continue;
    }
    if (name === "metadata") {
      try {
        fields.metadata = JSON.parse(value);
      } catch {
        problems.metadata = ["Expected JSON text of an object."];
      }
    } else if (name === "synced_from_integration") {
      fields[name] = value === "true" ? true : value === "false" ? false : value;
    } else {
      fields[name] = value;
    }
  }
  return { fields, problems };
}

/** Create StockDocument (`POST /v1/stock_documents/`). */
export const createStockDocument: Handler<"createStockDocument"> = async ({ state, scope, form, now }) => {
  if (!form) throw HttpError.detail(400, "Send the document as multipart/form-data.");
  const { fields, problems } = formFields(form);
  const file = form.get("file");
  if (!(file instanceof Blob)) problems.file = ["No file was submitted."];
  else if (file.size > MAX_FILE_BYTES) problems.file = ["The file is larger than 25 MiB."];
  else if (file.size === 0) problems.file = ["The submitted file is empty."];
  const checked = stockDocumentCreateSchema.validate({ ...fields, file: "(file)" });
  if (!checked.success) Object.assign(problems, toFieldErrors(checked.issues) as Record<string, string[]>);
  if (Object.keys(problems).length > 0) throw HttpError.fields(problems);
  const value = checked.success ? checked.value : undefined;
  const upload = file as File;
  const lot = value ? state.stockLots.get(value.stock_lot) : undefined;
  if (!value || !lot || lot.org !== scope.acting)
    throw HttpError.invalidReference("stock_lot", String(fields.stock_lot));
  const id = state.nextId();
  const document: StoredStockDocument = {
    id,
    stock_lot: lot.id,
    document_type: value.document_type,
    file_name: (upload.name || "upload").slice(0, 255),
    content_type: (upload.type || "application/octet-stream").slice(0, 255),
    size: upload.size,
    description: value.description ?? null,
    metadata: value.metadata ?? {},
    org: lot.org,
    created_at: now,
    updated_at: now,
    ...integrationFields(value),
    bytes: new Uint8Array(await upload.arrayBuffer()),
  };
  return { status: 201, body: presentStockDocument(state.stockDocuments.set(id, document)) };
};

/** List StockDocuments (`GET /v1/stock_documents/`). */
export const listStockDocuments: Handler<"listStockDocuments"> = ({ state, scope, query, url }) => {
  const documents = state.stockDocuments
    .filter(
      (document) =>
        scope.sees(document.org) &&
        (query.stock_lot === undefined || document.stock_lot === query.stock_lot) &&
        (query.document_type === undefined || document.document_type === query.document_type),
    )
    .reverse()
    .map(presentStockDocument);
  return { body: paginate(documents, query, url) };
};

/** Get StockDocument (`GET /v1/stock_documents/{stock_document_id}/`). */
export const getStockDocument: Handler<"getStockDocument"> = ({ state, scope, params }) => ({
  body: presentStockDocument(findVisible(state.stockDocuments, params.stock_document_id, scope)),
});

/** `filename="…"` for plain names, plus RFC 5987's `filename*` when the name is not plain ASCII. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const plain = `attachment; filename="${ascii}"`;
  return ascii === fileName ? plain : `${plain}; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Download StockDocument (`GET /v1/stock_documents/{stock_document_id}/download/`). */
export const downloadStockDocument: Handler<"downloadStockDocument"> = ({ state, scope, params }) => {
  const document = findVisible(state.stockDocuments, params.stock_document_id, scope);
  return {
    body: document.bytes,
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": contentDisposition(document.file_name),
    },
  };
};
