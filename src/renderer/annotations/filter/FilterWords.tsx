import { useEffect, useRef, useState } from 'react';
import { HighlightFilter } from '../../../shared/contract';

/** The most the settings keep of the words (more would be refused when the filter is saved). */
const MAX_WORDS = HighlightFilter.shape.words.maxLength ?? undefined;

/** How long typing rests before the words filter the list: each key would otherwise rebuild it. */
export const WORDS_DELAY_MS = 200;

/**
 * The filter's words field: what is typed shows at once and filters after a
 * short pause (Enter at once); a filter cleared elsewhere (Esc, Clear)
 * empties it.
 */
export function FilterWords({ words, onWords }: { words: string; onWords: (words: string) => void }) {
  // `base`: the filter's words this field last agreed with; any other value came from elsewhere.
  const [draft, setDraft] = useState({ text: words, base: words });
  if (words !== draft.base) setDraft({ text: words, base: words });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (text: string): void => {
    clearTimeout(timer.current);
    setDraft({ text, base: text });
    onWords(text);
  };
  return (
    <label className="filter-words">
      <span className="field-label">Words</span>
      <input
        type="search"
        value={draft.text}
        placeholder="In the quote or the note"
        spellCheck={false}
        maxLength={MAX_WORDS}
        onChange={(event) => {
          const text = event.target.value;
          setDraft((current) => ({ ...current, text }));
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(text), WORDS_DELAY_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(draft.text);
        }}
      />
    </label>
  );
}
