import { formatIssue, type ValidationIssue } from "./validation-issue.js";

/** Thrown by `validator.parse` when a value does not match its shape; lists every issue found. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";

  constructor(
    /** What was validated (`"createPurchaseEvent request body"`). */
    readonly subject: string,
    readonly issues: readonly ValidationIssue[],
  ) {
    super(`Invalid ${subject}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join("\n")}`);
  }
}
