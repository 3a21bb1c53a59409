import { type ChildProcess, spawn } from "node:child_process";
import { connect, createServer } from "node:net";
import { onProcessor } from "./cpu-pinning.js";

/** A server the benchmarks started in a process of its own. */
export interface ServerProcess {
  /** Base URL of the server (`http://127.0.0.1:54321`). */
  url: string;
  /** The first line the server printed, when it announces itself that way. */
  announcement: string;
  /** Stops the server and waits for its process to end. */
  stop(): Promise<void>;
}

/** How the runner learns that a server listens. */
export type Readiness =
  /** The server prints a line when it listens; `toUrl` reads the base URL from that line. */
  | { kind: "announces"; toUrl: (line: string) => string }
  /** The server prints nothing useful: the runner connects to `url` until it is accepted. */
  | { kind: "listens"; url: string };

/** Processes started here and not stopped yet, so that none outlives the runner, even on an error. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of running) child.kill("SIGKILL");
    process.exit(130);
  });
}

/** A port that was free a moment ago, for a server that must be told which port to use. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        running.delete(child);
        resolve();
        return;
      }
      // A server that ignores SIGTERM for five seconds is killed outright.
      const deadline = setTimeout(() => child.kill("SIGKILL"), 5000);
      child.once("exit", () => {
        clearTimeout(deadline);
        running.delete(child);
        resolve();
      });
      child.kill("SIGTERM");
    });
}

/** How long a server may take to listen, and the processor to run it on (cpu-pinning.ts). */
export interface StartOptions {
  timeoutMs?: number;
  processor?: number | undefined;
}

/**
 * Starts `node …args` as a server process and resolves once it listens (within `timeoutMs`, a
 * minute unless told). The process's output is read and dropped so that a chatty server never
 * blocks on a full pipe; a server that exits or does not listen in time is stopped and reported
 * with its error output.
 */
export async function startServerProcess(
  args: readonly string[],
  readiness: Readiness,
  { timeoutMs = 60_000, processor }: StartOptions = {},
): Promise<ServerProcess> {
  const child = spawn(...onProcessor(processor, args), { stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  const stop = stopper(child);
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    // Keep the end only: enough to say why a server failed, never a growing buffer.
    errors = (errors + chunk.toString()).slice(-4000);
  });
  let firstLine: Promise<string> | undefined;
  if (readiness.kind === "announces") {
    firstLine = new Promise((resolve) => {
      let buffered = "";
      const read = (chunk: Buffer) => {
        buffered += chunk.toString();
        const end = buffered.indexOf("\n");
        if (end < 0) return;
        // Past its announcement, the server's output is dropped (the stream keeps flowing).
        child.stdout?.off("data", read);
        child.stdout?.resume();
        resolve(buffered.slice(0, end).trim());
      };
      child.stdout?.on("data", read);
    });
  } else {
    child.stdout?.resume();
  }
  const exited = new Promise<never>((_resolve, reject) => {
    child.once("exit", (code, signal) =>
      reject(new Error(`server ${args.join(" ")} exited (${code ?? signal}) before listening:\n${errors}`)),
    );
  });
  exited.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`server ${args.join(" ")} did not listen in ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  timeout.catch(() => {});
  try {
    if (readiness.kind === "announces") {
      const line = await Promise.race([firstLine as Promise<string>, exited, timeout]);
      return { url: readiness.toUrl(line), announcement: line, stop };
    }
    let timedOut = false;
    timeout.catch(() => {
      timedOut = true;
    });
    while (!(await Promise.race([accepts(readiness.url), exited]))) {
      if (timedOut) await timeout;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { url: readiness.url, announcement: "", stop };
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
