import { execFile } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { promisify } from "node:util";
import { minifiedGzipSize } from "./bundle-size.js";
import { formatCount, formatTable } from "./format-table.js";
import { SOURCE_FOLDER } from "./run-measurement.js";

/** One published package's tarball, as `npm pack --dry-run` reports it. */
export interface TarballSize {
  name: string;
  /** Bytes of the .tgz a user downloads. */
  packedBytes: number;
  /** Bytes once unpacked into node_modules. */
  unpackedBytes: number;
  files: number;
}

/** What our packages cost a user: bundle bytes of their imports and the size of their tarballs. */
export interface Sizes {
  /** `createCofactrClient`, min+gzip for the browser, openapi-fetch included. */
  clientBytes: number;
  /** `parseWebhookEvent` with its validators, min+gzip. */
  webhooksBytes: number;
  /** One validator (`createPurchaseEventBody`), min+gzip. */
  validatorBytes: number;
  /** JavaScript shipped by the types package (expected: none). */
  typesRuntimeBytes: number;
  tarballs: TarballSize[];
}

const PACKAGES = ["types", "validation", "client", "mock"];
const packagesFolder = `${SOURCE_FOLDER}../../packages/`;
const run = promisify(execFile);

async function tarballSize(packageName: string): Promise<TarballSize> {
  // `--ignore-scripts`: measuring must not run a package's lifecycle scripts.
  const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: `${packagesFolder}${packageName}`,
  });
  const [report] = JSON.parse(stdout) as { name: string; size: number; unpackedSize: number; entryCount: number }[];
  if (!report) throw new Error(`npm pack reported nothing for packages/${packageName}`);
  return { name: report.name, packedBytes: report.size, unpackedBytes: report.unpackedSize, files: report.entryCount };
}

/**
 * Sizes: min+gzip of the client entry, of the webhooks entry and of one validator import, bundled
 * for the browser by esbuild (which also proves they bundle without Node built-ins); the types
 * package's run-time code; and each package's tarball. Prints the section's table.
 */
export async function measureSizes(): Promise<Sizes> {
  const typesDist = `${packagesFolder}types/dist/`;
  const sizes: Sizes = {
    clientBytes: await minifiedGzipSize(
      'export { createCofactrClient } from "@cofactr/platform-client";',
      SOURCE_FOLDER,
    ),
    webhooksBytes: await minifiedGzipSize(
      'export { parseWebhookEvent } from "@cofactr/platform-client/webhooks";',
      SOURCE_FOLDER,
    ),
    validatorBytes: await minifiedGzipSize(
      'export { createPurchaseEventBody } from "@cofactr/platform-validation";',
      SOURCE_FOLDER,
    ),
    typesRuntimeBytes: readdirSync(typesDist, { recursive: true })
      .map(String)
      .filter((file) => /\.(c|m)?js$/.test(file))
      .reduce((total, file) => total + statSync(`${typesDist}${file}`).size, 0),
    tarballs: await Promise.all(PACKAGES.map(tarballSize)),
  };
  console.log("\nSizes: imports bundled for the browser by esbuild, min+gzip; tarballs from npm pack\n");
  for (const line of formatTable([
    ["what", "bytes"],
    ["client entry (createCofactrClient, openapi-fetch included)", formatCount(sizes.clientBytes)],
    ["webhooks entry (parseWebhookEvent with its validators)", formatCount(sizes.webhooksBytes)],
    ["one validator (createPurchaseEventBody)", formatCount(sizes.validatorBytes)],
    ["types package, run-time code", formatCount(sizes.typesRuntimeBytes)],
  ]))
    console.log(line);
  console.log("");
  for (const line of formatTable([
    ["tarball", "packed bytes", "unpacked bytes", "files"],
    ...sizes.tarballs.map((tarball) => [
      tarball.name,
      formatCount(tarball.packedBytes),
      formatCount(tarball.unpackedBytes),
      String(tarball.files),
    ]),
  ]))
    console.log(line);
  return sizes;
}
