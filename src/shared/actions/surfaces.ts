import type { CategoryId } from '../contract';

// What actions reach: the window's frame, and each view or bar while it shows (null in the context when it does not).

/** The things Gloss shows: the reader, the card browser, review, the library view, and the codebook (tags). */
export type AppView = 'read' | 'cards' | 'review' | 'library' | 'tags';

/** The app's dialogs that actions open. */
export type AppDialog = 'shortcuts' | 'backups' | 'palette' | 'paste' | 'export' | 'search';

/** What every action can reach: the frame of the window. */
export interface AppSurface {
  readonly view: AppView;
  readonly hasDocument: boolean;
  /** The five highlight colours, in key order (1–5). */
  readonly categories: readonly { id: CategoryId; name: string }[];
  /** Shows a view and puts the keyboard in it. */
  show(view: AppView): void;
  toggleTheme(): void;
  openDialog(dialog: AppDialog): void;
  goToLibrary(): void;
  /** Shows or hides the annotation panel (a drawer in narrow windows); in wide ones, goes to it and back. */
  togglePanel(): void;
  /** Takes back the newest step of the window's undo history. */
  undo(): void;
  /** Asks for files to import (the file picker; the native dialog in the desktop app). */
  importFiles(): void;
  /** Imports the clipboard's text as a new document (or asks for it to be pasted, where it cannot be read). */
  importClipboard(): void;
}

/** The library view's table of documents, while it shows. */
export interface LibrarySurface {
  /** A document row is selected (the Trash's rows do not count). */
  readonly hasSelection: boolean;
  openSelected(): void;
  renameSelected(): void;
  /** Edits the selected document's source (where it came from). */
  editSourceSelected(): void;
  trashSelected(): void;
}

/** The codebook view, while it shows: its selected tag. */
export interface TagsSurface {
  /** A tag is selected. */
  readonly hasSelection: boolean;
  renameSelected(): void;
  /** Asks which tag to merge the selected one into. */
  mergeSelected(): void;
  /** Asks first, saying how many highlights and cards lose it. */
  deleteSelected(): void;
}

/** The open document's reader, while it shows. */
export interface ReaderSurface {
  readonly editing: boolean;
  /** Resolves once every highlight change made so far is stored (what the core reads next includes it). */
  writesSettled(): Promise<void>;
  /** Text is selected in the reader (blank ends left out). */
  readonly hasSelection: boolean;
  /** A highlight is selected (the editor's highlight layer says so at once). */
  readonly hasSelectedHighlight: boolean;
  /** Highlights the selection; null: in the current colour. */
  highlight(color: CategoryId | null): void;
  /** J/K: the next or previous highlight. */
  step(direction: 1 | -1): void;
  writeNote(): void;
  /** T: the keyboard in the selected highlight's Tags field. */
  focusTags(): void;
  /** Esc: no highlight selected, the panel put away, the keyboard in the text. */
  back(): void;
  deleteSelected(): void;
  makeCard(kind: 'cloze' | 'qa'): void;
  scrollPage(direction: 1 | -1): void;
  /** The keyboard in the text, the caret at the start of what is in view. */
  focusText(): void;
  startEditing(): void;
  saveEdits(): void;
  /** Leaves edit mode, asking first when there are unsaved edits. */
  stopEditing(): void;
  undoEdit(): void;
  redoEdit(): void;
}

/** The open document's find bar: search in its text, while the reader shows. */
export interface FindSurface {
  /** The find bar shows. */
  readonly isOpen: boolean;
  /** The keyboard is in the find bar (its field or one of its buttons). */
  readonly hasFocus: boolean;
  /** Opens the bar with the keyboard in its field, the selected words as the query when short. */
  open(): void;
  /** The next or previous match, wrapping around at the ends; opens the bar when it is closed. */
  step(direction: 1 | -1): void;
  /** Switches matching case and accents, or whole words only, on or off. */
  toggle(option: 'caseSensitive' | 'wholeWord'): void;
  /** Closes the bar and clears the marks; the keyboard goes back to the text, at the current match. */
  close(): void;
}

/** A review session, while it shows. */
export interface ReviewSurface {
  /** 'prompt': a card shows without its answer; 'answer': with it. */
  readonly phase: 'loading' | 'prompt' | 'answer' | 'done';
  reveal(): void;
  grade(rating: 1 | 2 | 3 | 4): void;
  undoGrade(): void;
  close(): void;
}
