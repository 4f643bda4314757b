import { TAG_SEPARATOR } from '../../../shared/tags/tagName';

/** A tag's path as read: its parents quieter, its own name in full ("exercise/" then "kyrgyzstan"). */
export function TagLabel({ tag }: { tag: string }) {
  const cut = tag.lastIndexOf(TAG_SEPARATOR) + 1;
  return (
    <span className="tag-label">
      {cut > 0 && <span className="tag-parents">{tag.slice(0, cut)}</span>}
      {tag.slice(cut)}
    </span>
  );
}
