/**
 * `pnpm release:check` (part of `pnpm test`): proves the whole release path on a real registry.
 *
 * 1. Copies the workspace (with its built `dist/` folders) into a temporary folder, so nothing here
 *    touches the working tree.
 * 2. Starts Verdaccio on 127.0.0.1 (a free port) with throwaway storage. @cofactr packages exist
 *    only on it (no uplink); other packages are proxied from the npm registry so that the packages'
 *    own dependencies install.
 * 3. Shows that a publish without a configured registry fails, then versions the copy with
 *    changesets (a patch changeset for one package: the fixed group moves all four) and publishes it
 *    with `changeset publish`, exactly as `pnpm release:publish` does.
 * 4. Checks each published tarball: version, internal dependency ranges, file list (no tests,
 *    fixtures, sources or secrets), publint and are-the-types-wrong; reports its size.
 * 5. In a scratch project outside the repository: installs the four packages from that registry only,
 *    imports them from ESM and CommonJS, runs one call through the client against the published mock
 *    server (in-process and through its `cofactr-mock` command), and type-checks a consumer under
 *    moduleResolution node16 (ESM and CommonJS files) and bundler.
 *
 * Every step fails loudly with the output of what failed; the registry is stopped and the temporary
 * folder removed in every case.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { changesetBin, publishWorkspace } from "./release/publish.ts";
import { RegistryConfigurationError, resolvePublishRegistry, UNCONFIGURED_REGISTRY } from "./release/registry.ts";
import { CommandError, run, runOrFail, stopRunningCommands } from "./release/run.ts";
import { listTarball, unwantedFiles } from "./release/tarball.ts";
import {
  type PackageManifest,
  type PublishedPackage,
  publishedPackages,
  repositoryRoot,
  workspaceFolders,
} from "./release/workspace.ts";

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

function fail(message: string): never {
  throw new Error(message);
}

async function step<T>(title: string, action: () => Promise<T>): Promise<T> {
  const since = performance.now();
  process.stdout.write(`▸ ${title}… `);
  try {
    const result = await action();
    process.stdout.write(`ok (${seconds(since)})\n`);
    return result;
  } catch (error) {
    process.stdout.write("FAILED\n");
    throw error;
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* The temporary workspace copy                                                                      */
/* ------------------------------------------------------------------------------------------------ */

/** Folders never copied; `dist` is copied only for the published packages (their build output). */
const SKIPPED = new Set(["node_modules", ".git", ".turbo", "coverage"]);

async function copyWorkspace(source: string, target: string, published: PublishedPackage[]): Promise<void> {
  const keepDist = new Set(published.map((entry) => join(source, entry.folder, "dist")));
  await cp(source, target, {
    recursive: true,
    filter: (path) => {
      const name = path.slice(path.lastIndexOf(sep) + 1);
      if (SKIPPED.has(name)) return false;
      return name !== "dist" || keepDist.has(path);
    },
  });
}

/**
 * Links each published package's `workspace:` dependencies into its node_modules, as `pnpm install`
 * would: `pnpm publish` reads the linked package's (new) version to rewrite the range.
 */
async function linkWorkspaceDependencies(root: string, published: PublishedPackage[]): Promise<void> {
  const folders = new Map(published.map((entry) => [entry.name, entry.folder]));
  for (const entry of published) {
    const manifest = JSON.parse(await readFile(join(root, entry.folder, "package.json"), "utf8")) as PackageManifest;
    const dependencies = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies };
    for (const [name, range] of Object.entries(dependencies)) {
      if (!range.startsWith("workspace:")) continue;
      const folder = folders.get(name) ?? fail(`${entry.name} depends on ${name}, which is not a published package`);
      const link = join(root, entry.folder, "node_modules", name);
      await mkdir(dirname(link), { recursive: true });
      await symlink(relative(dirname(link), join(root, folder)), link, "dir");
    }
  }
}

/* ------------------------------------------------------------------------------------------------ */
/* The registry                                                                                      */
/* ------------------------------------------------------------------------------------------------ */

interface Registry {
  url: string;
  server: Server;
  logPath: string;
}

