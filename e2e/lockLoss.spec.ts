import { rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCK_LOST_MESSAGE } from '../src/core/callGate';
import { spawnLockHolder } from '../src/core/storage/testing/spawnLockHolder';
import { expect, test } from './fixtures/glossApp';

test('when another Gloss takes the library, the window says it stopped saving, and that Gloss exits', async ({ gloss, door }) => {
  test.skip(door === 'electron', 'Electron says it in a native dialog, which Playwright cannot see; src/main/index.test.ts covers it.');
  const { page } = gloss;
  await expect(page.getByRole('heading', { level: 1, name: /Interview with CSTO/ })).toBeVisible();
  // What a second Gloss does once this one's lock has gone stale: remove it and take it.
  await rmdir(join(gloss.dataDir, 'gloss.lock'));
  const other = await spawnLockHolder(gloss.dataDir);
  try {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.getByRole('region', { name: 'Notices' })).toContainText(LOCK_LOST_MESSAGE);
    expect(await gloss.quit()).toBe(1);
  } finally {
    other.child.kill('SIGKILL');
    await other.exited;
  }
});
