import type { DocumentSummary } from '../../shared/contract';
import { anchorAll } from '../../shared/textAnchoring';
import { selectorsOf, viewAnnotations } from '../annotations/annotationViews';
import { parseCards } from '../cards/storedCard';
import type { CoreContext } from '../context';
import type { SearchableCard, SearchableDocument } from './searchableDocument';

/**
 * A document as the index needs it, read through the repository as the
 * reader would open it: its highlights and cards placed in its current text
 * (deleted cards left out). The text itself is included only when asked
 * (it is new to the index), with the version and hash its saved word map
 * is filed under; it is read either way, to place the highlights.
 */
export async function readSearchable(ctx: CoreContext, summary: DocumentSummary, withText: boolean): Promise<SearchableDocument> {
  const data = await ctx.documents.get(summary.id);
  const text = await ctx.documents.readText(summary.id, summary.textVersion);
  const { views } = viewAnnotations(text, data.annotations);
  const cards = parseCards(data.cards).filter((card) => !card.deleted);
  const targeted = cards.filter((card) => card.target);
  const anchors = anchorAll(text, targeted.map((card) => selectorsOf({ target: card.target! })));
  const anchorOf = new Map(targeted.map((card, i) => [card.id, anchors[i] ?? null]));
  const sha256 = data.textVersions.find((entry) => entry.version === summary.textVersion)?.sha256;
  return {
    id: summary.id,
    title: summary.title,
    ...(withText ? { text, ...(sha256 ? { textKey: { version: summary.textVersion, sha256 } } : {}) } : {}),
    annotations: views.map((view) => ({ id: view.id, note: view.note, tags: view.tags, anchor: view.anchor })),
    cards: cards.map((card): SearchableCard => {
      const anchor = anchorOf.get(card.id);
      return { id: card.id, prompt: card.prompt, answer: card.answer, tags: card.tags, anchor: anchor ? { start: anchor.start, end: anchor.end } : null };
    }),
  };
}
