import { useEffect, useMemo, useRef, useState } from 'react';
import { isTagWithin, tagKey, tagProblem, tidyTag } from '../../shared/tags/tagName';
import { allTags, findTag, type TagNode } from '../../shared/tags/tagTree';
import { useSurface } from '../actions/useActions';
import { formatCount } from '../format';
import { glossStore } from '../store/useGloss';
import { emptyCodebookHint } from './emptyCodebookHint';
import { MergeDialog } from './MergeDialog';
import { PassageList } from './PassageList';
import { entryOf, TagDetails } from './TagDetails';
import { TagDocumentSection } from './TagDocumentTable';
import { TagQuestionDialog } from './TagQuestionDialog';
import { deleteQuestion, mergeQuestion } from './tagSentences';
import { TagTree } from './TagTree';
import { useCodebook } from './useCodebook';
import { tagEdits } from './windowTagEdits';

/** The tag after a deleted one (its subtree skipped), else the one before: where the selection goes. */
function neighbourAfterDelete(tags: readonly TagNode[], gone: TagNode): string | null {
  const rest = tags.filter((tag) => !isTagWithin(tag.name, gone.name));
  const after = rest.find((tag) => tags.indexOf(tag) > tags.indexOf(gone));
  return (after ?? rest.filter((tag) => tags.indexOf(tag) < tags.indexOf(gone)).at(-1))?.key ?? null;
}

/**
 * The codebook: every tag of the library as a tree beside the selected tag's
 * details (rename, merge, delete, colour, description), and below, the code ×
 * document table whose numbers list their passages.
 */
export function CodebookView() {
  const { codebook, error } = useCodebook();
  const tree = useMemo(() => codebook?.tree ?? [], [codebook]);
  const tags = useMemo(() => allTags(tree), [tree]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ problem: string | null } | null>(null);
  const [asking, setAsking] = useState<'merge' | 'delete' | null>(null);
  const [mergeOnto, setMergeOnto] = useState<TagNode | null>(null);
  const [cell, setCell] = useState<{ tag: string; documentId: string | null } | null>(null);
  const selected = (selectedKey === null ? undefined : findTag(tree, selectedKey)) ?? tree[0] ?? null;
  const chosenTag = cell ? findTag(tree, cell.tag) : undefined;
  const chosen = chosenTag && cell ? { tag: chosenTag, documentId: cell.documentId } : null;

  // The keyboard goes to the tree, on the selected tag, once the tree shows it: after a change, and when the
  // view opens with the keyboard on its heading (where it waits while the tags are read, see focusView).
  const refocus = useRef<'tree' | 'fromHeading' | null>('fromHeading');
  useEffect(() => {
    if (!refocus.current || !codebook || (selectedKey !== null && !findTag(tree, selectedKey))) return;
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

  useSurface('tags', {
    hasSelection: selected !== null,
    renameSelected: () => setRenaming({ problem: null }),
    mergeSelected: () => setAsking('merge'),
    deleteSelected: () => setAsking('delete'),
  });

  const title = (id: string | null) => (id === null ? null : (codebook?.documents.find((doc) => doc.id === id)?.title ?? null));
  return (
    <section className="codebook-view" aria-labelledby="codebook-title">
      <header className="view-header">
        <h1 id="codebook-title" tabIndex={-1}>
          Codebook
        </h1>
        {codebook && tags.length > 0 && <p className="view-lead">{formatCount(tags.length, 'tag')}</p>}
      </header>
      {!codebook ? (
        <p className="codebook-empty" role="status">
          {error ? `The tags could not be read: ${error}` : 'Reading the tags…'}
        </p>
      ) : tags.length === 0 || !selected ? (
        <p className="codebook-empty">{emptyCodebookHint()}</p>
      ) : (
        <>
          <div className="codebook-main">
            <div className="codebook-tree-pane">
              <h2 className="panel-title">Tags</h2>
              <p className="codebook-legend">
                Counts of <span className="tag-count">highlights</span> and <span className="tag-count tag-count-cards">cards</span> take in the tags under each.
              </p>
              <TagTree id="codebook-tree" tree={tree} label="Tags" selected={selected.key} selectionFollowsFocus onSelect={(node) => select(node.key)} />
            </div>
            <TagDetails
              key={selected.key}
              node={selected}
              renaming={renaming}
              onRename={() => setRenaming({ problem: null })}
              onRenameSubmit={submitRename}
              onRenameCancel={() => {
                setRenaming(null);
                refocus.current = 'tree';
              }}
              onMerge={() => setAsking('merge')}
              onDelete={() => setAsking('delete')}
              onDescribe={async (look) => {
                const outcome = await tagEdits.describe(entryOf(selected), look);
                if (!outcome.ok) glossStore.getState().feedback.say(outcome.problem, { error: true });
                return outcome.ok;
              }}
            />
          </div>
          <TagDocumentSection tags={tags} documents={codebook.documents} chosen={chosen} onChoose={(next) => setCell({ tag: next.tag.key, documentId: next.documentId })} />
          {chosen && <PassageList cell={chosen} documentTitle={title(chosen.documentId)} />}
        </>
      )}
      {selected && (
        <>
          <MergeDialog
            from={asking === 'merge' ? selected : null}
            tree={tree}
            onMerge={(into) => rename(selected, into.name, true)}
            onClose={() => setAsking((current) => (current === 'merge' ? null : current))}
          />
          <TagQuestionDialog
            question={asking === 'delete' ? deleteQuestion(selected) : null}
            cancelLabel="Keep it"
            onConfirm={() => void remove(selected)}
            onCancel={() => setAsking((current) => (current === 'delete' ? null : current))}
          />
          <TagQuestionDialog
            question={mergeOnto ? mergeQuestion(selected, mergeOnto) : null}
            cancelLabel="Keep editing"
            onConfirm={() => {
              const into = mergeOnto!;
              setMergeOnto(null);
              void rename(selected, into.name, true).then((refusal) => refusal && setRenaming({ problem: refusal }));
            }}
            onCancel={() => setMergeOnto(null)}
          />
        </>
      )}
    </section>
  );
}
