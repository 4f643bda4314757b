import { expect, test } from './fixtures/glossApp';

test('? opens the keyboard-shortcut sheet and Esc closes it', async ({ gloss }) => {
  const { page } = gloss;
  await page.getByLabel('Reader').focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Switch theme/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('the shortcut list scrolls from the keyboard', async ({ gloss }) => {
  const { page } = gloss;
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.getByLabel('Reader').focus();
  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('region', { name: 'Shortcut list' });
  await page.keyboard.press('Tab');
  await expect(list).toBeFocused();
  expect(await list.evaluate((el) => el.scrollTop)).toBe(0);
  await page.keyboard.press('End');
  await expect(list.getByRole('row', { name: /Show this list of shortcuts/ })).toBeInViewport();
  expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});

test('the library and the text can be reached and used from the keyboard', async ({ gloss }) => {
  const { page } = gloss;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('l');
  await expect(page.getByRole('button', { name: /Interview with CSTO/ })).toBeFocused();
  await page.keyboard.press('r');
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();
  await page.keyboard.press('Control+End');
  await expect(page.getByLabel('Document text').locator('p').last()).toBeInViewport();
});

test('the sheet lists the keys of the action list, by group, the palette’s among them', async ({ gloss }) => {
  const { page } = gloss;
  await page.getByLabel('Reader').focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const caption of ['Reading', 'Highlights', 'Flashcards', 'Review', 'Editing the text', 'App']) {
    await expect(sheet.getByRole('table', { name: caption })).toBeVisible();
  }
  await expect(sheet.getByRole('row', { name: 'Ctrl+K Ctrl+Shift+P Show all commands' })).toBeVisible();
  await expect(sheet.getByRole('row', { name: 'J Next highlight' })).toBeVisible();
  // A colour is listed by its name.
  await expect(sheet.getByRole('row', { name: '2 Highlight as Claim' })).toBeVisible();
  await expect(sheet.getByRole('table', { name: 'Review' }).getByRole('row', { name: 'Ctrl+Z Take back the last grade' })).toBeVisible();
  // Tooltips come from the same list.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Show all commands' })).toHaveAttribute('aria-keyshortcuts', 'Control+K Control+Shift+P');
  await expect(page.getByRole('button', { name: 'Flashcards' })).toHaveAttribute('title', 'Flashcards (B)');
});
