/**
 * What a download operation resolves to: the file's name and type as the server gives them, and
 * its bytes, streamed (`body`) or read whole (`blob()`, `arrayBuffer()`). The body can be read once.
 */
export interface Download {
  /** From `Content-Disposition`, when the server names the file. */
  readonly filename: string | undefined;
  readonly contentType: string;
  /** From `Content-Length`, when the server sends it. */
  readonly size: number | undefined;
  /** The bytes as they arrive. */
  readonly body: ReadableStream<Uint8Array>;
  blob(): Promise<Blob>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim().replace(/^"|"$/g, ""));
    } catch {
      // A malformed encoded name falls back to the plain one.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

export function toDownload(response: Response): Download {
  const body = response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  const length = response.headers.get("content-length");
  return {
    filename: filenameOf(response.headers.get("content-disposition")),
    contentType: response.headers.get("content-type") ?? "application/octet-stream",
    size: length === null ? undefined : Number(length),
    body,
    blob: () => new Response(body).blob(),
    arrayBuffer: () => new Response(body).arrayBuffer(),
  };
}
