import { Node } from '@tiptap/core';

/** Bullets by nesting depth, as word processors draw them. */
const BULLETS = ['•', '◦', '▪'];

/** What a list item shows before its words: its number ("3."), or a bullet for its depth. */
export function listMarker(ordered: boolean, number: number | null, depth: number): string {
  if (ordered && number !== null) return `${number}.`;
  return BULLETS[depth % BULLETS.length]!;
}

/**
 * One item of a list. Each item is one paragraph of the text, so each is its
 * own node straight in its section (the reading position counts a section's
 * children as paragraphs): a paragraph indented by its depth, its bullet or
 * number drawn by CSS from `data-marker`. Generated content is not text, so
 * it never takes a position or a highlight, yet screen readers read it.
 */
export const ListItem = Node.create({
  name: 'listItem',
  group: 'sectionBlock',
  content: 'text*',
  marks: '_',
  addAttributes: () => ({
    ordered: { default: false, rendered: false },
    number: { default: null, rendered: false },
    depth: { default: 0, rendered: false },
  }),
  parseHTML: () => [
    {
      tag: 'p.reader-list-item',
      getAttrs: (element: HTMLElement) => ({
        ordered: element.dataset['ordered'] === 'true',
        number: element.dataset['number'] ? Number(element.dataset['number']) : null,
        depth: Number(element.dataset['depth']) || 0,
      }),
    },
  ],
  renderHTML: ({ node }) => {
    const { ordered, number, depth } = node.attrs as { ordered: boolean; number: number | null; depth: number };
    return [
      'p',
      {
        class: 'reader-list-item',
        'data-ordered': String(ordered),
        ...(number !== null ? { 'data-number': String(number) } : {}),
        'data-depth': String(depth),
        'data-marker': listMarker(ordered, number, depth),
      },
      0,
    ];
  },
});
