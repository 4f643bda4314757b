import { useState } from 'react';
import type { HighlightFilter } from '../../../shared/contract';
import { tagKey } from '../../../shared/tags/tagName';
import { TagCombobox } from '../tags/TagCombobox';
import { suggestTags } from '../tags/tagSuggestions';
import { useCodebook } from '../tags/useCodebook';

interface FilterTagsProps {
  filter: HighlightFilter;
  onChange: (patch: Partial<HighlightFilter>) => void;
  /** Esc with no suggestions open; false when there was nothing to do. */
  onEscape: () => boolean;
}

/**
 * The filter's tags, chosen from the codebook (each lets its children
 * through), and whether a highlight needs any of them or all.
 */
export function FilterTags({ filter, onChange, onEscape }: FilterTagsProps) {
  const codebook = useCodebook();
  const [problem, setProblem] = useState<string | null>(null);
  const choose = (tag: string): void => {
    setProblem(null);
    onChange({ tags: [...filter.tags, tag] });
  };
  return (
    <div className="filter-tags">
      <TagCombobox
        id="filter-tags"
        label="Tags"
        chipsLabel="Tags to filter by"
        placeholder="Choose a tag…"
        tags={filter.tags}
        codebook={codebook.names}
        problem={problem}
        onFocus={codebook.refresh}
        onAddTyped={(typed) => {
          // Only a tag the library has can match: the very one typed, else the best suggestion.
          const best = codebook.names.find((tag) => tagKey(tag) === tagKey(typed)) ?? suggestTags(codebook.names, typed, filter.tags)[0];
          if (!best || filter.tags.some((tag) => tagKey(tag) === tagKey(best))) {
            setProblem(best ? `“${best}” is in the filter already.` : `No tag in the library matches “${typed.trim()}”.`);
            return [];
          }
          choose(best);
          return [best];
        }}
        onPick={choose}
        onRemove={(removed) => {
          setProblem(null);
          onChange({ tags: filter.tags.filter((tag) => tag !== removed) });
        }}
        onRemoveLast={() => {
          const last = filter.tags[filter.tags.length - 1];
          if (last === undefined) return null;
          setProblem(null);
          onChange({ tags: filter.tags.slice(0, -1) });
          return last;
        }}
        onEscape={onEscape}
        hint="A tag lets the tags under it through."
      />
      {filter.tags.length > 1 && (
        <div className="segmented filter-mode" role="radiogroup" aria-label="A highlight needs">
          {(['any', 'all'] as const).map((mode) => (
            <button key={mode} type="button" role="radio" aria-checked={filter.tagMode === mode} onClick={() => onChange({ tagMode: mode })}>
              {mode === 'any' ? 'Any of these tags' : 'All of these tags'}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
