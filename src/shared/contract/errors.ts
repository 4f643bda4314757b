import { z } from 'zod';

/**
 * What went wrong, in a form every door can carry and the UI can explain.
 * `closing`: this Gloss is shutting down, or has stopped writing because
 * another one took over its library; the call did nothing. `storage`: the
 * disk refused the write (full, read-only, failing); nothing was saved.
 * `unauthorized`: the call lacked the launch token; `forbidden`: it did not
 * come from Gloss's own page (another origin, frame or host).
 */
export const ErrorCode = z.enum(['invalid_params', 'unknown_method', 'not_found', 'conflict', 'bad_input', 'closing', 'storage', 'unauthorized', 'forbidden', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * What an error points at, so the UI can offer to show it: the card that
 * already exists when a new one would repeat it.
 */
export const ErrorDetails = z.strictObject({ documentId: z.string(), cardId: z.string() });
export type ErrorDetails = z.infer<typeof ErrorDetails>;

export const WireError = z.strictObject({ code: ErrorCode, message: z.string(), details: ErrorDetails.optional() });
export type WireError = z.infer<typeof WireError>;

/** An error with a code and a message meant for the user, and optionally what it points at. */
export class GlossError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'GlossError';
  }

  toWire(): WireError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** The envelope a call's answer travels in, so errors keep their code across IPC. */
export type CallOutcome<T> = { ok: true; result: T } | { ok: false; error: WireError };
