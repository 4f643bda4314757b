import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentStats, DocumentSummary } from '../../shared/contract';
import { keyHint } from '../actions/keyHints';
import { useSurface } from '../actions/useActions';
import { glossStore } from '../store/useGloss';
import { DocumentRow, documentRowId } from './DocumentRow';
import { filterByTitle, nextSort, sortDocuments, type LibraryColumn, type LibrarySort } from './libraryRows';
import { SortHeader } from './SortHeader';

interface DocumentTableProps {
  documents: readonly DocumentSummary[];
  stats: ReadonlyMap<string, DocumentStats>;
  currentId: string | null;
  onOpen: (id: string) => void;
}

const COLUMNS: { column: LibraryColumn; label: string; numeric?: boolean }[] = [
  { column: 'title', label: 'Title' },
  { column: 'source', label: 'Source' },
  { column: 'words', label: 'Words', numeric: true },
  { column: 'highlights', label: 'Highlights', numeric: true },
  { column: 'dueCards', label: 'Due cards', numeric: true },
  { column: 'lastOpened', label: 'Last opened' },
  { column: 'added', label: 'Added' },
];
const PAGE = 10;

/** Whether the keyboard is on a row of the table (the keys F2, Delete and Enter act on it only then). */
const rowHasFocus = (): boolean => document.activeElement?.closest('#library-table tbody tr') != null;

/**
 * The library's documents as a table: filtered by title as you type, sorted by
 * any column, one row selected (↑ ↓ Home End move, Enter or a double-click
 * opens, F2 renames, Delete moves it to the Trash — see actions/library).
 */
export function DocumentTable({ documents, stats, currentId, onOpen }: DocumentTableProps) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<LibrarySort>({ column: 'added', direction: 'descending' });
  const [selectedId, setSelectedId] = useState<string | null>(currentId);
  const [renaming, setRenaming] = useState<{ id: string; field: 'title' | 'source' } | null>(null);
  const rows = useMemo(() => sortDocuments(filterByTitle(documents, filter), sort, stats), [documents, filter, sort, stats]);
  const active = rows.find((doc) => doc.id === selectedId) ?? rows[0] ?? null;
  // A row to give the keyboard to once drawn (after a move, a rename, a trashed row's neighbour).
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(documentRowId(focusNext.current))?.focus();
    focusNext.current = null;
  });
  const select = (id: string, focus = false): void => {
    setSelectedId(id);
    if (focus) focusNext.current = id;
  };
  const trash = (doc: DocumentSummary): void => {
    const index = rows.indexOf(doc);
    const neighbour = rows[index + 1] ?? rows[index - 1];
    if (neighbour) select(neighbour.id, rowHasFocus());
    void glossStore.getState().trashDocument(doc.id);
  };
  useSurface('library', {
    get hasSelection() {
      return active !== null && rowHasFocus();
    },
    openSelected: () => active && onOpen(active.id),
    renameSelected: () => active && setRenaming({ id: active.id, field: 'title' }),
    editSourceSelected: () => active && setRenaming({ id: active.id, field: 'source' }),
    trashSelected: () => active && trash(active),
  });

  const move = (event: KeyboardEvent<HTMLTableSectionElement>): void => {
    if (!(event.target instanceof HTMLTableRowElement) || !active) return;
    const index = rows.indexOf(active);
    const last = rows.length - 1;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last, PageDown: index + PAGE, PageUp: index - PAGE }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(rows[Math.max(0, Math.min(last, next))]!.id, true);
  };

  return (
    <>
      <div className="library-toolbar">
        <input type="search" className="library-filter" aria-label="Filter by title" placeholder="Filter by title" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <p className="library-count" role="status">
          {filter.trim() ? `${rows.length} of ${documents.length} documents` : `${documents.length} ${documents.length === 1 ? 'document' : 'documents'}`}
        </p>
        <div className="view-actions" role="group" aria-label="Selected document">
          <button type="button" className="secondary-button" disabled={!active} onClick={() => active && onOpen(active.id)} {...keyHint('library.open', 'Open')}>
            Open
          </button>
          <button type="button" className="secondary-button" disabled={!active} onClick={() => active && setRenaming({ id: active.id, field: 'title' })} {...keyHint('library.rename', 'Rename')}>
            Rename
          </button>
          <button type="button" className="danger-button" disabled={!active} onClick={() => active && trash(active)} {...keyHint('library.trash', 'Move to Trash')}>
            Move to Trash
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="library-empty">{documents.length === 0 ? 'The library is empty. Import files, drop them on the window, or paste text as a new document.' : `No title matches “${filter.trim()}”.`}</p>
      ) : (
        <div className="library-table-frame">
          <table id="library-table" className="library-table" role="grid" aria-label="Documents" aria-readonly="true">
            <thead>
              <tr>
                {COLUMNS.map((entry) => (
                  <SortHeader key={entry.column} {...entry} sort={sort} onSort={(column) => setSort((current) => nextSort(current, column))} />
                ))}
              </tr>
            </thead>
            <tbody onKeyDown={move}>
              {rows.map((doc) => (
                <DocumentRow
                  key={doc.id}
                  doc={doc}
                  stats={stats.get(doc.id)}
                  active={doc === active}
                  renaming={doc.id === renaming?.id ? renaming.field : null}
                  onSelect={() => select(doc.id)}
                  onOpen={() => onOpen(doc.id)}
                  onRename={(field, value) => (field === 'title' ? glossStore.getState().renameDocument(doc.id, value) : glossStore.getState().changeSource(doc.id, value))}
                  onRenameDone={(refocus) => {
                    setRenaming(null);
                    select(doc.id, refocus);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
