import type { EditorView } from '@tiptap/pm/view';
import type { Editor } from '@tiptap/react';
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { FindSurface } from '../../shared/actions';
import { useSurface } from '../actions/useActions';
import { prepareSearch } from './documentSearch';
import { clearMatches, currentMatch, showMatches, stepMatches, type FindResult } from './findCommands';
import { findMarks, findMarksTransaction } from './findPlugin';
import { firstPositionInView, revealMatch } from './revealMatch';
import { selectionQuery } from './selectionQuery';
import { useMarksFollowScroll } from './useMarksFollowScroll';

/** How long typing in the field pauses before a search runs: a keystroke never waits for a search of a book. */
export const SEARCH_DELAY_MS = 120;
/** How long editing the text pauses before it is searched again: the edited book is read and folded anew (~0.1 s for War and Peace). */
export const SEARCH_AFTER_EDIT_MS = 400;

/** The find bar's options. */
export interface FindToggles {
  caseSensitive: boolean;
  wholeWord: boolean;
}

/** The find bar's state, for drawing it, and what its controls do. */
export interface FindBarModel extends Omit<FindSurface, 'hasFocus'> {
  query: string;
  toggles: FindToggles;
  result: FindResult | null;
  changeQuery: (query: string) => void;
}

/** The bar's elements, which the search reaches for: the field takes the keyboard, the bar's edge is where matches must show below. */
export interface FindBarRefs {
  field: RefObject<HTMLInputElement | null>;
  bar: RefObject<HTMLDivElement | null>;
}

const NO_TOGGLES: FindToggles = { caseSensitive: false, wholeWord: false };

/**
 * Search in the open document. The matches and the current one live in the
 * editor's find layer (findPlugin), drawn in the same transaction that
 * changes them; React holds only what the bar shows. What searches read is
 * kept in a ref, current at once, since a key can come before the next render.
 */
