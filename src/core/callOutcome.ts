import { GlossError, type CallOutcome, type WireError } from '../shared/contract';

const INTERNAL: WireError = { code: 'internal', message: 'Something went wrong inside Gloss. The details are in its log.' };

/**
 * The one mapping from what a call threw to what a door sends back, for IPC
 * and HTTP alike: a GlossError keeps its code, message and details; anything
 * else is logged here and crosses only as a generic message, so no stack,
 * path or internal detail reaches the page.
 */
export function failureOutcome(method: string, error: unknown, log: (...args: unknown[]) => void = console.error): { ok: false; error: WireError } {
  if (error instanceof GlossError) {
    if (error.code === 'internal') log(`Gloss: ${method.slice(0, 80)} failed:`, error);
    return { ok: false, error: error.toWire() };
  }
  log(`Gloss: ${method.slice(0, 80)} failed unexpectedly:`, error);
  return { ok: false, error: INTERNAL };
}

/** Runs a call and wraps what it returned or threw as the envelope every door sends. */
export async function callOutcome(method: string, run: () => Promise<unknown>): Promise<CallOutcome<unknown>> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    return failureOutcome(method, error);
  }
}
