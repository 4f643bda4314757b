/**
 * The window's dialogs, so "is a dialog open?" (asked on every key press)
 * looks at a handful of elements instead of searching the document: with a
 * book and thousands of highlights in the reader, `querySelector('dialog[open]')`
 * walks tens of thousands of elements, a few milliseconds per key.
 * Every dialog of the app is shown through useModalDialog, which registers it.
 */
const dialogs = new Set<HTMLDialogElement>();

/** Counts a dialog element while it is mounted; returns the function that stops counting it. */
export function trackDialog(dialog: HTMLDialogElement): () => void {
  dialogs.add(dialog);
  return () => void dialogs.delete(dialog);
}

/** Whether any of the app's dialogs is open now. */
export function anyDialogOpen(): boolean {
  for (const dialog of dialogs) if (dialog.open) return true;
  return false;
}
