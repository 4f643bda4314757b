import type { CoreContext } from '../context';
import { spellAsCodebook, withTagsRegistered } from './codebook';

/**
 * Tags about to be stored on a highlight or card: spelled as the codebook
 * knows them (case-insensitive, first spelling kept) and, when new, added to
 * it first, so the vocabulary never misses a tag in use.
 */
export async function spellAndRegisterTags(ctx: CoreContext, tags: readonly string[]): Promise<string[]> {
  const spelled = spellAsCodebook(ctx.library.codebook, tags);
  const registered = withTagsRegistered(ctx.library.codebook, spelled);
  if (registered.length !== ctx.library.codebook.length) {
    await ctx.library.update((data) => {
      data.codebook = withTagsRegistered(data.codebook, spelled);
    });
  }
  return spelled;
}
