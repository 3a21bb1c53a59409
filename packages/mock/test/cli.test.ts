/** The `cofactr-mock` command (the built package's bin): it serves until stopped, and refuses bad options. */
import { execFile, spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { MOCK_API_KEY } from "../src/index.js";

const bin = fileURLToPath(new URL("../bin/cofactr-mock.js", import.meta.url));

/** Starts the command, waits for it to say where it listens, and answers the URL and a way to stop it. */
async function startCli(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found) resolve(found[1] as string);
    });
    child.once("exit", (code) => reject(new Error(`cofactr-mock exited with ${code}: ${output}`)));
  });
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGTERM");
    });
  return { url, stop };
}

test("serves the chosen seed on the chosen port and host, with faults from a file, until stopped", async () => {
  const faults = join(tmpdir(), `cofactr-mock-faults-${process.pid}.json`);
  writeFileSync(faults, JSON.stringify([{ route: "listSuppliers", status: 503, times: 1 }]));
  const { url, stop } = await startCli(["--port", "0", "--host", "127.0.0.1", "--seed", "empty", "--faults", faults]);
  try {
    const get = (path: string) => fetch(`${url}${path}`, { headers: { authorization: `Api-Key ${MOCK_API_KEY}` } });
    expect((await get("/v1/org/")).status).toBe(200);
    expect((await get("/v1/suppliers/")).status).toBe(503);
    expect(await (await get("/v1/suppliers/")).json()).toMatchObject({ count: 0 });
  } finally {
    expect(await stop()).toBe(0);
    rmSync(faults, { force: true });
  }
});

test.each([
  { given: "an unknown seed", args: ["--seed", "full"], message: /--seed: expected one of demo, empty/ },
  { given: "a port that is not a number", args: ["--port", "http"], message: /--port: expected a port number/ },
  { given: "an unknown option", args: ["--verbose"], message: /Unknown option '--verbose'/ },
])("refuses $given with exit code 2", async ({ args, message }) => {
  const failure = await promisify(execFile)(process.execPath, [bin, ...args]).catch((error) => error);
  expect(failure.code).toBe(2);
  expect(failure.stderr).toMatch(message);
});
