import type { Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/glossApp';
import { highlightPhrase, selectText } from './fixtures/selectText';
import { STRUCTURED_BRIEFING } from './fixtures/structuredDocument';

test.use({ seededDocuments: [STRUCTURED_BRIEFING] });
// Each journey seeds a data directory through the core before Gloss starts, then reloads or runs axe twice.
test.setTimeout(60_000);

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const highlightOn = (page: Page, words: string) => text(page).locator('mark.hl', { hasText: words });

test('a structured document shows its headings, list, quote and speakers; highlights in a list item and a turn survive a reload', async ({ gloss }) => {
  const { page } = gloss;
  await expect(page.getByRole('heading', { name: 'Opening remarks' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Questions' })).toBeVisible();
  const items = text(page).locator('.reader-list-item');
  await expect(items).toHaveText(['Exercises planned for the autumn in Tajikistan', 'Joint staff training, with observers from three countries', 'Logistics and medical support']);
  await expect(items.first()).toHaveAttribute('data-marker', '1.');
  await expect(text(page).locator('blockquote')).toHaveText('We will conduct the exercise as planned, whatever the weather brings.');
  const turn = text(page).locator('.reader-turn', { hasText: 'Minsk will host' });
  await expect(turn.locator('.reader-turn-label')).toHaveText(/Imangali Tasmagambetov\s*12:21/);
  await expect(text(page).locator('a', { hasText: 'its website' })).toHaveAttribute('title', /^https:\/\/example\.org\/agenda \(Ctrl\+click to open\)$/);

  await highlightPhrase(page, 'staff training');
  // From the turn's first word: the speaker's name above it is never part of the highlight.
  await highlightPhrase(page, 'Minsk will host the summit');
  await expect(page.getByRole('complementary', { name: 'Annotation panel' })).toContainText('Minsk will host the summit');
  await expect(page.getByRole('complementary', { name: 'Annotation panel' })).not.toContainText('TasmagambetovMinsk');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Opening remarks' })).toBeVisible();
  await expect(highlightOn(page, 'staff training')).toHaveText('staff training');
  await expect(highlightOn(page, 'Minsk will host the summit')).toHaveText('Minsk will host the summit');
  await expect(text(page).locator('.reader-turn', { hasText: 'Minsk will host' }).locator('.reader-turn-speaker')).toHaveText('Imangali Tasmagambetov');
});

test('editing a structured document keeps its headings, list and speakers', async ({ gloss }) => {
  const { page } = gloss;
  await expect(page.getByRole('heading', { name: 'Opening remarks' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit text' }).click();
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeVisible();
  await selectText(page, 'Minsk will host');
  await page.keyboard.type('Belarus, in Minsk, will host');
  await selectText(page, 'Logistics');
  await page.keyboard.type('Transport');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('region', { name: 'Editing the text' })).toBeHidden();

  // Reloading opens the document afresh from the core: the new version and the structure saved with it.
  await page.reload();
  const reopened = page;
  await expect(reopened.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await expect(text(reopened).locator('.reader-list-item').nth(2)).toHaveText('Transport and medical support');
  const turn = text(reopened).locator('.reader-turn', { hasText: 'Belarus, in Minsk, will host' });
  await expect(turn.locator('.reader-turn-speaker')).toHaveText('Imangali Tasmagambetov');
  await expect(text(reopened).locator('strong')).toHaveText('shortly before');
  await expect(text(reopened).locator('pre')).toHaveText('exercise: Rubezh-2024\nsite: Tajikistan\nunits: 4');
});

test.describe('axe', () => {
  test.use({ bypassCSP: true });
  test.skip(({ door }) => door === 'electron', 'axe needs a browser context that bypasses the CSP; the browser project covers this screen');

  for (const theme of ['Light', 'Dark'] as const) {
    test(`a structured document with highlights passes axe in the ${theme.toLowerCase()} theme`, async ({ gloss }) => {
      const { page } = gloss;
      await page.getByRole('button', { name: `${theme} theme` }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
      await expect(page.getByRole('heading', { name: 'Opening remarks' })).toBeVisible();
      // Across emphasis, a link and plain words: the highlight is drawn in pieces, one per run of text.
      await selectText(page, 'published the agenda on its website');
      await page.keyboard.press('Control+Shift+H');
      await expect(text(page).locator('a mark.hl')).toHaveText('its website');
      await highlightPhrase(page, 'staff training');
      await highlightPhrase(page, 'Minsk will host');
      await page.keyboard.press('Escape');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
