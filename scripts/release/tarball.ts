/**
 * Reads the file list of an npm tarball (gzipped ustar, entries under `package/`), and checks it
 * against what a published package may contain.
 */
import { gunzipSync } from "node:zlib";

/** One file in a tarball, path relative to the package root. */
export interface TarballFile {
  path: string;
  size: number;
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString("utf8");
}

/** Paths from PAX extended headers (`<length> path=<value>\n` records). */
function paxPath(data: Buffer): string | undefined {
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = Number(data.subarray(offset, space).toString("utf8"));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    if (record.startsWith("path=")) return record.slice("path=".length);
    offset += length;
  }
  return undefined;
}

/** The regular files of a `.tgz`, without the leading `package/`. */
export function listTarball(gzipped: Uint8Array): TarballFile[] {
  const archive = gunzipSync(gzipped);
  const files: TarballFile[] = [];
  let offset = 0;
  let longPath: string | undefined;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = Number.parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const data = archive.subarray(offset + 512, offset + 512 + size);
    const prefix = field(header, 345, 155);
    const name = longPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    longPath = undefined;
    if (type === "x") longPath = paxPath(data);
    else if (type === "L") longPath = field(data, 0, data.length);
    else if (type === "0" || type === "\0") files.push({ path: name.replace(/^package\//, ""), size });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Files that must never be published: tests, fixtures, sources, build configuration, secrets. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/(^|\/)(test|tests|__tests__|fixtures?|__fixtures__|coverage)\//, "test or fixture"],
  [/\.(test|spec)(-d)?\.[cm]?[jt]sx?$/, "test file"],
  [/(^|\/)(src|scripts)\//, "source or build script (only built output ships)"],
  [/(^|\/)(tsconfig[^/]*\.json|(vitest|tsdown|vite)\.config\.[cm]?[jt]s)$/, "build configuration"],
  [/(^|\/)\.env(\.[^/]*)?$/, "environment file (may hold secrets)"],
  [/(^|\/)\.npmrc$/, "npm configuration (may hold tokens)"],
  [/\.(pem|key|p12|pfx|crt|cer|jks)$/i, "key or certificate"],
  [/(^|\/)(id_rsa|id_ed25519|id_ecdsa)[^/]*$/, "SSH key"],
  [/(^|\/)[^/]*(secret|credential|token)[^/]*$/i, "file named like a secret"],
];

/** Why each unwanted file in a package's tarball should not be there; empty when all is well. */
export function unwantedFiles(files: TarballFile[]): string[] {
  return files.flatMap((file) => {
    const hit = FORBIDDEN.find(([pattern]) => pattern.test(file.path));
    return hit ? [`${file.path}: ${hit[1]}`] : [];
  });
}
