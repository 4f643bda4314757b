import { createContext, useContext } from 'react';
import type { MessageAction } from '../components/StatusMessage';
import { type UndoHistory } from './undoHistory';

/** How any part of the workspace tells the user something, and records what can be taken back. */
export interface WorkspaceFeedback {
  /** The one undo history of the window. */
  history: UndoHistory;
  /** Shows a short message, optionally with something to do about it (Undo, Show the existing card). */
  say: (text: string, options?: { error?: boolean; action?: MessageAction | undefined }) => void;
}

const FeedbackContext = createContext<WorkspaceFeedback | null>(null);

/** Provides the workspace's feedback channel (App renders it once). */
export const WorkspaceFeedbackProvider = FeedbackContext.Provider;

/** The workspace's feedback channel; components use it instead of threading onError/onStatus. */
export function useWorkspaceFeedback(): WorkspaceFeedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useWorkspaceFeedback needs a WorkspaceFeedbackProvider above it.');
  return feedback;
}

/**
 * Records an undoable step and announces it with an Undo button: "Card
 * deleted — Undo". Returns the step's id.
 */
export function announceUndoable(feedback: WorkspaceFeedback, message: string, label: string, undo: () => Promise<void>): number {
  const undoId = feedback.history.push({ label, undo });
  feedback.say(message, { action: { label: 'Undo', run: () => void undoStep(feedback, undoId) } });
  return undoId;
}

/** Mod+Z, or a toast's Undo: takes a step back and says what was restored (or why it could not be). */
export async function undoStep(feedback: WorkspaceFeedback, id?: number): Promise<void> {
  try {
    feedback.say((await feedback.history.undo(id)) ?? 'Nothing to undo.');
  } catch (error) {
    feedback.say((error as Error).message, { error: true });
  }
}
