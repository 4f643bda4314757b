import { EditorContent, type Editor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import type { DocumentSummary } from '../../shared/contract';
import { glossStore } from '../store/useGloss';
import type { ReaderLayout } from './buildReaderContent';
import { ReaderHeader } from './ReaderHeader';
import { firstVisibleParagraph, paragraphElement } from './readingPosition';
import { markReaderFirstFrame } from './openTimings';

interface ReaderViewProps {
  summary: DocumentSummary;
  editor: Editor | null;
  layout: ReaderLayout;
  onTextClick: (event: MouseEvent<HTMLElement>) => void;
  /** Controls shown under the title (edit mode). */
  actions: ReactNode;
}

const SAVE_POSITION_AFTER_MS = 300;

/** The reading view: the document's text in TipTap, restored to where the user left it, its position saved as the user scrolls. */
export function ReaderView({ summary, editor, layout, onTextClick, actions }: ReaderViewProps) {
  const scrollRef = useRef<HTMLDivElement>(null);

  // Restore the position before the first paint, so the user never sees the top flash by.
  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || !editor) return;
    const target = summary.readingPosition?.paragraph ?? 0;
    const element = target > 0 ? paragraphElement(editor.view.dom, layout.sectionStarts, target) : null;
    // Measured against the scroller itself: the paragraph's offsetParent is the editor, not the scroller.
    const topOf = (el: HTMLElement): number => el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    scroller.scrollTop = element ? topOf(element) : 0;
    markReaderFirstFrame(summary.id);
    if (!element) return;
    // Sections near the target are now laid out at their real height; settle once more.
    const frame = requestAnimationFrame(() => {
      scroller.scrollTop = topOf(element);
    });
    return () => cancelAnimationFrame(frame);
    // Only when a document (re)opens: later position changes come from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, layout]);

  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller || !editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = summary.readingPosition?.paragraph ?? 0;
    const save = (): void => {
      timer = undefined;
      const paragraph = firstVisibleParagraph(scroller.getBoundingClientRect().top + 1, editor.view.dom, layout.sectionStarts);
      if (paragraph !== last) {
        last = paragraph;
        glossStore.getState().savePosition({ paragraph });
      }
    };
    const onScroll = (): void => {
      if (timer === undefined) timer = setTimeout(save, SAVE_POSITION_AFTER_MS);
    };
    // Closing the tab or window right after scrolling still records where the reader was.
    const saveNow = (): void => {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', saveNow);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', saveNow);
      saveNow();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, layout]);

  return (
    <div className="reader-scroll" ref={scrollRef} tabIndex={-1} role="region" aria-label="Reader" id="reader">
      <article className="reader-page" aria-labelledby="reader-title">
        <ReaderHeader summary={summary} />
        {actions}
        <EditorContent editor={editor} onClick={onTextClick} />
      </article>
    </div>
  );
}
