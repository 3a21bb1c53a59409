import type { ValidationIssue } from "@cofactr/platform-validation";

type Nested = { [key: string]: Nested | string[] } | Array<Nested | Record<string, never>>;

/**
 * Shapes validation issues as Django REST Framework reports them: `{"field": ["message"]}`,
 * nested objects for nested fields, and a list with one entry per item (`{}` for valid items) for
 * list fields and list bodies. Issues about the whole body go to `non_field_errors`.
 */
export function toFieldErrors(issues: readonly ValidationIssue[]): unknown {
  let root: Nested | undefined;
  for (const issue of issues) {
    const path = issue.path.length === 0 ? ["non_field_errors"] : [...issue.path];
    if (root === undefined) root = typeof path[0] === "number" ? [] : {};
    let node: Nested = root;
    for (let index = 0; index < path.length - 1; index++) {
      const key = path[index] as string | number;
      const nextIsIndex = typeof path[index + 1] === "number";
      const container = node as Record<string | number, Nested>;
      if (Array.isArray(node)) for (let fill = node.length; fill < (key as number); fill++) node[fill] = {};
      container[key] ??= nextIsIndex ? [] : {};
      node = container[key];
    }
    const last = path.at(-1) as string | number;
    const leaf = node as Record<string | number, string[]>;
    leaf[last] ??= [];
    leaf[last].push(issue.message);
  }
  return root ?? {};
}
