import { describe, expect, it } from 'vitest';
import { anyDialogOpen, trackDialog } from './openDialogs';

/** Just what the registry reads of a <dialog>. */
const dialog = (open = false) => ({ open }) as HTMLDialogElement;

describe('open dialogs', () => {
  it('says whether any tracked dialog is open, and forgets one that is unmounted', () => {
    const palette = dialog();
    const sheet = dialog();
    const stopPalette = trackDialog(palette);
    const stopSheet = trackDialog(sheet);
    expect(anyDialogOpen()).toBe(false);
    sheet.open = true;
    expect(anyDialogOpen()).toBe(true);
    stopSheet();
    expect(anyDialogOpen()).toBe(false);
    stopPalette();
  });
});
