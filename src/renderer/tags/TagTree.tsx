import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { allTags, findTag, visibleTags, type TagNode } from '../../shared/tags/tagTree';
import { TagTreeItem, type TreeItemContext } from './TagTreeItem';
import { expandTo, isTreeKey, settleActive, treeKeyMove, typeAheadMatch } from './treeNavigation';

interface TagTreeProps {
  tree: readonly TagNode[];
  /** The tree's accessible name ("Tags", "Merge into"). */
  label: string;
  /** The key of the chosen tag, or null. */
  selected: string | null;
  /** A tag chosen (Enter, Space, a click; with `selectionFollowsFocus`, every move too). */
  onSelect: (node: TagNode) => void;
  /** The tag under the keyboard is the chosen one (a view that shows it beside the tree); otherwise Enter chooses (a picker). */
  selectionFollowsFocus?: boolean;
  /** Each tag shows its highlights and cards, with its children's. */
  showCounts?: boolean;
  /** Tags that show but cannot be chosen (the tag being merged, in its own picker). */
  isDisabled?: (node: TagNode) => boolean;
  id?: string;
}

/** How long the letters typed to find a tag are kept together. */
const TYPE_AHEAD_PAUSE_MS = 700;
const never = (): boolean => false;

/**
 * The tags as a tree view (the WAI-ARIA tree pattern, see treeNavigation):
 * one tab stop, arrows to move, expand and collapse, Home and End, typing to
 * find a tag, Enter to choose it. Used by the codebook, and by anything that
 * needs a tag picked.
 */
export function TagTree({ tree, label, selected, onSelect, selectionFollowsFocus = false, showCounts = true, isDisabled = never, id }: TagTreeProps) {
  const ownId = useId();
  const treeId = id ?? `tag-tree-${ownId}`;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => (selected ? expandTo(tree, new Set(), selected) : new Set()));
  const [activeKey, setActiveKey] = useState<string | null>(selected);
  // A tag chosen elsewhere (renamed, merged, the tree reloaded) is shown at once: its parents expand, it takes the keyboard's place.
  const [seen, setSeen] = useState({ selected, tree });
  if (seen.selected !== selected || seen.tree !== tree) {
    setSeen({ selected, tree });
    if (selected !== null && findTag(tree, selected)) {
      setExpanded(expandTo(tree, expanded, selected));
      setActiveKey(selected);
    }
  }
  const focusNext = useRef(false);
  const typed = useRef({ text: '', at: 0 });
  const active = settleActive(tree, { expanded, active: activeKey });
  const order = useMemo(() => new Map(allTags(tree).map((node, index) => [node.key, index])), [tree]);
  const itemId = (node: TagNode): string => `${treeId}-${order.get(node.key) ?? 0}`;

  useEffect(() => {
    if (!focusNext.current || !active) return;
    focusNext.current = false;
    const node = findTag(tree, active);
    if (node) document.getElementById(itemId(node))?.focus();
  });

  const moveTo = (key: string): void => {
    setActiveKey(key);
    focusNext.current = true;
    const node = findTag(tree, key);
    if (node && selectionFollowsFocus && !isDisabled(node)) onSelect(node);
  };
  const choose = (node: TagNode): void => {
    if (!isDisabled(node)) onSelect(node);
  };
  const toggle = (node: TagNode): void =>
    setExpanded((current) => (current.has(node.key) ? new Set([...current].filter((key) => key !== node.key)) : new Set([...current, node.key])));

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const node = active ? findTag(tree, active) : undefined;
    if (isTreeKey(event.key)) {
      const next = treeKeyMove(tree, { expanded, active }, event.key);
      if (!next) return;
      event.preventDefault();
      setExpanded(next.expanded);
      if (next.active) moveTo(next.active);
    } else if ((event.key === 'Enter' || event.key === ' ') && node) {
      event.preventDefault();
      choose(node);
    } else if (event.key.length > 0 && [...event.key].length === 1 && event.key !== ' ') {
      const now = Date.now();
      const text = (now - typed.current.at < TYPE_AHEAD_PAUSE_MS ? typed.current.text : '') + event.key;
      typed.current = { text, at: now };
      const match = typeAheadMatch(visibleTags(tree, expanded), active, text);
      if (match) {
        event.preventDefault();
        moveTo(match);
      }
    }
  };

  const context: TreeItemContext = {
    itemId,
    expanded,
    active,
    selected,
    showCounts,
    isDisabled,
    onActivate: (node) => {
      setActiveKey(node.key);
      focusNext.current = true;
      choose(node);
    },
    onToggle: toggle,
  };
  const siblingsOf = (node: TagNode): readonly TagNode[] => (node.parent === null ? tree : (findTag(tree, node.parent)?.children ?? [node]));
  return (
    <ul role="tree" id={treeId} className="tag-tree" aria-label={label} onKeyDown={onKeyDown}>
      {visibleTags(tree, expanded).map((node) => (
        <TagTreeItem key={node.key} node={node} siblings={siblingsOf(node)} context={context} />
      ))}
    </ul>
  );
}
