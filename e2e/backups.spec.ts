import type { Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/glossApp';
import { highlightPhrase } from './fixtures/selectText';

// axe is injected as a script, which the app's CSP would refuse.
test.use({ bypassCSP: true });

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });

test('a snapshot taken when Gloss closed puts a deleted highlight back, and the restore itself can be undone', async ({ gloss, door }) => {
  test.skip(door === 'electron', 'axe is injected into the page, which the Electron CSP forbids.');
  await highlightPhrase(gloss.page, 'Minsk will host a summit');
  // Closing after a change takes a snapshot.
  await gloss.relaunch();
  const { page } = gloss;
  await expect(text(page).locator('mark')).toHaveText('Minsk will host a summit');
  await page.keyboard.press('j');
  await page.keyboard.press('Delete');
  await expect(text(page).locator('mark')).toHaveCount(0);

  await page.getByRole('button', { name: 'Backups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  const snapshots = dialog.getByRole('list', { name: 'Snapshots' }).getByRole('listitem');
  await expect(snapshots.first()).toContainText('when Gloss closed · 1 document: Interview with CSTO');
  expect(await axeViolations(page)).toEqual([]);
  await snapshots.first().getByRole('button', { name: /^Restore the library as of / }).click();
  await expect(dialog).toContainText('Gloss first keeps a snapshot of the library as it is now');
  await expect(dialog.getByRole('button', { name: 'Keep the library as it is' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Restore this snapshot' }).click();
  await expect(dialog).toBeHidden();
  await expect(text(page).locator('mark')).toHaveText('Minsk will host a summit');

  await page.getByRole('status').filter({ hasText: /The library is as it was on/ }).getByRole('button', { name: 'Undo' }).click();
  await expect(text(page).locator('mark')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'The library is as it was before the restore' })).toBeVisible();
});

test('with no snapshot yet, Backups says when one will be taken', async ({ gloss }) => {
  const { page } = gloss;
  await page.getByRole('button', { name: 'Backups' }).click();
  await expect(page.getByRole('dialog', { name: 'Backups' })).toContainText('No snapshots yet. Gloss takes a snapshot ten minutes after you change something, and another when it closes.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Backups' })).toBeHidden();
});
