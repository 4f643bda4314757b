import type { EditorView } from '@tiptap/pm/view';
import type { Editor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { FindSurface } from '../../shared/actions';
import { useSurface } from '../actions/useActions';
import type { FindResult } from './findCommands';
import { FindSession } from './findSession';
import type { FindToggles } from './findSessionHost';
import { useMarksFollowScroll } from './useMarksFollowScroll';

export type { FindToggles };

/** How long typing in the field pauses before a search runs: a keystroke never waits for a search of a book. */
export const SEARCH_DELAY_MS = 120;
/** How long editing the text pauses before it is searched again: the edited book is read and folded anew (~0.1 s for War and Peace). */
export const SEARCH_AFTER_EDIT_MS = 400;

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

/**
 * Search in the open document: the find bar's React state around a
 * FindSession (which keys reach at once), registered as the actions' `find`
 * surface while the reader shows.
 */
export function useFind(editor: Editor | null, active: boolean, defer: (update: () => void) => void): { find: FindBarModel; refs: FindBarRefs } {
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [toggles, setToggles] = useState<FindToggles>({ caseSensitive: false, wholeWord: false });
  const [result, setResult] = useState<FindResult | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const [session] = useState(() => new FindSession());
  const liveView = (): EditorView | null => (editor && !editor.isDestroyed ? editor.view : null);
  useLayoutEffect(() =>
    session.attach({
      view: liveView,
      // While the text has the focus every React commit walks the whole book: the count follows after the paint (see useAfterPaint).
      publish: (next) => (liveView()?.hasFocus() ? defer(() => setResult(next)) : setResult(next)),
      barBottom: () => barRef.current?.getBoundingClientRect().bottom ?? 0,
    }),
  );

  const open = (): void => {
    const taken = session.begin();
    if (taken !== null) setQuery(taken);
    // Drawn now, so that the field exists to take the keyboard; from outside the text, since a React
    // commit while the text has the focus walks the whole book (React saves a contenteditable's selection).
    const view = liveView();
    if (view?.hasFocus()) (view.dom as HTMLElement).blur();
    flushSync(() => setOpen(true));
    fieldRef.current?.focus();
    fieldRef.current?.select();
    session.search();
    // With nothing to search yet, the book is read and folded once the bar has painted, while the first letter is on its way.
    requestAnimationFrame(() => setTimeout(() => session.prepare()));
  };
  const step = (direction: 1 | -1): void => (session.open ? session.step(direction) : open());
  const toggle = (option: keyof FindToggles): void => {
    session.toggle(option);
    setToggles(session.toggles);
  };
  const close = (): void => {
    // Put away before the text takes the keyboard back, for the same reason as above.
    flushSync(() => {
      setOpen(false);
      setResult(null);
    });
    session.end();
  };
  const changeQuery = (next: string): void => {
    session.changeQuery(next, SEARCH_DELAY_MS);
    setQuery(next);
  };

  useEffect(() => {
    if (!editor) return;
    // A new editor (the text saved as a new version) starts without marks: search it at once.
    session.search();
    const onUpdate = (): void => session.textChanged(SEARCH_AFTER_EDIT_MS);
    editor.on('update', onUpdate);
    return () => void editor.off('update', onUpdate);
  }, [editor, session]);
  useEffect(() => () => session.cancel(), [session]);
  useMarksFollowScroll(editor, isOpen);

  // Keys ask the session, which is current at once; the bar draws from React state.
  const surface: FindSurface = {
    get isOpen() {
      return session.open;
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
