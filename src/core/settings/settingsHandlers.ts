import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';

export function settingsHandlers(ctx: CoreContext): Handlers<'settings:get' | 'settings:update'> {
  return {
    'settings:get': async () => ctx.library.settings,
    'settings:update': async (patch) => {
      await ctx.library.update((data) => {
        if (patch.theme !== undefined) data.settings.theme = patch.theme;
        if (patch.currentColor !== undefined) data.settings.currentColor = patch.currentColor;
        if (patch.desiredRetention !== undefined) data.settings.desiredRetention = patch.desiredRetention;
        if (patch.newCardsPerDay !== undefined) data.settings.newCardsPerDay = patch.newCardsPerDay;
        if (patch.highlightFilter !== undefined) data.settings.highlightFilter = patch.highlightFilter;
      });
      return ctx.library.settings;
    },
  };
}
