import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { relaunchTagged } from './fixtures/taggedLibrary';

// Seeding the library takes a quit and a relaunch; the journey is long.
test.setTimeout(120_000);

const tree = (page: Page) => page.getByRole('tree', { name: 'Tags' });
const tag = (page: Page, name: string) => tree(page).getByRole('treeitem', { name, exact: true });
const details = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('the code × document table lists a cell’s passages, and Enter on one opens its document with the highlight selected', async ({ gloss }) => {
  const page = await relaunchTagged(gloss);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Tags' }).click();

  // A colour and a description, kept in the codebook: the colour shows in the tree and the table.
  await tag(page, 'war').click();
  await details(page, 'war').getByRole('radio', { name: 'Claim' }).check();
  const description = details(page, 'war').getByRole('textbox', { name: 'Description' });
  await description.fill('Armed conflict, named as such by a speaker.');
  await page.keyboard.press('Tab');
  await expect(details(page, 'war').getByRole('status')).toHaveText('Saved');
  await expect(tag(page, 'war').locator('.swatch-c2')).toBeVisible();

  const table = page.getByRole('table', { name: 'Highlights per tag and document' });
  await expect(table.getByRole('columnheader', { name: 'Field notes, spring' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'war/world war' })).toBeVisible();

  // "war" counts its child's highlights too: three passages tagged war or war/world war, one highlight carrying both counted once.
  const cell = table.getByRole('button', { name: /^2 highlights tagged “war” in “Interview with CSTO/ });
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  // Arrows move between the numbers, one of which is in the Tab order at a time.
  await page.keyboard.press('ArrowLeft');
  await expect(table.getByRole('button', { name: /tagged “war” in all documents$/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cell).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByRole('button', { name: /tagged “war\/world war” in “Interview with CSTO/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cell).toBeFocused();
  const passages = page.getByRole('list', { name: 'Passages tagged “war”' }).getByRole('button');
  await expect(passages).toHaveCount(2);
  await expect(passages.first()).toContainText('the threat of a third world war');
  await expect(passages.first()).toContainText('The question put to him');
  await expect(passages.first()).toContainText('war, war/world war');
  await expect(passages.first()).toContainText('Interview with CSTO');

  await passages.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Interview with CSTO/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Selected highlight' })).toContainText('prevent a new world war');
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();
});
