import { expect, test } from './fixtures/glossApp';

test('dark mode can be chosen, follows the keyboard, and is remembered', async ({ gloss }) => {
  const { page } = gloss;
  const html = page.locator('html');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const background = await page.getByLabel('Reader').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgb(255, 253, 248)');

  await gloss.relaunch();
  await expect(gloss.page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // T cycles System → Light → Dark: from Dark it goes back to System.
  await gloss.page.getByLabel('Reader').focus();
  await gloss.page.keyboard.press('t');
  await expect(gloss.page.getByRole('button', { name: 'System theme' })).toHaveAttribute('aria-pressed', 'true');
  await gloss.page.keyboard.press('t');
  await expect(gloss.page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the system theme is followed when the preference is System', async ({ gloss }) => {
  const { page } = gloss;
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
