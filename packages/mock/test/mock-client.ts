/** A small fetch-based caller for the tests: real HTTP against a mock server on a real socket. */
import { MOCK_API_KEY } from "../src/index.js";

export interface CallOptions {
  body?: unknown;
  /** The API key to send; null sends no Authorization header. */
  key?: string | null;
  headers?: Record<string, string>;
  form?: FormData;
}

export interface CallResult {
  status: number;
  body: any;
  headers: Headers;
  bytes: Uint8Array;
}

/** Sends one request to `baseUrl` and reads the answer (JSON when it is JSON, bytes always). */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== null) headers.authorization ??= `Api-Key ${options.key ?? MOCK_API_KEY}`;
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers["content-type"] ??= "application/json";
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isJson = response.headers.get("content-type")?.includes("application/json") ?? false;
  const text = new TextDecoder().decode(bytes);
  return {
    status: response.status,
    body: isJson && text ? JSON.parse(text) : undefined,
    headers: response.headers,
    bytes,
  };
}

/** Polls an async job until it ends, and answers the ended job with the statuses it went through. */
export async function waitForJob(baseUrl: string, jobId: string, options: CallOptions = {}) {
  const statuses: string[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const job = await call(baseUrl, "GET", `/v1/async_jobs/${jobId}/`, options);
    if (job.status !== 200) throw new Error(`job ${jobId}: ${job.status} ${JSON.stringify(job.body)}`);
    statuses.push(job.body.status);
    if (job.body.status === "succeeded" || job.body.status === "failed") return { job: job.body, statuses };
  }
  throw new Error(`job ${jobId} did not end: ${statuses.join(" → ")}`);
}
