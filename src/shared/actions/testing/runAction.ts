import { actionById } from '../index';
import { fakeContext, type FakeContextOptions } from './fakeContext';

/** Whether an action applies in a fake context, and what it asked of the surfaces when run there (run only if it applies). */
export function tryAction(id: string, options: FakeContextOptions = {}): { applies: boolean; calls: string[] } {
  const action = actionById(id);
  if (!action) throw new Error(`No action ${id}`);
  const { context, log } = fakeContext(options);
  const applies = action.when(context);
  if (applies) action.run(context);
  return { applies, calls: log };
}
