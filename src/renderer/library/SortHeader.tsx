import type { LibraryColumn, LibrarySort } from './libraryRows';

interface SortHeaderProps {
  column: LibraryColumn;
  label: string;
  sort: LibrarySort;
  onSort: (column: LibraryColumn) => void;
  numeric?: boolean;
}

/** A column header that sorts the table: a button, its state in aria-sort (only on the column sorted by). */
export function SortHeader({ column, label, sort, onSort, numeric = false }: SortHeaderProps) {
  const sorted = sort.column === column;
  return (
    <th scope="col" aria-sort={sorted ? sort.direction : undefined} className={numeric ? 'is-numeric' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
