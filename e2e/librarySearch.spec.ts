import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const INTERVIEW = 'Interview with CSTO Secretary-General Imangali Tasmagambetov';
const HARBOUR = {
  title: 'Harbour diary',
  text: 'The quiet harbour woke before the summit.\n\nEvery delegate to the summit walked past the boats; the summit ended at noon.',
};

// The interview comes with the first launch; the harbour diary is added before Gloss starts, and opens.
test.use({ seededDocuments: [HARBOUR] });
// The first search starts the index's worker thread; on a busy machine that and two documents opening take a while.
test.setTimeout(90_000);

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the library' });
const field = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the library' });
const results = (page: Page) => dialog(page).getByRole('listbox', { name: 'Search results' });
const title = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test('Control+Shift+F searches every document; hits are grouped by document; Enter opens the chosen passage in its document', async ({ gloss }) => {
  const { page } = gloss;
  await expect(title(page, HARBOUR.title)).toBeVisible();
  await page.keyboard.press('r');
  await page.keyboard.press('Control+Shift+F');
  await expect(field(page)).toBeFocused();

  await page.keyboard.type('summit');
  // The diary says it three times, the interview fewer: the diary comes first.
  const groups = results(page).getByRole('group');
  await expect(groups).toHaveCount(2);
  await expect(groups.first()).toHaveAccessibleName(`${HARBOUR.title} 3 hits`);
  await expect(groups.nth(1)).toHaveAccessibleName(new RegExp(`^${INTERVIEW}`));
  await expect(dialog(page).getByRole('status')).toContainText(/hits in 2 documents/);
  const firstHit = groups.first().getByRole('option').first();
  await expect(firstHit).toHaveAttribute('aria-selected', 'true');
  await expect(firstHit).toContainText('The quiet harbour woke before the summit.');
  await expect(firstHit.locator('mark')).toHaveText('summit');

  // Page Down: the first hit of the next document.
  await page.keyboard.press('PageDown');
  const interviewHit = groups.nth(1).getByRole('option').first();
  await expect(interviewHit).toHaveAttribute('aria-selected', 'true');
  await expect(field(page)).toHaveAttribute('aria-activedescendant', (await interviewHit.getAttribute('id'))!);
  await page.keyboard.press('Enter');

  await expect(dialog(page)).toBeHidden();
  await expect(title(page, INTERVIEW)).toBeVisible();
  await expect(text(page)).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('summit');
});

test('a note found by the search opens its document with its highlight selected; a title hit opens its document', async ({ gloss }) => {
  const { page } = gloss;
  await expect(title(page, HARBOUR.title)).toBeVisible();
  await selectText(page, 'quiet harbour');
  await page.keyboard.press('1');
  const selected = page.getByRole('region', { name: 'Selected highlight' });
  await expect(selected).toContainText('quiet harbour');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Compare the *quince* orchards of Odessa');
  await page.keyboard.press('Escape');
  await expect(selected.getByRole('status')).toHaveText('Saved');

  // Another document first, through a hit on its title.
  await page.keyboard.press('Control+Shift+F');
  await page.keyboard.type('tasmagambetov');
  const titleHit = results(page).getByRole('group', { name: new RegExp(`^${INTERVIEW}`) }).getByRole('option').first();
  await expect(titleHit).toContainText(/^Title/);
  await page.keyboard.press('Enter');
  await expect(title(page, INTERVIEW)).toBeVisible();

  await page.keyboard.press('Control+Shift+F');
  await page.keyboard.type('quince');
  const noteHit = results(page).getByRole('option').first();
  await expect(noteHit).toContainText('Note');
  await expect(noteHit).toContainText('Compare the quince orchards of Odessa');
  await page.keyboard.press('Enter');
  await expect(title(page, HARBOUR.title)).toBeVisible();
  await expect(selected).toContainText('quiet harbour');
  await expect(selected).toContainText('Compare the quince orchards of Odessa');
});

test('punctuation is found as typed, a query with no hits says so, and Esc gives the keyboard back', async ({ gloss }) => {
  const { page } = gloss;
  await expect(title(page, HARBOUR.title)).toBeVisible();
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+F');
  await page.keyboard.type('((((');
  await expect(dialog(page).getByRole('status')).toHaveText('Nothing found for “((((”.');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(text(page)).toBeFocused();
});
