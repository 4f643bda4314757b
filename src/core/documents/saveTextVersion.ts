import { GlossError, StoredAnnotation, type AnnotationView, type MethodParams } from '../../shared/contract';
import { buildTarget } from '../annotations/buildTarget';
import { viewAnnotations } from '../annotations/annotationViews';
import type { CoreContext } from '../context';
import { summarize } from '../library/libraryFile';
import { currentTextVersion } from './documentFile';
import { describeText } from './documentRepository';
import { normalizeText } from './normalizeText';

/**
 * Stores an edited text as a new version (older versions stay on disk) and
 * moves every highlight to the range the editor mapped it to. A highlight
 * whose text was deleted keeps its old selectors and becomes an orphan; it
 * is never dropped. The text is written first, so a crash cannot leave a
 * document pointing at a version that does not exist.
 */
export async function saveTextVersion(ctx: CoreContext, params: MethodParams<'document:saveText'>): Promise<{ textVersion: number; annotations: AnnotationView[] }> {
  const { id, baseVersion } = params;
  const doc = await ctx.documents.get(id);
  const current = currentTextVersion(doc).version;
  if (baseVersion !== current) {
    throw new GlossError('conflict', `This document was changed elsewhere (now version ${current}, the edit started from ${baseVersion}). Reopen it and edit again.`);
  }
  const text = normalizeText(params.text);
  const version = current + 1;
  await ctx.documents.texts.write(id, version, text);
  const ranges = new Map(params.anchors.map((anchor) => [anchor.id, anchor.range]));
  const now = ctx.now().toISOString();
  const annotations = await ctx.documents.update(id, (data) => {
    data.textVersions.push(describeText(text, version, now));
    data.annotations = data.annotations.map((raw) => {
      const parsed = StoredAnnotation.safeParse(raw);
      // Not sent (an orphan already, or made elsewhere meanwhile): it is re-anchored as usual on open.
      if (!parsed.success || !ranges.has(parsed.data.id)) return raw;
      const range = ranges.get(parsed.data.id);
      if (!range || range.end > text.length || text.slice(range.start, range.end).trim() === '') {
        // The editor saw its words go: an orphan for good, never a search that could land on a look-alike.
        return { ...parsed.data, modified: now, detached: { reason: 'deleted', textVersion: version } };
      }
      const placed: StoredAnnotation = { ...parsed.data, target: buildTarget(text, version, range.start, range.end) };
      delete placed.detached;
      return placed;
    });
    return data.annotations;
  });
  const updated = await ctx.documents.get(id);
  await ctx.library.update((library) => {
    const index = library.documents.findIndex((entry) => entry.id === id);
    if (index >= 0) library.documents[index] = { ...summarize(updated), readingPosition: library.documents[index]!.readingPosition };
  });
  ctx.events.emit('library:changed', {});
  return { textVersion: version, annotations: viewAnnotations(text, annotations).views };
}
