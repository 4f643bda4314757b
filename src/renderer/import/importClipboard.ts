import { glossStore } from '../store/useGloss';

/** The id of the hidden file input the import action clicks. */
export const FILE_INPUT_ID = 'import-files-input';

/** Opens the file picker (the native dialog in the desktop app). */
export function pickFilesToImport(): void {
  document.getElementById(FILE_INPUT_ID)?.click();
}

/**
 * Imports the clipboard's text as a new document. Where the clipboard cannot
 * be read (permission refused, no clipboard API, the desktop app's permission
 * policy), the paste dialog asks for the text instead.
 */
export async function importClipboard(): Promise<void> {
  const { importText, openDialog, feedback } = glossStore.getState();
  let text: string;
  try {
    text = await navigator.clipboard.readText();
  } catch {
    openDialog('paste');
    return;
  }
  if (text.trim() === '') feedback.say('The clipboard holds no text to import. Copy some text first.', { error: true });
  else importText(text);
}
