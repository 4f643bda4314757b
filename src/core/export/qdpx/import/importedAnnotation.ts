import type { CategoryId, StoredAnnotation } from '../../../../shared/contract';
import { MAX_NOTE_LENGTH } from '../../../../shared/contract';
import { buildTarget } from '../../../annotations/buildTarget';
import type { SourceText } from './sourceText';

/** A highlight's own parts, whatever its place. */
export interface AnnotationParts {
  id: string;
  created: string;
  modified: string;
  color: CategoryId;
  note: string;
  tags: string[];
}

/** Where a selection lies in the document's text, or why it cannot lie anywhere. */
export type Placement = { start: number; end: number } | { reason: string };

/** A selection's code point positions as offsets in the document's text; a reason when they do not fit it. */
export function placeSelection(source: SourceText, startPosition: number, endPosition: number): Placement {
  const where = `characters ${startPosition}–${endPosition}`;
  if (startPosition < 0 || endPosition <= startPosition) return { reason: `Its place in the imported project (${where}) is empty or reversed.` };
  const start = source.offsetOf(startPosition);
  const end = source.offsetOf(endPosition);
  if (start === null || end === null) {
    return { reason: `Its place in the imported project (${where}) lies outside its text, which has ${source.length} characters.` };
  }
  if (source.text.slice(start, end).trim() === '') return { reason: `Its place in the imported project (${where}) holds only spaces.` };
  return { start, end };
}

/** The stored parts shared by placed highlights and orphans: the note cut to the longest Gloss keeps, no empty tag list. */
function stored(parts: AnnotationParts): Omit<StoredAnnotation, 'target'> {
  const { tags, note, ...rest } = parts;
  return { ...rest, note: note.slice(0, MAX_NOTE_LENGTH), ...(tags.length > 0 ? { tags } : {}) };
}

/** A highlight on text[start, end) of the document's first text version. */
export function placedAnnotation(text: string, parts: AnnotationParts, start: number, end: number): StoredAnnotation {
  return { ...stored(parts), target: buildTarget(text, 1, start, end) };
}

/**
 * An orphan: a highlight with no place, kept with its quote (when the
 * project gave one), note and tags, and the reason, so nothing is dropped.
 * Its selectors hold no place that could be mistaken for one.
 */
export function orphanAnnotation(parts: AnnotationParts, quote: string | undefined, reason: string): StoredAnnotation {
  return {
    ...stored(parts),
    target: {
      textVersion: 1,
      selector: [
        { type: 'TextQuoteSelector', exact: quote?.trim() ? quote : '(no quote in the imported project)', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 1 },
      ],
    },
    detached: { reason: 'unplaced', detail: reason.slice(0, 1000) },
  };
}
