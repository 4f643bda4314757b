import { createHash, randomUUID } from 'node:crypto';
import { GlossError, MAX_NOTE_LENGTH, StoredAnnotation, type CategoryId } from '../../../shared/contract';
import { tagProblem, tidyTag } from '../../../shared/tags/tagName';
import { viewAnnotations } from '../../annotations/annotationViews';
import { buildTarget } from '../../annotations/buildTarget';
import type { CoreContext } from '../../context';
import { currentTextVersion } from '../../documents/documentFile';
import { spellAndRegisterTags } from '../../tags/spellTags';
import { readW3cFile, type W3cHighlight } from './readW3cFile';
import { TEXT_URN } from './w3cModel';

/** What importing a W3C file did. */
export interface W3cImportResult {
  imported: number;
  /** Imported, but their words were not found in the document's text: shown as orphans with the reason. */
  orphans: number;
  documentIds: string[];
  /** A sentence for each annotation or group that was left out, and why. */
  problems: string[];
}

/** Finds the documents of the library by the SHA-256 of their current text, computed once per import. */
async function documentsByTextHash(ctx: CoreContext): Promise<Map<string, string>> {
  const byHash = new Map<string, string>();
  for (const { id } of ctx.library.activeDocuments) {
    if (ctx.documents.problemOf(id)) continue;
    const doc = await ctx.documents.get(id);
    const text = await ctx.documents.readText(id, currentTextVersion(doc).version);
    byHash.set(createHash('sha256').update(text).digest('hex'), id);
  }
  return byHash;
}

/** The stored highlight for one W3C annotation in a document's current text: placed where its words are, else an orphan. */
function storedHighlight(read: W3cHighlight, text: string, textVersion: number, id: string, color: CategoryId, tags: string[], now: string): StoredAnnotation {
  const position = read.position ?? { start: 0, end: read.quote!.exact.length };
  const exact = read.quote?.exact ?? text.slice(position.start, position.end);
  const provisional: StoredAnnotation = {
    id,
    created: read.created ?? now,
    modified: read.modified ?? now,
    color,
    note: read.note.slice(0, MAX_NOTE_LENGTH),
    target: { textVersion, selector: [{ type: 'TextQuoteSelector', exact: exact || '?', prefix: (read.quote?.prefix ?? '').slice(-64), suffix: (read.quote?.suffix ?? '').slice(0, 64) }, { type: 'TextPositionSelector', ...position }] },
    ...(tags.length > 0 ? { tags } : {}),
  };
  const anchor = viewAnnotations(text, [provisional]).views[0]?.anchor;
  return anchor ? { ...provisional, target: buildTarget(text, textVersion, anchor.start, anchor.end) } : provisional;
}

/**
 * Imports W3C Web Annotations into the documents whose text they were made
 * on (matched by the text's SHA-256), or all into `documentId` when given.
 * Annotations keep their Gloss id, times, note, tags and colour category;
 * those whose words are not found become orphans, never dropped silently.
 */
export async function importW3c(ctx: CoreContext, json: string, documentId?: string): Promise<W3cImportResult> {
  let reading;
  try {
    reading = readW3cFile(json);
  } catch (error) {
    throw new GlossError('bad_input', (error as Error).message);
  }
  const problems = [...reading.problems];
  if (documentId && !ctx.library.summaryOf(documentId)) throw new GlossError('not_found', `There is no document with id ${documentId}.`);
  const byHash = documentId ? new Map<string, string>() : await documentsByTextHash(ctx);
  const groups = new Map<string, W3cHighlight[]>();
  const unmatched = new Map<string, number>();
  for (const highlight of reading.highlights) {
    const target = documentId ?? (highlight.source.startsWith(TEXT_URN) ? byHash.get(highlight.source.slice(TEXT_URN.length)) : undefined);
    if (!target) {
      const name = highlight.sourceLabel ? `“${highlight.sourceLabel}”` : highlight.source;
      unmatched.set(name, (unmatched.get(name) ?? 0) + 1);
      continue;
    }
    groups.set(target, [...(groups.get(target) ?? []), highlight]);
  }
  for (const [name, count] of unmatched) problems.push(`${count} annotation(s) of ${name} were left out: no document in this library has that text. Open the document and import into it.`);
  const categories = new Map(ctx.library.settings.categories.map((category) => [category.name.toLocaleLowerCase(), category.id]));
  const now = ctx.now().toISOString();
  let imported = 0;
  let orphans = 0;
  for (const [id, highlights] of groups) {
    const doc = await ctx.documents.get(id);
    const version = currentTextVersion(doc).version;
    const text = await ctx.documents.readText(id, version);
    const stored: StoredAnnotation[] = [];
    for (const read of highlights) {
      const tags = await spellAndRegisterTags(ctx, read.tags.map(tidyTag).filter((tag) => tagProblem(tag) === null));
      const color = categories.get(read.category?.toLocaleLowerCase() ?? '') ?? 'c1';
      const candidate = StoredAnnotation.safeParse(storedHighlight(read, text, version, read.id ?? `ann-${randomUUID()}`, color, tags, now));
      if (candidate.success) stored.push(candidate.data);
      else problems.push(`An annotation on “${ctx.library.summaryOf(id)?.title ?? id}” was left out: ${candidate.error.issues[0]?.message ?? 'it cannot be stored'}.`);
    }
    await ctx.documents.update(id, (data) => {
      const taken = new Set(data.annotations.map((entry) => String((entry as { id?: unknown }).id)));
      for (const annotation of stored) {
        // An id the document has already (imported twice) gets a new one: nothing is overwritten.
        const free = taken.has(annotation.id) ? { ...annotation, id: `ann-${randomUUID()}` } : annotation;
        taken.add(free.id);
        data.annotations.push(free);
      }
    });
    imported += stored.length;
    orphans += stored.filter((annotation) => viewAnnotations(text, [annotation]).views[0]?.anchor === null).length;
  }
  return { imported, orphans, documentIds: [...groups.keys()], problems };
}
