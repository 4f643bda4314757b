import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { MAX_MARKED_MATCHES } from './drawnMatches';
import { findMarks, findMarksTransaction } from './findPlugin';
import { matchAtOrAfter } from './matchRanges';
import { firstPositionInView } from './revealMatch';

/** How long scrolling pauses before the drawn matches move to where the reader now is. */
const FOLLOW_AFTER_MS = 100;

/**
 * Keeps the matches in view drawn while the reader scrolls through a search
 * with more matches than are drawn at once (MAX_MARKED_MATCHES): once the
 * scrolling pauses, the drawn stretch moves to the matches around the view.
 */
export function useMarksFollowScroll(editor: Editor | null, open: boolean): void {
  useEffect(() => {
    const scroller = editor && !editor.isDestroyed ? editor.view.dom.closest('.reader-scroll') : null;
    if (!editor || !open || !scroller) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = (): void => {
      timer = undefined;
      if (editor.isDestroyed) return;
      const { view } = editor;
      const { ranges } = findMarks(view.state);
      if (ranges.length <= MAX_MARKED_MATCHES) return;
      const top = firstPositionInView(view);
      const at = matchAtOrAfter(ranges, top);
      // Past the last match the search wraps to the first; the reader is at the end.
      const index = ranges[at]!.from < top ? ranges.length - 1 : at;
      view.dispatch(findMarksTransaction(view.state, { type: 'markAround', index }));
    };
    const onScroll = (): void => {
      clearTimeout(timer);
      timer = setTimeout(follow, FOLLOW_AFTER_MS);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      clearTimeout(timer);
    };
  }, [editor, open]);
}
