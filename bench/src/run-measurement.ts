import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The folder of the benchmark scripts (bench/src). */
export const SOURCE_FOLDER = fileURLToPath(new URL(".", import.meta.url));

/**
 * Runs one measurement script of this folder (`measure-validation.ts`, …) in a Node process of its
 * own, so that no contender warms the JIT or fills the heap for another, and returns the JSON it
 * prints on its last line. Asynchronous, so that the runner keeps reading the output of the
 * servers it started while the measurement runs.
 */
export function runMeasurement<Result>(script: string, args: readonly string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `${SOURCE_FOLDER}${script}`, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let errors = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.once("error", reject);
    child.once("close", (code) => {
      if (code !== 0) {
        reject(new Error(`${script} ${args.join(" ")} failed (exit ${code}):\n${errors || output}`));
        return;
      }
      resolve(JSON.parse(output.trim().split("\n").at(-1) as string) as Result);
    });
  });
}
