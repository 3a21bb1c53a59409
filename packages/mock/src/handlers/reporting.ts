/** Customer SQL Query: real read-only SQL over the acting org's records (see `sql/query-reporting-views.ts`). */
import type { Handler } from "../request-context.js";
import { queryReportingViews } from "../sql/query-reporting-views.js";

/** Customer SQL Query (`POST /v1/reporting/sql/`). */
export const runSqlQuery: Handler<"runSqlQuery"> = async ({ state, scope, body }) => ({
  body: await queryReportingViews(state, scope.acting, body.query, body.parameters ?? {}, state.sqlWasmUrl),
});
