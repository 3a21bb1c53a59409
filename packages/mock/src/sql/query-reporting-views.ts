/**
 * Customer SQL Query, run for real: the acting org's records are loaded into an in-memory SQLite
 * database (one table per reporting view), the database is made read-only, and the caller's query
 * runs on it. Writes, schema changes, several statements, syntax errors and unknown tables or
 * columns answer 400 with a `detail`, as the spec says.
 *
 * The dialect is SQLite's, not PostgreSQL's: most report queries read the same, but PostgreSQL-only
 * syntax (`x::text` casts, `ILIKE`) fails with a 400 that says so. Column types are reported with
 * PostgreSQL's names: a result column named like a view column has that column's type; a computed
 * one is typed from its values (whole numbers as `bigint`, as PostgreSQL types `count` and `sum`).
 */
import type { SqlQueryColumn, SqlQueryResult } from "@cofactr/platform-types";
import type { Database, SqlValue } from "sql.js";
import { HttpError } from "../http-error.js";
import type { MockState } from "../mock-state.js";
import { findPlaceholders } from "./find-placeholders.js";
import { loadSqlEngine } from "./load-sql-engine.js";
import { type ColumnType, REPORTING_VIEWS } from "./reporting-views.js";

/** Most rows an answer holds; `truncated` says when there were more. */
const MAX_ROWS = 10000;

const STORAGE: Record<ColumnType, string> = {
  uuid: "TEXT",
  text: "TEXT",
  date: "TEXT",
  "timestamp with time zone": "TEXT",
  jsonb: "TEXT",
  integer: "INTEGER",
  boolean: "INTEGER",
  numeric: "NUMERIC",
};

/** A column's type wherever a view has a column of that name, when all such columns agree. */
const TYPES_BY_NAME = (() => {
  const types = new Map<string, ColumnType | null>();
  for (const view of REPORTING_VIEWS) {
    for (const column of view.columns) {
      const known = types.get(column.name);
      types.set(column.name, known === undefined || known === column.type ? column.type : null);
    }
  }
  return types;
})();

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

function toSqlValue(value: unknown, type: ColumnType): SqlValue {
  if (value === null || value === undefined) return null;
  if (type === "boolean") return value ? 1 : 0;
  if (type === "jsonb") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" || typeof value === "string") return value;
  return JSON.stringify(value);
}

function loadViews(database: Database, state: MockState, org: string): void {
  for (const view of REPORTING_VIEWS) {
    const columns = view.columns.map((column) => `${quote(column.name)} ${STORAGE[column.type]}`).join(", ");
    database.run(`CREATE TABLE ${quote(view.name)} (${columns})`);
    const placeholders = view.columns.map(() => "?").join(", ");
    const insert = database.prepare(`INSERT INTO ${quote(view.name)} VALUES (${placeholders})`);
    for (const row of view.rows(state, org)) {
      const record = row as Record<string, unknown>;
      insert.run(view.columns.map((column) => toSqlValue(record[column.name], column.type)));
    }
    insert.free();
  }
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  // Drops binary noise (0.30000000000000004) without losing the decimals a report shows.
  const rounded = Number(value.toPrecision(15));
  return Math.abs(rounded) < 1e-6 ? rounded.toFixed(12).replace(/0+$/, "") : String(rounded);
}

