import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';

export function categoryHandlers(ctx: CoreContext): Handlers<'category:rename'> {
  return {
    'category:rename': async ({ id, name }) => {
      await ctx.library.update((data) => {
        data.settings.categories = data.settings.categories.map((category) => (category.id === id ? { ...category, name } : category));
      });
      return { categories: ctx.library.settings.categories };
    },
  };
}
