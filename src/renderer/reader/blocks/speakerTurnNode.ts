import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { cueDuration, formatCueTime } from './cueTime';

interface TurnAttributes {
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
}

/** The label above a turn's words: who speaks and, from a recording, when. Null when there is nothing to say. */
function turnLabel({ speaker, startMs }: TurnAttributes): DOMOutputSpec | null {
  const parts: DOMOutputSpec[] = [];
  if (speaker) parts.push(['span', { class: 'reader-turn-speaker' }, speaker]);
  if (startMs !== null) parts.push(['time', { class: 'reader-turn-time', datetime: cueDuration(startMs) }, formatCueTime(startMs)]);
  if (parts.length === 0) return null;
  return ['div', { class: 'reader-turn-label', contenteditable: 'false' }, ...parts];
}

/**
 * A speaker's turn in a transcript. The speaker's name is metadata, never
 * text: it is drawn outside the node's content (contenteditable=false, not
 * selectable), so it takes no position, cannot be highlighted or carded, and
 * leaves every text offset as it was, while screen readers still read it
 * before the words.
 */
export const SpeakerTurn = Node.create({
  name: 'turn',
  group: 'sectionBlock',
  content: 'text*',
  marks: '_',
  addAttributes: () => ({
    speaker: { default: null, rendered: false },
    startMs: { default: null, rendered: false },
    endMs: { default: null, rendered: false },
  }),
  parseHTML: () => [
    {
      tag: 'div.reader-turn',
      contentElement: 'p',
      getAttrs: (element: HTMLElement) => ({
        speaker: element.dataset['speaker'] ?? null,
        startMs: element.dataset['startMs'] ? Number(element.dataset['startMs']) : null,
        endMs: element.dataset['endMs'] ? Number(element.dataset['endMs']) : null,
      }),
    },
  ],
  renderHTML: ({ node }) => {
    const attrs = node.attrs as TurnAttributes;
    const data = {
      class: 'reader-turn',
      ...(attrs.speaker ? { 'data-speaker': attrs.speaker } : {}),
      ...(attrs.startMs !== null ? { 'data-start-ms': String(attrs.startMs) } : {}),
      ...(attrs.endMs !== null ? { 'data-end-ms': String(attrs.endMs) } : {}),
    };
    const label = turnLabel(attrs);
    const words: DOMOutputSpec = ['p', { class: 'reader-turn-text' }, 0];
    return label ? ['div', data, label, words] : ['div', data, words];
  },
});
