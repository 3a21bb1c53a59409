/** Get Async Job Status: each read moves a job that has not ended one step on (see `records/async-jobs.ts`). */
import { findVisible } from "../lookup.js";
import { presentJob, readJob } from "../records/async-jobs.js";
import type { Handler } from "../request-context.js";

/** Get Async Job Status (`GET /v1/async_jobs/{job_id}/`). */
export const getAsyncJob: Handler<"getAsyncJob"> = ({ state, scope, params, now }) => ({
  body: presentJob(readJob(state, findVisible(state.jobs, params.job_id, scope), now)),
});
