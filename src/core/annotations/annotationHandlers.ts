import { randomUUID } from 'node:crypto';
import { GlossError, StoredAnnotation, type AnnotationView } from '../../shared/contract';
import type { CoreContext } from '../context';
import { currentTextVersion, type DocumentFileData } from '../documents/documentFile';
import type { Handlers } from '../handlers/types';
import { viewAnnotations, viewOf } from './annotationViews';
import { spellAndRegisterTags } from '../tags/spellTags';
import { buildTarget } from './buildTarget';

type AnnotationMethods = 'annotation:create' | 'annotation:update' | 'annotation:delete' | 'annotation:restore';

/** Index of a stored highlight by id, or a not_found error. */
function indexOfAnnotation(doc: DocumentFileData, id: string): number {
  const index = doc.annotations.findIndex((entry) => (entry as { id?: unknown }).id === id);
  if (index < 0) throw new GlossError('not_found', `There is no highlight with id ${id} in this document.`);
  return index;
}

/** Creating, changing, deleting and restoring highlights; each resolves once the change is on disk. */
export function annotationHandlers(ctx: CoreContext): Handlers<AnnotationMethods> {
  const currentText = async (documentId: string) => {
    const doc = await ctx.documents.get(documentId);
    const version = currentTextVersion(doc).version;
    return { version, text: await ctx.documents.readText(documentId, version) };
  };
  const placed = async (documentId: string, annotation: StoredAnnotation): Promise<AnnotationView> => {
    const { text, version } = await currentText(documentId);
    // Made or last saved on this very text: its position selector is where it is.
    if (annotation.target.textVersion === version) return viewOf(annotation, { start: annotation.target.selector[1].start, end: annotation.target.selector[1].end });
    const view = viewAnnotations(text, [annotation]).views[0];
    if (!view) throw new GlossError('internal', 'The highlight could not be shown.');
    return view;
  };

  return {
    'annotation:create': async ({ documentId, textVersion, start, end, color, note, tags, id }) => {
      const { version, text } = await currentText(documentId);
      if (textVersion !== version) {
        throw new GlossError('conflict', `The text changed (now version ${version}); reopen the document and highlight again.`);
      }
      const spelled = tags && tags.length > 0 ? await spellAndRegisterTags(ctx, tags) : [];
      const now = ctx.now().toISOString();
      const annotation: StoredAnnotation = {
        id: id ?? `ann-${randomUUID()}`,
        created: now,
        modified: now,
        color,
        note: note ?? '',
        target: buildTarget(text, version, start, end),
        ...(spelled.length > 0 ? { tags: spelled } : {}),
      };
      await ctx.documents.update(documentId, (doc) => {
        if (doc.annotations.some((entry) => (entry as { id?: unknown }).id === annotation.id)) throw new GlossError('conflict', 'A highlight with that id exists already.');
        doc.annotations.push(annotation);
      });
      return placed(documentId, annotation);
    },
    'annotation:update': async ({ documentId, id, color, note, tags }) => {
      const spelled = tags ? await spellAndRegisterTags(ctx, tags) : undefined;
      const updated = await ctx.documents.update(documentId, (doc) => {
        const index = indexOfAnnotation(doc, id);
        const parsed = StoredAnnotation.safeParse(doc.annotations[index]);
        if (!parsed.success) throw new GlossError('bad_input', 'This highlight is damaged and cannot be edited; its note is shown as it was stored.');
        const next: StoredAnnotation = { ...parsed.data, color: color ?? parsed.data.color, note: note ?? parsed.data.note, modified: ctx.now().toISOString() };
        if (spelled) {
          if (spelled.length > 0) next.tags = spelled;
          else delete next.tags;
        }
        doc.annotations[index] = next;
        return next;
      });
      return placed(documentId, updated);
    },
    'annotation:delete': async ({ documentId, id }) => {
      const deleted = await ctx.documents.update(documentId, (doc) => {
        const index = indexOfAnnotation(doc, id);
        const parsed = StoredAnnotation.safeParse(doc.annotations[index]);
        if (!parsed.success) throw new GlossError('bad_input', 'This highlight is damaged; it is kept so its note is not lost.');
        doc.annotations.splice(index, 1);
        return parsed.data;
      });
      return { deleted };
    },
    'annotation:restore': async ({ documentId, annotation }) => {
      await ctx.documents.update(documentId, (doc) => {
        if (doc.annotations.some((entry) => (entry as { id?: unknown }).id === annotation.id)) {
          throw new GlossError('conflict', 'That highlight exists already.');
        }
        doc.annotations.push(annotation);
      });
      return placed(documentId, annotation);
    },
  };
}
