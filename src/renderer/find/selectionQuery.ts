import type { EditorState } from '@tiptap/pm/state';

/** The longest selection that becomes the query when the find bar opens: a phrase, not a passage. */
export const MAX_PREFILL_LENGTH = 120;

/** The selected words, when short and on one line, to search for; otherwise null (the bar keeps its last query). */
export function selectionQuery(state: EditorState): string | null {
  const { from, to, empty } = state.selection;
  if (empty || to - from > MAX_PREFILL_LENGTH) return null;
  const text = state.doc.textBetween(from, to, '\n');
  return text.trim() === '' || text.includes('\n') ? null : text;
}
