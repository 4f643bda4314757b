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

  // Shift+T flips what is shown: from Dark on a light system, back to following the system (light).
  await gloss.page.getByLabel('Reader').focus();
  await gloss.page.keyboard.press('Shift+T');
  await expect(gloss.page.getByRole('button', { name: 'System theme' })).toHaveAttribute('aria-pressed', 'true');
  await expect(gloss.page.locator('html')).toHaveAttribute('data-theme', 'light');
  await gloss.page.keyboard.press('Shift+T');
  await expect(gloss.page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the system theme is followed when the preference is System', async ({ gloss }) => {
  const { page } = gloss;
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

for (const system of ['light', 'dark'] as const) {
  const other = system === 'light' ? 'dark' : 'light';
  test(`on a ${system} system the first Shift+T press shows the ${other} theme`, async ({ gloss }) => {
    const { page } = gloss;
    await page.emulateMedia({ colorScheme: system });
    await expect(page.getByRole('button', { name: 'System theme' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', system);
    await page.getByLabel('Reader').focus();
    await page.keyboard.press('Shift+T');
    await expect(page.locator('html')).toHaveAttribute('data-theme', other);
    await page.keyboard.press('Shift+T');
    await expect(page.locator('html')).toHaveAttribute('data-theme', system);
    await expect(page.getByRole('button', { name: 'System theme' })).toHaveAttribute('aria-pressed', 'true');
  });
}
