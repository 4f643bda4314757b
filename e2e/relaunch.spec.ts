import { join } from 'node:path';
import { seedDocuments } from '../src/core/testing/seedDocuments';
import { expect, test } from './fixtures/glossApp';

const root = join(import.meta.dirname, '..');

test('relaunch reopens the last document at the last reading position', async ({ gloss }) => {
  // A long second document, so there is somewhere to scroll to.
  const longText = join(root, 'e2e', 'fixtures', 'long-document.txt');
  await gloss.quit();
  await seedDocuments(gloss.dataDir, join(root, 'resources'), [{ path: longText, title: 'Field notes, spring', source: 'Own notes' }]);
  await gloss.launch();
  const { page } = gloss;
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Field notes, spring/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Field notes, spring' })).toBeVisible();

  const reader = page.getByRole('region', { name: 'Reader' });
  await reader.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
  const position = page.getByRole('region', { name: 'Document' }).getByText(/Paragraph \d+ of 120/);
  await expect(position).not.toHaveText('Paragraph 1 of 120');
  // Keyboard scrolling is animated: wait until the reported position stops moving.
  let saved = '';
  await expect
    .poll(async () => {
      const now = (await position.textContent()) ?? '';
      const settled = now === saved;
      saved = now;
      return settled;
    }, { intervals: [600] })
    .toBe(true);

  await gloss.relaunch();
  await expect(gloss.page.getByRole('heading', { level: 1, name: 'Field notes, spring' })).toBeVisible();
  await expect(gloss.page.getByRole('region', { name: 'Document' }).getByText(/Paragraph \d+ of 120/)).toHaveText(saved);
  const paragraphNumber = Number(/Paragraph (\d+)/.exec(saved)![1]);
  await expect(gloss.page.getByLabel('Document text').getByText(`Note ${paragraphNumber}:`, { exact: false })).toBeInViewport();
});

test('Ctrl+C stops browser mode cleanly with exit code 0', async ({ gloss, door }) => {
  test.skip(door === 'electron', 'Ctrl+C applies to browser mode; the Electron app quits from its menu.');
  expect(await gloss.quit()).toBe(0);
});
