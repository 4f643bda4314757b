import { useEffect, useRef, useState } from 'react';
import { isTagWithin, tagKey, tagProblem, tidyTag } from '../../shared/tags/tagName';
import { findTag, type TagNode } from '../../shared/tags/tagTree';
import { glossStore } from '../store/useGloss';
import { tagEdits } from './windowTagEdits';

/** The tag after a deleted one (its subtree skipped), else the one before: where the selection goes. */
function neighbourAfterDelete(tags: readonly TagNode[], gone: TagNode): string | null {
  const rest = tags.filter((tag) => !isTagWithin(tag.name, gone.name));
  const after = rest.find((tag) => tags.indexOf(tag) > tags.indexOf(gone));
  return (after ?? rest.filter((tag) => tags.indexOf(tag) < tags.indexOf(gone)).at(-1))?.key ?? null;
}

/**
 * The codebook's selected tag and the edits asked of it: the rename under way
 * (with why it was refused), the merge or delete question, and the tag a
 * rename would merge onto; after a change the keyboard goes back to the tree.
 */
export function useCodebookEdits(tree: readonly TagNode[], tags: readonly TagNode[], loaded: boolean) {
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ problem: string | null } | null>(null);
  const [asking, setAsking] = useState<'merge' | 'delete' | null>(null);
  const [mergeOnto, setMergeOnto] = useState<TagNode | null>(null);
  const selected = (selectedKey === null ? undefined : findTag(tree, selectedKey)) ?? tree[0] ?? null;

  // The keyboard goes to the tree, on the selected tag, once the tree shows it: after a change, and when the
  // view opens with the keyboard on its heading (where it waits while the tags are read, see focusView).
  const refocus = useRef<'tree' | 'fromHeading' | null>('fromHeading');
  useEffect(() => {
    if (!refocus.current || !loaded || (selectedKey !== null && !findTag(tree, selectedKey))) return;
    const onHeading = document.activeElement === document.body || document.activeElement?.id === 'codebook-title';
    if (refocus.current === 'tree' || onHeading) document.querySelector<HTMLElement>('#codebook-tree [role="treeitem"][tabindex="0"]')?.focus();
    refocus.current = null;
  });
  const select = (key: string | null, focusTree = false): void => {
    setSelectedKey(key);
    setRenaming(null);
    refocus.current = focusTree ? 'tree' : null;
  };

  const rename = async (from: TagNode, to: string, merging: boolean): Promise<string | null> => {
    const outcome = await tagEdits.rename(from.name, to, merging);
    if (!outcome.ok) return outcome.problem;
    select(tagKey(to), true);
    return null;
  };
  const submitRename = (typed: string): void => {
    if (!selected) return;
    const name = tidyTag(typed);
    const problem = tagProblem(name);
    if (problem) return setRenaming({ problem });
    if (name === selected.name) return setRenaming(null);
    const existing = findTag(tree, tagKey(name));
    // Onto an existing tag it merges: asked first. Onto its own child the core refuses, in its own words, under the field.
    if (existing && existing.key !== selected.key && !isTagWithin(name, selected.name)) return setMergeOnto(existing);
    void rename(selected, name, false).then((refusal) => refusal && setRenaming({ problem: refusal }));
  };
  const remove = async (node: TagNode): Promise<void> => {
    setAsking(null);
    const next = neighbourAfterDelete(tags, node);
    const outcome = await tagEdits.remove(node.name);
    if (!outcome.ok) return glossStore.getState().feedback.say(outcome.problem, { error: true });
    select(next, true);
  };
  const cancelRename = (): void => {
    setRenaming(null);
    refocus.current = 'tree';
  };

  return { selected, renaming, setRenaming, asking, setAsking, mergeOnto, setMergeOnto, select, rename, submitRename, remove, cancelRename };
}
