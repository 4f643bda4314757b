import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { highlightPhrase } from './fixtures/selectText';
import { tagSelected } from './fixtures/tagSelected';

// Several highlights tagged from the keyboard per journey.
test.setTimeout(90_000);

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });
const detail = (page: Page) => panel(page).getByRole('region', { name: 'Selected highlight' });
const tagsField = (page: Page) => detail(page).getByRole('combobox', { name: 'Tags' });
const chips = (page: Page) => detail(page).getByRole('list', { name: 'Tags of this highlight' }).getByRole('listitem');
const highlightRows = (page: Page) => panel(page).getByRole('region', { name: /^Highlights/ }).getByRole('button');

test('keyboard only: T, type, Enter; a second tag; Backspace removes; suggestions pick an existing tag; a case variant joins it', async ({ gloss }) => {
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk will host a summit');
  await page.keyboard.press('t');
  await expect(tagsField(page)).toBeFocused();
  await page.keyboard.type('place/Minsk');
  await page.keyboard.press('Enter');
  await page.keyboard.type('summit');
  await page.keyboard.press('Enter');
  await expect(chips(page)).toHaveText(['place/Minsk', 'summit']);
  await expect(detail(page).getByRole('status')).toHaveText('Saved');
  // Backspace in the empty field takes the last tag off.
  await page.keyboard.press('Backspace');
  await expect(chips(page)).toHaveText(['place/Minsk']);
  await expect(highlightRows(page).first()).toContainText('place/Minsk');
  // Esc leaves the field for the text.
  await page.keyboard.press('Escape');
  await expect(text(page)).toBeFocused();

  // Another highlight: the codebook suggests what the library has, matching inside a path.
  await highlightPhrase(page, 'Collective Security Treaty Organization');
  await page.keyboard.press('t');
  await page.keyboard.type('mins');
  const suggestions = detail(page).getByRole('listbox', { name: 'Tags: suggestions' });
  await expect(suggestions.getByRole('option')).toHaveText(['place/Minsk']);
  await page.keyboard.press('ArrowDown');
  await expect(suggestions.getByRole('option', { name: 'place/Minsk' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(chips(page)).toHaveText(['place/Minsk']);
  // A case variant of a tag the library has joins it, spelled as first written.
  await page.keyboard.type('SUMMIT');
  await page.keyboard.press('Enter');
  await expect(chips(page)).toHaveText(['place/Minsk', 'summit']);
  // The same again is refused in place, and the field says why.
  await page.keyboard.type('Summit');
  await page.keyboard.press('Enter');
  await expect(detail(page).getByRole('alert')).toHaveText('“summit” is on this highlight already.');
  await expect(tagsField(page)).toHaveAccessibleDescription(/is on this highlight already/);

  // Every change is one undo step, as a colour or a note.
  await page.keyboard.press('Escape');
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(chips(page)).toHaveText(['place/Minsk']);
});

test('a card made from a tagged highlight carries its tags into the card browser', async ({ gloss }) => {
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk');
  await tagSelected(page, 'place/Minsk', 'summit');
  await page.keyboard.press('c');
  await expect(page.getByRole('status').filter({ hasText: 'Cloze card made' })).toBeVisible();
  await page.keyboard.press('b');
  await page.getByLabel('Origin').selectOption('highlight');
  const card = page.getByRole('list', { name: 'Cards' }).getByRole('listitem').first();
  await expect(card.getByLabel('Tags').locator('.tag')).toHaveText(['place/Minsk', 'summit', 'Key fact']);
});
