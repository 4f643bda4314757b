import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });
const highlights = (page: Page) => panel(page).getByRole('region', { name: /^Highlights/ }).getByRole('button');

test('highlights, notes and renamed colours survive a relaunch', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Armenia, Belarus, Kazakhstan');
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Member states');
  await page.keyboard.press('Escape');
  await expect(panel(page).getByRole('region', { name: 'Selected highlight' }).getByRole('status')).toHaveText('Saved');
  await panel(page).getByRole('button', { name: 'Rename' }).click();
  await panel(page).getByLabel('Name of colour 4').fill('Country');
  await panel(page).getByLabel('Name of colour 4').press('Enter');
  await panel(page).getByRole('button', { name: 'Done' }).click();
  await expect(panel(page).getByRole('button', { name: 'Country' })).toBeVisible();

  await gloss.relaunch();
  await expect(text(gloss.page).locator('mark.hl-c4')).toHaveText('Armenia, Belarus, Kazakhstan');
  await expect(highlights(gloss.page).first()).toContainText('Member states');
  await expect(panel(gloss.page).getByRole('button', { name: 'Country' })).toBeVisible();
});

test('quitting right after highlighting loses nothing', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Caribbean crisis in 1962');
  await page.keyboard.press('Control+Shift+H');
  await expect(text(page).locator('mark')).toHaveText('Caribbean crisis in 1962');
  // No waiting for "Saved": quit at once.
  await gloss.relaunch();
  await expect(text(gloss.page).locator('mark')).toHaveText('Caribbean crisis in 1962');
});
