import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { highlightPhrase } from './fixtures/selectText';

const TITLE = 'Interview with CSTO Secretary-General Imangali Tasmagambetov';
const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const cards = (page: Page) => page.getByRole('list', { name: 'Cards' }).getByRole('listitem');

async function makeDeck(page: Page): Promise<void> {
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('b');
  await page.getByRole('button', { name: 'Make cards from key facts' }).click();
  await expect(page.getByRole('status').filter({ hasText: /\d+ cards: \d+ new/ })).toBeVisible({ timeout: 20_000 });
  await expect(cards(page).first()).toBeVisible();
}

test('a keyboard-only review session: reveal, grade with 1–4, take a grade back, finish with a summary', async ({ gloss }) => {
  const { page } = gloss;
  await makeDeck(page);
  await page.keyboard.press('f');
  const review = page.getByRole('region', { name: /^Review/ });
  const counts = review.getByLabel('Cards to review');
  await expect(counts).toContainText(/\d+ new · 0 learning · 0 due/);
  const newCount = Number(/(\d+) new/.exec((await counts.textContent())!)![1]);
  expect(newCount).toBeGreaterThan(5);
  expect(newCount).toBeLessThanOrEqual(20);
  const card = review.getByRole('article', { name: 'Card' });
  const firstPrompt = await card.locator('.review-prompt').textContent();
  await page.keyboard.press('Space');
  await expect(card.getByLabel('Answer')).toBeVisible();
  await expect(card.getByRole('button', { name: /^Good, next in \d+m$/ })).toBeVisible();
  await page.keyboard.press('3');
  await expect(card.locator('.review-prompt')).not.toHaveText(firstPrompt!);
  await expect(counts).toContainText(`${newCount - 1} new`);
  await page.keyboard.press('Control+z');
  await expect(card.locator('.review-prompt')).toHaveText(firstPrompt!);
  await expect(counts).toContainText(`${newCount} new`);

  // Easy on every card finishes the session.
  for (let i = 0; i < newCount; i++) {
    await page.keyboard.press('Space');
    await expect(card.getByLabel('Answer')).toBeVisible();
    await page.keyboard.press('4');
    await expect(card.getByLabel('Answer')).toBeHidden();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Session complete' })).toContainText(`${newCount} cards reviewed`);
  await page.keyboard.press('Escape');
  await expect(text(page)).toBeVisible();
});

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

test('before Space the review shows nothing that can hold the answer, not even the document title; Space shows both', async ({ gloss }) => {
  const { page } = gloss;
  await makeDeck(page);
  // Tag the card the issue was about, and review only that tag.
  const row = cards(page).filter({ hasText: 'Who is the Secretary-General' });
  await row.getByRole('button', { name: 'Edit' }).click();
  await row.getByLabel('Tags (separated by commas)').fill('csto');
  await row.getByRole('button', { name: 'Save card' }).click();
  await expect(row.getByLabel('Tags')).toHaveText('csto');
  await page.keyboard.press('f');
  const review = page.getByRole('region', { name: 'Review' });
  await review.getByLabel('Tag', { exact: true }).selectOption('csto');
  const card = review.getByRole('article', { name: 'Card' });
  await expect(card).toContainText('Who is the Secretary-General of the Collective Security Treaty Organization (CSTO)?');
  await expect(review).not.toContainText(TITLE);
  await expect(review).not.toContainText('Tasmagambetov');

  await review.getByRole('heading', { name: 'Review' }).click();
  await page.keyboard.press('Space');
  await expect(card.getByLabel('Answer')).toHaveText('Imangali Tasmagambetov');
  await expect(card).toContainText(`From ${TITLE}`);
});

test('B and F put the keyboard in the view they open', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByRole('heading', { name: 'Flashcards' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Make cards from key facts' })).toBeFocused();
  await page.getByRole('button', { name: 'Make cards from key facts' }).click();
  await expect(cards(page).first()).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('f');
  const card = page.getByRole('region', { name: 'Review' }).getByRole('article', { name: 'Card' });
  await expect(card).toBeFocused();
  // The focus stays on the card as it changes, so the keys and a screen reader follow it.
  await card.getByRole('button', { name: /Show answer/ }).click();
  await expect(card).toBeFocused();
  await card.getByRole('button', { name: /^Good/ }).click();
  await expect(card.getByLabel('Answer')).toBeHidden();
  await expect(card).toBeFocused();
});

test('a card learnt a minute ago is due "in 10 min", and the end of a session says what comes back later today', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('b');
  await page.getByRole('button', { name: 'Add a card' }).click();
  const form = page.getByRole('form', { name: 'New card' });
  await form.getByRole('textbox', { name: /^Prompt/ }).fill('Which city hosts the summit?');
  await form.getByRole('textbox', { name: /^Answer/ }).fill('Minsk');
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('New · Written by hand · not studied yet');
  // The row names no document while the list is of one; the whole library's names it.
  await expect(cards(page).first()).not.toContainText('Interview with');
  await page.getByLabel('Cards of', { exact: true }).selectOption('library');
  await expect(cards(page).first()).toContainText('Interview with CSTO Secretary-General…');

  await page.keyboard.press('f');
  await expect(page.getByRole('article', { name: 'Card' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: /^Good, next in 10m$/ }).click();
  const summary = page.getByRole('status').filter({ hasText: 'Session complete' });
  await expect(summary).toContainText('1 card comes back later today, in 10 min.');
  await page.keyboard.press('b');
  await expect(cards(page).first()).toContainText('Learning · Written by hand · due in 10 min');
  await page.getByLabel('Status').selectOption('due');
  await expect(page.getByText('Nothing to review now.')).toBeVisible();
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
