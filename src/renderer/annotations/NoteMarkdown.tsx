import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { noteLinkTarget } from './noteLinkTarget';

/** Longest part of a note rendered as Markdown; the rest is read in the note field, when editing. */
const PREVIEW_LIMIT = 20_000;

const components: Components = {
  a: ({ href, children }) => {
    const target = noteLinkTarget(href);
    // A link that could only go nowhere (or back into the app) is drawn as its words.
    if (target === null) return <>{children}</>;
    // Links open outside Gloss (Electron hands them to the system browser after validation).
    return (
      <a href={target} target="_blank" rel="noreferrer noopener">
        {children}
      </a>
    );
  },
  img: ({ alt }) => <span className="note-image-alt">{alt ? `[image: ${alt}]` : '[image]'}</span>,
};

/**
 * A note's Markdown, rendered as React elements only: raw HTML is dropped,
 * never parsed, and URLs go through react-markdown's safe-protocol filter, so
 * nothing in a note can run script; only links that lead somewhere outside the
 * app stay links.
 */
export const NoteMarkdown = memo(function NoteMarkdown({ note }: { note: string }) {
  const clipped = note.length > PREVIEW_LIMIT;
  return (
    <div className="note-markdown">
      <Markdown skipHtml components={components}>
        {clipped ? note.slice(0, PREVIEW_LIMIT) : note}
      </Markdown>
      {clipped && <p className="note-clipped">… the note continues ({Math.round(note.length / 1000)}k characters); edit the note to read all of it.</p>}
    </div>
  );
});
