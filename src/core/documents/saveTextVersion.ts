import { GlossError, StoredAnnotation, type AnnotationView, type MethodParams } from '../../shared/contract';
import { buildTarget } from '../annotations/buildTarget';
import { viewAnnotations } from '../annotations/annotationViews';
import type { CoreContext } from '../context';
import { summarize } from '../library/libraryFile';
import { explainWriteFailure } from '../storage/storageError';
import { FileExistsError } from '../storage/writeFileExclusive';
import { currentTextVersion, type DocumentFileData } from './documentFile';
import { describeText } from './documentData';
import { fitStructure } from './fitStructure';
import { normalizeText } from './normalizeText';
import { removeStructure, serializeStructure, setAsideStructure, writeStructure } from './structureFiles';

/**
 * Stores an edited text as a new version (older versions stay on disk), with
 * the structure it was edited in if it has one, and moves every highlight to the range the editor mapped it to. A highlight
 * whose text was deleted keeps its old selectors and becomes an orphan; it
 * is never dropped. The text and its structure are written first, so a crash cannot
 * leave a document pointing at a version that does not exist. The version check and
 * the writes run while no other change of the document can start, so of two
 * saves from one version one succeeds and the other gets a conflict.
 */
export async function saveTextVersion(ctx: CoreContext, params: MethodParams<'document:saveText'>): Promise<{ textVersion: number; annotations: AnnotationView[] }> {
  const { id, baseVersion } = params;
  const text = normalizeText(params.text);
  const structure = params.structure ? fitStructure(params.structure, text) : null;
  const serialized = structure ? serializeStructure(structure) : null;
  const ranges = new Map(params.anchors.map((anchor) => [anchor.id, anchor.range]));
  return ctx.documents.exclusive(id, async (session) => {
    const current = currentTextVersion(session.data).version;
    if (baseVersion !== current) {
      throw new GlossError('conflict', `This document was changed elsewhere (now version ${current}, the edit started from ${baseVersion}). Reopen it and edit again.`);
    }
    const version = current + 1;
    await writeNewVersion(ctx, id, version, text).catch((error: unknown) => {
      throw explainWriteFailure(error);
    });
    if (serialized) {
      await writeNewStructure(ctx, id, version, serialized.json).catch(async (error: unknown) => {
        // Its text without the layout it was edited in would look wrong: the version goes as a whole.
        await ctx.documents.texts.removeUnused(id, version).catch(() => undefined);
        throw explainWriteFailure(error);
      });
    }
    const now = ctx.now().toISOString();
    let annotations: unknown[];
    try {
      annotations = await session.commit((data) => {
        data.textVersions.push(describeText(text, version, now, serialized?.sha256));
        data.annotations = data.annotations.map((raw) => moveAnnotation(raw, ranges, text, version, now));
        return data.annotations;
      });
    } catch (error) {
      // Memory follows the file: if the document does not name the new version, nothing does, so the text goes too.
      if (!names(session.data, version)) {
        await ctx.documents.texts.removeUnused(id, version).catch(() => undefined);
        await removeStructure(ctx.dataDir, id, version).catch(() => undefined);
      }
      throw error;
    }
    await refreshLibraryEntry(ctx, session.data);
    ctx.events.emit('library:changed', {});
    return { textVersion: version, annotations: viewAnnotations(text, annotations).views };
  });
}

/** Writes a new text version; one left by a save that was cut off before its document named it is set aside first. */
async function writeNewVersion(ctx: CoreContext, id: string, version: number, text: string): Promise<void> {
  try {
    await ctx.documents.texts.write(id, version, text);
  } catch (error) {
    if (!(error instanceof FileExistsError)) throw error;
    await ctx.documents.texts.setAsideUnused(id, version, ctx.now());
    await ctx.documents.texts.write(id, version, text);
  }
}

/** Writes a new version's structure; one left by a save that was cut off is set aside first. */
async function writeNewStructure(ctx: CoreContext, id: string, version: number, json: string): Promise<void> {
  try {
    await writeStructure(ctx.dataDir, id, version, json);
  } catch (error) {
    if (!(error instanceof FileExistsError)) throw error;
    await setAsideStructure(ctx.dataDir, id, version, ctx.now());
    await writeStructure(ctx.dataDir, id, version, json);
  }
}

/**
 * Updates the document's library entry. The save itself is on disk by now,
 * so a failure here is not reported as a failed save (a retry would only meet
 * a conflict): the entry is corrected when the document is next opened.
 */
async function refreshLibraryEntry(ctx: CoreContext, doc: DocumentFileData): Promise<void> {
  try {
    await ctx.library.update((library) => {
      const index = library.documents.findIndex((entry) => entry.id === doc.id);
      if (index >= 0) library.documents[index] = { ...summarize(doc), readingPosition: library.documents[index]!.readingPosition };
    });
  } catch (error) {
    console.error(`Gloss: the library entry of ${doc.id} could not be updated after a save; it is corrected on the next open.`, error);
  }
}

function names(doc: DocumentFileData, version: number): boolean {
  return doc.textVersions.some((entry) => entry.version === version);
}

function moveAnnotation(raw: unknown, ranges: Map<string, { start: number; end: number } | null>, text: string, version: number, now: string): unknown {
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
}
