import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';

/** Cancelling long work, whatever it is (see RunningTasks). */
export function taskHandlers(ctx: CoreContext): Handlers<'task:cancel'> {
  return {
    'task:cancel': async ({ taskId }) => {
      ctx.tasks.cancel(taskId);
      return { ok: true };
    },
  };
}
