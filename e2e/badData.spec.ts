import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures/glossApp';
import { launchBrowserMode } from './fixtures/launchBrowserMode';

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

test('a second Gloss on the same data directory is refused with a message naming it', async ({ gloss, door }) => {
  test.skip(door === 'electron', 'Electron hands a second launch to the first window (single-instance lock) instead.');
  await expect(launchBrowserMode(gloss.dataDir)).rejects.toThrow(`Another Gloss is already using the data directory ${gloss.dataDir}`);
});
