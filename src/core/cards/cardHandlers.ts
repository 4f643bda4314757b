import { randomUUID } from 'node:crypto';
import { clozeFromHighlight, NOTE_QUESTION_FORMAT, normaliseBlanks, qaFromNote, type GeneratedCard } from '../../shared/cardGeneration';
import { GlossError, StoredAnnotation, type CardView, type SkippedDocument } from '../../shared/contract';
import { isTagWithin } from '../../shared/tags/tagName';
import { spellAndRegisterTags } from '../tags/spellTags';
import { buildTarget } from '../annotations/buildTarget';
import { viewAnnotations } from '../annotations/annotationViews';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { assertCardContent, assertNotDuplicate } from './cardChecks';
import { viewCards } from './cardViews';
import { dueQueue } from './dueQueue';
import { changeCard, loadCardsInScope, loadDocumentCards } from './documentCards';
import { newSchedule } from './scheduling';
import { parseCards, type StoredCard } from './storedCard';

type CardMethods = 'cards:list' | 'cards:tags' | 'card:create' | 'card:fromHighlight' | 'card:update';

/** The card browser's calls: list, add by hand or from a highlight, edit, suspend (deletion: cardDeletionHandlers). */
export function cardHandlers(ctx: CoreContext): Handlers<CardMethods> {
  const viewOne = async (documentId: string, card: StoredCard): Promise<CardView> => {
    const { title, text } = await loadDocumentCards(ctx, documentId);
    return viewCards(documentId, title, text, [card])[0]!;
  };
  /** Adds a new card, unless it is no card or one its document has already; checked in the write, so two quick presses make one card. */
  const store = async (documentId: string, card: StoredCard): Promise<CardView> => {
    assertCardContent(card);
    await ctx.documents.update(documentId, (doc) => {
      if (doc.cards.some((entry) => (entry as { id?: unknown }).id === card.id)) throw new GlossError('conflict', 'That card exists already.');
      assertNotDuplicate(documentId, parseCards(doc.cards), card);
      doc.cards.push(card);
    });
    return viewOne(documentId, card);
  };
  const newCard = (fields: Pick<StoredCard, 'origin' | 'type' | 'prompt' | 'answer' | 'hint' | 'annotationId' | 'target' | 'group' | 'tags'>): StoredCard => {
    const now = ctx.now();
    return { id: `card-${randomUUID()}`, ...fields, edited: false, suspended: false, deleted: false, created: now.toISOString(), modified: now.toISOString(), schedule: newSchedule(now) };
  };

  return {
    'cards:list': async ({ documentId, status, origin, tag }) => {
      const views: CardView[] = [];
      let skipped: SkippedDocument[];
      if (status === 'due') {
        // Exactly what review offers now, in its order: the same queue, not a look-alike rule.
        const queue = await dueQueue(ctx, { documentId, tag });
        views.push(...queue.cards.map(({ view }) => view));
        skipped = queue.skipped;
      } else {
        const scope = await loadCardsInScope(ctx, documentId);
        for (const { id, title, text, cards } of scope.documents) views.push(...viewCards(id, title, text, cards.filter((card) => !card.deleted)));
        skipped = scope.skipped;
      }
      const cards = views.filter((card) => (!status || status === 'due' || card.status === status) && (!origin || card.origin === origin) && (!tag || card.tags.some((own) => isTagWithin(own, tag))));
      return { cards, ...(skipped.length > 0 ? { skipped } : {}) };
    },
    'cards:tags': async () => {
      const tags = new Set<string>();
      const { documents, skipped } = await loadCardsInScope(ctx, undefined);
      for (const { cards } of documents) for (const card of cards) if (!card.deleted) card.tags.forEach((t) => tags.add(t));
      return { tags: [...tags].sort((a, b) => a.localeCompare(b)), ...(skipped.length > 0 ? { skipped } : {}) };
    },
    'card:create': async ({ documentId, type, prompt, answer, source, tags }) => {
      const { text, textVersion } = await loadDocumentCards(ctx, documentId);
      const target = source ? buildTarget(text, textVersion, source.start, source.end) : null;
      const written = type === 'cloze' ? normaliseBlanks(prompt) : prompt;
      const spelled = await spellAndRegisterTags(ctx, tags ?? []);
      return store(documentId, newCard({ origin: 'manual', type, prompt: written, answer, hint: null, annotationId: null, target, group: null, tags: spelled }));
    },
    'card:fromHighlight': async ({ documentId, annotationId, kind }) => {
      const { doc, text, textVersion } = await loadDocumentCards(ctx, documentId);
      const raw = doc.annotations.find((entry) => (entry as { id?: unknown }).id === annotationId);
      const annotation = StoredAnnotation.safeParse(raw);
      if (!annotation.success) throw new GlossError('not_found', `There is no usable highlight with id ${annotationId}.`);
      const anchor = viewAnnotations(text, [annotation.data]).views[0]?.anchor;
      if (!anchor) throw new GlossError('bad_input', 'This highlight is not in the current text (an orphan), so no card can be made from it.');
      const generated: GeneratedCard | null = kind === 'cloze' ? clozeFromHighlight(text, anchor) : qaFromNote(text, anchor, annotation.data.note);
      if (!generated) {
        throw new GlossError('bad_input', kind === 'qa' ? NOTE_QUESTION_FORMAT : 'No cloze can be made from this highlight: it needs words of its sentence left around it.');
      }
      const target = buildTarget(text, textVersion, generated.source.start, generated.source.end);
      // One vocabulary: the card starts with the highlight's tags, and the category its colour stands for.
      const category = ctx.library.settings.categories.find((c) => c.id === annotation.data.color)?.name;
      const tags = await spellAndRegisterTags(ctx, [...(annotation.data.tags ?? []), ...(category ? [category] : [])]);
      return store(documentId, newCard({ origin: 'highlight', type: generated.type, prompt: generated.prompt, answer: generated.answer, hint: generated.hint ?? null, annotationId, target, group: generated.group, tags }));
    },
    'card:update': async ({ documentId, cardId, prompt, answer, suspended, tags }) => {
      const spelled = tags ? await spellAndRegisterTags(ctx, tags) : undefined;
      const updated = await ctx.documents.update(documentId, (doc) =>
        changeCard(doc, cardId, (card) => {
          const written = prompt !== undefined && card.type === 'cloze' ? normaliseBlanks(prompt) : prompt;
          const reworded = (written !== undefined && written !== card.prompt) || (answer !== undefined && answer !== card.answer);
          const next = { ...card, prompt: written ?? card.prompt, answer: answer ?? card.answer };
          if (reworded) {
            assertCardContent(next);
            assertNotDuplicate(documentId, parseCards(doc.cards), next);
          }
          return {
            ...next,
            suspended: suspended ?? card.suspended,
            tags: spelled ?? card.tags,
            edited: card.edited || reworded,
            modified: ctx.now().toISOString(),
          };
        }),
      );
      return viewOne(documentId, updated!);
    },
  };
}
