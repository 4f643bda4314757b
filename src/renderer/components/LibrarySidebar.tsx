import { useRef, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../shared/contract';
import { keyHint } from '../actions/keyHints';
import { formatCount } from '../format';

interface LibrarySidebarProps {
  documents: DocumentSummary[];
  currentId: string | null;
  onOpen: (id: string) => void;
  /** Shows the library view (every document, sorting, renaming, the Trash). */
  onShowAll?: () => void;
}

/** The library: every document, the open one marked; arrow keys move, Enter opens. */
export function LibrarySidebar({ documents, currentId, onOpen, onShowAll }: LibrarySidebarProps) {
  const list = useRef<HTMLUListElement>(null);
  const moveFocus = (event: KeyboardEvent<HTMLUListElement>): void => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined || buttons.length === 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };
  return (
    <nav className="sidebar" id="library" aria-label="Library">
      <h2 className="sidebar-title">Library</h2>
      {documents.length === 0 ? (
        <p className="sidebar-empty">No documents yet.</p>
      ) : (
        <ul className="document-list" ref={list} onKeyDown={moveFocus} id="library-list">
          {documents.map((doc) => (
            <li key={doc.id}>
              <button
                type="button"
                className="document-item"
                aria-current={doc.id === currentId ? 'page' : undefined}
                onClick={() => onOpen(doc.id)}
              >
                <span className="document-item-title">{doc.title}</span>
                <span className="document-item-meta">
                  {doc.source ? `${doc.source} · ` : ''}
                  {formatCount(doc.wordCount, 'word')}
                </span>
                {doc.problem ? <span className="document-item-problem">Cannot be opened: {doc.problem}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
      {onShowAll && (
        <button type="button" className="link-button sidebar-all" onClick={onShowAll} {...keyHint('library.show', 'All documents and the Trash')}>
          All documents and the Trash
        </button>
      )}
    </nav>
  );
}
