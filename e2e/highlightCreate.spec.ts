import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });
const highlights = (page: Page) => panel(page).getByRole('region', { name: /^Highlights/ }).getByRole('button');

test('a mouse selection gets a toolbar; Highlight stores it and the panel lists it', async ({ gloss }) => {
  const { page } = gloss;
  const paragraph = text(page).locator('p').nth(1);
  const box = (await paragraph.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + 260, box.y + 12, { steps: 8 });
  await page.mouse.up();
  const toolbar = page.getByRole('toolbar', { name: 'Highlight selection' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(toolbar).toBeHidden();
  await expect(text(page).locator('mark.hl-c1')).toHaveCount(1);
  await expect(highlights(page)).toHaveCount(1);
  await expect(highlights(page).first()).toContainText('Next week');
  await expect(panel(page).getByRole('region', { name: 'Selected highlight' }).getByRole('status')).toHaveText('Saved');
});

test('keys 1–5 pick the colour while the toolbar is open', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Minsk will host a summit');
  await expect(page.getByRole('toolbar', { name: 'Highlight selection' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(text(page).locator('mark.hl-c3')).toHaveText('Minsk will host a summit');
});

test('overlapping highlights both stay visible, and clicking the overlap again reaches the other one', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Minsk will host a summit');
  await page.keyboard.press('1');
  await selectText(page, 'host a summit of the Collective');
  await page.keyboard.press('2');
  // Where they overlap, one mark sits inside the other, so each highlight may be drawn in several pieces.
  expect((await text(page).locator('mark.hl-c1').allTextContents()).join('')).toBe('Minsk will host a summit');
  expect((await text(page).locator('mark.hl-c2').allTextContents()).join('')).toBe('host a summit of the Collective');
  await expect(highlights(page)).toHaveCount(2);
  const overlap = text(page).locator('mark mark').first();
  await expect(overlap).toHaveText('host a summit');
  const selectedQuote = panel(page).getByRole('region', { name: 'Selected highlight' }).locator('blockquote');
  await overlap.click();
  // A moment later, so the second click is not a double-click (which selects a word), and the panel shows what the first chose.
  await page.waitForTimeout(600);
  const first = await selectedQuote.textContent();
  await overlap.click();
  await expect(selectedQuote).not.toHaveText(first!);
  const second = await selectedQuote.textContent();
  expect(new Set([first, second])).toEqual(new Set(['Minsk will host a summit', 'host a summit of the Collective']));
});

test('an empty selection gets a kind message and stores nothing', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('r');
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByRole('status').filter({ hasText: 'Select some text first' })).toBeVisible();
  await expect(text(page).locator('mark')).toHaveCount(0);
});

test('clicking a highlight in the panel scrolls the text to it and flashes it', async ({ gloss }) => {
  const { page } = gloss;
  await page.setViewportSize({ width: 1280, height: 500 });
  await selectText(page, 'Afghanistan');
  await page.keyboard.press('5');
  await text(page).focus();
  await page.keyboard.press('Control+Home');
  await page.getByRole('region', { name: 'Reader' }).evaluate((el) => el.scrollTo(0, 0));
  await expect(text(page).locator('mark.hl-c5')).not.toBeInViewport();
  await highlights(page).first().click();
  await expect(text(page).locator('mark.hl-c5')).toBeInViewport();
  await expect(text(page).locator('mark.hl-flash')).toHaveCount(1);
});
