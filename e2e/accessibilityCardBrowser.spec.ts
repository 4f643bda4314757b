import { expectNoViolations } from './fixtures/axe';
import { expect, test } from './fixtures/glossApp';

// axe is injected as an inline script, which the app's CSP (rightly) refuses: only a browser
// context can be told to let it in. The browser project checks the same renderer.
test.use({ bypassCSP: true });
test.skip(({ door }) => door === 'electron', 'axe needs a browser context that bypasses the CSP; the browser project covers these screens');
test.setTimeout(150_000);

for (const theme of ['Light', 'Dark'] as const) {
  test(`the card browser with More cards passes axe in the ${theme.toLowerCase()} theme, wide and at 1024 px`, async ({ gloss }, testInfo) => {
    const { page } = gloss;
    await page.getByRole('button', { name: `${theme} theme` }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await page.keyboard.press('b');
    await page.getByRole('button', { name: 'Make cards from key facts' }).click();
    await expect(page.getByRole('button', { name: /^More cards \(\d+ left\)$/ })).toBeVisible({ timeout: 20_000 });
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      // At 1024 px the library becomes a drawer and slides shut: the picture is taken once it has gone.
      if (width < 1100) await expect(page.locator('.sidebar')).toBeHidden();
      await page.screenshot({ path: testInfo.outputPath(`cards-${theme.toLowerCase()}-${width}.png`) });
      await expectNoViolations(page, `the card browser at ${width} px`);
    }
  });
}
