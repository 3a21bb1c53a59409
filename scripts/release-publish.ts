/**
 * `pnpm release:publish`: publishes the versioned packages to the company registry (after
 * `pnpm release:version` and a green CI). The registry comes from configuration only, see
 * scripts/release/registry.ts; without it nothing is built or published.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { publishWorkspace } from "./release/publish.ts";
import { RegistryConfigurationError, resolvePublishRegistry } from "./release/registry.ts";
import { CommandError, runOrFail } from "./release/run.ts";
import { repositoryRoot } from "./release/workspace.ts";

function npmConfig(key: string): string | undefined {
  const result = spawnSync("npm", ["config", "get", key], { cwd: repositoryRoot, encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

try {
  const registry = resolvePublishRegistry({
    environment: process.env.COFACTR_NPM_REGISTRY,
    npmConfig: process.env.COFACTR_NPM_REGISTRY ? undefined : npmConfig("@cofactr:registry"),
  });
  console.log(`Building, then publishing the @cofactr packages to ${registry}`);
  const turbo = join(repositoryRoot, "node_modules", ".bin", "turbo");
  await runOrFail(turbo, ["run", "build", "--filter=./packages/*", "--output-logs=errors-only"], {
    cwd: repositoryRoot,
    env: process.env,
    timeout: 600_000,
  });
  console.log(
    await publishWorkspace({ root: repositoryRoot, registry, env: process.env, gitTag: true, timeout: 600_000 }),
  );
  console.log("Published. Push the new tags: git push --follow-tags");
} catch (error) {
  if (error instanceof RegistryConfigurationError) console.error(`Nothing was published. ${error.message}`);
  else if (error instanceof CommandError) console.error(`${error.message}\n${error.output}`);
  else console.error(error);
  process.exitCode = 1;
}
