import type { CallOutcome, ErrorCode } from '../../shared/contract';

/** A failed call, with the core's error code and its message for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'unauthorized' | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Returns a call's result, or throws its error as an ApiError. */
export function unwrapOutcome<T>(outcome: CallOutcome<T>): T {
  if (outcome.ok) return outcome.result;
  throw new ApiError(outcome.error.code, outcome.error.message);
}
