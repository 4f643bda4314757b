import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { withDocuments } from './fixtures/libraryView';

test.setTimeout(90_000);
const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const table = (page: Page) => page.getByRole('grid', { name: 'Documents' });
const row = (page: Page, title: RegExp) => table(page).getByRole('row', { name: title });

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
