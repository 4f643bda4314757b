import { Mark } from '@tiptap/core';

/**
 * The smallest highlight a TipTap app would write (like
 * @tiptap/extension-highlight, which is not installed): a <mark> mark,
 * applied to the selection with setMark by the same key Gloss uses.
 */
export const HighlightMark = Mark.create({
  name: 'highlight',
  parseHTML: () => [{ tag: 'mark' }],
  renderHTML: () => ['mark', { class: 'hl' }, 0],
  addKeyboardShortcuts() {
    return { 'Mod-Shift-h': () => this.editor.commands.setMark(this.name) };
  },
});
