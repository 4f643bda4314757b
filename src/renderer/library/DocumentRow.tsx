import type { DocumentStats, DocumentSummary } from '../../shared/contract';
import { formatDate, formatNumber } from '../format';
import { RenameField } from './RenameField';

interface DocumentRowProps {
  doc: DocumentSummary;
  stats: DocumentStats | undefined;
  /** The row the keyboard is on: the table's one tab stop. */
  active: boolean;
  /** Which of its fields is being edited, if any. */
  renaming: 'title' | 'source' | null;
  onSelect: () => void;
  onOpen: () => void;
  onRename: (field: 'title' | 'source', value: string) => Promise<boolean>;
  onRenameDone: (refocus: boolean) => void;
}

/** The id of a document's row, for moving the keyboard to it. */
export const documentRowId = (id: string): string => `library-row-${id}`;

/** "…" until the counts have come. */
const count = (value: number | undefined): string => (value === undefined ? '…' : formatNumber(value));

/** One document in the library table: a focusable row; double-click opens it, its title becomes a field while renamed. */
export function DocumentRow({ doc, stats, active, renaming, onSelect, onOpen, onRename, onRenameDone }: DocumentRowProps) {
  return (
    <tr
      id={documentRowId(doc.id)}
      tabIndex={active ? 0 : -1}
      aria-selected={active}
      className="library-row"
      onClick={onSelect}
      onFocus={(event) => event.target === event.currentTarget && onSelect()}
      onDoubleClick={renaming ? undefined : onOpen}
    >
      <td className="library-title">
        {renaming === 'title' ? (
          <RenameField value={doc.title} label={`New title for ${doc.title}`} onSave={(title) => onRename('title', title)} onDone={onRenameDone} />
        ) : (
          <>
            <span className="library-title-text">{doc.title}</span>
            {doc.problem && <span className="library-problem">Cannot be opened: {doc.problem}</span>}
          </>
        )}
      </td>
      <td className="library-source">
        {renaming === 'source' ? (
          <RenameField value={doc.source} label={`New source for ${doc.title}`} allowEmpty onSave={(source) => onRename('source', source)} onDone={onRenameDone} />
        ) : (
          doc.source || '—'
        )}
      </td>
      <td className="is-numeric">{formatNumber(doc.wordCount)}</td>
      <td className="is-numeric">{count(stats?.highlights)}</td>
      <td className="is-numeric">{count(stats?.dueCards)}</td>
      <td className="library-date">{doc.lastOpenedAt ? formatDate(doc.lastOpenedAt) : 'Never'}</td>
      <td className="library-date">{formatDate(doc.addedAt)}</td>
    </tr>
  );
}
