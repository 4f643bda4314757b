import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe';
import { expect, GlossApp, test } from './fixtures/glossApp';
import { highlightPhrase } from './fixtures/selectText';

// axe is injected as a script, which the app's CSP would refuse.
test.use({ bypassCSP: true });
test.setTimeout(120_000);

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const expectedMarkdown = join(import.meta.dirname, 'fixtures', 'expected-export.md');

/** The text of a downloaded file. */
async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** An export with what changes from run to run (the time, the document's id) put in words. */
function stable(markdown: string, documentId: string): string {
  return markdown.replace(/^exported-at: ".*"$/mu, 'exported-at: "<time>"').replaceAll(documentId, '<document>');
}

test('Markdown export from the keyboard: a preview, then the file, as expected', async ({ gloss, door }) => {
  test.skip(door === 'electron', 'axe is injected into the page, which the Electron CSP forbids.');
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk will host a summit');
  await highlightPhrase(page, 'Collective Security Treaty Organization');
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: /^This document:/ })).toBeChecked();
  await expect(dialog.getByRole('status')).toContainText('1 document, 2 highlights');
  const preview = dialog.getByRole('textbox', { name: /^Preview/ });
  await expect(preview).toHaveValue(/> Minsk will host a summit/);
  await dialog.getByRole('combobox', { name: 'Highlights' }).selectOption({ label: 'By colour' });
  await expect(preview).toHaveValue(/grouped-by: "colour"/);
  expect(await axeViolations(page)).toEqual([]);
  const saving = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file…' }).click();
  const download = await saving;
  expect(download.suggestedFilename()).toMatch(/^Interview-with-CSTO.*\.md$/);
  const markdown = (await downloaded(download)).toString('utf8');
  const id = /document=(doc-[a-z0-9-]+)/u.exec(markdown)?.[1] ?? '';
  const actual = stable(markdown, id);
  if (process.env['UPDATE_EXPECTED'] === '1') await writeFile(expectedMarkdown, actual);
  expect(actual).toBe(await readFile(expectedMarkdown, 'utf8'));
  await expect(dialog).toBeHidden();
});

test('a backup file restores the same library into a fresh data directory, and over a library only when confirmed', async ({ gloss, context }) => {
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk will host a summit');
  await page.getByRole('button', { name: 'Backups' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  const saving = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save a backup file…' }).click();
  const backup = await saving;
  expect(backup.suggestedFilename()).toMatch(/\.glossbackup$/);
  const backupPath = join(await mkdtemp(join(tmpdir(), 'gloss-e2e-backup-')), backup.suggestedFilename());
  await backup.saveAs(backupPath);
  await dialog.getByRole('button', { name: 'Close backups' }).click();

  // A second Gloss on an empty data directory takes the backup without asking.
  const freshDir = await mkdtemp(join(tmpdir(), 'gloss-e2e-fresh-'));
  const fresh = new GlossApp(freshDir, 'browser', () => context.newPage());
  try {
    await fresh.launch();
    await fresh.page.getByRole('button', { name: 'Backups' }).click();
    await fresh.page.getByLabel('Backup file to restore').setInputFiles(backupPath);
    await expect(text(fresh.page).locator('mark')).toHaveText('Minsk will host a summit');
  } finally {
    await fresh.quit().catch(() => undefined);
    await rm(freshDir, { recursive: true, force: true });
  }

  // Over a library holding other work, it asks first.
  await highlightPhrase(page, 'Collective Security Treaty Organization');
  await page.getByRole('button', { name: 'Backups' }).click();
  await dialog.getByLabel('Backup file to restore').setInputFiles(backupPath);
  await expect(dialog).toContainText('The library is not empty');
  await expect(dialog.getByRole('button', { name: 'Keep the library as it is' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Replace the library with the backup' }).click();
  await expect(dialog).toBeHidden();
  await expect(text(page).locator('mark')).toHaveText('Minsk will host a summit');
});