export function useFind(editor: Editor | null, active: boolean, defer: (update: () => void) => void): { find: FindBarModel; refs: FindBarRefs } {
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [toggles, setToggles] = useState(NO_TOGGLES);
  const [result, setResult] = useState<FindResult | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  // origin: where a search starts (the first match at or after it becomes current): where the reader was, then the current match.
  // taken: the selection last made the query (or left by closing at a match), so Mod+F does not take the same words again.
  const search = useRef({ open: false, query: '', toggles: NO_TOGGLES, origin: 0, timer: undefined as number | undefined, result: null as FindResult | null, taken: { from: 0, to: 0 } });

  const view = (): EditorView | null => (editor && !editor.isDestroyed ? editor.view : null);
  const publish = (next: FindResult | null): void => {
    search.current.result = next;
    // While the text has the focus every React commit walks the whole book: the count follows after the paint (see useAfterPaint).
    if (view()?.hasFocus()) defer(() => setResult(next));
    else setResult(next);
  };
  const reveal = (target: EditorView): void => {
    const range = currentMatch(target.state);
    if (range) revealMatch(target, range, barRef.current?.getBoundingClientRect().bottom ?? 0);
  };

  const runSearch = (): void => {
    const state = search.current;
    clearTimeout(state.timer);
    state.timer = undefined;
    const target = view();
    if (!target || !state.open) return;
    if (state.query.trim() === '') {
      if (findMarks(target.state).ranges.length > 0) target.dispatch(findMarksTransaction(target.state, { type: 'clear' }));
      return publish(null);
    }
    publish(showMatches(target, state.query, state.toggles, state.origin));
    reveal(target);
  };
  const schedule = (delay: number): void => {
    clearTimeout(search.current.timer);
    search.current.timer = window.setTimeout(runSearch, delay);
  };

  const open = (): void => {
    const state = search.current;
    const target = view();
    if (!state.open && target) state.origin = target.state.selection.empty ? firstPositionInView(target) : target.state.selection.from;
    // Only words newly selected in the text itself: Mod+F in the bar, or after stepping from the text, keeps the query.
    const selection = target?.state.selection;
    const fresh = selection && target.hasFocus() && (selection.from !== state.taken.from || selection.to !== state.taken.to);
    const selected = fresh ? selectionQuery(target.state) : null;
    if (selection && selected !== null) {
      state.taken = { from: selection.from, to: selection.to };
      state.query = selected;
      state.origin = selection.from;
      setQuery(selected);
    }
    state.open = true;
    // Drawn now, so that the field exists to take the keyboard; from outside the text, since a React
    // commit while the text has the focus walks the whole book (React saves a contenteditable's selection).
    if (target?.hasFocus()) (target.dom as HTMLElement).blur();
    flushSync(() => setOpen(true));
    fieldRef.current?.focus();
    fieldRef.current?.select();
    runSearch();
    // With nothing to search yet, the book is read and folded once the bar has painted, while the first letter is on its way.
    if (target && state.query.trim() === '') requestAnimationFrame(() => setTimeout(() => !editor?.isDestroyed && prepareSearch(target.state.doc)));
  };

  const step = (direction: 1 | -1): void => {
    const state = search.current;
    const target = view();
    if (!target) return;
    if (!state.open) return open();
    // Enter right after typing: the search still waiting runs first, and its first match is the next one.
    if (state.timer !== undefined) {
      runSearch();
      if (direction > 0) return;
    }
    const index = stepMatches(target, direction);
    const range = currentMatch(target.state);
    if (index < 0 || !range || !state.result) return;
    state.origin = range.from;
    publish({ ...state.result, current: index });
    reveal(target);
  };

  const toggle = (option: keyof FindToggles): void => {
    const state = search.current;
    state.toggles = { ...state.toggles, [option]: !state.toggles[option] };
    setToggles(state.toggles);
    runSearch();
  };

  const close = (): void => {
    const state = search.current;
    clearTimeout(state.timer);
    state.timer = undefined;
    state.open = false;
    state.result = null;
    // Put away before the text takes the keyboard: a React commit while the text has the focus walks the whole book.
    flushSync(() => {
      setOpen(false);
      setResult(null);
    });
    const target = view();
    if (!target) return;
    clearMatches(target);
    state.taken = { from: target.state.selection.from, to: target.state.selection.to };
    target.focus();
  };

  const changeQuery = (next: string): void => {
    search.current.query = next;
    setQuery(next);
    schedule(SEARCH_DELAY_MS);
  };

  // Edit mode: the text changed, so search again once typing pauses, from the current match (moved with the edit).
  const onTextChange = useEffectEvent(() => {
    const target = view();
    if (!search.current.open || !target) return;
    const range = currentMatch(target.state);
    if (range) search.current.origin = range.from;
    schedule(SEARCH_AFTER_EDIT_MS);
  });
  // A new editor (the text saved as a new version) starts without marks: search it at once.
  const onNewEditor = useEffectEvent(() => runSearch());
  useEffect(() => {
    if (!editor) return;
    onNewEditor();
    const onUpdate = (): void => onTextChange();
    editor.on('update', onUpdate);
    return () => void editor.off('update', onUpdate);
  }, [editor]);
  useEffect(() => {
    const state = search.current;
    return () => clearTimeout(state.timer);
  }, []);
  useMarksFollowScroll(editor, isOpen);

  // Keys ask the ref, which is current at once; the bar draws from React state.
  const surface: FindSurface = {
    get isOpen() {
      return search.current.open;
    },
    get hasFocus() {
      return barRef.current?.contains(document.activeElement) ?? false;
    },
    open,
    step,
    toggle,
    close,
  };
  useSurface('find', surface, active && editor !== null);
  return { find: { isOpen, query, toggles, result, changeQuery, open, step, toggle, close }, refs: { field: fieldRef, bar: barRef } };
}
