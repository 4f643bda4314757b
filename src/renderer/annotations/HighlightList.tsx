import { memo, useMemo } from 'react';
import type { AnnotationView } from '../../shared/contract';
import { TAG_SEPARATOR } from '../../shared/tags/tagName';
import { notePlainText } from './notePlainText';
import { stableGroups } from './stableGroups';

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

/**
 * A highlight's tags as small chips; a screen reader hears "Tags: a, b" once
 * instead. Few elements per chip: a list of hundreds of rows is built in one go.
 */
function RowTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <span className="highlight-row-tags">
      <span className="visually-hidden">Tags: {tags.join(', ')}</span>
      {tags.map((tag) => {
        const cut = tag.lastIndexOf(TAG_SEPARATOR) + 1;
        return (
          <span key={tag} className="tag-chip is-small" aria-hidden="true">
            {cut > 0 && <span className="tag-parents">{tag.slice(0, cut)}</span>}
            {tag.slice(cut)}
          </span>
        );
      })}
    </span>
  );
}

const HighlightRow = memo(function HighlightRow({ annotation, selected, onSelect }: { annotation: AnnotationView; selected: boolean; onSelect: (id: string) => void }) {
  return (
    <li>
      <button type="button" className="highlight-row" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(annotation.id)}>
        <span className={`swatch swatch-${annotation.color}`} aria-hidden="true" />
        <span className="highlight-row-text">
          <span className="highlight-row-quote">{shorten(annotation.quote)}</span>
          <NotePreview note={annotation.note} />
          <RowTags tags={annotation.tags} />
          {annotation.orphanReason && <span className="highlight-row-note">{annotation.orphanReason}</span>}
        </span>
      </button>
    </li>
  );
});

interface GroupProps {
  rows: readonly AnnotationView[];
  /** The selected highlight if it is in this group, else null: a change elsewhere leaves the group alone. */
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Same rows (the very same views), same selection: a group of the thousands in a long book is not rendered again. */
function sameGroup(before: GroupProps, after: GroupProps): boolean {
  if (before.selectedId !== after.selectedId || before.onSelect !== after.onSelect || before.rows.length !== after.rows.length) return false;
  return before.rows.every((row, i) => row === after.rows[i]);
}

/** One group of rows; layout skips it while it is off screen (one observed box per group, not per row). */
const HighlightGroup = memo(function HighlightGroup({ rows, selectedId, onSelect }: GroupProps) {
  return (
    <ul className="highlight-group">
      {rows.map((annotation) => (
        <HighlightRow key={annotation.id} annotation={annotation} selected={annotation.id === selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
}, sameGroup);

interface HighlightListProps {
  /** The heading's id (from the title when not given): two lists of the same title must differ. */
  id?: string;
  title: string;
  /** Kept built but not shown (the whole list, while a filter shows part of it). */
  hidden?: boolean;
  annotations: readonly AnnotationView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  empty?: string;
}

/** Highlights in document order (or the orphans), each opening its passage when chosen. */
export const HighlightList = memo(function HighlightList({ id, title, hidden, annotations, selectedId, onSelect, empty }: HighlightListProps) {
  // Cut once per list, not on every render: showing or hiding the whole list must not hash thousands of ids.
  const groups = useMemo(() => stableGroups(annotations), [annotations]);
  if (annotations.length === 0 && !empty) return null;
  const headingId = id ?? `list-${title.toLowerCase()}`;
  return (
    <section className="highlight-list" aria-labelledby={headingId} hidden={hidden}>
      <h2 id={headingId} className="panel-title">
        {title} <span className="count">{annotations.length}</span>
      </h2>
      {annotations.length === 0 ? (
        <p className="panel-empty">{empty}</p>
      ) : (
        // Keyed by their first row: groups cut by stableGroups keep their key when a row is added or removed elsewhere.
        groups.map((rows) => (
          <HighlightGroup key={rows[0]!.id} rows={rows} selectedId={rows.some((a) => a.id === selectedId) ? selectedId : null} onSelect={onSelect} />
        ))
      )}
    </section>
  );
});
