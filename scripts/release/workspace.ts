/**
 * Where things are in the repository, and which packages are published (every package under
 * `packages/` that is not private; they form one fixed changesets group).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, with a trailing separator. */
export const repositoryRoot = fileURLToPath(new URL("../..", import.meta.url));

/** The spec of the last release, recorded by `pnpm release:version`. */
export const baselineSpecPath = join(repositoryRoot, "spec", "baseline", "openapi.json");

/** The current bundled spec (kept equal to `spec/` by the drift check). */
export const currentSpecPath = join(repositoryRoot, "packages", "types", "generated", "openapi.json");

/** The fields of a package.json this tooling reads. */
export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  publishConfig?: Record<string, string>;
  [field: string]: unknown;
}

/** A published package: its name and folder (relative to the workspace root, `packages/types`). */
export interface PublishedPackage {
  name: string;
  folder: string;
  manifest: PackageManifest;
}

/** Every package folder of the workspace (`pnpm-workspace.yaml`: plain folders and `folder/*` globs). */
export async function workspaceFolders(root: string = repositoryRoot): Promise<string[]> {
  const yaml = await readFile(join(root, "pnpm-workspace.yaml"), "utf8");
  const section = /^packages:\s*\n((?:[ \t]+-.*\n?)+)/m.exec(yaml)?.[1] ?? "";
  const folders: string[] = [];
  for (const pattern of section.split("\n").map((line) =>
    line
      .replace(/^\s*-\s*/, "")
      .replace(/["']/g, "")
      .trim(),
  )) {
    if (!pattern) continue;
    if (!pattern.endsWith("/*")) {
      folders.push(pattern);
      continue;
    }
    const parent = pattern.slice(0, -2);
    const entries = await readdir(join(root, parent), { withFileTypes: true }).catch(() => []);
    folders.push(...entries.filter((entry) => entry.isDirectory()).map((entry) => `${parent}/${entry.name}`));
  }
  return folders.sort();
}

/** The published packages of a workspace rooted at `root`, in folder order. */
export async function publishedPackages(root: string = repositoryRoot): Promise<PublishedPackage[]> {
  const folders = (await readdir(join(root, "packages"), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => `packages/${entry.name}`)
    .sort();
  const packages: PublishedPackage[] = [];
  for (const folder of folders) {
    const manifest = JSON.parse(await readFile(join(root, folder, "package.json"), "utf8")) as PackageManifest;
    if (!manifest.private) packages.push({ name: manifest.name, folder, manifest });
  }
  return packages;
}
