import type { StoreApi } from 'zustand/vanilla';
import type { GlossCommands, GlossState, ViewState } from './types';

type Set = StoreApi<GlossState>['setState'];
type Get = StoreApi<GlossState>['getState'];

export const initialView: ViewState = {
  view: 'read',
  dialog: null,
  drawers: { library: false, 'annotation-panel': false },
  reveal: null,
  cardToShow: { card: null, at: 0 },
  message: null,
};

/** What the window shows: the view, a dialog, the drawers, a passage or card to bring into view, the leave guard. */
export function viewCommands(
  set: Set,
  get: Get,
): Pick<
  GlossCommands,
  'setView' | 'openDialog' | 'closeDialog' | 'setDrawer' | 'revealPassage' | 'showInText' | 'showHighlight' | 'showCard' | 'cardShown' | 'clearMessage' | 'setLeaveGuard' | 'mayLeave' | 'tagsChanged'
> {
  let leaveGuard: (() => boolean) | null = null;
  /** Shows a document's passage in the reader, opening the document first when another one is open. */
  const revealPassage: GlossCommands['revealPassage'] = (request) => {
    set({ view: 'read', reveal: { ...request, at: Date.now() } });
    if (request.documentId !== get().current?.summary.id) void get().openDocument(request.documentId);
  };
  return {
    setView: (view) => set({ view }),
    openDialog: (dialog) => {
      // Backups can restore another library: the open document's unsaved edits are asked about first.
      if (dialog === 'backups' && !get().mayLeave()) return;
      set({ dialog });
    },
    closeDialog: (which) => set((s) => (which === undefined || s.dialog === which ? { dialog: null } : s)),
    // Unchanged state is not set again (the same state object notifies no one), so moving on with J, which keeps the drawer open, costs nothing.
    setDrawer: (id, open) => set((s) => (s.drawers[id] === open ? s : { drawers: { ...s.drawers, [id]: open } })),
    revealPassage,
    showInText: (card) => {
      if (card.source?.anchor) revealPassage({ documentId: card.documentId, ...card.source.anchor });
    },
    showHighlight: (documentId, { id, anchor }) => {
      if (anchor) return revealPassage({ documentId, ...anchor, annotationId: id });
      // A highlight whose passage is gone from the text has no place to show: its document opens, and the panel lists it.
      set({ view: 'read' });
      if (documentId !== get().current?.summary.id) void get().openDocument(documentId);
      get().feedback.say('That highlight’s passage is no longer in the text: the annotation panel lists it under Orphans.');
    },
    tagsChanged: () => set((s) => ({ tagsVersion: s.tagsVersion + 1 })),
    showCard: (card) => set({ cardToShow: { card, at: Date.now() }, view: 'cards' }),
    cardShown: () => set((s) => ({ cardToShow: { ...s.cardToShow, card: null } })),
    clearMessage: () => set({ message: null }),
    setLeaveGuard: (guard) => {
      leaveGuard = guard;
    },
    mayLeave: () => !leaveGuard || leaveGuard(),
  };
}
