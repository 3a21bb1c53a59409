/**
 * The embedded SQL engine: SQLite compiled to WebAssembly (sql.js), loaded the first time a query
 * runs and shared after that. In Node the package finds its own `.wasm` file; in a browser, give
 * the URL of `sql-wasm-browser.wasm` (see the package README, "MSW").
 */
import type { SqlJsStatic } from "sql.js";

const engines = new Map<string, Promise<SqlJsStatic>>();

/** The engine, loading it on first use; `wasmUrl` says where the browser build's `.wasm` file is. */
export function loadSqlEngine(wasmUrl?: string): Promise<SqlJsStatic> {
  const key = wasmUrl ?? "";
  let engine = engines.get(key);
  if (!engine) {
    engine = import("sql.js").then(({ default: initSqlJs }) =>
      initSqlJs(wasmUrl === undefined ? undefined : { locateFile: () => wasmUrl }),
    );
    // A failed load may be retried (say, after a network error fetching the wasm file).
    engine.catch(() => engines.delete(key));
    engines.set(key, engine);
  }
  return engine;
}
