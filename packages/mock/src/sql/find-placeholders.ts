/**
 * The `:name` placeholders of a query, so that every placeholder can be required to have a value and
 * every value a placeholder (spec: SqlQuery). SQLite itself parses and runs the query; this only
 * finds one kind of token, skipping what can't hold one: string literals, quoted identifiers,
 * comments, and PostgreSQL `::` casts.
 */
export function findPlaceholders(query: string): string[] {
  const found = new Set<string>();
  const skip = /'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|--[^\n]*|\/\*[\s\S]*?\*\/|::/y;
  const placeholder = /:([A-Za-z_][A-Za-z0-9_]*)/y;
  let index = 0;
  while (index < query.length) {
    skip.lastIndex = index;
    const skipped = skip.exec(query);
    if (skipped) {
      index += skipped[0].length;
      continue;
    }
    placeholder.lastIndex = index;
    const named = placeholder.exec(query);
    if (named) {
      found.add(named[1] as string);
      index += named[0].length;
      continue;
    }
    index++;
  }
  return [...found];
}
