import type { CallOutcome } from '../src/shared/contract';

/** One call's answer as the stress suite sees it: the HTTP status and the contract's outcome (if any). */
export interface StressAnswer {
  status: number;
  outcome: CallOutcome<unknown> | null;
}

/** A minimal browser-mode client for a running Gloss: POST /api/<method> with its launch token. */
export function glossClient(url: string) {
  const { origin, hash } = new URL(url);
  const token = /token=([\w-]+)/.exec(hash)?.[1] ?? '';
  const call = async (method: string, params: unknown): Promise<StressAnswer> => {
    try {
      const response = await fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(params),
      });
      const outcome = (await response.json().catch(() => null)) as CallOutcome<unknown> | null;
      return { status: response.status, outcome };
    } catch {
      // The process was killed mid-call: not acknowledged.
      return { status: 0, outcome: null };
    }
  };
  /** The result of a call that must succeed (setup and verification). */
  const must = async <T>(method: string, params: unknown): Promise<T> => {
    const { status, outcome } = await call(method, params);
    if (!outcome?.ok) throw new Error(`${method} failed (${status}): ${JSON.stringify(outcome)}`);
    return outcome.result as T;
  };
  return { call, must };
}
