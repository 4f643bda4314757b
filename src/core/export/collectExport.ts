import { createHash } from 'node:crypto';
import { GlossError, StoredAnnotation, type AnnotationTarget, type AnnotationView } from '../../shared/contract';
import { paragraphSpeakers } from '../../shared/text/speakers';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { viewAnnotations } from '../annotations/annotationViews';
import { buildTarget } from '../annotations/buildTarget';
import { viewCards } from '../cards/cardViews';
import { parseCards } from '../cards/storedCard';
import type { CoreContext } from '../context';
import { openStructure } from '../documents/openStructure';
import type { ExportCard, ExportDocument, ExportHighlight } from './exportModel';

/** Which part of the library an export covers. */
export interface ExportScope {
  /** The documents, in this order; absent: the whole library (not the Trash), most recent first. */
  documentIds?: readonly string[];
  /** Only these highlights (a selection in one document); absent: all. */
  annotationIds?: readonly string[];
}

/** What a format needs beyond the words: the W3C format needs each highlight's selectors, Markdown does not. */
export interface CollectOptions {
  selectors?: boolean;
}

/** The 1-based number of the paragraph holding `offset`, by binary search over paragraph starts. */
function paragraphNumber(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** Selectors for a damaged entry that has only its quote left: kept as an orphan. */
function buildOrphanTarget(quote: string, textVersion: number): AnnotationTarget {
  const exact = quote === '' ? '?' : quote;
  return { textVersion, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: exact.length }] };
}

/** Selectors of a highlight: computed in the current text where it is placed, as stored for an orphan. */
function targetOf(view: AnnotationView, stored: unknown, text: string, textVersion: number): AnnotationTarget {
  if (view.anchor) return buildTarget(text, textVersion, view.anchor.start, view.anchor.end);
  const parsed = StoredAnnotation.safeParse(stored);
  return parsed.success ? parsed.data.target : buildOrphanTarget(view.quote, textVersion);
}

/** One document as exports read it: highlights placed in its current text, with speaker and paragraph; its cards. */
async function collectDocument(ctx: CoreContext, id: string, annotationIds: ReadonlySet<string> | null, options: CollectOptions): Promise<ExportDocument> {
  const summary = ctx.library.summaryOf(id);
  if (!summary) throw new GlossError('not_found', `There is no document with id ${id}.`);
  const placed = await ctx.annotationViews.ofCurrentText(id);
  const { doc, version, text } = placed;
  const paragraphs = splitParagraphs(text);
  const starts = paragraphs.map((range) => range.start);
  const speakers = paragraphSpeakers(await openStructure(ctx, id, summary.title, version), paragraphs.length);
  const categories = new Map(ctx.library.settings.categories.map((category) => [category.id, category.name]));
  const chosen = annotationIds ? doc.annotations.filter((entry) => annotationIds.has(String((entry as { id?: unknown }).id))) : doc.annotations;
  const stored = options.selectors ? new Map(chosen.map((entry) => [String((entry as { id?: unknown }).id), entry])) : null;
  // Chosen highlights are placed among themselves, as they always were; all of them, as the reader placed them.
  const views = annotationIds ? viewAnnotations(text, chosen).views : placed.views;
  const highlights = views.map((view): ExportHighlight => {
    const target = stored ? targetOf(view, stored.get(view.id), text, version.version) : null;
    const paragraph = view.anchor && paragraphs.length > 0 ? paragraphNumber(starts, view.anchor.start) : null;
    return {
      id: view.id,
      quote: view.quote,
      color: view.color,
      category: categories.get(view.color) ?? view.color,
      note: view.note,
      tags: view.tags,
      speaker: paragraph === null ? null : (speakers[paragraph - 1] ?? null),
      paragraph,
      anchor: view.anchor,
      orphanReason: view.orphanReason,
      target,
      created: view.created,
      modified: view.modified,
    };
  });
  const storedCards = annotationIds ? [] : parseCards(doc.cards).filter((card) => !card.deleted);
  const cards = viewCards(id, summary.title, text, storedCards).map((view, i): ExportCard => ({ ...view, group: storedCards[i]!.group }));
  // Known for versions stored since hashes were kept, and readText has checked the text against it: hashing a book again costs milliseconds.
  const textSha256 = version.sha256 ?? createHash('sha256').update(text).digest('hex');
  return { id, title: summary.title, source: summary.source, textVersion: version.version, textSha256, highlights, cards };
}

/** Collects what an export covers, read from the documents' own files. */
export async function collectExport(ctx: CoreContext, scope: ExportScope, options: CollectOptions = {}): Promise<ExportDocument[]> {
  const ids = scope.documentIds ?? ctx.library.activeDocuments.map((doc) => doc.id);
  const annotationIds = scope.annotationIds ? new Set(scope.annotationIds) : null;
  const documents: ExportDocument[] = [];
  for (const id of ids) documents.push(await collectDocument(ctx, id, annotationIds, options));
  return documents;
}
