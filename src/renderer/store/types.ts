import type { AppDialog, AppView } from '../../shared/actions';
import type { AnnotationView, CardView, CategoryId, DocumentSummary, ErrorDetails, HighlightFilter, Notice, OpenedDocument, ReadingPosition, Settings } from '../../shared/contract';
import type { ImportEntry, ImportSource } from '../import/importEntry';
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

/** What the user can do about a file already in the library: open (or restore) the one there, add it again, or skip it. */
export type DuplicateAnswer = 'open' | 'restore' | 'add' | 'skip';

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
  /** The files being imported, and those imported or refused since the tray was last cleared. */
  imports: ImportEntry[];
  /** Counts changes to the library's tags (renamed, merged, deleted, described, undone), so views of them ask again. */
  tagsVersion: number;
}

/** What the window shows around the document. */
export interface ViewState {
  view: AppView;
  dialog: AppDialog | null;
  drawers: Record<DrawerId, boolean>;
  /** A passage to show in the text ("Show in text" on a card, a search hit). */
  reveal: RevealRequest | null;
  /** The card the browser brings into view when it opens (cleared once shown); `at` remounts the browser for each request. */
  cardToShow: { card: ErrorDetails | null; at: number };
  message: Message | null;
}

/** The highlight filter the window uses, once the user has changed it (before, the settings' one: see selectHighlightFilter). */
export interface HighlightFilterState {
  highlightFilter: HighlightFilter | null;
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
  /** Renames a document, with Undo; false (and why, in the message) when the title was refused. */
  renameDocument: (id: string, title: string) => Promise<boolean>;
  /** Changes where a document came from (may be blank), with Undo; false when refused. */
  changeSource: (id: string, source: string) => Promise<boolean>;
  /** Moves a document to the Trash, with Undo (the open one is closed first, if it may be left). */
  trashDocument: (id: string) => Promise<void>;
  /** Brings a document back from the Trash. */
  restoreDocument: (id: string) => Promise<boolean>;
  /** Removes one trashed document for good. */
  deleteForever: (id: string) => Promise<void>;
  /** Removes every trashed document for good. */
  emptyTrash: () => Promise<void>;
  /** Imports files as one batch (see ImportQueue): a single file added is opened. */
  importFiles: (sources: readonly ImportSource[]) => void;
  /** Imports pasted text as a new .txt document, titled by its first line, and opens it. */
  importText: (text: string) => void;
  cancelImport: (id: string) => void;
  /** Answers the question about a file already in the library. */
  answerDuplicate: (id: string, answer: DuplicateAnswer) => Promise<void>;
  /** Takes the finished imports off the tray. */
  clearImports: () => void;
  /** Progress the core reported for a task (an import's id is its task id). */
  importProgress: (taskId: string, done: number, total: number) => void;
  /** Uses a highlight filter at once and stores it in the settings shortly after. */
  setHighlightFilter: (filter: HighlightFilter) => void;
  /** Stores a filter change still waiting (the window is closing). */
  saveHighlightFilterNow: () => void;
  setView: (view: AppView) => void;
  openDialog: (dialog: AppDialog) => void;
  /** Closes the dialog shown; with a name, only if that dialog is the one shown (another may have opened meanwhile). */
  closeDialog: (which?: AppDialog) => void;
  setDrawer: (id: DrawerId, open: boolean) => void;
  /** Opens a document (if it is not the open one) in the reader and shows a passage or selects a highlight there. */
  revealPassage: (request: Omit<RevealRequest, 'at'>) => void;
  showInText: (card: CardView) => void;
  /** Opens a document at a highlight (a tag's passage): its text shown, the highlight selected. */
  showHighlight: (documentId: string, highlight: Pick<AnnotationView, 'id' | 'anchor'>) => void;
  /** Says that the library's tags changed (views of them ask again). */
  tagsChanged: () => void;
  showCard: (card: ErrorDetails) => void;
  cardShown: () => void;
  clearMessage: () => void;
  /** Registers the check run before leaving the open document: false (after asking) while edits are unsaved. */
  setLeaveGuard: (guard: (() => boolean) | null) => void;
  /** Whether the open document may be left now (asks the user when it has unsaved edits). */
  mayLeave: () => boolean;
}

export type GlossState = LibraryState & ViewState & HighlightFilterState & GlossCommands & { feedback: WorkspaceFeedback };
