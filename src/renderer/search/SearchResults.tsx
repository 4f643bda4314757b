import type { SearchGroup } from '../../shared/contract';
import { hitCount, kindLabel, type SearchOption } from './searchOptions';

interface SearchResultsProps {
  id: string;
  groups: readonly SearchGroup[];
  options: readonly SearchOption[];
  activeId: string | null;
  onChoose: (option: SearchOption) => void;
}

/**
 * The hits as a listbox grouped by document (the grouped listbox of the
 * WAI-ARIA practices): each document's title and count heads its group, each
 * hit is an option showing its kind and the words around it, the match marked.
 */
export function SearchResults({ id, groups, options, activeId, onChoose }: SearchResultsProps) {
  return (
    <div className="search-results" id={id} role="listbox" aria-label="Search results">
      {groups.map((group, g) => {
        const headingId = `${id}-group-${g}`;
        const shown = options.filter((option) => option.group === g);
        return (
          <ul key={group.documentId} role="group" aria-labelledby={headingId} className="search-group">
            <li role="presentation" id={headingId} className="search-group-heading">
              <span className="search-group-title">{group.title}</span>
              <span className="search-group-count">
                {hitCount(group)}
                {group.total > shown.length ? ` · first ${shown.length} shown` : ''}
              </span>
            </li>
            {shown.map((option) => (
              <li key={option.id} id={option.id} role="option" aria-selected={option.id === activeId} className="search-hit" onClick={() => onChoose(option)} onMouseDown={(event) => event.preventDefault()}>
                <span className={`search-kind search-kind-${option.hit.kind}`}>{kindLabel(option.hit.kind)}</span>
                <span className="search-snippet">
                  {option.hit.snippet.before}
                  <mark>{option.hit.snippet.match}</mark>
                  {option.hit.snippet.after}
                </span>
              </li>
            ))}
          </ul>
        );
      })}
    </div>
  );
}
