import { type SpawnOptions, spawn } from "node:child_process";

/** What a finished child process printed (stdout and stderr together) and how long it ran. */
export interface Completed {
  output: string;
  seconds: number;
}

/**
 * Runs a command to its end and resolves to its output and wall-clock time; rejects, with the
 * output's tail, when it exits non-zero, so a broken measurement never becomes a figure.
 */
export function runToCompletion(
  command: string,
  args: string[],
  options: SpawnOptions,
  label: string,
): Promise<Completed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.once("error", reject);
    child.once("close", (code) => {
      if (code === 0) resolve({ output, seconds: (performance.now() - started) / 1000 });
      else reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}
