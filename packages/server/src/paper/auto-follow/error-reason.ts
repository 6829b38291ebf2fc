import { AppError } from '../../errors/app-error.js';

/**
 * An error as the end of a decision's reason: a field error's own message without the request field it
 * names (the broker's refusals name `body.quantity`, meant for the HTTP caller), else the error's message.
 */
export function errorReason(error: unknown): string {
  if (error instanceof AppError && error.problems.length > 0) return error.problems.map((problem) => problem.message).join('; ');
  return error instanceof Error ? error.message : String(error);
}
