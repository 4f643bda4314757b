import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const bar = (page: Page) => page.getByRole('search', { name: 'Find' });
const field = (page: Page) => page.getByLabel('Find in document');
const count = (page: Page) => bar(page).locator('.find-count');
const current = (page: Page) => text(page).locator('.find-match-current');

/** The words the text's selection covers. */
const selected = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

test('Ctrl+F finds every match in the interview, steps through them, and Esc returns to the text at the match', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toContainText('Minsk will host a summit');
  await page.keyboard.press('Control+f');
  await expect(bar(page)).toBeVisible();
  await expect(field(page)).toBeFocused();

  await page.keyboard.type('the');
  await expect(count(page)).toHaveText('1 of 70');
  await expect(text(page).locator('.find-match')).toHaveCount(70);
  await expect(current(page)).toHaveText(/^the$/i);

  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('2 of 70');
  // Back past the first match wraps to the last one, further down the page: it is brought into view.
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(count(page)).toHaveText('70 of 70');
  await expect(current(page)).toBeInViewport();
  await bar(page).getByRole('button', { name: 'Next match' }).click();
  await expect(count(page)).toHaveText('1 of 70');
  await expect(current(page)).toBeInViewport();

  // The options, from the keyboard in the bar and by their buttons.
  const wholeWords = bar(page).getByRole('button', { name: 'Whole words only' });
  const matchCase = bar(page).getByRole('button', { name: 'Match case and accents' });
  await field(page).press('Alt+w');
  await expect(wholeWords).toHaveAttribute('aria-pressed', 'true');
  await expect(count(page)).toHaveText(/ of 60$/);
  await matchCase.click();
  await expect(matchCase).toHaveAttribute('aria-pressed', 'true');
  await expect(count(page)).toHaveText(/ of 58$/);
  await matchCase.press('Alt+c');
  await field(page).press('Alt+w');
  await expect(count(page)).toHaveText(/ of 70$/);

  await field(page).fill('minsk will host');
  await expect(count(page)).toHaveText('1 of 1');
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeHidden();
  await expect(text(page).locator('.find-match')).toHaveCount(0);
  await expect(text(page)).toBeFocused();
  expect(await selected(page)).toBe('Minsk will host');
  // The words found are selected in the text, ready to highlight.
  await page.keyboard.press('1');
  await expect(text(page).locator('mark')).toHaveText('Minsk will host');
});

test('F3 and Ctrl+G step from the text; Ctrl+F takes short selected words as the query', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Collective Security Treaty');
  await page.keyboard.press('Control+f');
  await expect(field(page)).toHaveValue('Collective Security Treaty');
  await expect(count(page)).toHaveText(/^1 of \d+$/);

  await field(page).fill('CSTO');
  await expect(count(page)).toHaveText('1 of 17');
  await text(page).focus();
  await page.keyboard.press('F3');
  await expect(count(page)).toHaveText('2 of 17');
  await page.keyboard.press('Control+g');
  await expect(count(page)).toHaveText('3 of 17');
  await page.keyboard.press('Shift+F3');
  await page.keyboard.press('Control+Shift+g');
  await expect(count(page)).toHaveText('1 of 17');
  await expect(current(page)).toBeInViewport();
  // Ctrl+F again goes back to the field, the query (not the words selected before) selected for typing over.
  await page.keyboard.press('Control+f');
  await expect(field(page)).toBeFocused();
  expect(await field(page).evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe('CSTO');
});

test('hostile queries are read literally and never break the bar', async ({ gloss }) => {
  const { page } = gloss;
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await expect(text(page)).toContainText('Minsk will host a summit');
  await page.keyboard.press('Control+f');
  for (const query of ['.*', '((((', '[a-z]+', '\\', '?!…', '🎉', '東京', 'Ärger']) {
    await field(page).fill(query);
    await expect(count(page), query).toHaveText('No matches');
  }
  await field(page).fill('x'.repeat(10_000));
  await expect(count(page)).toHaveText('No matches');
  await expect(bar(page)).toContainText('Only the first 1,000 characters are searched.');
  // Accents and case are ignored unless asked: "tasmagambétov" finds the name.
  await field(page).fill('tasmagambétov');
  await expect(count(page)).toHaveText(/^1 of \d+$/);
  await expect(bar(page)).not.toContainText('Only the first');
  await field(page).fill('   ');
  await expect(count(page)).toHaveText('');
  await field(page).fill('');
  await expect(text(page).locator('.find-match')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('in edit mode the matches follow the edits', async ({ gloss }) => {
  const { page } = gloss;
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeVisible();
  await page.keyboard.press('Control+f');
  await field(page).fill('summit');
  await expect(count(page)).toHaveText('1 of 1');
  await selectText(page, 'Minsk will host');
  await page.keyboard.type('The summit, held in Minsk, will host');
  await expect(count(page)).toHaveText(/ of 2$/);
  await expect(text(page).locator('.find-match')).toHaveCount(2);
  await field(page).press('Escape');
  await expect(text(page)).toBeFocused();
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeVisible();
});
