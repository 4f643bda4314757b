import { contract, GlossError, isMethodName, type MethodName, type MethodResult } from '../shared/contract';
import type { Handlers } from './handlers/types';

export type AllHandlers = Handlers<MethodName>;

/**
 * The one entry point both doors use: checks the method exists, validates the
 * untrusted params against the contract, runs the handler, and checks the
 * result too, so a bug in core cannot send the renderer malformed data.
 */
export async function dispatch(handlers: AllHandlers, method: unknown, rawParams: unknown): Promise<MethodResult<MethodName>> {
  if (!isMethodName(method)) {
    throw new GlossError('unknown_method', `Unknown method: ${String(method).slice(0, 80)}`);
  }
  const spec = contract[method];
  const parsed = spec.params.safeParse(rawParams ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new GlossError('invalid_params', `Invalid params for ${method}: ${issue?.message ?? 'invalid input'}${where}`);
  }
  const handler = handlers[method] as (params: unknown) => Promise<unknown>;
  const result = await handler(parsed.data);
  const checked = spec.result.safeParse(result);
  if (!checked.success) throw new GlossError('internal', `${method} produced an invalid result: ${checked.error.issues[0]?.message}`);
  return checked.data as MethodResult<MethodName>;
}
