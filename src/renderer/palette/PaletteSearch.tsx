import { useEffect, useMemo, useState } from 'react';
import { ACTIONS, actionById } from '../../shared/actions';
import { actionHost } from '../actions/actionHost';
import { IS_MAC } from '../actions/keyHints';
import { currentKeyContext } from '../actions/useActions';
import { inLibrary } from '../store/libraryLists';
import { glossStore } from '../store/useGloss';
import { matchPalette, paletteItems, type PaletteItem } from './paletteItems';
import { PaletteOption } from './PaletteOption';
import { openGlossLink } from '../links/openGlossLink';
import { ComboboxField } from '../components/ComboboxField';

const LIST_ID = 'palette-list';
const optionId = (item: PaletteItem): string => `palette-${item.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
const PAGE = 8;

/** Where the palette was opened from, read once as it opens (before the dialog takes the focus). */
function origin() {
  const where = currentKeyContext(true);
  const context = actionHost.context(where);
  const { documents, recent, current } = glossStore.getState();
  const items = context ? paletteItems(ACTIONS, context, inLibrary(documents).filter((doc) => doc.id !== current?.summary.id), recent, IS_MAC) : [];
  return { where, items };
}

/**
 * The palette's search: a combobox whose list shows what the query finds;
 * ↑ ↓ move the active option (announced through aria-activedescendant, the
 * keyboard stays in the field), Enter runs it, a click too.
 */
export function PaletteSearch({ close }: { close: () => void }) {
  const [{ where, items }] = useState(origin);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchPalette(query, items), [query, items]);
  const current = matches[Math.min(active, matches.length - 1)]?.item ?? null;

  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (item: PaletteItem): void => {
    close();
    if (item.kind === 'document') void glossStore.getState().openDocument(item.target);
    else if (item.kind === 'link') openGlossLink(item.target, glossStore);
    else {
      const action = actionById(item.target);
      if (action) actionHost.run(action, where);
    }
  };

  /** ↑ ↓ wrap around the list; Page Up / Page Down move a page of options. */
  const moved = (key: string): number | undefined => {
    const last = matches.length - 1;
    if (last < 0) return undefined;
    const index = Math.min(active, last);
    return { ArrowDown: index >= last ? 0 : index + 1, ArrowUp: index <= 0 ? last : index - 1, PageDown: Math.min(last, index + PAGE), PageUp: Math.max(0, index - PAGE) }[key];
  };

  return (
    <>
      <ComboboxField
        label="Search commands and documents"
        placeholder="Type a command or a document…"
        listId={LIST_ID}
        expanded={matches.length > 0}
        current={current}
        idOf={optionId}
        query={query}
        onQuery={setQuery}
        onChoose={choose}
        moved={moved}
        onMove={setActive}
      />
      <ul className="palette-list" id={LIST_ID} role="listbox" aria-label="Commands and documents" hidden={matches.length === 0}>
        {matches.map(({ item, matched }) => (
          <PaletteOption key={item.key} id={optionId(item)} item={item} matched={matched} active={item === current} onChoose={() => choose(item)} />
        ))}
      </ul>
      {matches.length === 0 && <p className="palette-empty">No command or document matches “{query.trim()}”.</p>}
      <p className="palette-footer" role="status">
        <span>{matches.length === 1 ? '1 result' : `${matches.length} results`}</span>
        <span aria-hidden="true">
          <kbd>↑</kbd>
          <kbd>↓</kbd> move · <kbd>Enter</kbd> run · <kbd>Esc</kbd> close
        </span>
      </p>
    </>
  );
}
