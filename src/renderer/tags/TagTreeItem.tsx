import type { TagNode } from '../../shared/tags/tagTree';
import { formatCount } from '../format';

/** What every item of one tree shares: its state and what a click does. */
export interface TreeItemContext {
  /** The DOM id of a tag's item. */
  itemId: (node: TagNode) => string;
  expanded: ReadonlySet<string>;
  active: string | null;
  selected: string | null;
  showCounts: boolean;
  isDisabled: (node: TagNode) => boolean;
  onActivate: (node: TagNode) => void;
  onToggle: (node: TagNode) => void;
}

/** A tag's counts in words, for its description: "12 highlights and 3 cards, with its children". */
export function countsInWords(node: TagNode): string {
  const { highlights, cards } = node.total;
  const words = `${formatCount(highlights, 'highlight')} and ${formatCount(cards, 'card')}`;
  return node.children.length > 0 ? `${words}, with the tags under it` : words;
}

/**
 * One tag of the tree, as one row: the tree is flat (each item says its level,
 * its place among its siblings and whether it is expanded), so an item's text
 * is its own and never its children's. Named by its label; its counts are its
 * description, drawn by CSS from data attributes so they add no text to the name.
 */
export function TagTreeItem({ node, siblings, context }: { node: TagNode; siblings: readonly TagNode[]; context: TreeItemContext }) {
  const { itemId, expanded, active, selected, showCounts, isDisabled, onActivate, onToggle } = context;
  const id = itemId(node);
  const parent = node.children.length > 0;
  const open = parent && expanded.has(node.key);
  const disabled = isDisabled(node);
  return (
    <li
      role="treeitem"
      id={id}
      className="tag-tree-item"
      aria-level={node.level}
      aria-setsize={siblings.length}
      aria-posinset={siblings.indexOf(node) + 1}
      aria-expanded={parent ? open : undefined}
      aria-selected={selected === node.key}
      aria-disabled={disabled || undefined}
      aria-labelledby={`${id}-label`}
      aria-describedby={showCounts ? `${id}-counts` : undefined}
      tabIndex={active === node.key ? 0 : -1}
    >
      <div
        className="tag-tree-row"
        style={{ paddingLeft: `${(node.level - 1) * 18 + 4}px` }}
        onClick={(event) => {
          event.stopPropagation();
          onActivate(node);
        }}
      >
        {/* A pointer's way to expand; the keyboard's is → and ←, so it takes no tab stop of its own. */}
        <span
          className="tag-tree-toggle"
          aria-hidden="true"
          data-open={parent ? open : undefined}
          onClick={(event) => {
            if (!parent) return;
            event.stopPropagation();
            onToggle(node);
          }}
        />
        <span className={`tag-swatch${node.color ? ` swatch swatch-${node.color}` : ''}`} aria-hidden="true" />
        <span id={`${id}-label`} className="tag-tree-label">
          {node.label}
        </span>
        {showCounts && (
          <span className="tag-tree-counts" aria-hidden="true">
            <span className="tag-count" data-count={node.total.highlights} />
            <span className="tag-count tag-count-cards" data-count={node.total.cards} />
          </span>
        )}
        {showCounts && (
          <span id={`${id}-counts`} hidden>
            {countsInWords(node)}
          </span>
        )}
      </div>
    </li>
  );
}
