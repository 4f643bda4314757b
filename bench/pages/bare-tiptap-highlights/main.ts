/**
 * Baseline for adding a highlight and for typing: War and Peace in a plain,
 * editable TipTap editor (StarterKit, one flat list of paragraphs, no
 * highlights), with a highlight mark applied by Ctrl+Shift+H. Marks
 * `bare:ready` once the text is on screen; the bench then drives it with
 * window.frameProbe (bench/pages/frame-probe).
 */
import '@fontsource-variable/literata';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { flatContent, preparePage } from '../shared/flatContent';
import { HighlightMark } from './highlightMark';
import './style.css';

async function open(): Promise<void> {
  const params = new URLSearchParams(location.search);
  await preparePage(params);
  const response = await fetch(`./text/${encodeURIComponent(params.get('text') ?? '')}`);
  if (!response.ok) throw new Error(`The bench server has no text ${params.get('text')}.`);
  const text = await response.text();

  // Created detached and attached afterwards, as @tiptap/react does (one layout, not two).
  const element = document.createElement('div');
  element.className = 'page';
  new Editor({
    element,
    extensions: [StarterKit, HighlightMark],
    content: flatContent(text),
    editable: true,
    injectCSS: false,
    editorProps: { attributes: { class: 'reader-text', 'aria-label': 'Document text' } },
  });
  document.body.append(element);
  requestAnimationFrame(() => setTimeout(() => performance.mark('bare:ready')));
}

open().catch((error: unknown) => {
  document.body.textContent = `Could not open the text: ${(error as Error).message}`;
  performance.mark('bare:failed');
});