/** The type to report for a result column, and how to turn its SQLite values into JSON cells. */
function typeColumn(name: string, values: SqlValue[]): { type: string; cell: (value: SqlValue) => unknown } {
  const present = values.filter((value) => value !== null);
  const known = TYPES_BY_NAME.get(name);
  const fits = (check: (value: SqlValue) => boolean) => present.every(check);
  if (known === "boolean" && fits((value) => value === 0 || value === 1))
    return { type: known, cell: (value) => (value === null ? null : value === 1) };
  if (known === "integer" && fits((value) => Number.isInteger(value))) return { type: known, cell: (value) => value };
  if (known === "numeric" && fits((value) => typeof value === "number" || typeof value === "string"))
    return { type: known, cell: (value) => (typeof value === "number" ? formatNumber(value) : value) };
  if (known === "jsonb" && fits((value) => typeof value === "string")) {
    return {
      type: known,
      cell: (value) => {
        try {
          return value === null ? null : JSON.parse(value as string);
        } catch {
          return value;
        }
      },
    };
  }
  if (
    known &&
    known !== "integer" &&
    known !== "numeric" &&
    known !== "boolean" &&
    fits((value) => typeof value === "string")
  )
    return { type: known, cell: (value) => value };
  if (present.length > 0 && fits((value) => Number.isInteger(value)))
    return { type: "bigint", cell: (value) => (value === null ? null : formatNumber(value as number)) };
  if (present.length > 0 && fits((value) => typeof value === "number"))
    return { type: "numeric", cell: (value) => (value === null ? null : formatNumber(value as number)) };
  if (present.some((value) => value instanceof Uint8Array))
    return { type: "bytea", cell: (value) => (value instanceof Uint8Array ? `\\x${hex(value)}` : value) };
  return { type: "text", cell: (value) => (typeof value === "number" ? formatNumber(value) : value) };
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const READ_ONLY = "Only a single SELECT (or WITH … SELECT) can run here; writes and schema changes are refused.";

/** Says what went wrong in words a caller can act on. */
function explain(message: string): string {
  if (/readonly database|read-only/i.test(message)) return READ_ONLY;
  if (message.includes('unrecognized token: ":"'))
    return `SQL error: ${message}. The mock runs SQLite: write CAST(x AS type) instead of PostgreSQL's x::type.`;
  return `SQL error: ${message}`;
}

const LEADING_COMMENTS = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

type Parameters = Record<string, unknown>;

/** Runs a query over `org`'s records and answers its columns and rows; throws a 400 `HttpError` for a bad query. */
export async function queryReportingViews(
  state: MockState,
  org: string,
  query: string,
  parameters: Parameters = {},
  wasmUrl?: string,
): Promise<SqlQueryResult> {
  const statementText = query.replace(LEADING_COMMENTS, "");
  if (!/^(select|with)\b/i.test(statementText)) throw HttpError.detail(400, READ_ONLY);
  const placeholders = findPlaceholders(query);
  const missing = placeholders.filter((name) => !Object.hasOwn(parameters, name));
  if (missing.length > 0)
    throw HttpError.detail(400, `No value given for ${missing.map((name) => `:${name}`).join(", ")}.`);
  const unused = Object.keys(parameters).filter((name) => !placeholders.includes(name));
  if (unused.length > 0)
    throw HttpError.detail(400, `The query has no placeholder for ${unused.map((name) => `:${name}`).join(", ")}.`);

  const engine = await loadSqlEngine(wasmUrl);
  const database = new engine.Database();
  try {
    loadViews(database, state, org);
    database.run("PRAGMA query_only = ON");
    const statements = database.iterateStatements(query);
    const first = statements.next();
    if (first.done) throw HttpError.detail(400, "The query is empty.");
    const statement = first.value;
    // Moving the iterator on would free the first statement, so the rest is looked at on its own.
    const rest = database.iterateStatements(statements.getRemainingSQL()).next();
    if (!rest.done) {
      rest.value.free();
      throw HttpError.detail(400, "Send exactly one statement; this query has more than one.");
    }
    const bound: Record<string, SqlValue> = {};
    for (const name of placeholders) {
      const value = parameters[name];
      bound[`:${name}`] =
        value === null || typeof value === "string" || typeof value === "number"
          ? value
          : typeof value === "boolean"
            ? Number(value)
            : JSON.stringify(value);
    }
    statement.bind(bound);
    const names = statement.getColumnNames();
    const rows: SqlValue[][] = [];
    let truncated = false;
    while (statement.step()) {
      if (rows.length === MAX_ROWS) {
        truncated = true;
        break;
      }
      rows.push(statement.get());
    }
    statement.free();
    const typed = names.map((name, index) =>
      typeColumn(
        name,
        rows.map((row) => row[index] ?? null),
      ),
    );
    const columns: SqlQueryColumn[] = names.map((name, index) => ({
      name: name.slice(0, 63),
      type: typed[index]?.type ?? "text",
    }));
    return {
      columns,
      rows: rows.map((row) => row.map((value, index) => typed[index]?.cell(value) ?? value)) as SqlQueryResult["rows"],
      row_count: rows.length,
      truncated,
    };
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // sql.js throws SQLite's errors as Errors, and a few of its own as plain strings.
    throw HttpError.detail(400, explain(error instanceof Error ? error.message : String(error)));
  } finally {
    database.close();
  }
}
