import { memo } from 'react';
import type { AnnotationView } from '../../shared/contract';
import { notePlainText } from './notePlainText';

const QUOTE_PREVIEW = 140;

/** A quote shortened for a list, on a word boundary. */
export function shorten(text: string, limit = QUOTE_PREVIEW): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit - 20))}…`;
}

/** A note's first words as the reader sees them rendered; a note of only HTML shows nothing. */
function NotePreview({ note }: { note: string }) {
  const text = notePlainText(note);
  return text ? <span className="highlight-row-note">{shorten(text, 90)}</span> : null;
}

const HighlightRow = memo(function HighlightRow({ annotation, selected, onSelect }: { annotation: AnnotationView; selected: boolean; onSelect: (id: string) => void }) {
  return (
    <li>
      <button type="button" className="highlight-row" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(annotation.id)}>
        <span className={`swatch swatch-${annotation.color}`} aria-hidden="true" />
        <span className="highlight-row-text">
          <span className="highlight-row-quote">{shorten(annotation.quote)}</span>
          <NotePreview note={annotation.note} />
          {annotation.orphanReason && <span className="highlight-row-note">{annotation.orphanReason}</span>}
        </span>
      </button>
    </li>
  );
});

interface HighlightListProps {
  title: string;
  annotations: readonly AnnotationView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  empty?: string;
}

/** Rows per group; each group is skipped by layout while off screen (one observed box per 50 rows, not per row). */
const GROUP_SIZE = 50;

/** Highlights in document order (or the orphans), each opening its passage when chosen. */
export const HighlightList = memo(function HighlightList({ title, annotations, selectedId, onSelect, empty }: HighlightListProps) {
  if (annotations.length === 0 && !empty) return null;
  const headingId = `list-${title.toLowerCase()}`;
  return (
    <section className="highlight-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {title} <span className="count">{annotations.length}</span>
      </h2>
      {annotations.length === 0 ? (
        <p className="panel-empty">{empty}</p>
      ) : (
        groupsOf(annotations, GROUP_SIZE).map((group) => (
          <ul key={group[0]!.id} className="highlight-group">
            {group.map((annotation) => (
              <HighlightRow key={annotation.id} annotation={annotation} selected={annotation.id === selectedId} onSelect={onSelect} />
            ))}
          </ul>
        ))
      )}
    </section>
  );
});

function groupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}
