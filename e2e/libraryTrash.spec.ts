import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { showLibrary, withDocuments } from './fixtures/libraryView';
import { selectText } from './fixtures/selectText';

test.setTimeout(90_000);
const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const table = (page: Page) => page.getByRole('grid', { name: 'Documents' });
const row = (page: Page, title: RegExp) => table(page).getByRole('row', { name: title });

test('a document moved to the Trash comes back with its highlights; Delete forever and Empty Trash ask first', async ({ gloss }) => {
  await withDocuments(gloss);
  const { page } = gloss;
  // A highlight in the interview, which opened at launch.
  await selectText(page, 'Minsk will host a summit');
  await page.keyboard.press('1');
  await expect(text(page).locator('mark.hl-c1')).toHaveText('Minsk will host a summit');

  await showLibrary(page);
  await expect(row(page, /Interview with CSTO/).getByRole('gridcell').nth(3)).toHaveText('1');
  await row(page, /Interview with CSTO/).click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: '“Interview with CSTO Secretary-General Imangali Tasmagambetov” moved to the Trash' })).toBeVisible();
  await expect(row(page, /Interview with CSTO/)).toHaveCount(0);
  // Out of the sidebar and the palette too.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Interview with');
  await expect(page.getByRole('option', { name: /Interview with CSTO/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Trash (1)' }).click();
  const trash = page.getByRole('table', { name: 'Trash' });
  await expect(trash.getByRole('row', { name: /Interview with CSTO/ })).toContainText('in 30 days');
  await expect(page.getByText('deleted for good 30 days after it was moved here')).toBeVisible();
  await trash.getByRole('button', { name: /^Restore Interview/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is back in the library' })).toBeVisible();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();

  await page.getByRole('button', { name: /^Documents/ }).click();
  await row(page, /Interview with CSTO/).dblclick();
  await expect(text(page).locator('mark.hl-c1')).toHaveText('Minsk will host a summit');

  // Two in the Trash: one deleted for good (asked first), then the Trash emptied (asked first).
  await showLibrary(page);
  for (const title of [/Field notes, spring/, /Élan vital/]) {
    await row(page, title).click();
    await page.getByRole('button', { name: 'Move to Trash' }).click();
    await expect(row(page, title)).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Trash (2)' }).click();
  await trash.getByRole('button', { name: 'Delete forever Élan vital' }).click();
  const question = page.getByRole('dialog', { name: 'Delete “Élan vital” for good?' });
  await expect(question.getByRole('button', { name: 'Keep' })).toBeFocused();
  await question.getByRole('button', { name: 'Keep' }).click();
  await expect(trash.getByRole('row')).toHaveCount(3);
  await trash.getByRole('button', { name: 'Delete forever Élan vital' }).click();
  await question.getByRole('button', { name: 'Delete forever' }).click();
  await expect(trash.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  await page.getByRole('dialog', { name: 'Empty the Trash?' }).getByRole('button', { name: 'Empty Trash' }).click();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Trash (0)' })).toBeVisible();
  await gloss.relaunch();
  await expect(text(gloss.page)).toBeVisible();
  await gloss.page.keyboard.press('Control+Shift+L');
  await expect(table(gloss.page).getByRole('row')).toHaveCount(2);
});
