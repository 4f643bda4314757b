import { useDeferredValue, useMemo } from 'react';
import { keysInWords } from '../../actions/keyHints';
import { HighlightList } from '../HighlightList';
import type { FilteredHighlights } from './useFilteredHighlights';

interface FilteredListsProps {
  shown: FilteredHighlights;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The panel's lists as the filter leaves them: the highlights in document
 * order, then the orphans. The whole list stays built, hidden, while a
 * filter shows part of it, so taking the filter off shows it at once rather
 * than building thousands of rows again. A filter's own list may hold
 * hundreds of rows: it follows the filter in React's background rendering,
 * so the count and the dimmed text show in the next frame and the keyboard
 * is never held up (npm run bench -- tag measures both).
 */
export function FilteredLists({ shown, selectedId, onSelect }: FilteredListsProps) {
  const { active, placed, orphans } = shown;
  const listing = useMemo(() => ({ active, placed, orphans }), [active, placed, orphans]);
  const listed = useDeferredValue(listing);
  return (
    <>
      <HighlightList
        title="Highlights"
        hidden={listed.active}
        annotations={shown.everyPlaced}
        selectedId={selectedId}
        onSelect={onSelect}
        empty={`Select text to highlight it: the toolbar appears, or press ${keysInWords('highlights.highlight')}.`}
      />
      {listed.active && (
        <HighlightList
          id="list-highlights-filtered"
          title="Highlights"
          annotations={listed.placed}
          selectedId={selectedId}
          onSelect={onSelect}
          empty={`No highlight passes the filter. ${keysInWords('highlights.back')} in the panel clears it.`}
        />
      )}
      <HighlightList title="Orphans" annotations={listed.orphans} selectedId={selectedId} onSelect={onSelect} />
    </>
  );
}