async function startRegistry(folder: string, uplink: string): Promise<Registry> {
  await mkdir(join(folder, "storage"), { recursive: true });
  const logPath = join(folder, "verdaccio.log");
  const config = {
    storage: join(folder, "storage"),
    auth: { htpasswd: { file: join(folder, "htpasswd"), max_users: 1 } },
    uplinks: { npmjs: { url: uplink, timeout: "60s", max_fails: 5 } },
    packages: {
      // Our packages come from this registry only: no uplink, so nothing public can stand in for them.
      "@cofactr/*": { access: "$all", publish: "$authenticated", unpublish: "$authenticated" },
      "**": { access: "$all", publish: "$authenticated", proxy: "npmjs" },
    },
    web: { enable: false },
    log: { type: "file", path: logPath, level: "warn" },
    max_body_size: "100mb",
  };
  // JSON is YAML, and Verdaccio resolves its storage relative to the configuration file.
  const configPath = join(folder, "config.yaml");
  await writeFile(configPath, JSON.stringify(config, null, 2));
  const { runServer } = await import("verdaccio");
  const server = (await runServer(configPath)) as Server;
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server, logPath };
}

async function stopRegistry(registry: Registry): Promise<void> {
  registry.server.closeAllConnections();
  await new Promise<void>((resolve) => registry.server.close(() => resolve()));
}

/** Registers the publishing user (`npm adduser`'s request) and returns its token. */
async function addUser(registry: string): Promise<string> {
  const name = "release-check";
  const password = crypto.randomUUID();
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, registry), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      _id: `org.couchdb.user:${name}`,
      name,
      password,
      type: "user",
      roles: [],
      date: new Date(),
    }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token)
    fail(`Registering a user on Verdaccio failed: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** The registry's document for a package (`npm view`'s source), or undefined when it has none. */
async function packument(registry: string, name: string): Promise<Packument | undefined> {
  const response = await fetch(new URL(name.replace("/", "%2f"), registry));
  if (response.status === 404) return undefined;
  if (!response.ok) fail(`GET ${name} from the registry answered ${response.status}`);
  return (await response.json()) as Packument;
}

interface Packument {
  "dist-tags": Record<string, string>;
  versions: Record<string, PackageManifest & { dist: { tarball: string; integrity: string } }>;
}

/* ------------------------------------------------------------------------------------------------ */
/* The environment every command runs in                                                             */
/* ------------------------------------------------------------------------------------------------ */

/**
 * The environment of every command: no npm or pnpm settings inherited from this machine (its
 * registries, tokens or cache), an npm configuration that holds only the local registry's token, a
 * throwaway cache, and git unable to find a repository above the temporary folder.
 */
function isolatedEnvironment(temp: string, binFolder: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_config_|pnpm_config_)/i.test(key) && key !== "COFACTR_NPM_REGISTRY") env[key] = value;
  }
  return {
    ...env,
    PATH: `${binFolder}${process.platform === "win32" ? ";" : ":"}${process.env.PATH ?? ""}`,
    npm_config_userconfig: join(temp, "npmrc"),
    npm_config_globalconfig: join(temp, "global-npmrc"),
    npm_config_cache: join(temp, "npm-cache"),
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
    npm_config_fetch_retries: "1",
    GIT_CEILING_DIRECTORIES: temp,
    CI: "true",
  };
}

/**
 * changesets runs `pnpm publish` by name. When pnpm is not on PATH (a global pnpm started this script
 * some other way), put the pnpm that runs this script there.
 */
async function providePnpm(binFolder: string): Promise<void> {
  await mkdir(binFolder, { recursive: true });
  if ((await run("pnpm", ["--version"], { cwd: binFolder, env: process.env }).catch(() => undefined))?.code === 0)
    return;
  const execPath = process.env.npm_execpath;
  if (!execPath || !/pnpm/i.test(execPath))
    fail("pnpm is not on PATH; run this check through pnpm (`pnpm release:check`).");
  // A Node.js launcher, not a shell script: sh drops variables such as `npm_config_@cofactr:registry`,
  // whose names are not shell identifiers, from the environment it passes on.
  const launcher = `#!${process.execPath}\nrequire(${JSON.stringify(execPath)});\n`;
  await writeFile(join(binFolder, "pnpm"), launcher, { mode: 0o755 });
}

/* ------------------------------------------------------------------------------------------------ */
/* The consumer project                                                                              */
/* ------------------------------------------------------------------------------------------------ */

