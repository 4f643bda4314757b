import { useId, useRef, useState } from 'react';
import type { TagNode } from '../../shared/tags/tagTree';
import { useModalDialog } from '../hooks/useModalDialog';
import { TagTree } from './TagTree';
import { mergeQuestion } from './tagSentences';

interface MergeDialogProps {
  /** The tag to merge, or null while the dialog is closed. */
  from: TagNode | null;
  tree: readonly TagNode[];
  /** Merges into the chosen tag; resolves with the core's refusal, or null once done. */
  onMerge: (into: TagNode) => Promise<string | null>;
  onClose: () => void;
}

/**
 * "Merge into…": the tags as a tree to pick from (Enter picks), then what
 * the merge will do and the Merge button. The tag itself cannot be picked;
 * its own children can, and the core's refusal shows here.
 */
export function MergeDialog({ from, tree, onMerge, onClose }: MergeDialogProps) {
  const [into, setInto] = useState<TagNode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const treePane = useRef<HTMLDivElement>(null);
  const dialog = useModalDialog(from !== null, () => treePane.current?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus());
  const id = useId();
  const close = (): void => {
    setInto(null);
    setProblem(null);
    onClose();
  };
  const merge = async (): Promise<void> => {
    if (!into || busy) return;
    setBusy(true);
    const refusal = await onMerge(into);
    setBusy(false);
    if (refusal) setProblem(refusal);
    else close();
  };
  return (
    <dialog ref={dialog} className="sheet merge-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      {from && (
        <>
          <h2 id={`${id}-title`}>Merge “{from.name}” into…</h2>
          <p className="merge-hint">Choose the tag that takes its highlights and cards (↑ ↓ to move, → ← to open and close, Enter to choose).</p>
          <div className="merge-tree" ref={treePane}>
            <TagTree
              tree={tree}
              label="Merge into"
              selected={into?.key ?? null}
              isDisabled={(node) => node.key === from.key}
              onSelect={(node) => {
                setInto(node);
                setProblem(null);
                requestAnimationFrame(() => mergeButton.current?.focus());
              }}
            />
          </div>
          <p className="merge-question" aria-live="polite">
            {into ? mergeQuestion(from, into).message : 'No tag chosen yet.'}
          </p>
          {problem && (
            <p className="field-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="confirm-actions">
            <button type="button" className="secondary-button" onClick={close}>
              Cancel
            </button>
            <button type="button" ref={mergeButton} className="primary-button" disabled={!into || busy} onClick={() => void merge()}>
              Merge
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
