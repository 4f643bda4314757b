import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { highlightPhrase } from './fixtures/selectText';

const cards = (page: Page) => page.getByRole('list', { name: 'Cards' }).getByRole('listitem');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });

test('C pressed twice on one highlight makes one card; the second press says it exists and can show it', async ({ gloss }) => {
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk');
  await page.keyboard.press('c');
  await expect(page.getByRole('status').filter({ hasText: 'Cloze card made' })).toBeVisible();
  await page.keyboard.press('c');
  const refusal = page.getByRole('alert').filter({ hasText: /this card exists/i });
  await expect(refusal).toBeVisible();
  await refusal.getByRole('button', { name: 'Show the existing card' }).click();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toBeFocused();
  await expect(cards(page).first()).toContainText('From a highlight');
});

test('a card written by hand that the deck has already is refused, with a way to the one that exists', async ({ gloss }) => {
  const { page } = gloss;
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.keyboard.press('b');
  await page.getByRole('button', { name: 'Make cards from key facts' }).click();
  await expect(cards(page).first()).toBeVisible({ timeout: 20_000 });
  const count = await cards(page).count();
  await page.getByRole('button', { name: 'Add a card' }).click();
  const form = page.getByRole('form', { name: 'New card' });
  await form.getByRole('textbox', { name: /^Prompt/ }).fill('when was the Caribbean crisis');
  await form.getByRole('textbox', { name: /^Answer/ }).fill('1962');
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(form.getByRole('alert')).toContainText('This card exists already: “When was the Caribbean crisis?”');
  await form.getByRole('button', { name: 'Show the existing card' }).click();
  const existing = page.getByRole('listitem', { name: 'Card: When was the Caribbean crisis?' });
  await expect(existing).toBeFocused();
  await expect(existing).toBeInViewport();
  await expect(cards(page)).toHaveCount(count);
});

test('a cloze without a blank is refused in the form at once, saying what it needs', async ({ gloss }) => {
  const { page } = gloss;
  await page.keyboard.press('b');
  await page.getByRole('button', { name: 'Add a card' }).click();
  const form = page.getByRole('form', { name: 'New card' });
  await form.getByLabel('Kind').selectOption('cloze');
  await form.getByRole('textbox', { name: /^Prompt/ }).fill('The summit is held in Minsk.');
  await form.getByRole('textbox', { name: /^Answer/ }).fill('Minsk');
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(form.getByRole('alert')).toHaveText('A cloze needs a blank: write [...] in the prompt where the answer goes.');
  await form.getByRole('textbox', { name: /^Prompt/ }).fill('The summit is held in [...].');
  await form.getByRole('button', { name: 'Add card' }).click();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first().getByLabel('blank')).toBeVisible();
});

test('Q explains the note it needs, and reads a Markdown note as plain text', async ({ gloss }) => {
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk');
  const saved = panel(page).getByRole('region', { name: 'Selected highlight' }).getByRole('status');
  const writeNote = async (note: string) => {
    await page.keyboard.press('Enter');
    await page.getByLabel('Note').fill(note);
    await page.keyboard.press('Escape');
    await expect(saved).toHaveText('Saved');
  };
  await writeNote('**Key point**\nMinsk hosts the summit');
  await page.keyboard.press('q');
  await expect(page.getByRole('alert')).toContainText("Write the note as 'Question? Answer'");
  await writeNote('## Which **city** hosts the summit?\n\n_Minsk_');
  await page.keyboard.press('q');
  await expect(page.getByRole('status').filter({ hasText: 'Question card made' })).toContainText('Which city hosts the summit?');
  await page.keyboard.press('b');
  await expect(cards(page).first()).toContainText('Which city hosts the summit?');
  await expect(cards(page).first()).not.toContainText('**');
});