const CONSUMER_FILES: Record<string, string> = {
  "package.json": `${JSON.stringify(
    {
      name: "cofactr-release-check-consumer",
      version: "0.0.0",
      private: true,
      description: "A project that is not ours, using the published @cofactr packages.",
    },
    null,
    2,
  )}\n`,
  // ESM: every package, the bundled spec as a JSON module, one call through the client to the mock.
  "smoke.mjs": `import assert from "node:assert/strict";
import spec from "@cofactr/platform-types/openapi.json" with { type: "json" };
import { listBomsResponse } from "@cofactr/platform-validation";
import { createCofactrClient } from "@cofactr/platform-client";
import { MOCK_API_KEY, startMockServer } from "@cofactr/platform-mock";

assert.match(spec.openapi, /^3\\.1\\./);
const server = await startMockServer();
try {
  const cofactr = createCofactrClient({ apiKey: MOCK_API_KEY, baseUrl: server.url });
  const page = await cofactr.boms.list({ query: { limit: 5 } });
  assert.ok(page.count >= 1, "the mock's demo seed has BOMs");
  const result = await listBomsResponse["~standard"].validate(page);
  assert.equal(result.issues, undefined, JSON.stringify(result.issues));
  console.log(\`ESM: \${page.count} BOM(s), first "\${page.results[0].name}"\`);
} finally {
  await server.close();
}
`,
  // CommonJS: the same packages through require(), and a typed error across the package boundary.
  "smoke.cjs": `const assert = require("node:assert/strict");
const spec = require("@cofactr/platform-types/openapi.json");
const validation = require("@cofactr/platform-validation");
const { createCofactrClient, NotFoundError } = require("@cofactr/platform-client");
const { MOCK_API_KEY, SEED_IDS, startMockServer } = require("@cofactr/platform-mock");

(async () => {
  assert.match(spec.openapi, /^3\\.1\\./);
  assert.equal(typeof validation.bomSchema["~standard"].validate, "function");
  const server = await startMockServer();
  try {
    const cofactr = createCofactrClient({ apiKey: MOCK_API_KEY, baseUrl: server.url });
    const bom = await cofactr.boms.get(SEED_IDS.bom);
    assert.equal(bom.id, SEED_IDS.bom);
    await assert.rejects(cofactr.boms.get("00000000-0000-4000-8000-000000000000"), NotFoundError);
    console.log(\`CommonJS: BOM "\${bom.name}"\`);
  } finally {
    await server.close();
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`,
  // Type-checked only. The @ts-expect-error line proves that the types resolved (an \`any\` would not fail).
  "consumer.mts": typedConsumer("esm"),
  "consumer.cts": typedConsumer("cjs"),
  "bundler/consumer.ts": typedConsumer("esm"),
  "tsconfig.node16.json": tsconfig({ module: "node16", moduleResolution: "node16" }, ["consumer.mts", "consumer.cts"]),
  "tsconfig.bundler.json": tsconfig({ module: "esnext", moduleResolution: "bundler" }, ["bundler/consumer.ts"]),
};

function typedConsumer(flavour: "esm" | "cjs"): string {
  return `import type { Bom, paths } from "@cofactr/platform-types";
import { listBomsResponse } from "@cofactr/platform-validation";
import { CofactrApiError, type CofactrClient, createCofactrClient } from "@cofactr/platform-client";
import { MOCK_API_KEY, type MockServer, startMockServer } from "@cofactr/platform-mock";

/** The names of the BOMs a fresh mock server holds (${flavour === "esm" ? "ES module" : "CommonJS"}). */
export async function bomNames(): Promise<string[]> {
  const server: MockServer = await startMockServer();
  try {
    const cofactr: CofactrClient = createCofactrClient({ apiKey: MOCK_API_KEY, baseUrl: server.url });
    const page = await cofactr.boms.list({ query: { limit: 5 } });
    const checked = await listBomsResponse["~standard"].validate(page);
    if (checked.issues) throw new Error(checked.issues.map((issue) => issue.message).join("; "));
    return page.results.map((bom: Bom) => bom.name);
  } catch (error) {
    if (error instanceof CofactrApiError) throw new Error(\`Cofactr answered \${error.status}\`);
    throw error;
  } finally {
    await server.close();
  }
}

export type GetBom = paths["/v1/boms/{bom_id}/"]["get"];

// @ts-expect-error a BOM's name is a string
export const wrong: number = ({} as Bom).name;
`;
}

function tsconfig(resolution: Record<string, string>, files: string[]): string {
  const compilerOptions = {
    ...resolution,
    target: "es2022",
    lib: ["es2022", "dom"],
    types: [],
    strict: true,
    noEmit: true,
    // Our declaration files are checked too, not only the consumer's use of them.
    skipLibCheck: false,
  };
  return `${JSON.stringify({ compilerOptions, files }, null, 2)}\n`;
}

