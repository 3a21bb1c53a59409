/**
 * Runs a command without blocking the event loop (the release check serves its registry from this
 * process), collecting its output; a failure throws with that output so that it is never lost.
 */
import { type ChildProcess, spawn } from "node:child_process";

/** Commands still running, so that an interrupted check can stop them. */
const running = new Set<ChildProcess>();

/** Stops a command with the processes it started (its process group). */
function stop(child: ChildProcess): void {
  try {
    if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, "SIGTERM");
    else child.kill("SIGTERM");
  } catch {
    // Already gone.
  }
}

/** Stops every command started here that is still running. */
export function stopRunningCommands(): void {
  for (const child of running) stop(child);
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Milliseconds before the command is stopped and counted as failed. */
  timeout?: number;
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** A command that failed; `output` is everything it printed. */
export class CommandError extends Error {
  override name = "CommandError";
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
  }
}

/** Runs `command args` and resolves with its exit code and combined output, whatever the code. */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that stopping it also stops what it started (npm under pnpm under changesets).
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32",
    });
    running.add(child);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => stop(child), options.timeout ?? 180_000);
    child.on("error", (error) => {
      running.delete(child);
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      running.delete(child);
      clearTimeout(timer);
      const output = Buffer.concat(chunks).toString("utf8");
      resolve({ code: signal ? null : code, output: signal ? `${output}\n(stopped by ${signal})` : output });
    });
  });
}

/** Runs a command and throws a `CommandError` with its output unless it exits with 0. */
export async function runOrFail(command: string, args: string[], options: RunOptions): Promise<string> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new CommandError(
      `\`${[command, ...args].join(" ")}\` failed (exit ${result.code ?? "timeout"})`,
      result.output,
    );
  }
  return result.output;
}
