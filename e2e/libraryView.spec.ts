import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { showLibrary, withDocuments } from './fixtures/libraryView';

test.setTimeout(90_000);
const table = (page: Page) => page.getByRole('grid', { name: 'Documents' });
const row = (page: Page, title: RegExp) => table(page).getByRole('row', { name: title });
const titles = async (page: Page) => (await table(page).locator('tbody tr .library-title-text').allTextContents()).map((t) => t.trim());

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