async function writeConsumer(folder: string): Promise<void> {
  for (const [name, content] of Object.entries(CONSUMER_FILES)) {
    await mkdir(dirname(join(folder, name)), { recursive: true });
    await writeFile(join(folder, name), content);
  }
}

/** Starts the installed `cofactr-mock` command, makes one authenticated call to it, and stops it. */
async function runMockCommand(consumer: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(join(consumer, "node_modules", ".bin", "cofactr-mock"), ["--port", "0"], {
    cwd: consumer,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`cofactr-mock did not start:\n${output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString("utf8");
        const match = /https?:\/\/127\.0\.0\.1:\d+/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.once("exit", (code) => reject(new Error(`cofactr-mock exited (${code}):\n${output}`)));
    });
    const { MOCK_API_KEY } = JSON.parse(
      await runOrFail(process.execPath, ["-e", 'console.log(JSON.stringify(require("@cofactr/platform-mock")))'], {
        cwd: consumer,
        env,
      }),
    ) as { MOCK_API_KEY: string };
    const response = await fetch(`${url}/v1/boms/`, { headers: { authorization: `Api-Key ${MOCK_API_KEY}` } });
    if (response.status !== 200) fail(`cofactr-mock answered GET /v1/boms/ with ${response.status}`);
  } finally {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }
}

/**
 * `changeset version` with a patch changeset for one package: all four must move to one new version,
 * each with a changelog entry, and no private package may be versioned.
 */
async function versionWithChangesets(
  workspace: string,
  published: PublishedPackage[],
  env: NodeJS.ProcessEnv,
): Promise<Map<string, string>> {
  const versionOf = async (folder: string) =>
    (JSON.parse(await readFile(join(workspace, folder, "package.json"), "utf8")) as PackageManifest).version;
  const privateFolders = (await workspaceFolders(workspace)).filter(
    (folder) => !published.some((entry) => entry.folder === folder),
  );
  const privateBefore = await Promise.all(privateFolders.map(versionOf));
  const last = published.at(-1) ?? fail("no published packages");
  await writeFile(
    join(workspace, ".changeset", "release-check.md"),
    `---\n"${last.name}": patch\n---\n\nRelease check: a rehearsal release to a local registry.\n`,
  );
  await runOrFail(process.execPath, [changesetBin(), "version"], { cwd: workspace, env });
  const after = new Map<string, string>();
  for (const entry of published) {
    const version = await versionOf(entry.folder);
    after.set(entry.name, version);
    if (version === entry.manifest.version) fail(`${entry.name} was not versioned (still ${version})`);
    const changelog = await readFile(join(workspace, entry.folder, "CHANGELOG.md"), "utf8").catch(() => "");
    if (!changelog.includes(`## ${version}`)) fail(`${entry.name}: CHANGELOG.md has no entry for ${version}`);
  }
  if (new Set(after.values()).size !== 1) fail(`The fixed group did not move together: ${JSON.stringify([...after])}`);
  for (const [index, folder] of privateFolders.entries()) {
    const version = await versionOf(folder);
    if (version !== privateBefore[index]) fail(`${folder} is private but was versioned (${version})`);
  }
  return after;
}

/* ------------------------------------------------------------------------------------------------ */
/* Package checks                                                                                    */
/* ------------------------------------------------------------------------------------------------ */

interface TarballReport {
  name: string;
  version: string;
  tarballBytes: number;
  unpackedBytes: number;
  files: number;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

async function checkPublishedPackage(
  registry: string,
  entry: PublishedPackage,
  version: string,
  versions: Map<string, string>,
  tarballFolder: string,
): Promise<TarballReport> {
  const document = (await packument(registry, entry.name)) ?? fail(`${entry.name} is not on the registry`);
  const manifest = document.versions[version] ?? fail(`${entry.name}@${version} is not on the registry`);
  if (document["dist-tags"].latest !== version) fail(`${entry.name}: latest is ${document["dist-tags"].latest}`);
  for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    const internal = versions.get(name);
    if (range.startsWith("workspace:")) fail(`${entry.name} was published with ${name}@${range}`);
    if (internal !== undefined && range !== internal) {
      fail(`${entry.name} depends on ${name}@${range}; the release is ${internal}`);
    }
  }
  const response = await fetch(manifest.dist.tarball);
  if (!response.ok) fail(`Downloading ${manifest.dist.tarball} answered ${response.status}`);
  const tarball = new Uint8Array(await response.arrayBuffer());
  const tarballPath = join(tarballFolder, `${entry.name.replace("@", "").replace("/", "-")}-${version}.tgz`);
  await writeFile(tarballPath, tarball);

  const files = listTarball(tarball);
  const unwanted = unwantedFiles(files);
  if (unwanted.length > 0) fail(`${entry.name}'s tarball holds files it must not:\n  ${unwanted.join("\n  ")}`);
  if (!files.some((file) => file.path === "CHANGELOG.md")) fail(`${entry.name}'s tarball has no CHANGELOG.md`);

  const lint = await publint({ pack: { tarball: tarball.slice().buffer }, strict: true, level: "suggestion" });
  const problems = lint.messages.filter((message) => message.type !== "suggestion");
  const describe = (message: (typeof lint.messages)[number]) =>
    `${message.type}: ${formatMessage(message, lint.pkg, { color: false }) ?? message.code}`;
  for (const message of lint.messages.filter((item) => item.type === "suggestion")) {
    console.log(`\n  publint (${entry.name}) ${describe(message)}`);
  }
  if (problems.length > 0) fail(`publint found problems in ${entry.name}:\n  ${problems.map(describe).join("\n  ")}`);

  // Profile node16: node16 (from ESM and from CommonJS) and bundler. node10 (`moduleResolution: node`,
  // deprecated) cannot reach subpath exports such as `@cofactr/platform-types/openapi.json` at all.
  const attw = join(repositoryRoot, "node_modules", ".bin", "attw");
  const options = ["--profile", "node16", "--no-definitely-typed", "--no-color", "--format", "table-flipped"];
  await runOrFail(attw, [tarballPath, ...options], {
    cwd: tarballFolder,
    env: process.env,
  });
  return {
    name: entry.name,
    version,
    tarballBytes: tarball.byteLength,
    unpackedBytes: files.reduce((sum, file) => sum + file.size, 0),
    files: files.length,
  };
}

/* ------------------------------------------------------------------------------------------------ */
/* The check                                                                                         */
/* ------------------------------------------------------------------------------------------------ */

async function workingTreeFingerprint(published: PublishedPackage[]): Promise<string> {
  const manifests = await Promise.all(
    published.map((entry) => readFile(join(repositoryRoot, entry.folder, "package.json"), "utf8")),
  );
  return JSON.stringify([manifests, (await readdir(join(repositoryRoot, ".changeset"))).sort()]);
}

async function npmRegistryForUplink(): Promise<string> {
  // Third-party packages come from wherever this machine installs them from (a mirror, in some CI).
  const result = await run("npm", ["config", "get", "registry"], { cwd: repositoryRoot, env: process.env });
  // The output may hold npm's warnings too; the registry is the line that is a URL.
  const configured = result.output.split("\n").find((line) => /^https?:\/\/\S+$/.test(line.trim()));
  return result.code === 0 && configured ? configured.trim() : "https://registry.npmjs.org/";
}

async function main(): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), "cofactr-release-check-"));
  const inside = relative(repositoryRoot, temp);
  if (!inside.startsWith("..") && !isAbsolute(inside)) {
    await rm(temp, { recursive: true, force: true });
    fail(`The temporary folder ${temp} is inside the repository; point TMPDIR elsewhere.`);
  }
  const workspace = join(temp, "workspace");
  const consumer = join(temp, "consumer");
  const tarballs = join(temp, "tarballs");
  const binFolder = join(temp, "bin");
  let registry: Registry | undefined;
  // Interrupted: the registry stops with this process; the temporary folder must go too.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stopRunningCommands();
      rmSync(temp, { recursive: true, force: true });
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
  try {
    const published = await publishedPackages();
    const fingerprint = await workingTreeFingerprint(published);
    const uplink = await npmRegistryForUplink();
    await providePnpm(binFolder);
    const env = isolatedEnvironment(temp, binFolder);
    await writeFile(join(temp, "global-npmrc"), "");

    await step("Copy the workspace to a temporary folder", async () => {
      await copyWorkspace(repositoryRoot, workspace, published);
      await linkWorkspaceDependencies(workspace, published);
    });
    registry = await step("Start Verdaccio on 127.0.0.1", () => startRegistry(join(temp, "registry"), uplink));
    const url = registry.url;
    console.log(`  ${url} (third-party packages from ${uplink}, @cofactr packages from nowhere else)`);
    const token = await step("Register a publisher", () => addUser(url));
    await writeFile(join(temp, "npmrc"), `//${new URL(url).host}/:_authToken=${token}\n`);

    await step("A publish without a configured registry fails", async () => {
      try {
        resolvePublishRegistry({ environment: undefined, npmConfig: undefined });
        fail("publishing without COFACTR_NPM_REGISTRY or @cofactr:registry was not refused");
      } catch (error) {
        if (!(error instanceof RegistryConfigurationError)) throw error;
      }
      // A raw npm publish, bypassing the script: publishConfig sends it to an address that cannot resolve.
      const types = published[0] ?? fail("no published packages");
      const attempt = await run("npm", ["publish", "--ignore-scripts"], { cwd: join(workspace, types.folder), env });
      if (attempt.code === 0) fail(`npm publish without configuration succeeded:\n${attempt.output}`);
      if (!attempt.output.includes(new URL(UNCONFIGURED_REGISTRY).hostname)) {
        fail(`npm publish without configuration failed, but not at the placeholder registry:\n${attempt.output}`);
      }
    });

    const versions = await step("Version with changesets (patch, one package: the fixed group moves all four)", () =>
      versionWithChangesets(workspace, published, env),
    );
    const version = [...versions.values()][0] as string;
    console.log(`  ${published.length} packages at ${version}`);

    await step("Publish with changesets to the local registry", async () => {
      await publishWorkspace({ root: workspace, registry: url, env, gitTag: false });
    });

    await mkdir(tarballs, { recursive: true });
    const reports = await step("Check each published tarball (contents, publint, attw)", async () => {
      const results: TarballReport[] = [];
      for (const entry of published) {
        results.push(await checkPublishedPackage(url, entry, version, versions, tarballs));
      }
      return results;
    });

    await step("Install the four packages in a scratch project, from the local registry only", async () => {
      await writeConsumer(consumer);
      const specs = published.map((entry) => `${entry.name}@${version}`);
      await runOrFail("npm", ["install", "--registry", url, "--no-audit", "--no-fund", ...specs], {
        cwd: consumer,
        env,
        timeout: 300_000,
      });
      const lock = JSON.parse(await readFile(join(consumer, "package-lock.json"), "utf8")) as {
        packages: Record<string, { resolved?: string; link?: boolean }>;
      };
      for (const [path, entry] of Object.entries(lock.packages)) {
        if (path === "") continue;
        if (!entry.resolved?.startsWith(url))
          fail(`${path} was not installed from the local registry (${entry.resolved})`);
      }
    });

    await step("Import from ESM and CommonJS; call the published mock through the client", async () => {
      const noWarnings = ["--disable-warning=ExperimentalWarning"];
      console.log(
        `\n  ${(await runOrFail(process.execPath, [...noWarnings, "smoke.mjs"], { cwd: consumer, env })).trim()}`,
      );
      console.log(
        `  ${(await runOrFail(process.execPath, [...noWarnings, "smoke.cjs"], { cwd: consumer, env })).trim()}`,
      );
      await runMockCommand(consumer, env);
    });

    await step("Type-check a consumer (node16 ESM + CommonJS, bundler)", async () => {
      const tsc = join(repositoryRoot, "node_modules", "typescript", "bin", "tsc");
      for (const project of ["tsconfig.node16.json", "tsconfig.bundler.json"]) {
        await runOrFail(process.execPath, [tsc, "-p", project], { cwd: consumer, env });
      }
    });

    if ((await workingTreeFingerprint(published)) !== fingerprint) {
      fail("The working tree changed during the release check");
    }

    console.log("\nPublished tarballs:");
    for (const report of reports) {
      console.log(
        `  ${`${report.name}@${report.version}`.padEnd(42)} ${formatBytes(report.tarballBytes).padStart(10)} packed  ${formatBytes(report.unpackedBytes).padStart(10)} unpacked  ${String(report.files).padStart(3)} files`,
      );
    }
  } catch (error) {
    if (registry) {
      const log = await readFile(registry.logPath, "utf8").catch(() => "");
      if (log.trim()) console.error(`\nVerdaccio's log:\n${log}`);
    }
    throw error;
  } finally {
    if (registry) await stopRegistry(registry);
    await rm(temp, { recursive: true, force: true, maxRetries: 3 });
  }
}

try {
  await main();
  console.log(`\nRelease check passed in ${seconds(started)}.`);
  process.exit(0);
} catch (error) {
  if (error instanceof CommandError) console.error(`\n${error.message}\n${error.output}`);
  else console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  console.error(`\nRelease check FAILED after ${seconds(started)}.`);
  process.exit(1);
}
