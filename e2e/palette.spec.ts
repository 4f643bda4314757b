import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedDocuments } from '../src/core/testing/seedDocuments';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const root = join(import.meta.dirname, '..');
const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const search = (page: Page) => palette(page).getByRole('combobox', { name: 'Search commands and documents' });
const options = (page: Page) => palette(page).getByRole('listbox', { name: 'Commands and documents' }).getByRole('option');

test('keyboard only: Control+K opens the palette, typing finds a command with its key, Enter runs it and the keyboard goes back', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toBeVisible();
  await expect(search(page)).toBeFocused();
  await expect(search(page)).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.type('theme');
  const first = options(page).first();
  await expect(first).toContainText('Switch theme between light and dark');
  await expect(first).toContainText('T');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(search(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  const before = await page.locator('html').getAttribute('data-theme');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', before!);
  await expect(text(page)).toBeFocused();
});

test('Control+Shift+P opens it too; arrows move the active option; Esc closes it and returns the keyboard', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+P');
  await expect(search(page)).toBeFocused();
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('qqqzzz');
  await expect(palette(page).getByText('No command or document matches “qqqzzz”.')).toBeVisible();
  await expect(palette(page).getByRole('status')).toHaveText(/0 results/);
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(text(page)).toBeFocused();
});

test('the palette offers what applies where it was opened: a selection can be highlighted in a colour by its name', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('highlight as');
  // Nothing is selected: no colour is offered.
  await expect(options(page).filter({ hasText: 'Highlight as Claim' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await selectText(page, 'Minsk will host a summit');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('highlight as claim');
  await expect(options(page).first()).toContainText('Highlight as Claim');
  await expect(options(page).first()).toContainText('2');
  await page.keyboard.press('Enter');
  await expect(text(page).locator('mark.hl-c2')).toHaveText('Minsk will host a summit');
  await expect(page.getByRole('complementary', { name: 'Annotation panel' }).getByRole('region', { name: 'Selected highlight' })).toContainText('Minsk will host a summit');
});

test('the palette opens another document by its title', async ({ gloss }) => {
  await gloss.quit();
  await seedDocuments(gloss.dataDir, join(root, 'resources'), [{ path: join(root, 'e2e', 'fixtures', 'long-document.txt'), title: 'Field notes, spring', source: 'Own notes' }]);
  await gloss.launch();
  const { page } = gloss;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const other = /Field notes, spring|Interview with CSTO/;
  const shown = await page.getByRole('heading', { level: 1 }).textContent();
  const wanted = shown?.startsWith('Field') ? 'Interview with CSTO' : 'Field notes, spring';
  await page.keyboard.press('Control+k');
  await page.keyboard.type(wanted.split(' ').slice(0, 2).join(' '));
  await expect(options(page).first()).toContainText(wanted);
  await expect(options(page).first()).toContainText('Document');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: other })).toContainText(wanted);
});

test('a command chosen with the mouse runs too', async ({ gloss }) => {
  const { page } = gloss;
  await page.getByRole('button', { name: 'Show all commands' }).click();
  await expect(search(page)).toBeFocused();
  await options(page).filter({ hasText: 'Browse the cards' }).click();
  await expect(palette(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Flashcards' })).toBeVisible();
});
