import type { EditorView } from '@tiptap/pm/view';
import type { FindResult } from './findCommands';

// What a find session is handed from outside: the bar's options, and the page it searches in.

/** The find bar's options. */
export interface FindToggles {
  caseSensitive: boolean;
  wholeWord: boolean;
}

/** What a find session needs from around it. */
export interface FindSessionHost {
  /** The reader's editor view, while it exists. */
  view(): EditorView | null;
  /** Shows what a search found (the bar's count). */
  publish(result: FindResult | null): void;
  /** The find bar's lower edge on screen: a match shown must be below it. */
  barBottom(): number;
}

/** Before the page is attached: no editor, nothing shown. */
export const DETACHED_HOST: FindSessionHost = { view: () => null, publish: () => undefined, barBottom: () => 0 };
