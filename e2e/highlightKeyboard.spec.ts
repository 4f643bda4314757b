import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });
const highlights = (page: Page) => panel(page).getByRole('region', { name: /^Highlights/ }).getByRole('button');

test('keyboard only: select with Shift+arrows, highlight, write a note, move with J/K, delete and undo', async ({ gloss }) => {
  const { page } = gloss;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  // The space the seventh arrow selected is not part of the highlight.
  await expect(text(page).locator('mark')).toHaveText('In his');

  // A second highlight further on, so that J and K have somewhere to go.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  await expect(text(page).locator('mark')).toHaveCount(2);

  // The new highlight is selected; K goes to the one before it.
  await page.keyboard.press('k');
  await expect(panel(page).getByRole('region', { name: 'Selected highlight' })).toContainText('In his');
  await page.keyboard.press('Enter');
  const note = page.getByLabel('Note');
  await expect(note).toBeFocused();
  await page.keyboard.type('Opening of the *interview*');
  await page.keyboard.press('Escape');
  await expect(text(page)).toBeFocused();
  await expect(panel(page).locator('.note-markdown em')).toHaveText('interview');

  await page.keyboard.press('Delete');
  await expect(text(page).locator('mark')).toHaveCount(1);
  await expect(highlights(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(text(page).locator('mark')).toHaveCount(2);
  await expect(highlights(page).first()).toContainText('Opening of the interview');
});

test('R puts the caret at the start of the first paragraph in view; a keyboard highlight leaves out the spaces at its ends', async ({ gloss }) => {
  const { page } = gloss;
  const quote = panel(page).getByRole('region', { name: 'Selected highlight' }).getByRole('blockquote');
  // Scroll so that the second paragraph is at the top of the reader.
  await text(page).locator('p').nth(1).evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  await expect(quote).toHaveText('Next');

  // The caret now sits after the space that followed "Next": one step back, and the selection starts with that space.
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  await expect(quote).toHaveText('week,');
  expect(await quote.textContent()).not.toMatch(/^\s|\s$/);
  await expect(text(page).locator('mark')).toHaveText(['Next', 'week,']);
});
