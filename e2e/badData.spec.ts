import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedAnnotations } from '../src/core/testing/seedAnnotations';
import { seedDocuments } from '../src/core/testing/seedDocuments';
import { expect, test } from './fixtures/glossApp';
import { launchBrowserMode } from './fixtures/launchBrowserMode';

const root = join(import.meta.dirname, '..');
const resourcesDir = join(root, 'resources');
const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
const interviewId = async (dataDir: string) => (JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')) as { documents: { id: string }[] }).documents[0]!.id;

test('a corrupt library.json is kept aside, the library recovered, and the user told', async ({ gloss }) => {
  await gloss.quit();
  await writeFile(join(gloss.dataDir, 'library.json'), '{"schemaVersion":1,"documents":[');
  await gloss.launch();
  const { page } = gloss;
  const notice = page.getByRole('alert').filter({ hasText: 'library.json could not be read' });
  await expect(notice).toContainText(/kept as library\.json\.damaged-/);
  await expect(page.getByRole('heading', { level: 1, name: /Interview with CSTO/ })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toBeHidden();
});

test('a damaged document file costs only its last write: its previous version comes back, and the notice says from when', async ({ gloss }) => {
  await gloss.quit();
  const id = await interviewId(gloss.dataDir);
  await seedAnnotations(gloss.dataDir, resourcesDir, id, [{ start: 3, end: 12, note: 'first' }, { start: 20, end: 30, note: 'second' }]);
  await seedAnnotations(gloss.dataDir, resourcesDir, id, [{ start: 40, end: 50, note: 'third, the last write' }]);
  const path = join(gloss.dataDir, 'documents', `${id}.json`);
  // Without the snapshots (the one taken at close is newer and would cost nothing), the previous version is the newest copy.
  await rm(join(gloss.dataDir, 'backups'), { recursive: true, force: true });
  await writeFile(path, (await readFile(path, 'utf8')).slice(0, 100));
  await gloss.launch();
  const { page } = gloss;
  await expect(page.getByRole('complementary', { name: 'Annotation panel' }).getByRole('region', { name: /^Highlights/ }).getByRole('button')).toHaveCount(2);
  await expect(page.getByRole('alert').filter({ hasText: `${id}.json could not be read` })).toContainText(/Gloss restored its previous version, saved \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
});

test('a document whose text is missing shows as broken with the reason, and the others still open', async ({ gloss }) => {
  await gloss.quit();
  const id = await interviewId(gloss.dataDir);
  await seedDocuments(gloss.dataDir, resourcesDir, [{ path: join(root, 'e2e', 'fixtures', 'long-document.txt'), title: 'Field notes, spring', source: 'Own notes' }]);
  await rm(join(gloss.dataDir, 'texts', id), { recursive: true });
  await rm(join(gloss.dataDir, 'backups'), { recursive: true, force: true });
  await gloss.launch();
  const { page } = gloss;
  const interview = library(page).getByRole('button', { name: /Interview with CSTO/ });
  await expect(interview).toContainText('Cannot be opened: its text (version 1) is missing from the data folder.');
  // The last document read cannot be opened, so Gloss opens one that can.
  await expect(page.getByRole('heading', { level: 1, name: 'Field notes, spring' })).toBeVisible();
  await interview.click();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be opened' })).toContainText('its text (version 1) is missing from the data folder.');
  await library(page).getByRole('button', { name: /Field notes, spring/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Field notes, spring' })).toBeVisible();
});

test('a second Gloss on the same data directory is refused with a message naming it', async ({ gloss, door }) => {
  test.skip(door === 'electron', 'Electron hands a second launch to the first window (single-instance lock) instead.');
  await expect(launchBrowserMode(gloss.dataDir)).rejects.toThrow(`Another Gloss is already using the data directory ${gloss.dataDir}`);
});
