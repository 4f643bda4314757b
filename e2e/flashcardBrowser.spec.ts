import type { Page } from '@playwright/test';
import { makeDeck } from './fixtures/flashcardDeck';
import { expect, test } from './fixtures/glossApp';
import { highlightPhrase } from './fixtures/selectText';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const cards = (page: Page) => page.getByRole('list', { name: 'Cards' }).getByRole('listitem');

test('"Show in text" opens the reader at the source passage', async ({ gloss }) => {
  const { page } = gloss;
  await page.setViewportSize({ width: 1280, height: 500 });
  await makeDeck(page);
  const last = cards(page).filter({ hasText: 'Afghanistan' }).first();
  await last.getByRole('button', { name: 'Show in text' }).click();
  await expect(text(page)).toBeVisible();
  await expect(text(page)).toBeFocused();
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  expect(selected).toContain('Afghanistan');
  await expect(text(page).getByText(selected.slice(0, 30), { exact: false }).first()).toBeInViewport();
});

test('C on a selected highlight makes a cloze card of its words', async ({ gloss }) => {
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk');
  await page.keyboard.press('c');
  await expect(page.getByRole('status').filter({ hasText: 'Cloze card made' })).toBeVisible();
  await page.keyboard.press('b');
  await page.getByLabel('Origin').selectOption('highlight');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('Minsk');
  await expect(cards(page).first().locator('.card-prompt')).not.toContainText('Minsk');
  // The card carries the highlight's colour as a tag, and the tag filter finds it.
  await expect(cards(page).first().getByLabel('Tags')).toHaveText('Key fact');
  await page.getByLabel('Origin').selectOption('all');
  await page.getByLabel('Tag', { exact: true }).selectOption('Key fact');
  await expect(cards(page)).toHaveCount(1);
});

test('cards can be suspended and edited, and an empty answer is refused', async ({ gloss }) => {
  const { page } = gloss;
  await makeDeck(page);
  const first = cards(page).first();
  const label = await first.getAttribute('aria-label');
  const card = page.getByRole('listitem', { name: label! });
  await card.getByRole('button', { name: 'Suspend' }).click();
  await expect(card).toContainText('Suspended');
  await card.getByRole('button', { name: 'Edit' }).click();
  await card.getByLabel('Answer').fill('   ');
  await card.getByRole('button', { name: 'Save card' }).click();
  await expect(card.getByRole('alert')).toHaveText(/needs an answer/);
  await card.getByLabel('Answer').fill('My corrected answer');
  await card.getByRole('button', { name: 'Save card' }).click();
  await expect(card).toContainText('My corrected answer');
  await page.getByLabel('Status').selectOption('suspended');
  await expect(cards(page)).toHaveCount(1);
});

test('the daily limit of new cards is a setting, and review can be limited to the open document', async ({ gloss }) => {
  const { page } = gloss;
  await makeDeck(page);
  await page.getByText('Study settings').click();
  await page.getByLabel('New cards per day').fill('5');
  await page.getByLabel('Desired retention').focus();
  await page.getByLabel('Desired retention').selectOption('0.95');
  await page.getByRole('button', { name: 'Review (F)' }).click();
  const counts = page.getByLabel('Cards to review');
  await expect(counts).toContainText('5 new');
  await page.getByLabel('Cards of', { exact: true }).selectOption('document');
  await expect(counts).toContainText('5 new');
  await gloss.relaunch();
  await expect(text(gloss.page)).toBeVisible();
  await gloss.page.keyboard.press('b');
  await gloss.page.getByText('Study settings').click();
  await expect(gloss.page.getByLabel('New cards per day')).toHaveValue('5');
  await expect(gloss.page.getByLabel('Desired retention')).toHaveValue('0.95');
});

test('the deck holds the most important cards first; More cards adds the rest, and goes once none are left', async ({ gloss }) => {
  const { page } = gloss;
  await makeDeck(page);
  const count = page.locator('.card-count');
  await expect(page.getByRole('status').filter({ hasText: /\d+ more can be added with More cards/ })).toBeVisible();
  const before = Number(/^(\d+) cards/.exec((await count.textContent())!)![1]);
  const more = page.getByRole('button', { name: /^More cards \(\d+ left\)$/ });
  const left = Number(/\((\d+) left\)/.exec((await more.textContent())!)![1]);
  await more.click();
  await expect(count).toHaveText(new RegExp(`^${before + left} cards`), { timeout: 20_000 });
  await expect(page.getByRole('button', { name: /^More cards/ })).toHaveCount(0);
  // Making the deck again keeps what More cards added.
  await page.getByRole('button', { name: 'Make cards from key facts' }).click();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${before + left} cards: 0 new`) })).toBeVisible({ timeout: 20_000 });
});
