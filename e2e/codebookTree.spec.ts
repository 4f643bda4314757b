import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { relaunchTagged } from './fixtures/taggedLibrary';

// Seeding the library takes a quit and a relaunch; the journey is long.
test.setTimeout(120_000);

const tree = (page: Page) => page.getByRole('tree', { name: 'Tags' });
const tag = (page: Page, name: string) => tree(page).getByRole('treeitem', { name, exact: true });
const details = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** The window's message saying this. */
const said = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test('the codebook: a tree moved through with the keyboard, a rename, a refused merge, a merge, a delete undone', async ({ gloss }) => {
  const page = await relaunchTagged(gloss);
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByRole('heading', { level: 1, name: 'Codebook' })).toBeVisible();
  await expect(tag(page, 'conflict')).toBeFocused();
  await expect(details(page, 'conflict')).toContainText('1 highlight');

  // ↓ → → ← ←: into "exercise" and out again; the details follow the keyboard.
  await page.keyboard.press('ArrowDown');
  await expect(tag(page, 'exercise')).toBeFocused();
  await expect(tag(page, 'exercise')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(tag(page, 'exercise')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tag(page, 'kyrgyzstan')).toBeFocused();
  await expect(tag(page, 'kyrgyzstan')).toHaveAttribute('aria-level', '2');
  await expect(page.getByRole('heading', { level: 2, name: 'exercise/kyrgyzstan' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(tag(page, 'exercise')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tag(page, 'exercise')).toHaveAttribute('aria-expanded', 'false');
  await expect(tag(page, 'kyrgyzstan')).toBeHidden();
  await page.keyboard.press('End');
  await expect(tag(page, 'war')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tag(page, 'conflict')).toBeFocused();

  // F2 renames; the counts travel with the tag.
  await page.keyboard.press('s');
  await expect(tag(page, 'summit')).toBeFocused();
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: 'New name' })).toBeFocused();
  await page.keyboard.type('meeting');
  await page.keyboard.press('Enter');
  await expect(said(page, 'Renamed “summit” to “meeting” on 2 highlights and 1 card')).toBeVisible();
  await expect(tag(page, 'meeting')).toBeFocused();
  await expect(tag(page, 'summit')).toHaveCount(0);

  // Merging "war" into its own child is refused, in the core's words, in the dialog.
  await page.keyboard.press('End');
  await expect(tag(page, 'war')).toBeFocused();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('merge the selected tag');
  await page.keyboard.press('Enter');
  const merge = page.getByRole('dialog', { name: 'Merge “war” into…' });
  const targets = merge.getByRole('tree', { name: 'Merge into' });
  await expect(targets.getByRole('treeitem', { name: 'conflict', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(targets.getByRole('treeitem', { name: 'war', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(targets.getByRole('treeitem', { name: 'world war' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(merge.getByRole('button', { name: 'Merge', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(merge.getByRole('alert')).toHaveText('"war" cannot be merged into "war/world war": that tag sits under it.');
  await page.keyboard.press('Escape');
  await expect(merge).toBeHidden();
  await expect(details(page, 'war')).toContainText('2 highlights with the 1 tag under it');

  // Renaming onto an existing tag asks before merging, and says how many highlights move.
  await page.keyboard.press('Home');
  await expect(tag(page, 'conflict')).toBeFocused();
  await page.keyboard.press('F2');
  await page.keyboard.type('War');
  await page.keyboard.press('Enter');
  const question = page.getByRole('dialog', { name: 'Merge into “war”?' });
  await expect(question).toContainText('“war” exists: merge 1 highlight of “conflict” into it?');
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Merge' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(said(page, 'Merged “conflict” into “war” on 1 highlight')).toBeVisible();
  await expect(tag(page, 'war')).toBeFocused();
  await expect(tag(page, 'conflict')).toHaveCount(0);
  await expect(details(page, 'war')).toContainText('3 highlights with the 1 tag under it');

  // Delete asks, saying what loses the tag; Ctrl+Z brings it back with its child.
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await expect(tag(page, 'place')).toBeFocused();
  await page.keyboard.press('Delete');
  const ask = page.getByRole('dialog', { name: 'Delete the tag “place”?' });
  await expect(ask).toContainText('1 highlight loses “place” with the tag under it');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(said(page, 'Deleted “place” from 1 highlight')).toBeVisible();
  await expect(said(page, 'Deleted “place”').getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(tag(page, 'place')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(said(page, '“place” is back as it was')).toBeVisible();
  await expect(tag(page, 'place')).toBeVisible();
  await expect(page.getByRole('row', { name: /belarus/ })).toBeVisible();
});

test('an empty codebook says how to make a tag, and Esc goes back to reading', async ({ gloss }) => {
  const { page } = gloss;
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeVisible();
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByRole('heading', { level: 1, name: 'Codebook' })).toBeFocused();
  await expect(page.getByText(/^No tags yet: select a highlight/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();
});
