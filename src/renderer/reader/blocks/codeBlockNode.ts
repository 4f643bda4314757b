import { Node } from '@tiptap/core';

/**
 * A paragraph of code: monospace, its single line breaks kept (the text holds
 * them; a blank line would end the paragraph). `code: true` makes Enter insert
 * a line break here in edit mode, through TipTap's own keymap.
 */
export const CodeBlock = Node.create({
  name: 'codeBlock',
  group: 'sectionBlock',
  content: 'text*',
  marks: '',
  code: true,
  defining: true,
  parseHTML: () => [{ tag: 'pre', preserveWhitespace: 'full' }],
  renderHTML: () => ['pre', { class: 'reader-code' }, ['code', 0]],
});
