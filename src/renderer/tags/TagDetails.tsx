import type { CategoryId, TagEntry } from '../../shared/contract';
import type { TagNode } from '../../shared/tags/tagTree';
import { keyHint } from '../actions/keyHints';
import { formatCount } from '../format';
import { TagColourChoice } from './TagColourChoice';
import { TagDescriptionField } from './TagDescriptionField';
import { TagNameField } from './TagNameField';
import { itemsInWords } from './tagSentences';

interface TagDetailsProps {
  node: TagNode;
  /** The field for a new name shows, with the last refusal. */
  renaming: { problem: string | null } | null;
  onRename: () => void;
  onRenameSubmit: (name: string) => void;
  onRenameCancel: () => void;
  onMerge: () => void;
  onDelete: () => void;
  onDescribe: (look: { color?: CategoryId | null; description?: string | null }) => Promise<boolean>;
}

/** How much a tag is used: with the tags under it, and by itself when that differs. */
function usageLine(node: TagNode): string {
  const total = itemsInWords(node.total.highlights, node.total.cards) ?? 'No highlights or cards yet';
  if (node.children.length === 0) return total;
  const own = itemsInWords(node.own.highlights, node.own.cards) ?? 'none';
  return `${total} with the ${formatCount(node.children.length, 'tag')} under it; ${own} by itself`;
}

/** The selected tag: its name, usage, colour and description, and renaming, merging and deleting it. */
export function TagDetails({ node, renaming, onRename, onRenameSubmit, onRenameCancel, onMerge, onDelete, onDescribe }: TagDetailsProps) {
  const parentPath = node.parent === null ? '' : node.name.slice(0, node.name.length - node.label.length);
  return (
    <section className="tag-details" aria-labelledby="tag-details-title">
      <h2 id="tag-details-title" className="tag-details-title">
        {parentPath && <span className="tag-parent-path">{parentPath}</span>}
        {node.label}
      </h2>
      <p className="tag-usage">{usageLine(node)}</p>
      {renaming ? (
        <TagNameField initial={node.name} problem={renaming.problem} onSubmit={onRenameSubmit} onCancel={onRenameCancel} />
      ) : (
        <div className="view-actions" role="group" aria-label="Selected tag">
          <button type="button" className="secondary-button" onClick={onRename} {...keyHint('tags.rename', 'Rename')}>
            Rename
          </button>
          <button type="button" className="secondary-button" onClick={onMerge} {...keyHint('tags.merge', 'Merge into another tag')}>
            Merge into…
          </button>
          <button type="button" className="danger-button" onClick={onDelete} {...keyHint('tags.delete', 'Delete')}>
            Delete
          </button>
        </div>
      )}
      <TagColourChoice value={node.color} onChange={(color) => onDescribe({ color })} />
      <TagDescriptionField initial={node.description ?? ''} onSave={(description) => onDescribe({ description: description.trim() || null })} />
    </section>
  );
}

/** The codebook entry a tag node stands for (as it is now, for an undo step). */
export function entryOf(node: TagNode): TagEntry {
  return { name: node.name, ...(node.color ? { color: node.color } : {}), ...(node.description ? { description: node.description } : {}) };
}
