import { randomUUID } from 'node:crypto';
import type { StoredAnnotation, TagEntry } from '../../../../shared/contract';
import { idOfGuid } from '../qdpxGuid';
import type { CodeTags } from './codeTags';
import { orphanAnnotation, placedAnnotation, placeSelection, type AnnotationParts } from './importedAnnotation';
import type { ProjectTextSource } from './projectModel';
import type { ProjectNotes } from './projectNotes';
import { selectionCoding } from './selectionCoding';
import type { SourceText } from './sourceText';

/** What one document's highlights are planned from. */
export interface DocumentPlanContext {
  codes: CodeTags;
  entries: ReadonlyMap<string, TagEntry>;
  notes: ProjectNotes;
  /** When the import runs, for highlights the project gives no date. */
  now: string;
  warnings: string[];
}

/** The reason an orphan note on a source carries when the note itself gives none. */
const NOTE_ON_SOURCE = 'It was a note on this source in the imported project, with no place in its text.';

/**
 * A source's selections as highlights (each placed by its positions, or an
 * orphan saying why not), then the notes attached to the source as orphans
 * (a Gloss orphan is exported as such a note). Ids come from the GUIDs, so
 * exporting again gives the same project.
 */
export function planAnnotations(title: string, source: ProjectTextSource, text: SourceText, context: DocumentPlanContext): StoredAnnotation[] {
  const annotations: StoredAnnotation[] = [];
  const ids = new Set<string>();
  let unknown = 0;
  let dropped = 0;
  const partsOf = (guid: string, codeRefs: readonly string[], note: string, created?: string, modified?: string): AnnotationParts => {
    let id = idOfGuid('annotation', guid);
    if (ids.has(id)) id = `ann-${randomUUID()}`;
    ids.add(id);
    const coding = selectionCoding(codeRefs, context.codes, context.entries);
    unknown += coding.unknown;
    dropped += coding.dropped;
    const made = created ?? modified ?? context.now;
    return { id, created: made, modified: modified ?? made, color: coding.color, note, tags: coding.tags };
  };
  for (const selection of source.selections) {
    const note = [selection.description ?? '', ...context.notes.textsOf(selection.noteRefs)].filter((part) => part.trim() !== '').join('\n\n');
    const parts = partsOf(selection.guid, selection.codeRefs, note, selection.created, selection.modified);
    const place = placeSelection(text, selection.startPosition, selection.endPosition);
    annotations.push('reason' in place ? orphanAnnotation(parts, selection.name, place.reason) : placedAnnotation(text.text, parts, place.start, place.end));
  }
  for (const guid of source.noteRefs) {
    const note = context.notes.note(guid);
    if (!note) continue;
    const parts = partsOf(note.guid, note.codeRefs, context.notes.text(note), note.created, note.modified);
    annotations.push(orphanAnnotation(parts, note.name, note.description?.trim() || NOTE_ON_SOURCE));
  }
  if (unknown > 0) context.warnings.push(`${unknown} coding(s) in “${title}” refer to codes the project does not define; they were left out.`);
  if (dropped > 0) context.warnings.push(`${dropped} code(s) in “${title}” were left out: a highlight carries at most 50 tags.`);
  if (source.codeRefs.length > 0) context.warnings.push(`“${title}” is coded as a whole with ${source.codeRefs.length} code(s); Gloss tags passages only, so these were left out.`);
  return annotations;
}
