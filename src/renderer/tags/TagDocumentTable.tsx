import { useRef, useState, type KeyboardEvent } from 'react';
import type { TagNode } from '../../shared/tags/tagTree';
import { formatCount } from '../format';
import { firstCell, nextCell, type CellPosition } from './tableNavigation';
import type { CodebookDocument } from './useCodebook';

/** A cell of the table: a tag's highlights in one document, or in all of them (documentId null). */
export interface TagCell {
  tag: TagNode;
  documentId: string | null;
}

interface TagDocumentTableProps {
  /** Every tag, in tree order. */
  tags: readonly TagNode[];
  /** The documents: those with tagged highlights are the table's columns. */
  documents: readonly CodebookDocument[];
  /** The cell whose passages are listed. */
  chosen: TagCell | null;
  onChoose: (cell: TagCell) => void;
}

/** The documents worth a column: those where some tag has a highlight, in the library's order. */
function documentsWithTags(tags: readonly TagNode[], documents: readonly CodebookDocument[]): CodebookDocument[] {
  return documents.filter((doc) => tags.some((tag) => (tag.total.byDocument[doc.id] ?? 0) > 0));
}

/**
 * Code × document: one row per tag (indented under its parent), one column
 * per document, each cell the highlights carrying the tag or one under it
 * there. A number is a button: it lists those passages.
 */
export function TagDocumentTable({ tags, documents, chosen, onChoose }: TagDocumentTableProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [focused, setFocused] = useState<CellPosition | null>(null);
  const countOf = (tag: TagNode, doc: CodebookDocument | null) => (doc ? (tag.total.byDocument[doc.id] ?? 0) : tag.total.highlights);
  const columns: (CodebookDocument | null)[] = [null, ...documents];
  const present = tags.map((tag) => columns.map((doc) => countOf(tag, doc) > 0));
  const chosenAt = chosen ? { row: tags.findIndex((tag) => tag.key === chosen.tag.key), col: columns.findIndex((doc) => (doc?.id ?? null) === chosen.documentId) } : null;
  // The one cell in the Tab order: the last one focused while it still holds a count, else the chosen one, else the first.
  const tabStop = [focused, chosenAt].find((at) => at && present[at.row]?.[at.col]) ?? firstCell(present);
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const from = cellOf(event.target);
    const to = from && nextCell(present, from, event.key, event.ctrlKey || event.metaKey);
    if (!to) return;
    event.preventDefault();
    event.stopPropagation();
    setFocused(to);
    tableRef.current?.querySelector<HTMLButtonElement>(`button[data-row="${to.row}"][data-col="${to.col}"]`)?.focus();
  };
  const cell = (tag: TagNode, doc: CodebookDocument | null, row: number, col: number) => {
    const count = countOf(tag, doc);
    const pressed = chosen?.tag.key === tag.key && chosen.documentId === (doc?.id ?? null);
    return (
      <td key={doc?.id ?? 'all'} className={`is-numeric${doc ? '' : ' tag-table-all'}`}>
        {count === 0 ? (
          <>
            <span className="tag-table-zero" aria-hidden="true">
              ·
            </span>
            <span className="visually-hidden">none</span>
          </>
        ) : (
          <button
            type="button"
            className="tag-table-count"
            data-row={row}
            data-col={col}
            tabIndex={tabStop?.row === row && tabStop.col === col ? 0 : -1}
            onFocus={() => setFocused({ row, col })}
            aria-pressed={pressed}
            aria-label={`${formatCount(count, 'highlight')} tagged “${tag.name}” in ${doc ? `“${doc.title}”` : 'all documents'}`}
            onClick={() => onChoose({ tag, documentId: doc?.id ?? null })}
          >
            {count}
          </button>
        )}
      </td>
    );
  };
  return (
    <div className="tag-table-frame">
      <table ref={tableRef} className="tag-table" aria-describedby="tag-table-note tag-table-keys" onKeyDown={onKeyDown}>
        <caption className="visually-hidden">Highlights per tag and document</caption>
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col" className="is-numeric">
              All
            </th>
            {documents.map((doc) => (
              <th key={doc.id} scope="col" className="is-numeric tag-table-document" title={doc.title}>
                <span className="tag-table-title">{doc.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tags.map((tag, row) => (
            <tr key={tag.key}>
              <th scope="row" className="tag-table-tag" title={tag.name}>
                {/* Shown as its last level under its parent's row; read as its whole path. */}
                <span className="visually-hidden">{tag.name}</span>
                <span className="tag-table-name" aria-hidden="true" style={{ paddingLeft: `${(tag.level - 1) * 16}px` }}>
                  <span className={`tag-swatch${tag.color ? ` swatch swatch-${tag.color}` : ''}`} />
                  {tag.label}
                </span>
              </th>
              {columns.map((doc, col) => cell(tag, doc, row, col))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The cell a focused count button stands in, from its data attributes. */
function cellOf(target: EventTarget): CellPosition | null {
  if (!(target instanceof HTMLElement) || target.dataset['row'] === undefined) return null;
  return { row: Number(target.dataset['row']), col: Number(target.dataset['col']) };
}

/** The table under its heading, with what its numbers mean; a sentence instead when no highlight carries a tag. */
export function TagDocumentSection({ tags, documents, chosen, onChoose }: TagDocumentTableProps) {
  const columns = documentsWithTags(tags, documents);
  return (
    <section className="codebook-table" aria-labelledby="tag-table-title">
      <h2 id="tag-table-title">Tags by document</h2>
      <p id="tag-table-note" className="codebook-note">
        Highlights per tag in each document. A tag’s row counts its own highlights and those of the tags under it. Choose a number to list its passages.
      </p>
      <p id="tag-table-keys" className="visually-hidden">Arrow keys move between the numbers; Home and End go to the ends of a row.</p>
      {columns.length === 0 ? (
        <p className="codebook-empty">No highlight carries a tag yet: only cards do.</p>
      ) : (
        <TagDocumentTable tags={tags} documents={columns} chosen={chosen} onChoose={onChoose} />
      )}
    </section>
  );
}
