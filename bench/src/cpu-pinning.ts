/**
 * Where the client benchmark's processes run: the loopback server on one processor, the client
 * workers on another, when the machine allows it (Linux with `taskset` and two processors or more
 * in this process's affinity list); elsewhere they run where the scheduler puts them.
 *
 * Why: a call is a ping-pong between a worker and the server. Left to the scheduler, the pair
 * sometimes shares a processor and sometimes not, and keeps that for a while, so rounds differ by
 * several percent for reasons that have nothing to do with the contenders. On the 2-processor
 * machine of bench/README.md, in runs taken in turn with the same code, the 95% interval of the
 * facade's GET ratio was ±1.5–2% pinned and ±2–4% not. Every contender runs pinned the same way.
 */
import { spawnSync } from "node:child_process";

/** The processors the loopback server and the client workers run on. */
export interface Placement {
  server: number;
  clients: number;
}

/** Found once per run: `null` when pinning is not possible. */
let found: Placement | null | undefined;

/** This process's allowed processors as `taskset` lists them (`0,1` or `0-3,8`), expanded. */
function allowedProcessors(): number[] {
  if (process.platform !== "linux") return [];
  const result = spawnSync("taskset", ["-pc", String(process.pid)], { encoding: "utf8" });
  if (result.status !== 0) return [];
  const list = result.stdout.split(":").pop()?.trim() ?? "";
  return list.split(",").flatMap((range) => {
    const [first, last = first] = range.split("-").map(Number);
    if (!Number.isInteger(first) || !Number.isInteger(last)) return [];
    return Array.from({ length: (last as number) - (first as number) + 1 }, (_, index) => (first as number) + index);
  });
}

/** Where the server and the clients run, when they can be pinned at all. */
export function findPlacement(): Placement | undefined {
  if (found === undefined) {
    const [server, clients] = allowedProcessors();
    found = server !== undefined && clients !== undefined ? { server, clients } : null;
  }
  return found ?? undefined;
}

/** The command and arguments that run `node …args` on `processor`, or as they are without one. */
export function onProcessor(processor: number | undefined, args: readonly string[]): [string, string[]] {
  return processor === undefined
    ? [process.execPath, [...args]]
    : ["taskset", ["-c", String(processor), process.execPath, ...args]];
}
