import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { Call, ClientContender } from "./client-contenders.js";
import { onProcessor } from "./cpu-pinning.js";
import { SOURCE_FOLDER } from "./run-measurement.js";

const LINE_TIMEOUT_MS = 60_000;

/** A contender's worker process (measure-client.ts), ready to make calls when told to. */
export interface ClientWorker {
  contender: ClientContender;
  /** Makes `count` calls, one at a time, and resolves to their latencies in milliseconds. */
  run(count: number): Promise<number[]>;
  /** Tells the worker to exit and waits until it has. */
  stop(): Promise<void>;
}

/**
 * Starts the worker of `contender` on `call` against the server at `baseUrl` (on `processor`, when
 * given), and resolves once it has made `warmUpCalls` calls and is ready. A worker that fails or
 * exits early rejects what is pending with the end of its error output, so a broken contender
 * never becomes a figure.
 */
export function startClientWorker(
  contender: ClientContender,
  call: Call,
  baseUrl: string,
  warmUpCalls: number,
  processor: number | undefined,
): Promise<ClientWorker> {
  const child: ChildProcess = spawn(
    ...onProcessor(processor, [
      "--import",
      "tsx",
      `${SOURCE_FOLDER}measure-client.ts`,
      contender,
      call,
      baseUrl,
      String(warmUpCalls),
    ]),
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  // The one line awaited at a time: the worker answers each command with exactly one line.
  let pending: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  let ended: Error | undefined;
  const fail = (error: Error) => {
    ended ??= error;
    pending?.reject(ended);
    pending = undefined;
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
    const waiting = pending;
    pending = undefined;
    if (waiting) waiting.resolve(line);
    else fail(new Error(`${contender} on ${call} printed ${JSON.stringify(line.slice(0, 200))} unasked`));
  });
  child.once("error", fail);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      fail(new Error(`${contender} on ${call} exited (${code ?? signal}):\n${errors}`));
      resolve();
    });
  });
  // No command takes a minute: a worker that hangs is killed rather than hang the run.
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      if (ended) return reject(ended);
      const timer = setTimeout(() => {
        fail(new Error(`${contender} on ${call} did not answer within ${LINE_TIMEOUT_MS / 1000} s`));
        child.kill("SIGKILL");
      }, LINE_TIMEOUT_MS);
      pending = {
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  const worker: ClientWorker = {
    contender,
    async run(count) {
      const answer = nextLine();
      child.stdin?.write(`run ${count}\n`);
      return JSON.parse(await answer) as number[];
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.stdin?.end("exit\n");
      await exited;
    },
  };
  return nextLine().then(
    (line) => {
      if (line !== "ready") throw new Error(`${contender} on ${call}: expected ready, got ${line.slice(0, 200)}`);
      return worker;
    },
    async (error: unknown) => {
      await worker.stop();
      throw error;
    },
  );
}
