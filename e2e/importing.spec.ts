import { truncate, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { MAX_IMPORT_BYTES } from '../src/shared/contract/imports';
import { expect, test } from './fixtures/glossApp';

test.setTimeout(90_000);

const tray = (page: Page) => page.getByRole('region', { name: /^(Importing|Imports)/ });
const entry = (page: Page, fileName: string) => tray(page).getByRole('listitem').filter({ hasText: fileName });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Chooses files in the picker that Control+O opens. */
async function pickFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(paths);
}

test('one .txt from the file picker is imported and opened; a .txt and a .md together are listed, each with Open', async ({ gloss }, testInfo) => {
  const { page } = gloss;
  await expect(heading(page)).toBeVisible();
  const txt = testInfo.outputPath('walk.txt');
  const md = testInfo.outputPath('plans.md');
  await writeFile(txt, 'A walk by the river\n\nThe water was high after the rain, and the herons stood in the reeds.\n');
  await writeFile(md, '# Plans for the autumn\n\nRead **three** books, and write about each.\n\n- Tolstoy\n- Bergson\n');

  await pickFiles(page, [txt]);
  await expect(entry(page, 'walk.txt')).toContainText('Added as');
  await expect(page.getByLabel('Document text')).toContainText('the herons stood in the reeds');

  await page.keyboard.press('Control+Shift+L');
  await pickFiles(page, [txt.replace('walk.txt', 'plans.md'), txt]);
  await expect(entry(page, 'plans.md')).toContainText('Added as “Plans for the autumn”');
  // The .txt again: the same file, so Gloss asks.
  await expect(entry(page, 'walk.txt').last()).toContainText('walk.txt is already in your library as');
  await entry(page, 'walk.txt').last().getByRole('button', { name: 'Skip' }).click();
  await expect(entry(page, 'walk.txt').last()).toContainText('Skipped; nothing was added.');
  // A batch is listed, not opened: the library view still shows.
  await expect(heading(page)).toHaveText('Library');
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: /Plans for the autumn/ })).toBeVisible();
  await tray(page).getByRole('button', { name: 'Open Plans for the autumn' }).click();
  await expect(heading(page)).toHaveText('Plans for the autumn');
  await expect(page.getByLabel('Document text')).toContainText('Read three books');
  await tray(page).getByRole('button', { name: 'Close imports' }).click();
  await expect(tray(page)).toBeHidden();
});

test('a file imported twice asks: Add again adds a second copy, and when its copies are in the Trash, Restore brings one back', async ({ gloss }, testInfo) => {
  const { page } = gloss;
  await expect(heading(page)).toBeVisible();
  const txt = testInfo.outputPath('notes.txt');
  await writeFile(txt, 'Notes on the meeting\n\nThe budget was approved.\n');
  await pickFiles(page, [txt]);
  await expect(heading(page)).toHaveText(/Notes on the meeting|notes/);
  const title = (await heading(page).textContent())!;

  await pickFiles(page, [txt]);
  const question = entry(page, 'notes.txt').last();
  await expect(question).toContainText(`notes.txt is already in your library as “${title}”.`);
  await question.getByRole('button', { name: 'Add again' }).click();
  await expect(question).toContainText('Added as');
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: new RegExp(title) })).toHaveCount(2);

  // Both copies to the Trash; importing the file again offers to restore one.
  const copies = page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: new RegExp(title) });
  for (const left of [1, 0]) {
    await copies.first().click();
    await page.keyboard.press('Delete');
    await expect(copies).toHaveCount(left);
  }
  await pickFiles(page, [txt]);
  const again = entry(page, 'notes.txt').last();
  await expect(again).toContainText(`notes.txt is in the Trash as “${title}”.`);
  await again.getByRole('button', { name: 'Restore' }).click();
  await expect(heading(page)).toHaveText(title);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('button', { name: 'Trash (1)' })).toBeVisible();
});

test('a file over the limit is refused at once, without being sent; a PNG named .txt is refused with the reason', async ({ gloss }, testInfo) => {
  const { page } = gloss;
  await expect(heading(page)).toBeVisible();
  const huge = testInfo.outputPath('huge.txt');
  await writeFile(huge, '');
  await truncate(huge, MAX_IMPORT_BYTES + 1024 * 1024);
  const png = testInfo.outputPath('photo.txt');
  await writeFile(png, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000200015e2f5b4b0000000049454e44ae426082', 'hex'));
  const sent: string[] = [];
  page.on('request', (request) => void (request.url().endsWith('/api/document:import') && sent.push(request.postDataJSON().fileName)));

  await pickFiles(page, [huge, png]);
  await expect(entry(page, 'huge.txt')).toContainText('huge.txt is 101 MB; Gloss imports files up to 100 MB.');
  await expect(entry(page, 'photo.txt').getByRole('alert')).toHaveText('photo.txt looks like a PNG image, not text.');
  expect(sent).toEqual(['photo.txt']);
});

test('files dropped on the window are imported; the overlay says where they go while they are dragged', async ({ gloss }) => {
  const { page } = gloss;
  await expect(heading(page)).toBeVisible();
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Dropped notes\n\nThey arrived by drag and drop.\n'], 'dropped.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    (window as unknown as { dropTransfer: DataTransfer }).dropTransfer = transfer;
  });
  await expect(page.getByText('Drop files to import')).toBeVisible();
  await page.evaluate(() => {
    const transfer = (window as unknown as { dropTransfer: DataTransfer }).dropTransfer;
    document.querySelector('.reader-text')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText('Drop files to import')).toBeHidden();
  await expect(page.getByLabel('Document text')).toContainText('They arrived by drag and drop.');
  await expect(entry(page, 'dropped.txt')).toContainText('Added as');
});

test('New from clipboard imports the copied text, titled by its first line', async ({ gloss, context }) => {
  const { page } = gloss;
  await expect(heading(page)).toBeVisible();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('Thoughts on reading slowly\n\nA book read twice is a different book.\n'));
  await page.keyboard.press('r');
  await page.keyboard.press('Control+Shift+V');
  await expect(heading(page)).toHaveText('Thoughts on reading slowly');
  await expect(page.getByLabel('Document text')).toContainText('A book read twice is a different book.');
});

test('where the clipboard cannot be read, the text is pasted into a field instead', async ({ gloss }) => {
  const { page } = gloss;
  await expect(heading(page)).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new from clipboard');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New document from pasted text' });
  await expect(dialog).toContainText('Gloss could not read the clipboard here.');
  const field = dialog.getByRole('textbox', { name: 'Text to import' });
  await expect(field).toBeFocused();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await field.fill('Pasted by hand\n\nSome words worth keeping.');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page)).toHaveText('Pasted by hand');
});
