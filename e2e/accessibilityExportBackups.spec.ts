import { expectNoViolations } from './fixtures/axe';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

// axe is injected as an inline script, which the app's CSP (rightly) refuses: only a browser
// context can be told to let it in. The browser project checks the same renderer.
test.use({ bypassCSP: true });
test.skip(({ door }) => door === 'electron', 'axe needs a browser context that bypasses the CSP; the browser project covers these screens');
test.setTimeout(150_000);

for (const theme of ['Light', 'Dark'] as const) {
  test(`the export dialog and the Backups dialog pass axe in the ${theme.toLowerCase()} theme, wide and at 1024 px`, async ({ gloss }, testInfo) => {
    const { page } = gloss;
    await page.getByRole('button', { name: `${theme} theme` }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await selectText(page, 'Minsk will host a summit');
    await page.keyboard.press('1');
    // Stored before the export reads the library (the preview shows what is stored).
    await expect(page.getByRole('region', { name: 'Selected highlight' }).getByRole('status')).toHaveText('Saved');
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      // The export dialog with its preview, the whole library chosen and grouped by tag.
      await page.keyboard.press('Control+Shift+E');
      const exporting = page.getByRole('dialog', { name: 'Export' });
      await expect(exporting.getByRole('textbox', { name: /^Preview/ })).toHaveValue(/> Minsk will host a summit/);
      await exporting.getByRole('radio', { name: /^The whole library/ }).check();
      await exporting.getByRole('combobox', { name: 'Highlights' }).selectOption({ label: 'By tag' });
      await expect(exporting.getByRole('textbox', { name: /^Preview/ })).toHaveValue(/grouped-by: "tag"/);
      await page.screenshot({ path: testInfo.outputPath(`export-${theme.toLowerCase()}-${width}.png`) });
      await expectNoViolations(page, `the export dialog at ${width} px`);
      await page.keyboard.press('Escape');
      await expect(exporting).toBeHidden();

      // Backups: the snapshots and the backup-file section.
      await page.getByRole('button', { name: 'Backups' }).click();
      const backups = page.getByRole('dialog', { name: 'Backups' });
      await expect(backups.getByRole('button', { name: 'Save a backup file…' })).toBeVisible();
      await expect(backups).not.toContainText('Reading the snapshots');
      await page.screenshot({ path: testInfo.outputPath(`backups-${theme.toLowerCase()}-${width}.png`) });
      await expectNoViolations(page, `the Backups dialog at ${width} px`);
      await page.keyboard.press('Escape');
      await expect(backups).toBeHidden();
    }
  });
}
