import { Mark } from '@tiptap/core';

/*
 * Emphasis, strong and inline code from an imported file. They are layout
 * over the text (kept in the structure beside it), never annotation data:
 * highlights are decorations, drawn across these marks unchanged.
 */

export const Emphasis = Mark.create({
  name: 'emphasis',
  parseHTML: () => [{ tag: 'em' }, { tag: 'i' }],
  renderHTML: () => ['em', 0],
});

export const Strong = Mark.create({
  name: 'strong',
  parseHTML: () => [{ tag: 'strong' }, { tag: 'b' }],
  renderHTML: () => ['strong', 0],
});

export const InlineCode = Mark.create({
  name: 'code',
  // Typing right after a code span (edit mode) should not continue it.
  inclusive: false,
  parseHTML: () => [{ tag: 'code' }],
  renderHTML: () => ['code', { class: 'reader-inline-code' }, 0],
});
