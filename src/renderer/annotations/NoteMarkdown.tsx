import { memo } from 'react';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import { parseGlossLink } from '../../shared/export/glossLink';
import { followGlossLink } from '../links/followGlossLink';
import { noteLinkTarget } from './noteLinkTarget';

/** Longest part of a note rendered as Markdown; the rest is read in the note field, when editing. */
const PREVIEW_LIMIT = 20_000;

const components: Components = {
  a: ({ href, children }) => {
    // A gloss:// link (from an exported note pasted back) opens its passage here, in the app.
    if (href && parseGlossLink(href)) {
      return (
        <a
          href={href}
          className="gloss-link"
          onClick={(event) => {
            event.preventDefault();
            followGlossLink(href);
          }}
        >
          {children}
        </a>
      );
    }
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

/** react-markdown's safe-protocol filter, which would empty gloss:// links; those are kept only when they parse as one. */
function keepGlossLinks(url: string): string {
  return parseGlossLink(url) ? url : defaultUrlTransform(url);
}

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
      <Markdown skipHtml components={components} urlTransform={keepGlossLinks}>
        {clipped ? note.slice(0, PREVIEW_LIMIT) : note}
      </Markdown>
      {clipped && <p className="note-clipped">… the note continues ({Math.round(note.length / 1000)}k characters); edit the note to read all of it.</p>}
    </div>
  );
});
