import { useId, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { keyHint } from '../actions/keyHints';
import { findCountText, findNoteText } from './findStatus';
import type { FindBarModel, FindToggles } from './useFind';

/** A chevron pointing up or down, for Previous and Next. */
function Chevron({ up }: { up: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={up ? 'M4 10 8 6l4 4' : 'M4 6l4 4 4-4'} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** An option of the search, pressed or not. */
function Toggle({ option, label, action, find, children }: { option: keyof FindToggles; label: string; action: string; find: FindBarModel; children: ReactNode }) {
  return (
    <button type="button" className="find-button find-toggle" aria-pressed={find.toggles[option]} aria-label={label} onClick={() => find.toggle(option)} {...keyHint(action, label)}>
      {children}
    </button>
  );
}

/**
 * The find bar over the reader: the query, how many matches and which is
 * current, the options, Previous, Next and Close. Enter and Shift+Enter in
 * the field step through the matches, Esc (anywhere in the bar) closes it.
 */
export function FindBar({ find, fieldRef, barRef }: { find: FindBarModel; fieldRef: RefObject<HTMLInputElement | null>; barRef: RefObject<HTMLDivElement | null> }) {
  const countId = useId();
  const noteId = useId();
  if (!find.isOpen) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      // Taken here, so a drawer around the reader does not close too.
      event.preventDefault();
      find.close();
    } else if (event.key === 'Enter' && event.target === fieldRef.current) {
      event.preventDefault();
      find.step(event.shiftKey ? -1 : 1);
    }
  };

  return (
    <div className="find-bar" role="search" aria-label="Find" ref={barRef} onKeyDown={onKeyDown}>
      <div className="find-row">
        <input
          ref={fieldRef}
          className="find-field"
          type="text"
          aria-label="Find in document"
          placeholder="Find in document"
          aria-describedby={`${countId} ${noteId}`}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          value={find.query}
          onChange={(event) => find.changeQuery(event.target.value)}
        />
        <span className="find-count" id={countId} aria-live="polite" aria-atomic="true">
          {find.query.trim() === '' ? '' : findCountText(find.result)}
        </span>
        {/* The glyphs are pictures of the options (as editors draw them); their names are the labels. "ab" is drawn by the
            stylesheet: as text it would read as a word that the button's name does not contain. */}
        <Toggle option="caseSensitive" label="Match case and accents" action="find.matchCase" find={find}>
          <span aria-hidden="true">Aa</span>
        </Toggle>
        <Toggle option="wholeWord" label="Whole words only" action="find.wholeWord" find={find}>
          <span className="find-word-icon" aria-hidden="true" />
        </Toggle>
        <button type="button" className="find-button" aria-label="Previous match" onClick={() => find.step(-1)} {...keyHint('find.previous', 'Previous match')}>
          <Chevron up />
        </button>
        <button type="button" className="find-button" aria-label="Next match" onClick={() => find.step(1)} {...keyHint('find.next', 'Next match')}>
          <Chevron up={false} />
        </button>
        <button type="button" className="find-button" aria-label="Close find bar" title="Close find bar (Esc)" aria-keyshortcuts="Escape" onClick={find.close}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4.5 4.5l7 7m0-7-7 7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <p className="find-note" id={noteId} aria-live="polite">
        {findNoteText(find.result)}
      </p>
    </div>
  );
}
