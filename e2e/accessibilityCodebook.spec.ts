import type { Page } from '@playwright/test';
import { expectNoViolations } from './fixtures/axe';
import { expect, test } from './fixtures/glossApp';
import { seedTaggedLibrary } from './fixtures/taggedLibrary';

// axe is injected as an inline script, which the app's CSP (rightly) refuses: only a browser
// context can be told to let it in. The browser project checks the same renderer.
test.use({ bypassCSP: true });
test.skip(({ door }) => door === 'electron', 'axe needs a browser context that bypasses the CSP; the browser project covers these screens');
test.setTimeout(150_000);

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });

for (const theme of ['Light', 'Dark'] as const) {
  test(`the codebook passes axe in the ${theme.toLowerCase()} theme`, async ({ gloss }) => {
    let { page } = gloss;
    await page.getByRole('button', { name: `${theme} theme` }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    await expect(text(page)).toBeVisible();
    await page.keyboard.press('Control+Shift+K');
    await expect(page.getByText(/^No tags yet/)).toBeVisible();
    await expectNoViolations(page, 'the empty codebook');

    await gloss.quit();
    await seedTaggedLibrary(gloss.dataDir);
    await gloss.launch();
    page = gloss.page;
    await expect(text(page)).toBeVisible();
    await page.keyboard.press('Control+Shift+K');
    const tree = page.getByRole('tree', { name: 'Tags' });
    await expect(tree.getByRole('treeitem', { name: 'conflict' })).toBeFocused();
    // An expanded parent, a child selected, a coloured tag, the passages of a cell.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(tree.getByRole('treeitem', { name: 'world war' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: /^2 highlights tagged “war” in “Interview/ }).click();
    await expect(page.getByRole('list', { name: 'Passages tagged “war”' }).getByRole('button')).toHaveCount(2);
    await expectNoViolations(page, 'the codebook');

    await tree.getByRole('treeitem', { name: 'world war' }).focus();
    await page.keyboard.press('F2');
    await page.keyboard.type('x'.repeat(101));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toContainText('at most 100 characters');
    await expectNoViolations(page, 'the codebook, a name refused');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Merge into…' }).click();
    const merge = page.getByRole('dialog', { name: /^Merge “war\/world war” into/ });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(merge.getByRole('button', { name: 'Merge', exact: true })).toBeFocused();
    await expectNoViolations(page, 'the merge dialog');
    await page.keyboard.press('Escape');

    await tree.getByRole('treeitem', { name: 'world war' }).focus();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('dialog', { name: 'Delete the tag “war/world war”?' })).toBeVisible();
    await expectNoViolations(page, 'the delete question');
  });
}
