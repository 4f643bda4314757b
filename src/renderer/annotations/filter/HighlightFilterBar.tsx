import { useEffect, useState } from 'react';
import { NO_HIGHLIGHT_FILTER, type Category, type CategoryId, type HighlightFilter } from '../../../shared/contract';
import { filterChoiceCount, isFilterEmpty } from '../../../shared/tags/highlightFilter';
import { selectHighlightFilter } from '../../store/highlightFilterSlice';
import { glossStore } from '../../store/useGloss';
import { ChoiceToggles } from './ChoiceToggles';
import { FilterTags } from './FilterTags';
import { FilterWords } from './FilterWords';
import type { FilteredHighlights } from './useFilteredHighlights';

/** Clears the highlight filter if it holds anything; true when it did (Esc in the panel). */
export function clearHighlightFilter(): boolean {
  const state = glossStore.getState();
  if (isFilterEmpty(selectHighlightFilter(state))) return false;
  state.setHighlightFilter(NO_HIGHLIGHT_FILTER);
  return true;
}

/** "12 of 340 highlights", or nothing while every highlight shows. */
function shownCount({ active, placed, orphans, total }: FilteredHighlights): string {
  if (!active) return '';
  return `${(placed.length + orphans.length).toLocaleString()} of ${total.toLocaleString()} ${total === 1 ? 'highlight' : 'highlights'}`;
}

function FunnelIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M2 3h12l-4.6 5.4v4.1L6.6 14V8.4z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The panel's filter: a disclosure ("Filter", with how many choices it
 * holds) over words, tags, colours and, in a transcript, speakers. What it
 * leaves out goes from the list and is dimmed in the text; Esc clears it.
 * Documents are not offered: the reader lists one document's highlights.
 */
export function HighlightFilterBar({ shown, categories }: { shown: FilteredHighlights; categories: readonly Category[] }) {
  const [open, setOpen] = useState(false);
  const { filter, applied, speakers } = shown;
  const count = filterChoiceCount(applied);
  // From the filter as it is now, not as this render saw it: the words arrive after a pause.
  const change = (patch: Partial<HighlightFilter>): void => glossStore.getState().setHighlightFilter({ ...selectHighlightFilter(glossStore.getState()), ...patch });

  // A change still waiting to be stored is stored as the window closes.
  useEffect(() => {
    const saveNow = (): void => glossStore.getState().saveHighlightFilterNow();
    window.addEventListener('pagehide', saveNow);
    return () => window.removeEventListener('pagehide', saveNow);
  }, []);

  return (
    <section className="filter-bar" aria-label="Filter highlights">
      <div className="filter-bar-head">
        <button type="button" className="filter-toggle" aria-expanded={open} aria-controls="highlight-filter" onClick={() => setOpen((value) => !value)}>
          <FunnelIcon />
          Filter
          {count > 0 && (
            <>
              <span className="filter-badge" aria-hidden="true">
                {count}
              </span>
              <span className="visually-hidden"> ({count} chosen)</span>
            </>
          )}
        </button>
        <p className="filter-count" role="status">
          {shownCount(shown)}
        </p>
        {!isFilterEmpty(filter) && (
          <button type="button" className="link-button" onClick={() => clearHighlightFilter()} title="Clear the filter (Esc)">
            Clear
          </button>
        )}
      </div>
      <div className="filter-body" id="highlight-filter" hidden={!open}>
        <FilterWords words={filter.words} onWords={(words) => change({ words })} />
        <FilterTags filter={filter} onChange={change} onEscape={clearHighlightFilter} />
        <ChoiceToggles<CategoryId>
          label="Colours"
          choices={categories.map((category) => ({ value: category.id, label: category.name, icon: <span className={`swatch swatch-${category.id}`} aria-hidden="true" /> }))}
          chosen={filter.colors}
          onChange={(colors) => change({ colors })}
        />
        {speakers.length > 0 && (
          <ChoiceToggles label="Speakers" choices={speakers.map((speaker) => ({ value: speaker, label: speaker }))} chosen={applied.speakers} onChange={(chosen) => change({ speakers: chosen })} />
        )}
      </div>
    </section>
  );
}
