/**
 * Which registry the @cofactr packages are published to, and the guard that keeps them off the public
 * npm registry.
 *
 * The company registry's address is configuration, never code: `COFACTR_NPM_REGISTRY`, or else the
 * `@cofactr:registry` entry of the npm configuration (an `.npmrc`, or `npm_config_@cofactr:registry`).
 * Publishing with neither fails before anything is packed. Each package's `publishConfig.registry`
 * names an address that cannot resolve (`.invalid`), so a publish that bypasses this guard and has no
 * `@cofactr:registry` configured fails too, instead of reaching registry.npmjs.org.
 */

/** The placeholder in every package's `publishConfig.registry`; `.invalid` never resolves (RFC 6761). */
export const UNCONFIGURED_REGISTRY = "https://cofactr-registry-not-configured.invalid/";

/** Hosts of public registries that must never receive the packages. */
const PUBLIC_REGISTRY_HOSTS = [
  "registry.npmjs.org",
  "registry.npmjs.com",
  "registry.yarnpkg.com",
  "registry.npmmirror.com",
];

/** Why publishing cannot go ahead; its message tells the person what to do. */
export class RegistryConfigurationError extends Error {
  override name = "RegistryConfigurationError";
}

/** Where a registry address came from, for messages. */
export interface RegistrySource {
  /** `COFACTR_NPM_REGISTRY`, when set. */
  environment?: string | undefined;
  /** The npm configuration's `@cofactr:registry` (`npm config get @cofactr:registry`), when set. */
  npmConfig?: string | undefined;
}

const HOW_TO_CONFIGURE =
  'Set COFACTR_NPM_REGISTRY to the company registry\'s URL, or add `@cofactr:registry=<url>` to your .npmrc (see CONTRIBUTING.md, section "The registry").';

/** The registry to publish to, normalised with a trailing slash; throws when it is missing or public. */
export function resolvePublishRegistry(source: RegistrySource): string {
  const fromEnvironment = source.environment?.trim();
  const fromConfig = source.npmConfig?.trim();
  const raw = fromEnvironment || (fromConfig && fromConfig !== "undefined" ? fromConfig : undefined);
  const origin = fromEnvironment ? "COFACTR_NPM_REGISTRY" : "@cofactr:registry";
  if (!raw) {
    throw new RegistryConfigurationError(`No registry is configured for the @cofactr packages. ${HOW_TO_CONFIGURE}`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RegistryConfigurationError(`${origin} is not a URL: "${raw}". ${HOW_TO_CONFIGURE}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new RegistryConfigurationError(`${origin} must be an http(s) URL, got "${raw}".`);
  }
  const host = url.hostname.toLowerCase();
  if (PUBLIC_REGISTRY_HOSTS.some((publicHost) => host === publicHost || host.endsWith(`.${publicHost}`))) {
    throw new RegistryConfigurationError(
      `${origin} points at a public registry (${url.host}); the @cofactr packages are internal and go only to the company registry.`,
    );
  }
  if (host.endsWith(".invalid")) {
    throw new RegistryConfigurationError(`${origin} is the placeholder ${raw}. ${HOW_TO_CONFIGURE}`);
  }
  if (url.protocol === "http:" && host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]") {
    throw new RegistryConfigurationError(
      `${origin} must use https (plain http is only accepted for a local registry).`,
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The environment for `changeset publish` (and the npm it runs) that sends @cofactr packages to
 * `registry`: changesets reads `npm_config_@cofactr:registry` for scoped packages, and npm prefers a
 * scope's registry over `publishConfig.registry`.
 */
export function publishEnvironment(registry: string): Record<string, string> {
  return { "npm_config_@cofactr:registry": registry, COFACTR_NPM_REGISTRY: registry };
}
