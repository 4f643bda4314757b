import { Node } from '@tiptap/core';

/**
 * A quoted paragraph, indented with a rule on its left, deeper for a quote
 * inside a quote. Drawn as a <blockquote> so screen readers announce it.
 */
export const Quote = Node.create({
  name: 'quote',
  group: 'sectionBlock',
  content: 'text*',
  marks: '_',
  defining: true,
  addAttributes: () => ({
    depth: { default: 0, rendered: false },
  }),
  parseHTML: () => [{ tag: 'blockquote', getAttrs: (element: HTMLElement) => ({ depth: Number(element.dataset['depth']) || 0 }) }],
  renderHTML: ({ node }) => ['blockquote', { class: 'reader-quote', 'data-depth': String(node.attrs['depth'] as number) }, 0],
});
