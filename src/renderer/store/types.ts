import type { AppDialog, AppView } from '../../shared/actions';
import type { CardView, CategoryId, DocumentSummary, ErrorDetails, Notice, OpenedDocument, ReadingPosition, Settings } from '../../shared/contract';
import type { RevealRequest } from '../reader/useRevealPassage';
import type { UndoHistory } from '../undo/undoHistory';

/** Something the user can do about a message, such as showing the card that already exists. */
export interface MessageAction {
  label: string;
  run: () => void;
}

/** The one message the window shows (errors, status, "Undo" offers), newest first. */
export interface Message {
  text: string;
  error: boolean;
  action?: MessageAction | undefined;
  /** When it was said, so saying the same twice shows it afresh. */
  at: number;
}

/** How any part of the window tells the user something, and records what can be taken back. */
export interface WorkspaceFeedback {
  /** The one undo history of the window. */
  history: UndoHistory;
  /** Shows a short message, optionally with something to do about it (Undo, Show the existing card). */
  say: (text: string, options?: { error?: boolean; action?: MessageAction | undefined }) => void;
}

/** The side drawers of a narrow window, by the id of the element each one shows. */
export type DrawerId = 'library' | 'annotation-panel';

/** The settings a user changes directly. */
export type SettingsPatch = Partial<Pick<Settings, 'theme' | 'currentColor' | 'desiredRetention' | 'newCardsPerDay'>>;

/** The library and the open document, as the core last reported them. */
export interface LibraryState {
  loading: boolean;
  /** Why nothing could be shown, when loading failed. */
  problem: string | null;
  documents: DocumentSummary[];
  settings: Settings | null;
  notices: Notice[];
  current: OpenedDocument | null;
  /** Paragraph at the top of the reader, as last reported. */
  paragraph: number;
  /** Counts opens, so reopening the same document gives a fresh reader. */
  openCount: number;
  /** Documents opened in this window, the latest first. */
  recent: string[];
}

/** What the window shows around the document. */
export interface ViewState {
  view: AppView;
  dialog: AppDialog | null;
  drawers: Record<DrawerId, boolean>;
  /** A passage to show in the text ("Show in text" on a card). */
  reveal: RevealRequest | null;
  /** The card the browser brings into view when it opens (cleared once shown); `at` remounts the browser for each request. */
  cardToShow: { card: ErrorDetails | null; at: number };
  message: Message | null;
}

/** Everything the store does; components call these instead of receiving callbacks. */
export interface GlossCommands {
  loadLibrary: () => Promise<void>;
  /** Opens a document, unless the open one has unsaved edits the user keeps. */
  openDocument: (id: string) => Promise<void>;
  /** Reopens the open document with a fresh reader (after its text was saved or edits discarded). */
  reloadDocument: () => Promise<void>;
  savePosition: (position: ReadingPosition) => void;
  updateSettings: (patch: SettingsPatch) => Promise<void>;
  /** Renames a colour, with Undo. */
  renameCategory: (id: CategoryId, name: string) => Promise<void>;
  dismissNotice: (id: string) => Promise<void>;
  setView: (view: AppView) => void;
  openDialog: (dialog: AppDialog) => void;
  /** Closes the dialog shown; with a name, only if that dialog is the one shown (another may have opened meanwhile). */
  closeDialog: (which?: AppDialog) => void;
  setDrawer: (id: DrawerId, open: boolean) => void;
  showInText: (card: CardView) => void;
  showCard: (card: ErrorDetails) => void;
  cardShown: () => void;
  clearMessage: () => void;
  /** Registers the check run before leaving the open document: false (after asking) while edits are unsaved. */
  setLeaveGuard: (guard: (() => boolean) | null) => void;
  /** Whether the open document may be left now (asks the user when it has unsaved edits). */
  mayLeave: () => boolean;
}

export type GlossState = LibraryState & ViewState & GlossCommands & { feedback: WorkspaceFeedback };
