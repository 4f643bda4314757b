import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { highlightPhrase, selectText } from './fixtures/selectText';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });
const cards = (page: Page) => page.getByRole('list', { name: 'Cards' }).getByRole('listitem');
const toast = (page: Page, message: string | RegExp) => page.getByRole('status').filter({ hasText: message });

test('after C, Ctrl+Z takes back the card just made and keeps the highlight', async ({ gloss }) => {
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk');
  await page.keyboard.press('c');
  await expect(toast(page, 'Cloze card made')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Card removed')).toBeVisible();
  await expect(text(page).locator('mark', { hasText: 'Minsk' })).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByText(/No cards here yet/)).toBeVisible();
  // The next Ctrl+Z, in the card browser, goes further back in the same history: the highlight itself.
  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Highlight removed')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(text(page).locator('mark')).toHaveCount(0);
});

test('a deleted card comes back with the toast’s Undo or with Ctrl+Z', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('b');
  await page.getByRole('button', { name: 'Make cards from key facts' }).click();
  await expect(cards(page).first()).toBeVisible({ timeout: 20_000 });
  const total = await cards(page).count();
  const first = cards(page).first();
  const label = (await first.getAttribute('aria-label'))!;

  await first.getByRole('button', { name: 'Delete' }).click();
  await expect(cards(page)).toHaveCount(total - 1);
  await toast(page, 'Card deleted').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('listitem', { name: label })).toBeVisible();
  await expect(cards(page)).toHaveCount(total);

  await page.getByRole('listitem', { name: label }).getByRole('button', { name: 'Delete' }).click();
  await expect(cards(page)).toHaveCount(total - 1);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(toast(page, 'Card restored')).toBeVisible();
  await expect(page.getByRole('listitem', { name: label })).toBeVisible();

  // Undone for good: after a relaunch the card is still there.
  await gloss.relaunch();
  await expect(text(gloss.page)).toBeVisible();
  await gloss.page.keyboard.press('b');
  await expect(gloss.page.getByRole('listitem', { name: label })).toBeVisible();
});

test('renaming a colour can be undone, and deleting a highlight offers Undo', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Armenia, Belarus, Kazakhstan');
  await page.keyboard.press('4');
  await panel(page).getByRole('button', { name: 'Rename' }).click();
  await panel(page).getByLabel('Name of colour 4').fill('Country');
  await panel(page).getByLabel('Name of colour 4').press('Enter');
  await panel(page).getByRole('button', { name: 'Done' }).click();
  await expect(panel(page).getByRole('button', { name: 'Country' })).toBeVisible();
  await expect(toast(page, /Renamed “.+” to “Country”/)).toBeVisible();
  await text(page).focus();
  await page.keyboard.press('Control+z');
  await expect(panel(page).getByRole('button', { name: 'Country' })).toBeHidden();
  await expect(toast(page, /Name “.+” restored/)).toBeVisible();

  await page.keyboard.press('j');
  await page.keyboard.press('Delete');
  await expect(text(page).locator('mark')).toHaveCount(0);
  await toast(page, 'Highlight deleted').getByRole('button', { name: 'Undo' }).click();
  await expect(text(page).locator('mark')).toHaveText('Armenia, Belarus, Kazakhstan');
});
