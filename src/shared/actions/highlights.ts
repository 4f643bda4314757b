import type { CategoryId } from '../contract';
import type { Action, ActionContext } from './types';

/** The reader while it reads (not while its text is being edited). */
const reading = ({ reader }: ActionContext) => reader !== null && !reader.editing;
/** A highlight is selected in the reader. */
const onHighlight = (context: ActionContext) => reading(context) && context.reader!.hasSelectedHighlight;

/** Keys 1–5: the selection in one of the five colours. */
function colourAction(index: number): Action {
  const n = index + 1;
  return {
    id: `highlights.colour${n}`,
    title: `Highlight the selection in colour ${n}`,
    label: ({ app }) => `Highlight as ${app.categories[index]?.name ?? `colour ${n}`}`,
    group: 'highlights',
    keys: [String(n)],
    contexts: ['reading'],
    keywords: 'colour color category',
    when: (context) => reading(context) && context.reader!.hasSelection,
    run: ({ reader, app }) => reader?.highlight(app.categories[index]?.id ?? (`c${n}` as CategoryId)),
  };
}

/** Making, finding, noting, tagging and deleting highlights. */
export const highlightActions: Action[] = [
  {
    id: 'highlights.highlight',
    title: 'Highlight the selection in the current colour',
    short: 'Highlight the selection',
    group: 'highlights',
    keys: ['Mod+Shift+h'],
    contexts: ['reading'],
    keywords: 'mark',
    // Without a selection it says how to make one.
    when: reading,
    run: ({ reader }) => reader?.highlight(null),
  },
  ...[0, 1, 2, 3, 4].map(colourAction),
  {
    id: 'highlights.next',
    title: 'Next highlight',
    group: 'highlights',
    keys: ['j'],
    contexts: ['reading'],
    needsPanelState: true,
    when: reading,
    run: ({ reader }) => reader?.step(1),
  },
  {
    id: 'highlights.previous',
    title: 'Previous highlight',
    group: 'highlights',
    keys: ['k'],
    contexts: ['reading'],
    needsPanelState: true,
    when: reading,
    run: ({ reader }) => reader?.step(-1),
  },
  {
    id: 'highlights.note',
    title: 'Write the note of the selected highlight',
    group: 'highlights',
    keys: ['Enter'],
    contexts: ['reading'],
    needsPanelState: true,
    when: onHighlight,
    run: ({ reader }) => reader?.writeNote(),
  },
  {
    id: 'highlights.tags',
    title: 'Tag the selected highlight (Enter adds a tag, Backspace in the empty field removes the last one)',
    short: 'Tag the selected highlight',
    group: 'highlights',
    keys: ['t'],
    contexts: ['reading'],
    keywords: 'tags label code',
    needsPanelState: true,
    when: onHighlight,
    run: ({ reader }) => reader?.focusTags(),
  },
  {
    id: 'highlights.noteDone',
    title: 'Done writing: save the note and show it rendered',
    group: 'highlights',
    keys: ['Mod+Enter'],
    contexts: ['field'],
    native: true,
    when: () => false,
    run: () => undefined,
  },
  {
    id: 'highlights.back',
    title: 'Back to the text (from the note: save it first; closes a drawer)',
    short: 'Back to the text',
    group: 'highlights',
    keys: ['Escape'],
    contexts: ['reading'],
    needsPanelState: true,
    when: reading,
    run: ({ reader }) => reader?.back(),
  },
  {
    id: 'highlights.delete',
    title: 'Delete the selected highlight',
    group: 'highlights',
    keys: ['Delete', 'Backspace'],
    contexts: ['reading'],
    needsPanelState: true,
    when: onHighlight,
    run: ({ reader }) => reader?.deleteSelected(),
  },
];
