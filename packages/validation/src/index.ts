/**
 * Runtime validators for every Cofactr Platform API payload, generated from the OpenAPI spec.
 *
 * - `<schema>Schema` (e.g. `bomSchema`): one per component schema, response semantics.
 * - `<operationId>Body` / `<operationId>Response`: an operation's request body (unknown fields are
 *   errors) and JSON success response (unknown fields are accepted).
 * - `operationValidators`: the same, looked up by `operationId`.
 *
 * Every validator is a Standard Schema v1 object; see `Validator`.
 */
export * from "./generated/validators.gen.js";
export { ValidationError } from "./validation-error.js";
export { formatIssue, type ValidationIssue } from "./validation-issue.js";
export { maxIssues, type ValidationResult, type Validator } from "./validator.js";
