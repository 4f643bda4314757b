import type { Chord } from './keys';
import type { AppSurface, FindSurface, LibrarySurface, ReaderSurface, ReviewSurface, TagsSurface } from './surfaces';

/**
 * Where the keyboard is, which decides what a key means: the reader (text or
 * panel), the text in edit mode, the card browser, review, the library view,
 * the codebook, a text field (only chords that cannot be typed act there), or
 * a modal dialog (keys are its own).
 */
export type KeyContext = 'reading' | 'editing' | 'cards' | 'review' | 'library' | 'tags' | 'field' | 'dialog';

/** What an action sees when it is asked whether it applies and when it runs. */
export interface ActionContext {
  where: KeyContext;
  app: AppSurface;
  reader: ReaderSurface | null;
  find: FindSurface | null;
  review: ReviewSurface | null;
  library: LibrarySurface | null;
  tags: TagsSurface | null;
}

/** The groups of the shortcut sheet and of the desktop menu. */
export type ActionGroup = 'library' | 'tags' | 'reading' | 'highlights' | 'cards' | 'review' | 'editing' | 'app';

/**
 * One user command, as data. Its keys act only in `contexts`, and only when
 * `when` holds there; the palette offers it whenever `when` holds.
 */
export interface Action {
  /** Stable, dotted: 'highlights.next'. The desktop menu sends it to the renderer. */
  id: string;
  title: string;
  group: ActionGroup;
  keys: readonly Chord[];
  /** Where its keys act. */
  contexts: readonly KeyContext[];
  when: (context: ActionContext) => boolean;
  run: (context: ActionContext) => void;
  /** A shorter title for the palette and the menus, where the sheet's explanation would be too long. */
  short?: string;
  /** The palette's title when it depends on the context (a colour's name). */
  label?: (context: ActionContext) => string;
  /**
   * It reads the annotation panel's state, whose updates wait for the next paint while the reader has the
   * focus (see useAfterPaint): the dispatcher brings them in before asking `when` and running it.
   */
  needsPanelState?: true;
  /** Its keys are handled where they are pressed (the text, a note field): listed, never dispatched or offered. */
  native?: true;
  /** Words the palette also matches ('colour' for 'Highlight in colour 3'). */
  keywords?: string;
}
