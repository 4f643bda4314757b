import type { Page } from '@playwright/test';
import { expect, test, type GlossApp } from './fixtures/glossApp';
import { seedTaggedLibrary } from './fixtures/taggedLibrary';

// Seeding the library takes a quit and a relaunch; the journey is long.
test.setTimeout(120_000);

const tree = (page: Page) => page.getByRole('tree', { name: 'Tags' });
const tag = (page: Page, name: string) => tree(page).getByRole('treeitem', { name, exact: true });
const details = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
/** The window's message saying this. */
const said = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** Gloss again, with tagged highlights in two documents (see taggedLibrary). */
async function relaunchTagged(gloss: GlossApp): Promise<Page> {
  await gloss.quit();
  await seedTaggedLibrary(gloss.dataDir);
  await gloss.launch();
  await expect(gloss.page.getByRole('textbox', { name: 'Document text' })).toBeVisible();
  return gloss.page;
}

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

test('an empty codebook says how to make a tag, and Esc goes back to reading', async ({ gloss }) => {
  const { page } = gloss;
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeVisible();
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByRole('heading', { level: 1, name: 'Codebook' })).toBeFocused();
  await expect(page.getByText(/^No tags yet: select a highlight/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();
});
