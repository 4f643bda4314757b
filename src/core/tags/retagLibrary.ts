import { GlossError, type SkippedDocument, type TagChange, type TagEntry } from '../../shared/contract';
import { isTagWithin } from '../../shared/tags/tagName';
import { parseCards } from '../cards/storedCard';
import type { CoreContext } from '../context';
import { BrokenDocumentError } from '../documents/brokenDocument';
import type { DocumentFileData } from '../documents/documentFile';
import { editTags, filterAfterTagEdit, type TagEdit } from '../../shared/tags/tagEdit';
import { removeFromCodebook, renameInCodebook, renameProblem, spellAsCodebook } from './codebook';
import { annotationTags } from './annotationTags';

type DocumentChange = TagChange['documents'][number];

/** Applies the edit to one document's data in place; returns each changed item's tags as they were. */
function editDocument(id: string, doc: DocumentFileData, edit: TagEdit): DocumentChange {
  const change: DocumentChange = { documentId: id, annotations: [], cards: [] };
  for (const entry of doc.annotations) {
    const before = annotationTags(entry);
    const after = editTags(before, edit);
    if (!after) continue;
    change.annotations.push({ id: String((entry as { id?: unknown }).id), tags: before });
    const record = entry as { tags?: string[] };
    if (after.length > 0) record.tags = after;
    else delete record.tags;
  }
  const cards = parseCards(doc.cards);
  doc.cards.forEach((entry, index) => {
    const card = cards.find((parsed) => parsed.id === (entry as { id?: unknown }).id);
    if (!card) return;
    const after = editTags(card.tags, edit);
    if (!after) return;
    change.cards.push({ id: card.id, tags: card.tags });
    doc.cards[index] = { ...(entry as object), tags: after };
  });
  return change;
}

/** Whether any of a document's highlights or cards carries the tag being changed. */
function documentUses(doc: DocumentFileData, tag: string): boolean {
  const uses = (tags: readonly string[]) => tags.some((own) => isTagWithin(own, tag));
  return doc.annotations.some((entry) => uses(annotationTags(entry))) || parseCards(doc.cards).some((card) => uses(card.tags));
}

/**
 * Renames or deletes a tag in every document (the Trash's too, so a restored
 * document agrees) and in the codebook. Only files that carry the tag are
 * written. If one write fails, the documents already changed are put back and
 * the error is passed on: the library is left as it was.
 */
export async function changeTagsEverywhere(ctx: CoreContext, edit: TagEdit): Promise<TagChange> {
  const subject = edit.kind === 'rename' ? edit.from : edit.name;
  let target = edit.kind === 'rename' ? edit.to : '';
  if (edit.kind === 'rename') {
    const problem = renameProblem(edit.from, edit.to);
    if (problem) throw new GlossError('bad_input', problem);
    // Spelled as the codebook knows it, but not after the tag being renamed (a change of case must stick).
    target = spellAsCodebook(removeFromCodebook(ctx.library.codebook, edit.from), [edit.to])[0]!;
  }
  const spelledEdit: TagEdit = edit.kind === 'rename' ? { ...edit, to: target } : edit;
  const skipped: SkippedDocument[] = [];
  const using: string[] = [];
  for (const { id } of ctx.library.documents) {
    try {
      if (documentUses(await ctx.documents.get(id), subject)) using.push(id);
    } catch (error) {
      if (!(error instanceof BrokenDocumentError)) throw error;
      skipped.push({ documentId: id, title: error.title, problem: error.problem });
    }
  }
  const codebookBefore: TagEntry[] = [...ctx.library.codebook];
  if (using.length === 0 && !codebookBefore.some((entry) => isTagWithin(entry.name, subject))) {
    throw new GlossError('not_found', `There is no tag "${subject}".`);
  }
  const change: TagChange = {
    codebook: codebookBefore,
    documents: [],
    highlights: 0,
    cards: 0,
    ...(skipped.length > 0 ? { skipped } : {}),
    ...(spelledEdit.kind === 'rename' ? { renamedTo: spelledEdit.to } : {}),
  };
  try {
    for (const id of using) {
      const done = await ctx.documents.update(id, (doc) => editDocument(id, doc, spelledEdit));
      if (done.annotations.length + done.cards.length === 0) continue;
      change.documents.push(done);
      change.highlights += done.annotations.length;
      change.cards += done.cards.length;
    }
    await ctx.library.update((data) => {
      data.codebook = spelledEdit.kind === 'rename' ? renameInCodebook(data.codebook, spelledEdit.from, spelledEdit.to) : removeFromCodebook(data.codebook, spelledEdit.name);
      // The saved filter follows, so it neither names a tag that is gone nor stops matching what was renamed.
      const filter = filterAfterTagEdit(data.settings.highlightFilter, spelledEdit);
      if (filter) {
        change.filterTags = data.settings.highlightFilter.tags;
        data.settings.highlightFilter = filter;
      }
    });
  } catch (error) {
    await restoreDocuments(ctx, change.documents).catch(() => undefined);
    throw error;
  }
  return change;
}

/** Sets each listed item back to the tags it had (items deleted since are left alone). */
async function restoreDocuments(ctx: CoreContext, documents: readonly DocumentChange[]): Promise<void> {
  for (const { documentId, annotations, cards } of documents) {
    if (!ctx.library.summaryOf(documentId)) continue;
    await ctx.documents.update(documentId, (doc) => {
      const annotationTagsBefore = new Map(annotations.map((item) => [item.id, item.tags]));
      for (const entry of doc.annotations) {
        const before = annotationTagsBefore.get(String((entry as { id?: unknown }).id));
        if (!before) continue;
        const record = entry as { tags?: string[] };
        if (before.length > 0) record.tags = [...before];
        else delete record.tags;
      }
      const cardTagsBefore = new Map(cards.map((item) => [item.id, item.tags]));
      doc.cards.forEach((entry, index) => {
        const before = cardTagsBefore.get(String((entry as { id?: unknown }).id));
        if (before) doc.cards[index] = { ...(entry as object), tags: [...before] };
      });
    });
  }
}

/** Undoes a rename, merge or deletion: every touched item gets its tags back, and the codebook is as it was. */
export async function restoreTags(ctx: CoreContext, change: TagChange): Promise<void> {
  await restoreDocuments(ctx, change.documents);
  await ctx.library.update((data) => {
    data.codebook = change.codebook.map((entry) => ({ ...entry }));
    if (change.filterTags) data.settings.highlightFilter = { ...data.settings.highlightFilter, tags: [...change.filterTags] };
  });
}
