/**
 * Shows that the build pipeline caches what it should, and only that (`pnpm check:cache`):
 *
 * 1. after a build, a second build with nothing changed is served entirely from turbo's cache;
 * 2. a change under spec/ regenerates and rebuilds every package that depends on the spec;
 * 3. a change to client source rebuilds the client and what uses it, and regenerates nothing.
 *
 * It touches one file at a time (a trailing comment) and always puts it back. Cache status is read
 * from `turbo run build --dry=json`, which hashes exactly as a real run would.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const turbo = `${root}node_modules/.bin/turbo`;

function cacheStatus(): Map<string, string> {
  const output = execFileSync(turbo, ["run", "build", "--dry=json"], { cwd: root, encoding: "utf8" });
  const plan = JSON.parse(output) as { tasks: Array<{ taskId: string; command: string; cache: { status: string } }> };
  // Tasks a package does not define (no such script) never run; leave them out.
  return new Map(
    plan.tasks.filter((task) => task.command !== "<NONEXISTENT>").map((task) => [task.taskId, task.cache.status]),
  );
}

function withTouched<T>(file: string, comment: string, action: () => T): T {
  const path = `${root}${file}`;
  const original = readFileSync(path, "utf8");
  try {
    writeFileSync(path, `${original}\n${comment}\n`);
    return action();
  } finally {
    writeFileSync(path, original);
  }
}

function expectStatus(label: string, status: Map<string, string>, want: Record<string, "HIT" | "MISS">): boolean {
  let ok = true;
  for (const [task, expected] of Object.entries(want)) {
    const actual = status.get(task);
    if (actual !== expected) {
      console.error(`  ✗ ${label}: ${task} is ${actual ?? "absent"}, expected ${expected}`);
      ok = false;
    }
  }
  if (ok) console.log(`  ✓ ${label}`);
  return ok;
}

console.log("Building once so the cache is warm…");
execFileSync(turbo, ["run", "build", "--output-logs=none"], { cwd: root, stdio: "inherit" });

const all = cacheStatus();
const results = [
  expectStatus(
    "nothing changed: every task is a cache hit",
    all,
    Object.fromEntries([...all.keys()].map((task) => [task, "HIT"])),
  ),
  withTouched("spec/components/schemas/ErrorDetail.yaml", "# cache probe", () =>
    expectStatus("spec changed: regenerate and rebuild everything downstream", cacheStatus(), {
      "@cofactr/platform-types#generate": "MISS",
      "@cofactr/platform-validation#generate": "MISS",
      "@cofactr/platform-client#generate": "MISS",
      "@cofactr/platform-types#build": "MISS",
      "@cofactr/platform-validation#build": "MISS",
      "@cofactr/platform-client#build": "MISS",
      "@cofactr/platform-mock#build": "MISS",
      "@cofactr/example-demo#build": "MISS",
    }),
  ),
  withTouched("packages/client/src/errors.ts", "// cache probe", () =>
    expectStatus("client source changed: rebuild the client and its users, regenerate nothing", cacheStatus(), {
      "@cofactr/platform-types#generate": "HIT",
      "@cofactr/platform-validation#generate": "HIT",
      "@cofactr/platform-client#generate": "HIT",
      "@cofactr/platform-types#build": "HIT",
      "@cofactr/platform-validation#build": "HIT",
      "@cofactr/platform-client#build": "MISS",
      // The mock's tests drive every operation through the client, so it is one of the client's users.
      "@cofactr/platform-mock#build": "MISS",
      "@cofactr/example-demo#build": "MISS",
    }),
  ),
];
if (results.includes(false)) process.exit(1);
