/** Formatting of the figures the runner prints: aligned tables, counts, ratios and margins. */

/**
 * Lines of a table with aligned columns, indented by two spaces: text columns aligned left, columns
 * whose cells all start with a digit, `±` or `-` (figures) aligned right. The first row is the header.
 */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? "").length)),
  );
  const numeric = Array.from({ length: columns }, (_, column) =>
    rows.slice(1).every((row) => /^[\d±\-−]|^$/.test(row[column] ?? "")),
  );
  return rows.map(
    (row) =>
      `  ${row
        .map((cell, column) =>
          numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
        )
        .join("  ")
        .trimEnd()}`,
  );
}

/** A count or a rate, rounded, with thousands separators: `1,011,337`. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString("en");
}

/** A ratio: `1.53×`. */
export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** A relative margin in percent: `±2.8%`. */
export function formatMargin(percent: number): string {
  return `±${percent.toFixed(1)}%`;
}
