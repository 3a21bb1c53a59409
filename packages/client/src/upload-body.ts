/**
 * Turns an upload's fields into multipart form data, so callers pass a file as they have it: a
 * `Blob` or `File`, bytes (`ArrayBuffer`, `Uint8Array`, Node's `Buffer`), a web `ReadableStream`,
 * or any async iterable of bytes (a Node stream). Streams are read into memory first: `fetch`
 * cannot stream a multipart body everywhere.
 */

/** A file to upload, in any of the forms the client accepts. */
export type Uploadable = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return value !== null && typeof value === "object" && Symbol.asyncIterator in value;
}

async function toBlob(value: Uploadable): Promise<Blob> {
  if (value instanceof Blob) return value;
  if (value instanceof ArrayBuffer) return new Blob([value]);
  // Blob copies the bytes, so a view over any buffer will do; TypeScript's lib asks for ArrayBuffer.
  if (ArrayBuffer.isView(value))
    return new Blob([new Uint8Array(value.buffer, value.byteOffset, value.byteLength) as BlobPart]);
  if (typeof ReadableStream !== "undefined" && value instanceof ReadableStream) return new Response(value).blob();
  if (isAsyncIterable(value)) {
    const chunks: BlobPart[] = [];
    for await (const chunk of value) chunks.push(chunk as BlobPart);
    return new Blob(chunks);
  }
  throw new TypeError("expected a Blob, File, ArrayBuffer, Uint8Array, ReadableStream or async iterable of bytes");
}

/** Builds the form: file fields become file parts, everything else text parts. */
export async function toFormData(body: Record<string, unknown>, fileFields: readonly string[]): Promise<FormData> {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (fileFields.includes(name)) {
      let blob: Blob;
      try {
        blob = await toBlob(value as Uploadable);
      } catch (error) {
        throw new TypeError(`${name}: ${(error as Error).message}`);
      }
      const filename = (value as { name?: unknown }).name;
      form.append(name, blob, typeof filename === "string" ? filename : name);
    } else {
      form.append(name, typeof value === "object" && value !== null ? JSON.stringify(value) : String(value));
    }
  }
  return form;
}
