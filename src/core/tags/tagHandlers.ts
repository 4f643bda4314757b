import { StoredAnnotation, type SkippedDocument, type TagChange, type TagUsage, type TaggedPassage } from '../../shared/contract';
import { isTagWithin, tagAncestry, tagKey, uniqueTags } from '../../shared/tags/tagName';
import { viewAnnotations } from '../annotations/annotationViews';
import { parseCards } from '../cards/storedCard';
import type { CoreContext } from '../context';
import { BrokenDocumentError } from '../documents/brokenDocument';
import { currentTextVersion, type DocumentFileData } from '../documents/documentFile';
import type { Handlers } from '../handlers/types';
import { codebookEntry, sortedCodebook, withTagsRegistered } from './codebook';
import { annotationTags } from './annotationTags';
import { changeTagsEverywhere, restoreTags } from './retagLibrary';

type TagMethods = 'tags:list' | 'tags:usage' | 'tags:passages' | 'tag:describe' | 'tag:rename' | 'tag:delete' | 'tags:restore';

/**
 * Runs `visit` on every readable document of the library proper; a document
 * that cannot be opened is reported, not fatal.
 */
async function eachDocument(ctx: CoreContext, visit: (id: string, title: string, doc: DocumentFileData) => Promise<void> | void): Promise<SkippedDocument[]> {
  const skipped: SkippedDocument[] = [];
  for (const { id, title } of ctx.library.activeDocuments) {
    let doc: DocumentFileData;
    try {
      doc = await ctx.documents.get(id);
    } catch (error) {
      if (!(error instanceof BrokenDocumentError)) throw error;
      skipped.push({ documentId: id, title: error.title, problem: error.problem });
      continue;
    }
    await visit(id, title, doc);
  }
  return skipped;
}

/** An item's tags with every tag above them, each once (case-insensitive): the tags it counts towards with their children. */
function tagsAndAncestors(tags: readonly string[]): string[] {
  return uniqueTags(tags.flatMap(tagAncestry));
}

/** The codebook, usage counts, the passages of a tag, and renaming, merging and deleting tags across the library. */
export function tagHandlers(ctx: CoreContext): Handlers<TagMethods> {
  return {
    'tags:list': async () => ({ tags: sortedCodebook(ctx.library.codebook) }),
    'tags:usage': async () => {
      const usage = new Map<string, TagUsage>();
      const count = (tag: string): TagUsage => {
        const key = tagKey(tag);
        let entry = usage.get(key);
        const name = codebookEntry(ctx.library.codebook, tag)?.name ?? tag;
        if (!entry) usage.set(key, (entry = { name, highlights: 0, cards: 0, byDocument: {}, withChildren: { highlights: 0, cards: 0, byDocument: {} } }));
        return entry;
      };
      const documents: { id: string; title: string }[] = [];
      await eachDocument(ctx, (id, title, doc) => {
        documents.push({ id, title });
        for (const entry of doc.annotations) {
          const tags = annotationTags(entry);
          for (const tag of tags) {
            const used = count(tag);
            used.highlights++;
            used.byDocument[id] = (used.byDocument[id] ?? 0) + 1;
          }
          for (const level of tagsAndAncestors(tags)) {
            const within = count(level).withChildren;
            within.highlights++;
            within.byDocument[id] = (within.byDocument[id] ?? 0) + 1;
          }
        }
        for (const card of parseCards(doc.cards)) {
          if (card.deleted) continue;
          for (const tag of card.tags) count(tag).cards++;
          for (const level of tagsAndAncestors(card.tags)) count(level).withChildren.cards++;
        }
      });
      // Described but unused tags are in the codebook too: listed with no uses.
      for (const entry of ctx.library.codebook) count(entry.name);
      const tags = [...usage.values()].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
      return { tags, documents };
    },
    'tags:passages': async ({ tag, documentId, includeChildren }) => {
      const matches = (tags: string[]) => tags.some((own) => (includeChildren === false ? tagKey(own) === tagKey(tag) : isTagWithin(own, tag)));
      const passages: TaggedPassage[] = [];
      await eachDocument(ctx, async (id, title, doc) => {
        if (documentId && id !== documentId) return;
        const tagged = doc.annotations.filter((entry) => matches(annotationTags(entry)) && StoredAnnotation.safeParse(entry).success);
        if (tagged.length === 0) return;
        const text = await ctx.documents.readText(id, currentTextVersion(doc).version);
        for (const annotation of viewAnnotations(text, tagged).views) passages.push({ documentId: id, documentTitle: title, annotation });
      });
      return { passages };
    },
    'tag:describe': async ({ name, color, description }) => {
      return ctx.library.update((data) => {
        data.codebook = withTagsRegistered(data.codebook, [name]);
        const entry = codebookEntry(data.codebook, name)!;
        const next = { ...entry };
        if (color === null) delete next.color;
        else if (color !== undefined) next.color = color;
        const trimmed = description?.trim();
        if (description === null || trimmed === '') delete next.description;
        else if (trimmed !== undefined) next.description = trimmed;
        data.codebook = data.codebook.map((candidate) => (candidate === entry ? next : candidate));
        return next;
      });
    },
    'tag:rename': async ({ from, to }) => changeTagsEverywhere(ctx, { kind: 'rename', from, to }),
    'tag:delete': async ({ name }) => changeTagsEverywhere(ctx, { kind: 'delete', name }),
    'tags:restore': async ({ change }) => {
      await restoreTags(ctx, change as TagChange);
      return { ok: true };
    },
  };
}
