import type { Page } from '@playwright/test';
import { makeDeck } from './fixtures/flashcardDeck';
import { expect, test } from './fixtures/glossApp';

const TITLE = 'Interview with CSTO Secretary-General Imangali Tasmagambetov';
const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const cards = (page: Page) => page.getByRole('list', { name: 'Cards' }).getByRole('listitem');

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
