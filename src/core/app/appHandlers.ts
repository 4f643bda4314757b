import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';

export function appHandlers(ctx: CoreContext): Handlers<'app:status' | 'app:dismissNotice'> {
  return {
    'app:status': async () => ({ version: ctx.version, dataDir: ctx.dataDir, notices: ctx.notices.list() }),
    'app:dismissNotice': async ({ id }) => {
      await ctx.notices.dismiss(id);
      return { ok: true };
    },
  };
}
