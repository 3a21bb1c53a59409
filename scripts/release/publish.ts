/**
 * Publishes the workspace with changesets (`changeset publish`: every package whose version is not
 * yet on the registry, through `pnpm publish`, which rewrites `workspace:` ranges to the versions
 * being published). `pnpm release:publish` and the release check both come through here.
 */
import { access } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { publishEnvironment } from "./registry.ts";
import { type RunOptions, runOrFail } from "./run.ts";
import { publishedPackages } from "./workspace.ts";

/** The changesets command line, run with this Node.js. */
export function changesetBin(): string {
  return join(dirname(createRequire(import.meta.url).resolve("@changesets/cli/package.json")), "bin.js");
}

export interface PublishOptions {
  /** Root of the workspace to publish. */
  root: string;
  /** The validated registry (see `resolvePublishRegistry`). */
  registry: string;
  env: NodeJS.ProcessEnv;
  /** Create the `<package>@<version>` git tags (a real release does; the release check does not). */
  gitTag: boolean;
  timeout?: RunOptions["timeout"];
}

/** Every file a manifest points at: `main`, `module`, `types`, `bin` and the leaves of `exports`. */
function entryFiles(manifest: Record<string, unknown>): string[] {
  const files: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === "string") files.push(value);
    else if (value && typeof value === "object") for (const item of Object.values(value)) collect(item);
  };
  for (const field of ["main", "module", "types", "bin", "exports"]) collect(manifest[field]);
  return [...new Set(files)].filter((file) => !file.includes("*"));
}

/** Fails unless every file the published packages point at exists (they are built). */
export async function assertBuilt(root: string): Promise<void> {
  for (const entry of await publishedPackages(root)) {
    for (const file of entryFiles(entry.manifest)) {
      await access(join(root, entry.folder, file)).catch(() => {
        throw new Error(`${entry.name} is not built: ${entry.folder}/${file} is missing; run \`pnpm build\` first.`);
      });
    }
  }
}

/** Runs `changeset publish` against `registry`; resolves with its output, throws on any failure. */
export async function publishWorkspace(options: PublishOptions): Promise<string> {
  await assertBuilt(options.root);
  const args = [changesetBin(), "publish", ...(options.gitTag ? [] : ["--no-git-tag"])];
  return runOrFail(process.execPath, args, {
    cwd: options.root,
    env: { ...options.env, ...publishEnvironment(options.registry) },
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
  });
}
