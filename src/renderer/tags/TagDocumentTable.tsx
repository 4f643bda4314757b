import type { TagNode } from '../../shared/tags/tagTree';
import { formatCount } from '../format';
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
  const cell = (tag: TagNode, doc: CodebookDocument | null) => {
    const count = doc ? (tag.total.byDocument[doc.id] ?? 0) : tag.total.highlights;
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
      <table className="tag-table" aria-describedby="tag-table-note">
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
          {tags.map((tag) => (
            <tr key={tag.key}>
              <th scope="row" className="tag-table-tag" title={tag.name}>
                {/* Shown as its last level under its parent's row; read as its whole path. */}
                <span className="visually-hidden">{tag.name}</span>
                <span className="tag-table-name" aria-hidden="true" style={{ paddingLeft: `${(tag.level - 1) * 16}px` }}>
                  <span className={`tag-swatch${tag.color ? ` swatch swatch-${tag.color}` : ''}`} />
                  {tag.label}
                </span>
              </th>
              {cell(tag, null)}
              {documents.map((doc) => cell(tag, doc))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
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
      {columns.length === 0 ? (
        <p className="codebook-empty">No highlight carries a tag yet: only cards do.</p>
      ) : (
        <TagDocumentTable tags={tags} documents={columns} chosen={chosen} onChoose={onChoose} />
      )}
    </section>
  );
}
