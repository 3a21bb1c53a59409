/**
 * Waits for an async job (Upsert BOM Async, Async Create / Upsert Parts, Gets Program
 * Availabilities Async) by polling Get Async Job Status with a growing interval, until it
 * succeeds (resolving to its `result`) or fails (throwing `AsyncJobFailedError`).
 */
import type { AsyncJob } from "@cofactr/platform-types";
import { AsyncJobFailedError, RequestAbortedError, RequestTimeoutError } from "./errors.js";

/** Options of `cofactr.waitForJob`. */
export interface WaitForJobOptions {
  /** Stops waiting (the job itself goes on at Cofactr). */
  signal?: AbortSignal;
  /** Gives up after this long, in milliseconds. Default 10 minutes. */
  timeoutMs?: number;
  /** First wait between polls. Default 500 ms; each wait is 1.5× the last. */
  initialIntervalMs?: number;
  /** Longest wait between polls. Default 10 s. */
  maxIntervalMs?: number;
  /** Called with the job after every poll, e.g. to show `job.progress`. */
  onProgress?: (job: AsyncJob) => void;
}

function pause(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, milliseconds);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export async function waitForJob(
  getJob: (jobId: string, signal: AbortSignal | undefined) => Promise<AsyncJob>,
  jobId: string,
  options: WaitForJobOptions = {},
): Promise<AsyncJob["result"]> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  const deadline = Date.now() + timeoutMs;
  let interval = options.initialIntervalMs ?? 500;
  for (;;) {
    if (options.signal?.aborted) throw new RequestAbortedError(`Waiting for async job ${jobId} was aborted`);
    const job = await getJob(jobId, options.signal);
    options.onProgress?.(job);
    if (job.status === "succeeded") return job.result;
    if (job.status === "failed") throw new AsyncJobFailedError(jobId, job.error?.detail ?? "no reason given", job);
    const wait = Math.min(interval, deadline - Date.now());
    if (wait <= 0)
      throw new RequestTimeoutError(
        `Async job ${jobId} did not finish within ${timeoutMs} ms (last status: ${job.status})`,
      );
    try {
      await pause(wait, options.signal);
    } catch (reason) {
      throw new RequestAbortedError(`Waiting for async job ${jobId} was aborted`, { cause: reason });
    }
    interval = Math.min(interval * 1.5, options.maxIntervalMs ?? 10_000);
  }
}
