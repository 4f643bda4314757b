import { GlossError } from '../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { BrokenDocumentError } from '../documents/brokenDocument';
import { statusOf } from '../cards/scheduling';
import { parseCards } from '../cards/storedCard';

/** Renaming a document, and the counts the library view shows. */
export function documentAdminHandlers(ctx: CoreContext): Handlers<'document:rename' | 'library:stats'> {
  return {
    'document:rename': async ({ id, title, source }) => {
      if (!ctx.library.summaryOf(id)) throw new GlossError('not_found', `There is no document with id ${id}.`);
      const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();
      const before = await ctx.documents.get(id);
      const previous = { title: before.title, source: before.source };
      const next = { title: oneLine(title), source: source === undefined ? before.source : oneLine(source) };
      // The document's own file first (it is the source of truth); the library's list follows, or the file goes back.
      await ctx.documents.update(id, (doc) => Object.assign(doc, next));
      try {
        const updated = await ctx.library.update((data) => {
          const entry = data.documents.find((doc) => doc.id === id)!;
          Object.assign(entry, next);
          return { ...entry };
        });
        ctx.events.emit('library:changed', {});
        return updated;
      } catch (error) {
        await ctx.documents.update(id, (doc) => Object.assign(doc, previous)).catch(() => undefined);
        throw error;
      }
    },
    'library:stats': async ({ ids }) => {
      const now = ctx.now().getTime();
      const documents = [];
      for (const id of ids) {
        if (!ctx.library.summaryOf(id) || ctx.documents.problemOf(id)) continue;
        try {
          const doc = await ctx.documents.get(id);
          const cards = parseCards(doc.cards).filter((card) => !card.deleted);
          const live = cards.filter((card) => !card.suspended);
          const newCards = live.filter((card) => statusOf(card.schedule, false) === 'new').length;
          const dueCards = live.filter((card) => statusOf(card.schedule, false) !== 'new' && new Date(card.schedule.due).getTime() <= now).length;
          documents.push({ id, highlights: doc.annotations.length, cards: cards.length, dueCards, newCards });
        } catch (error) {
          if (!(error instanceof BrokenDocumentError)) throw error;
        }
      }
      return { documents };
    },
  };
}
