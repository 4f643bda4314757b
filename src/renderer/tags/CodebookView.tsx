import { useMemo, useState } from 'react';
import { allTags, findTag } from '../../shared/tags/tagTree';
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
import { useCodebookEdits } from './useCodebookEdits';
import { tagEdits } from './windowTagEdits';

/**
 * The codebook: every tag of the library as a tree beside the selected tag's
 * details (rename, merge, delete, colour, description), and below, the code ×
 * document table whose numbers list their passages.
 */
export function CodebookView() {
  const { codebook, error } = useCodebook();
  const tree = useMemo(() => codebook?.tree ?? [], [codebook]);
  const tags = useMemo(() => allTags(tree), [tree]);
  const { selected, renaming, setRenaming, asking, setAsking, mergeOnto, setMergeOnto, select, rename, submitRename, remove, cancelRename } = useCodebookEdits(tree, tags, codebook !== null);
  const [cell, setCell] = useState<{ tag: string; documentId: string | null } | null>(null);
  const chosenTag = cell ? findTag(tree, cell.tag) : undefined;
  const chosen = chosenTag && cell ? { tag: chosenTag, documentId: cell.documentId } : null;

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
              onRenameCancel={cancelRename}
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
