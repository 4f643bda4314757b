import { useEffect, useMemo, useState } from 'react';
import { MAX_SEARCH_QUERY_LENGTH } from '../../shared/contract';
import { openSearchHit } from './openSearchHit';
import { movedIndex, searchOptions, searchStatus, type SearchOption } from './searchOptions';
import { SearchResults } from './SearchResults';
import { useLibrarySearch } from './useLibrarySearch';
import { ComboboxField } from '../components/ComboboxField';

const LIST_ID = 'library-search-results';

/**
 * The library search: a combobox over the grouped hits. ↑ ↓ move the
 * active hit (announced through aria-activedescendant, the keyboard stays in
 * the field), Page Up / Page Down jump a document, Enter or a click opens it.
 */
export function SearchPanel({ close }: { close: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useLibrarySearch(query);
  // The latest answer stays in view while the next one loads.
  const groups = search.result?.groups;
  const options = useMemo(() => searchOptions(groups ?? []), [groups]);
  const current = options[Math.min(active, options.length - 1)] ?? null;

  useEffect(() => {
    if (current) document.getElementById(current.id)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (option: SearchOption): void => {
    close();
    openSearchHit(option.documentId, option.hit);
  };

  const status = search.error ?? searchStatus(query, search.answered === query ? search.result : null, search.searching || search.answered !== query);
  return (
    <>
      <ComboboxField
        label="Search the library"
        placeholder="Search every document, note, tag and card…"
        listId={LIST_ID}
        expanded={options.length > 0}
        current={current}
        idOf={(option) => option.id}
        query={query}
        onQuery={setQuery}
        onChoose={choose}
        moved={(key) => movedIndex(key, active, options)}
        onMove={setActive}
        describedBy="library-search-status"
        maxLength={MAX_SEARCH_QUERY_LENGTH}
      />
      <p className="search-status" id="library-search-status" role="status">
        {status}
      </p>
      {groups && groups.length > 0 && <SearchResults id={LIST_ID} groups={groups} options={options} activeId={current?.id ?? null} onChoose={choose} />}
      <p className="palette-footer">
        <span className="search-rule">Case and accents ignored; words found as typed, in order.</span>
        <span className="search-keys" aria-hidden="true">
          <kbd>↑</kbd>
          <kbd>↓</kbd> move · <kbd>PgDn</kbd> document · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
        </span>
      </p>
    </>
  );
}
