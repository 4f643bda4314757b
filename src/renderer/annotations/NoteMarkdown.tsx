import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';

/** Longest part of a note rendered as Markdown; the rest stays in the note field. */
const PREVIEW_LIMIT = 20_000;

// Links open outside Gloss (Electron hands them to the system browser after validation).
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  ),
  img: ({ alt }) => <span className="note-image-alt">[image: {alt}]</span>,
};

/**
 * A note's Markdown, rendered as React elements only: raw HTML is dropped,
 * never parsed, and URLs go through react-markdown's safe-protocol filter, so
 * nothing in a note can run script.
 */
export const NoteMarkdown = memo(function NoteMarkdown({ note }: { note: string }) {
  const clipped = note.length > PREVIEW_LIMIT;
  return (
    <div className="note-markdown">
      <Markdown skipHtml components={components}>
        {clipped ? note.slice(0, PREVIEW_LIMIT) : note}
      </Markdown>
      {clipped && <p className="note-clipped">… the note continues ({Math.round(note.length / 1000)}k characters); see the note field.</p>}
    </div>
  );
});
