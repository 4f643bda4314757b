import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { highlightPhrase, selectText } from './fixtures/selectText';
import { STRUCTURED_BRIEFING } from './fixtures/structuredDocument';
import { tagSelected } from './fixtures/tagSelected';

// Several highlights tagged from the keyboard per journey, one with a relaunch.
test.setTimeout(90_000);

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });
const highlightRows = (page: Page) => panel(page).getByRole('region', { name: /^Highlights/ }).getByRole('button');
const filterBar = (page: Page) => panel(page).getByRole('region', { name: 'Filter highlights' });
/** How many highlight marks are drawn faintly (the filter's stylesheet gives them the dimmed strength). */
const dimmedCount = (page: Page) =>
  text(page)
    .locator('mark.hl')
    .evaluateAll((marks) => marks.filter((mark) => getComputedStyle(mark).getPropertyValue('--hl-a') === getComputedStyle(mark).getPropertyValue('--hl-dimmed-alpha')).length);

test('filter by a tag: the list keeps what passes, the text dims the rest, the filter survives a relaunch, and Esc clears it', async ({ gloss }) => {
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk will host a summit');
  await tagSelected(page, 'place/Minsk');
  await highlightPhrase(page, 'Collective Security Treaty Organization');
  await tagSelected(page, 'organisation');
  await highlightPhrase(page, 'Imangali Tasmagambetov');
  await expect(highlightRows(page)).toHaveCount(3);

  // A tag lets its children through: "place" finds "place/Minsk".
  await filterBar(page).getByRole('button', { name: 'Filter', exact: true }).click();
  const stored = page.waitForResponse((response) => response.url().endsWith('/api/settings:update'));
  await filterBar(page).getByRole('combobox', { name: 'Tags' }).fill('place');
  await page.keyboard.press('Enter');
  await expect(filterBar(page).getByRole('list', { name: 'Tags to filter by' })).toHaveText('place');
  await expect(filterBar(page).getByRole('status')).toHaveText('1 of 3 highlights');
  await expect(filterBar(page).getByRole('button', { name: 'Filter (1 chosen)' })).toBeVisible();
  await expect(highlightRows(page)).toHaveCount(1);
  await expect(highlightRows(page).first()).toContainText('Minsk will host a summit');

  // In the text the others are dimmed: fainter than a highlight of the same colour that passes.
  await expect.poll(() => dimmedCount(page)).toBe(2);
  const background = (words: string) => text(page).locator('mark.hl', { hasText: words }).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background('Collective Security')).not.toBe(await background('Minsk will host a summit'));

  // Stored with the settings, so a relaunch brings it back.
  await stored;
  await gloss.relaunch();
  await expect(filterBar(gloss.page).getByRole('status')).toHaveText('1 of 3 highlights');
  await expect.poll(() => dimmedCount(gloss.page)).toBe(2);

  // Esc in the panel clears it; a second Esc goes back to the text.
  await gloss.page.keyboard.press('a');
  await expect(panel(gloss.page)).toBeFocused();
  await gloss.page.keyboard.press('Escape');
  await expect(filterBar(gloss.page).getByRole('status')).toHaveText('');
  await expect(highlightRows(gloss.page)).toHaveCount(3);
  await expect.poll(() => dimmedCount(gloss.page)).toBe(0);
  await expect(panel(gloss.page)).toBeFocused();
  await gloss.page.keyboard.press('Escape');
  await expect(text(gloss.page)).toBeFocused();
});

test('words, colours and any/all tags narrow the list; Esc in the filter clears it', async ({ gloss }) => {
  const { page } = gloss;
  await highlightPhrase(page, 'Minsk will host a summit');
  await tagSelected(page, 'summit', 'place/Minsk');
  await highlightPhrase(page, 'Collective Security Treaty Organization');
  await tagSelected(page, 'summit');
  await selectText(page, 'Imangali Tasmagambetov');
  await page.keyboard.press('3');
  await expect(highlightRows(page)).toHaveCount(3);

  await filterBar(page).getByRole('button', { name: 'Filter', exact: true }).click();
  const status = filterBar(page).getByRole('status');
  // Words are found in the quote, case and accents ignored.
  const words = filterBar(page).getByRole('searchbox', { name: 'Words' });
  await words.fill('SECURITY');
  await expect(status).toHaveText('1 of 3 highlights');
  await words.press('Escape');
  await expect(status).toHaveText('');
  await expect(words).toHaveValue('');

  // Two tags: any lets two through, all only the highlight with both.
  const tags = filterBar(page).getByRole('combobox', { name: 'Tags' });
  await tags.fill('summit');
  await tags.press('Enter');
  await tags.fill('minsk');
  await tags.press('Enter');
  await expect(status).toHaveText('2 of 3 highlights');
  await filterBar(page).getByRole('radio', { name: 'All of these tags' }).click();
  await expect(status).toHaveText('1 of 3 highlights');
  await filterBar(page).getByRole('button', { name: 'Clear' }).click();

  // Colours: the third highlight is a Question.
  await filterBar(page).getByRole('group', { name: 'Colours' }).getByRole('button', { name: 'Question' }).click();
  await expect(status).toHaveText('1 of 3 highlights');
  await expect(highlightRows(page).first()).toContainText('Imangali Tasmagambetov');
  // Esc on a button of the panel clears the filter too.
  await page.keyboard.press('Escape');
  await expect(status).toHaveText('');
});

test.describe('in a transcript', () => {
  test.use({ seededDocuments: [STRUCTURED_BRIEFING] });

  test('the speaker filter keeps the highlights in one speaker’s turns', async ({ gloss }) => {
    const { page } = gloss;
    await highlightPhrase(page, 'Where will the summit be held');
    await highlightPhrase(page, 'Minsk will host the summit');
    await highlightPhrase(page, 'The briefing ended');
    await filterBar(page).getByRole('button', { name: 'Filter', exact: true }).click();
    const speakers = filterBar(page).getByRole('group', { name: 'Speakers' });
    await expect(speakers.getByRole('button')).toHaveText(['Sputnik', 'Imangali Tasmagambetov']);
    await speakers.getByRole('button', { name: 'Imangali Tasmagambetov' }).click();
    await expect(filterBar(page).getByRole('status')).toHaveText('1 of 3 highlights');
    await expect(highlightRows(page).first()).toContainText('Minsk will host the summit');
  });
});
