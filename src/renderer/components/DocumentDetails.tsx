import type { DocumentSummary } from '../../shared/contract';
import { formatReadingTime, readingMinutes } from '../../shared/text/readingStats';
import { formatCount, formatDate, formatNumber } from '../format';
import { useGloss } from '../store/useGloss';

/** The side panel's facts about the open document, and how far the reader is. */
export function DocumentDetails({ summary }: { summary: DocumentSummary }) {
  // Read here, so that scrolling re-renders only this.
  const paragraph = useGloss((s) => s.paragraph);
  const progress = summary.paragraphCount > 1 ? Math.round((paragraph / (summary.paragraphCount - 1)) * 100) : 100;
  return (
    <section className="details" aria-labelledby="details-title">
      <h2 id="details-title" className="panel-title">
        Document
      </h2>
      <dl className="details-list">
        <dt>Source</dt>
        <dd>{summary.source || 'Unknown'}</dd>
        <dt>Added</dt>
        <dd>
          <time dateTime={summary.addedAt}>{formatDate(summary.addedAt)}</time>
        </dd>
        <dt>Length</dt>
        <dd>
          {formatCount(summary.wordCount, 'word')}, {formatCount(summary.paragraphCount, 'paragraph')}
        </dd>
        <dt>Reading time</dt>
        <dd>{formatReadingTime(readingMinutes(summary.wordCount))}</dd>
        <dt>Position</dt>
        <dd>
          <span>
            Paragraph {formatNumber(Math.min(paragraph + 1, summary.paragraphCount))} of {formatNumber(summary.paragraphCount)}
          </span>
          <progress max={100} value={progress} aria-label="Reading progress">
            {progress}%
          </progress>
        </dd>
      </dl>
    </section>
  );
}
