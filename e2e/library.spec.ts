import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedDocuments } from '../src/core/testing/seedDocuments';
import { expect, test, type GlossApp } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const root = join(import.meta.dirname, '..');
test.setTimeout(90_000);
const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const table = (page: Page) => page.getByRole('grid', { name: 'Documents' });
const row = (page: Page, title: RegExp) => table(page).getByRole('row', { name: title });
const titles = async (page: Page) => (await table(page).locator('tbody tr .library-title-text').allTextContents()).map((t) => t.trim());

/** Adds two documents beside the bundled interview, and starts Gloss on them. */
async function withDocuments(gloss: GlossApp): Promise<void> {
  await gloss.quit();
  const notes = join(root, 'e2e', 'fixtures', 'long-document.txt');
  await seedDocuments(gloss.dataDir, join(root, 'resources'), [
    { path: notes, title: 'Field notes, spring', source: 'Own notes' },
    { path: notes, title: 'Élan vital', source: 'bergson.epub' },
  ]);
  await gloss.launch();
  await expect(gloss.page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Shows the library view from the top bar. */
async function showLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'All documents', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
}

test('the library view lists every document with its counts; filtering ignores case and accents, headers sort', async ({ gloss }) => {
  await withDocuments(gloss);
  const { page } = gloss;
  await showLibrary(page);
  await expect(table(page).getByRole('row')).toHaveCount(4);
  await expect(row(page, /Interview with CSTO/)).toContainText('Sputnik Belarus');
  // The counts come from the core: no cell still waits for them.
  await expect(table(page).getByRole('gridcell', { name: '…' })).toHaveCount(0);

  const filter = page.getByRole('searchbox', { name: 'Filter by title' });
  await filter.fill('ELAN');
  await expect(table(page).getByRole('row')).toHaveCount(2);
  await expect(row(page, /Élan vital/)).toBeVisible();
  await filter.fill('élan');
  await expect(page.getByRole('status').filter({ hasText: '1 of 3 documents' })).toBeVisible();
  await filter.fill('nothing like this');
  await expect(page.getByText('No title matches “nothing like this”.')).toBeVisible();
  await filter.fill('');

  const titleHeader = table(page).getByRole('columnheader', { name: 'Title' });
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await titles(page)).toEqual(['Élan vital', 'Field notes, spring', 'Interview with CSTO Secretary-General Imangali Tasmagambetov']);
  await titleHeader.getByRole('button').click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  expect((await titles(page))[0]).toMatch(/^Interview/);
  const words = table(page).getByRole('columnheader', { name: 'Words' });
  await words.getByRole('button').click();
  await expect(words).toHaveAttribute('aria-sort', 'descending');
  await expect(titleHeader).not.toHaveAttribute('aria-sort');
  expect((await titles(page)).at(-1)).toMatch(/^Interview/);
});

test('rename from the view: Enter saves, Esc cancels, an empty title is refused; Undo puts the title back; Shift+F2 edits the source', async ({ gloss }) => {
  await withDocuments(gloss);
  const { page } = gloss;
  await showLibrary(page);
  await row(page, /Field notes, spring/).click();
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'New title for Field notes, spring' });
  await expect(field).toBeFocused();
  await field.fill('Spring walk');
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(row(page, /Field notes, spring/)).toBeFocused();

  await page.keyboard.press('F2');
  await field.fill('   ');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('A title cannot be empty');
  await expect(field).toBeVisible();
  await field.fill('Spring walk');
  await page.keyboard.press('Enter');
  await expect(row(page, /Spring walk/)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed “Field notes, spring” to “Spring walk”' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, /Field notes, spring/)).toBeVisible();

  // Shift+F2 edits where it came from; a blank source is allowed.
  await row(page, /Field notes, spring/).focus();
  await page.keyboard.press('Shift+F2');
  const source = page.getByRole('textbox', { name: 'New source for Field notes, spring' });
  await expect(source).toBeFocused();
  await source.fill('Notebook 3, April');
  await page.keyboard.press('Enter');
  await expect(row(page, /Field notes, spring/)).toContainText('Notebook 3, April');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Field notes, spring/ })).toBeVisible();
});

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

test('keyboard only: open the view, move between rows, rename with F2, trash with Delete and undo, open with Enter, Esc back', async ({ gloss }) => {
  await withDocuments(gloss);
  const { page } = gloss;
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+L');
  // The keyboard lands on the open document's row.
  await expect(row(page, /Interview with CSTO/)).toBeFocused();
  await page.keyboard.press('Home');
  const first = table(page).locator('tbody tr').first();
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(table(page).locator('tbody tr').last()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  const second = table(page).locator('tbody tr').nth(1);
  await expect(second).toBeFocused();
  const secondTitle = (await second.locator('.library-title-text').textContent())!;

  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: `New title for ${secondTitle}` })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Renamed by keyboard');
  await page.keyboard.press('Enter');
  await expect(row(page, /Renamed by keyboard/)).toBeFocused();

  await page.keyboard.press('Delete');
  await expect(row(page, /Renamed by keyboard/)).toHaveCount(0);
  await expect(table(page).locator('tbody tr[aria-selected="true"]')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(row(page, /Renamed by keyboard/)).toBeVisible();

  await row(page, /Renamed by keyboard/).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Renamed by keyboard' })).toBeVisible();
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+L');
  await expect(row(page, /Renamed by keyboard/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(text(page)).toBeFocused();
});
