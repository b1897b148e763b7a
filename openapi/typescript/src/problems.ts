// The error the sync and live helpers throw for an answer they cannot use: the server's RFC 9457 problem, typed.
import type { components } from "./schema.js";

export type Problem = components["schemas"]["Problem"];

/** An error answer from the API: `status` and, when the server sent one, its problem document. */
export class QurultayProblemError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: unknown, what: string) {
    const typed = isProblem(problem) ? problem : undefined;
    super(`${what}: HTTP ${status}${typed ? ` ${typed.title}${typed.detail ? `: ${typed.detail}` : ""}` : ""}`);
    this.name = "QurultayProblemError";
    this.status = status;
    this.problem = typed;
  }
}

/** The cursor is older than what the server keeps (410): drop what you hold and sync again from a snapshot. */
export function isCursorExpired(error: unknown): boolean {
  return error instanceof QurultayProblemError && error.status === 410;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}
