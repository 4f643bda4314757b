import { Node } from '@tiptap/core';

/** The tag a heading of a given level is drawn as: one below the document's title, which is the page's h1. */
export function headingTag(level: number): string {
  return `h${Math.min(Math.max(level, 1) + 1, 6)}`;
}

/**
 * A heading of the document, level 1 (a chapter or the title) to 6. Screen
 * readers hear it as a heading, nested under the reader's title, so the page
 * keeps one outline; its look follows the document's own level.
 */
export const Heading = Node.create({
  name: 'heading',
  group: 'sectionBlock',
  content: 'text*',
  marks: '_',
  defining: true,
  addAttributes: () => ({
    level: { default: 1, rendered: false },
  }),
  parseHTML: () =>
    [1, 2, 3, 4, 5, 6].map((n) => ({
      tag: `h${n}`,
      getAttrs: (element: HTMLElement) => ({ level: Number(element.dataset['level']) || Math.max(n - 1, 1) }),
    })),
  renderHTML: ({ node }) => {
    const level = node.attrs['level'] as number;
    return [headingTag(level), { class: `reader-heading reader-heading-${level}`, 'data-level': String(level) }, 0];
  },
});
