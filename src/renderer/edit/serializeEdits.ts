import type { EditorState } from '@tiptap/pm/state';
import type { TextStructure } from '../../shared/text/blocks';
import { currentHighlightRanges } from '../reader/highlightQueries';
import { posToText, textMapFromDoc } from '../reader/textMap';
import { structureFromDoc } from './structureFromDoc';

/** An edited text, its layout and where each highlight now is in it (null: its text was deleted). */
export interface SerializedEdits {
  text: string;
  /** Headings, list items, turns… of the edited text (no blocks: plain paragraphs). */
  structure: TextStructure;
  anchors: { id: string; range: { start: number; end: number } | null }[];
}

/**
 * Turns the edited document into the text to save, its structure, and every
 * highlight's new range, as ProseMirror mapped it through the edits.
 */
export function serializeEdits(state: EditorState, highlightIds: readonly string[]): SerializedEdits {
  const { map, text } = textMapFromDoc(state.doc);
  const ranges = currentHighlightRanges(state);
  const anchors = highlightIds.map((id) => {
    const range = ranges.get(id);
    if (!range) return { id, range: null };
    const start = posToText(map, range.from);
    const end = posToText(map, range.to);
    return { id, range: end > start ? { start, end } : null };
  });
  return { text, structure: structureFromDoc(state.doc, map, text), anchors };
}
