import type { Ref } from 'react';
import type { AnnotationView, Category, CategoryId } from '../../shared/contract';
import { formatDateTime } from '../format';
import { NoteField, type NoteEditorHandle } from './NoteField';
import type { TagFieldHandle } from './tags/TagCombobox';
import { TagsField } from './tags/TagsField';
import type { SaveStatus } from './writeQueue';

interface HighlightDetailProps {
  annotation: AnnotationView;
  categories: readonly Category[];
  status: SaveStatus;
  noteRef: Ref<NoteEditorHandle>;
  tagsRef: Ref<TagFieldHandle>;
  /** The highlight's tags now, which the shown ones may lag by a frame. */
  latestTags: () => readonly string[];
  onColor: (color: CategoryId) => void;
  onNote: (note: string) => void;
  /** Stores the highlight's whole new list of tags (resolving to whether it was); a refusal comes back through `report`. */
  onTags: (tags: string[], report: (problem: string) => void) => Promise<boolean>;
  onDelete: () => void;
  /** Esc in the note or the tags: back to the text. */
  onLeave: () => void;
}

/** The selected highlight: its quote, colour, tags, note (Markdown), times, and delete. */
export function HighlightDetail({ annotation, categories, status, noteRef, tagsRef, latestTags, onColor, onNote, onTags, onDelete, onLeave }: HighlightDetailProps) {
  return (
    <section className="highlight-detail" aria-label="Selected highlight">
      <blockquote className={`detail-quote quote-${annotation.color}`}>{annotation.quote}</blockquote>
      {annotation.orphanReason && (
        <p className="orphan-reason" role="note">
          Not in the text: {annotation.orphanReason}
        </p>
      )}
      <div className="color-choices" role="radiogroup" aria-label="Colour">
        {categories.map((category) => (
          <button key={category.id} type="button" role="radio" aria-checked={annotation.color === category.id} onClick={() => onColor(category.id)} title={category.name}>
            <span className={`swatch swatch-${category.id}`} aria-hidden="true" />
            <span className="visually-hidden">{category.name}</span>
          </button>
        ))}
      </div>
      <TagsField tags={annotation.tags} latestTags={latestTags} handleRef={tagsRef} onTags={onTags} onLeave={onLeave} />
      <NoteField note={annotation.note} status={status} handleRef={noteRef} onNote={onNote} onLeave={onLeave} />
      <p className="detail-times">
        {annotation.created && <>Created {formatDateTime(annotation.created)}</>}
        {annotation.modified && annotation.modified !== annotation.created && <> · edited {formatDateTime(annotation.modified)}</>}
      </p>
      <button type="button" className="danger-button" onClick={onDelete}>
        Delete highlight
      </button>
    </section>
  );
}
