import type { CallOutcome, ErrorCode, ErrorDetails } from '../../shared/contract';

/** A failed call, with the core's error code, its message for the user, and what it points at. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Returns a call's result, or throws its error as an ApiError. */
export function unwrapOutcome<T>(outcome: CallOutcome<T>): T {
  if (outcome.ok) return outcome.result;
  throw new ApiError(outcome.error.code, outcome.error.message, outcome.error.details);
}
