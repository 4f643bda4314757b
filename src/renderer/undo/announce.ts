import type { WorkspaceFeedback } from '../store/types';

/**
 * Records an undoable step and announces it with an Undo button: "Card
 * deleted — Undo". Returns the step's id.
 */
export function announceUndoable(feedback: WorkspaceFeedback, message: string, label: string, undo: () => Promise<void>): number {
  const undoId = feedback.history.push({ label, undo });
  feedback.say(message, { action: { label: 'Undo', run: () => void undoStep(feedback, undoId) } });
  return undoId;
}

/** Mod+Z, or a message's Undo: takes a step back and says what was restored (or why it could not be). */
export async function undoStep(feedback: WorkspaceFeedback, id?: number): Promise<void> {
  try {
    feedback.say((await feedback.history.undo(id)) ?? 'Nothing to undo.');
  } catch (error) {
    feedback.say((error as Error).message, { error: true });
  }
}
