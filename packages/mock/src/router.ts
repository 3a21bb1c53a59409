/**
 * Matches a request to an operation of the spec. Paths are matched exactly as the real API does:
 * `/v1/boms/` and `/v1/boms` are different paths, and only the first exists.
 */

/** Where a request goes: the operation and its path parameters. */
export interface Route {
  operationId: string;
  /** The path as the spec spells it (`/v1/boms/{bom_id}/`). */
  template: string;
  params: Record<string, string>;
}

/** No operation: `404` for an unknown path, `405` for a known path with another method. */
export interface NoRoute {
  status: 404 | 405;
  allowed: string[];
}

interface CompiledPath {
  template: string;
  pattern: RegExp;
  names: string[];
  operations: Map<string, string>;
}

const METHODS = ["get", "put", "post", "delete", "patch"];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Builds a matcher over the spec's paths. Literal paths win over templated ones. */
export function createRouter(paths: Record<string, Record<string, unknown>>) {
  const compiled: CompiledPath[] = Object.entries(paths).map(([template, item]) => {
    const names: string[] = [];
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1];
        if (name === undefined) return escapeRegExp(part);
        names.push(name);
        return "([^/]+)";
      })
      .join("");
    const operations = new Map<string, string>();
    for (const method of METHODS) {
      const operation = item[method] as { operationId?: string } | undefined;
      if (operation?.operationId) operations.set(method.toUpperCase(), operation.operationId);
    }
    return { template, pattern: new RegExp(`^${source}$`), names, operations };
  });
  compiled.sort((a, b) => a.names.length - b.names.length);

  return function match(method: string, pathname: string): Route | NoRoute {
    for (const path of compiled) {
      const found = path.pattern.exec(pathname);
      if (!found) continue;
      const operationId = path.operations.get(method);
      if (!operationId) return { status: 405, allowed: [...path.operations.keys()] };
      const params: Record<string, string> = {};
      try {
        path.names.forEach((name, index) => {
          params[name] = decodeURIComponent(found[index + 1] as string);
        });
      } catch {
        // A malformed escape (`%zz`) cannot name any record.
        return { status: 404, allowed: [] };
      }
      return { operationId, template: path.template, params };
    }
    return { status: 404, allowed: [] };
  };
}
