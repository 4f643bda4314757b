import type { Editor } from '@tiptap/react';
import { useCallback, useState, type MouseEvent } from 'react';
import { dispatchHighlight } from '../reader/highlightDispatch';
import { highlightRange, highlightsAt, selectedHighlight } from '../reader/highlightQueries';
import { scrollToHighlight } from '../reader/scrollToHighlight';
import { glossStore } from '../store/useGloss';

/** How a highlight is selected: scrolled into view, and flashed. */
export interface SelectOptions {
  scroll?: boolean;
  flash?: boolean;
}

/**
 * The selected highlight. The editor's highlight layer owns it (see
 * `selectedHighlight`): selecting restyles it there at once, and `selectedNow`
 * reads it there. `selectedId` is the panel's copy, set after the next paint.
 */
export function useHighlightSelection(editor: Editor | null, defer: (update: () => void) => void) {
  const [selectedId, setSelectedId] = useState<string | null>(null);

  // Stable per editor, so the thousands of memoised rows of the panel are not redrawn on each change.
  const select = useCallback(
    (id: string | null, options: SelectOptions = {}) => {
      defer(() => setSelectedId(id));
      // A narrow window shows the panel of a highlight just selected, so that Enter reaches its note.
      // At once, not after the paint: an Esc pressed meanwhile must find the drawer open to close it.
      if (id) glossStore.getState().setDrawer('annotation-panel', true);
      if (!editor || editor.isDestroyed) return;
      dispatchHighlight(editor.view, { type: 'select', id });
      const range = id && options.scroll ? highlightRange(editor.state, id) : null;
      if (id && range) scrollToHighlight(editor, id, range.from, options.flash ?? false);
    },
    [editor, defer],
  );

  /** A choice in the panel's list: the highlight scrolled to and flashed. */
  const selectAndShow = useCallback((id: string) => select(id, { scroll: true, flash: true }), [select]);

  const selectedNow = useCallback((): string | null => (editor && !editor.isDestroyed ? selectedHighlight(editor.state) : null), [editor]);

  /** A click in the text selects the highlight under it; clicking an overlap again moves to the next one there. */
  const onTextClick = useCallback(
    (event: MouseEvent<HTMLElement>, editing: boolean): void => {
      if (!editor || editing || !editor.state.selection.empty) return;
      const pos = editor.view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
      const ids = pos === undefined ? [] : highlightsAt(editor.state, pos);
      if (ids.length === 0) return select(null);
      const current = ids.indexOf(selectedNow() ?? '');
      select(ids[(current + 1) % ids.length]!);
    },
    [editor, select, selectedNow],
  );

  return { selectedId, select, selectAndShow, selectedNow, onTextClick };
}

export type HighlightSelection = ReturnType<typeof useHighlightSelection>;
