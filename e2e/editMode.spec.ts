import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });

async function highlight(page: Page, phrase: string, note?: string): Promise<void> {
  await selectText(page, phrase);
  await page.keyboard.press('Control+Shift+H');
  await expect(text(page).locator('mark', { hasText: phrase }).first()).toBeVisible();
  if (note) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(note);
    await page.keyboard.press('Escape');
  }
}

test('edit mode: highlights move with the edits and stay on their words after saving and reloading', async ({ gloss }) => {
  const { page } = gloss;
  await highlight(page, 'Minsk will host a summit');
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeVisible();
  // Correct the transcript just before the highlight.
  await selectText(page, 'Next week, on November 23, ');
  await page.keyboard.type('On 23 November 2023, ');
  await expect(text(page).locator('mark')).toHaveText('Minsk will host a summit');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeHidden();
  await expect(text(page)).toContainText('On 23 November 2023, Minsk will host a summit');
  await expect(text(page).locator('mark')).toHaveText('Minsk will host a summit');

  await gloss.relaunch();
  await expect(text(gloss.page)).toContainText('On 23 November 2023, Minsk will host');
  await expect(text(gloss.page).locator('mark')).toHaveText('Minsk will host a summit');
});

test('a highlight whose text is deleted becomes an orphan, listed with its quote and note', async ({ gloss }) => {
  const { page } = gloss;
  await highlight(page, 'drug trafficking, illegal migration', 'Threat list');
  await page.keyboard.press('e');
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeVisible();
  await selectText(page, 'terrorism, extremism, drug trafficking, illegal migration and others');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('various threats');
  await page.keyboard.press('Control+s');
  const orphans = panel(page).getByRole('region', { name: /^Orphans/ });
  await expect(orphans).toContainText('drug trafficking, illegal migration');
  await expect(orphans).toContainText('Threat list');
  await expect(text(page).locator('mark')).toHaveCount(0);
});

test('a highlight whose words are deleted never moves to the look-alike sentence beside them, even after a relaunch', async ({ gloss }) => {
  const { page } = gloss;
  const quote = '“Rubezh-2024”, will be conducted in Tajikistan';
  await highlight(page, quote);
  await page.keyboard.press('e');
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeVisible();
  await selectText(page, quote);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeHidden();
  const orphans = panel(page).getByRole('region', { name: /^Orphans/ });
  await expect(orphans).toContainText(quote);
  await expect(orphans).toContainText('Its words were deleted in version 2 of the text.');
  await expect(text(page).locator('mark')).toHaveCount(0);

  await gloss.relaunch();
  await expect(panel(gloss.page).getByRole('region', { name: /^Orphans/ })).toContainText(quote);
  await expect(text(gloss.page).locator('mark')).toHaveCount(0);
});

test('undo and redo work while editing, and leaving with unsaved edits asks first', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('e');
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeVisible();
  await selectText(page, 'Next week');
  await page.keyboard.type('Last week');
  await expect(text(page)).toContainText('Last week, on November 23');
  await page.keyboard.press('Control+z');
  await expect(text(page)).toContainText('Next week, on November 23');
  await page.keyboard.press('Control+Shift+z');
  await expect(text(page)).toContainText('Last week, on November 23');

  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'Discard your edits?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(text(page)).toContainText('Last week');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Discard edits' }).click();
  await expect(text(page)).toContainText('Next week, on November 23');
  await expect(page.getByRole('button', { name: 'Edit text' })).toBeVisible();
});

test('outside edit mode the text cannot be changed by typing', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Next week');
  await page.keyboard.type('zzz');
  await page.keyboard.press('Backspace');
  await expect(text(page)).toContainText('Next week, on November 23');
  await expect(text(page)).not.toContainText('zzz');
});
