import { ConfirmDialog } from '../components/ConfirmDialog';
import type { TagQuestion } from './tagSentences';

interface TagQuestionDialogProps {
  /** What to ask (see tagSentences), or null while nothing is asked. */
  question: TagQuestion | null;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A codebook question (delete a tag, merge onto an existing one) as a modal dialog whose safe answer has the keyboard. */
export function TagQuestionDialog({ question, cancelLabel, onConfirm, onCancel }: TagQuestionDialogProps) {
  return (
    <ConfirmDialog
      open={question !== null}
      title={question?.title ?? ''}
      message={question?.message ?? ''}
      confirmLabel={question?.confirm ?? ''}
      cancelLabel={cancelLabel}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
