import type { DocumentSummary } from '../../shared/contract';
import { formatReadingTime, readingMinutes } from '../../shared/text/readingStats';
import { keyHint } from '../actions/keyHints';
import { formatCount } from '../format';
import { glossStore } from '../store/useGloss';

/** The document's title and the facts a reader checks first: source, length, time to read. */
export function ReaderHeader({ summary }: { summary: DocumentSummary }) {
  return (
    <header className="reader-header">
      {summary.source && <p className="reader-source">{summary.source}</p>}
      <h1 id="reader-title">{summary.title}</h1>
      <p className="reader-meta">
        <span>{formatCount(summary.wordCount, 'word')}</span>
        <span aria-hidden="true"> · </span>
        <span>{formatReadingTime(readingMinutes(summary.wordCount))}</span>
        <span aria-hidden="true"> · </span>
        <button type="button" className="link-button" onClick={() => glossStore.getState().openDialog('export')} {...keyHint('export.open', 'Export notes')}>
          Export notes
        </button>
      </p>
    </header>
  );
}
