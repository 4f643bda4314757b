import type { EditorState } from '@tiptap/pm/state';
import { currentHighlightRanges } from '../reader/highlightPlugin';
import { posToText, textMapFromDoc } from '../reader/textMap';

/** An edited text and where each highlight now is in it (null: its text was deleted). */
export interface SerializedEdits {
  text: string;
  anchors: { id: string; range: { start: number; end: number } | null }[];
}

/**
 * Turns the edited document into the text to save and every highlight's new
 * range, as ProseMirror mapped it through the edits.
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
  return { text, anchors };
}
