import { TagLabel } from './TagLabel';

/** Chosen tags as chips, each with its own remove button ("Remove tag …"). */
export function TagChips({ label, tags, onRemove }: { label: string; tags: readonly string[]; onRemove: (tag: string) => void }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-chips" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag-chip">
          <TagLabel tag={tag} />
          {/* Its × is drawn by CSS, so that the chip's text is the tag alone. */}
          <button type="button" className="tag-chip-remove" aria-label={`Remove tag ${tag}`} title={`Remove tag ${tag}`} onClick={() => onRemove(tag)} />
        </li>
      ))}
    </ul>
  );
}
