import { z } from 'zod';

/** What went wrong, in a form every door can carry and the UI can explain. */
export const ErrorCode = z.enum(['invalid_params', 'unknown_method', 'not_found', 'conflict', 'bad_input', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const WireError = z.strictObject({ code: ErrorCode, message: z.string() });
export type WireError = z.infer<typeof WireError>;

/** An error with a code and a message meant for the user. */
export class GlossError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GlossError';
  }

  toWire(): WireError {
    return { code: this.code, message: this.message };
  }
}

/** The envelope a call's answer travels in, so errors keep their code across IPC. */
export type CallOutcome<T> = { ok: true; result: T } | { ok: false; error: WireError };
