/**
 * Baseline for the reader benchmark: the same text in a plain TipTap editor
 * (StarterKit, one flat list of paragraphs). Records two User Timing measures
 * with the same "first frame painted" end as Gloss's openTimings.ts:
 *   bare:open            text in hand → first frame (what gloss:open measures)
 *   bare:fetch-to-frame  request sent → first frame
 */
import '@fontsource-variable/literata';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { flatContent, preparePage } from '../shared/flatContent';
import './style.css';

async function open(): Promise<void> {
  const params = new URLSearchParams(location.search);
  await preparePage(params);

  performance.mark('bare:fetch');
  const response = await fetch(`./text/${encodeURIComponent(params.get('text') ?? '')}`);
  if (!response.ok) throw new Error(`The bench server has no text ${params.get('text')}.`);
  const text = await response.text();
  performance.mark('bare:text-ready');

  // Created detached and attached afterwards, as @tiptap/react does: one layout, not two.
  const element = document.createElement('div');
  element.className = 'page';
  new Editor({
    element,
    extensions: [StarterKit],
    content: flatContent(text),
    editable: false,
    injectCSS: false,
    editorProps: { attributes: { class: 'reader-text', 'aria-label': 'Document text' } },
  });
  document.body.append(element);
  requestAnimationFrame(() => {
    // A task queued from a frame callback runs after that frame is painted.
    setTimeout(() => {
      performance.measure('bare:open', 'bare:text-ready');
      performance.measure('bare:fetch-to-frame', 'bare:fetch');
    });
  });
}

open().catch((error: unknown) => {
  document.body.textContent = `Could not open the text: ${(error as Error).message}`;
  performance.mark('bare:failed');
});
