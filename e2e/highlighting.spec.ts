import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });
const highlights = (page: Page) => panel(page).getByRole('region', { name: /^Highlights/ }).getByRole('button');

test('a mouse selection gets a toolbar; Highlight stores it and the panel lists it', async ({ gloss }) => {
  const { page } = gloss;
  const paragraph = text(page).locator('p').nth(1);
  const box = (await paragraph.boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + 260, box.y + 12, { steps: 8 });
  await page.mouse.up();
  const toolbar = page.getByRole('toolbar', { name: 'Highlight selection' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(toolbar).toBeHidden();
  await expect(text(page).locator('mark.hl-c1')).toHaveCount(1);
  await expect(highlights(page)).toHaveCount(1);
  await expect(highlights(page).first()).toContainText('Next week');
  await expect(panel(page).getByRole('region', { name: 'Selected highlight' }).getByRole('status')).toHaveText('Saved');
});

test('keys 1–5 pick the colour while the toolbar is open', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Minsk will host a summit');
  await expect(page.getByRole('toolbar', { name: 'Highlight selection' })).toBeVisible();
  await page.keyboard.press('3');
  await expect(text(page).locator('mark.hl-c3')).toHaveText('Minsk will host a summit');
});

test('keyboard only: select with Shift+arrows, highlight, write a note, move with J/K, delete and undo', async ({ gloss }) => {
  const { page } = gloss;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  // The space the seventh arrow selected is not part of the highlight.
  await expect(text(page).locator('mark')).toHaveText('In his');

  // A second highlight further on, so that J and K have somewhere to go.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  await expect(text(page).locator('mark')).toHaveCount(2);

  // The new highlight is selected; K goes to the one before it.
  await page.keyboard.press('k');
  await expect(panel(page).getByRole('region', { name: 'Selected highlight' })).toContainText('In his');
  await page.keyboard.press('Enter');
  const note = page.getByLabel('Note');
  await expect(note).toBeFocused();
  await page.keyboard.type('Opening of the *interview*');
  await page.keyboard.press('Escape');
  await expect(text(page)).toBeFocused();
  await expect(panel(page).locator('.note-markdown em')).toHaveText('interview');

  await page.keyboard.press('Delete');
  await expect(text(page).locator('mark')).toHaveCount(1);
  await expect(highlights(page)).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(text(page).locator('mark')).toHaveCount(2);
  await expect(highlights(page).first()).toContainText('Opening of the interview');
});

test('R puts the caret at the start of the first paragraph in view; a keyboard highlight leaves out the spaces at its ends', async ({ gloss }) => {
  const { page } = gloss;
  const quote = panel(page).getByRole('region', { name: 'Selected highlight' }).getByRole('blockquote');
  // Scroll so that the second paragraph is at the top of the reader.
  await text(page).locator('p').nth(1).evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  await expect(quote).toHaveText('Next');

  // The caret now sits after the space that followed "Next": one step back, and the selection starts with that space.
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+H');
  await expect(quote).toHaveText('week,');
  expect(await quote.textContent()).not.toMatch(/^\s|\s$/);
  await expect(text(page).locator('mark')).toHaveText(['Next', 'week,']);
});

test('a note shows either rendered or as Markdown being written: Enter writes, Ctrl+Enter, Esc or leaving the field shows it', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Minsk will host a summit');
  await page.keyboard.press('Control+Shift+H');
  const detail = panel(page).getByRole('region', { name: 'Selected highlight' });
  const field = detail.getByRole('textbox', { name: 'Note' });
  await expect(detail.getByText('No note yet — press Enter to write one.')).toBeVisible();
  await expect(field).toHaveCount(0);

  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.type('The **summit** city');
  await expect(detail.getByText('The summit city')).toHaveCount(0);
  await page.keyboard.press('Control+Enter');
  await expect(field).toHaveCount(0);
  await expect(detail.getByRole('strong')).toHaveText('summit');
  await expect(detail.getByText('The summit city')).toHaveCount(1);
  await expect(detail.getByRole('button', { name: 'Edit note' })).toBeFocused();
  await expect(detail.getByRole('status')).toHaveText('Saved');

  // The button opens it again with the Markdown as typed; clicking elsewhere saves and shows it rendered.
  await detail.getByRole('button', { name: 'Edit note' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('The **summit** city');
  await page.keyboard.type(' of 2024');
  await detail.getByRole('blockquote').click();
  await expect(field).toHaveCount(0);
  await expect(detail.getByText('The summit city of 2024')).toBeVisible();

  // "Done" closes it too, and Esc goes back to the text, as before.
  await detail.getByRole('button', { name: 'Edit note' }).click();
  await detail.getByRole('button', { name: 'Done' }).click();
  await expect(field).toHaveCount(0);
  await text(page).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(text(page)).toBeFocused();
  await expect(field).toHaveCount(0);
  await expect(highlights(page).first()).toContainText('The summit city of 2024');

  // Undo shows the note before, and closing the highlight does not write the undone one back.
  await page.keyboard.press('Control+z');
  await expect(detail.getByText('The summit city', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(highlights(page).first()).toContainText('The summit city');
  await expect(highlights(page).first()).not.toContainText('2024');
});

test('overlapping highlights both stay visible, and clicking the overlap again reaches the other one', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Minsk will host a summit');
  await page.keyboard.press('1');
  await selectText(page, 'host a summit of the Collective');
  await page.keyboard.press('2');
  // Where they overlap, one mark sits inside the other, so each highlight may be drawn in several pieces.
  expect((await text(page).locator('mark.hl-c1').allTextContents()).join('')).toBe('Minsk will host a summit');
  expect((await text(page).locator('mark.hl-c2').allTextContents()).join('')).toBe('host a summit of the Collective');
  await expect(highlights(page)).toHaveCount(2);
  const overlap = text(page).locator('mark mark').first();
  await expect(overlap).toHaveText('host a summit');
  const selectedQuote = panel(page).getByRole('region', { name: 'Selected highlight' }).locator('blockquote');
  await overlap.click();
  // A moment later, so the second click is not a double-click (which selects a word), and the panel shows what the first chose.
  await page.waitForTimeout(600);
  const first = await selectedQuote.textContent();
  await overlap.click();
  await expect(selectedQuote).not.toHaveText(first!);
  const second = await selectedQuote.textContent();
  expect(new Set([first, second])).toEqual(new Set(['Minsk will host a summit', 'host a summit of the Collective']));
});

test('notes with HTML and script are shown as inert text', async ({ gloss }) => {
  const { page } = gloss;
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await selectText(page, 'Minsk will host');
  await page.keyboard.press('Control+Shift+H');
  await page.keyboard.press('Enter');
  await page.getByLabel('Note').fill('<script>alert(1)</script>\n\nSee **bold** <img src=x onerror=alert(2)> and [click](javascript:alert(3)), [here](notes.html) or [the source](https://example.org/).\n\n<iframe src="https://example.com"></iframe>');
  await page.keyboard.press('Escape');
  const rendered = panel(page).locator('.note-markdown');
  await expect(rendered.locator('strong')).toHaveText('bold');
  await expect(rendered.locator('script, img, iframe')).toHaveCount(0);
  // A neutralised or relative link is drawn as its words: nothing to click, nothing to open.
  await expect(rendered).toContainText('and click, here or the source.');
  await expect(rendered.getByRole('link')).toHaveCount(1);
  expect(dialogs).toBe(0);
  const source = rendered.getByRole('link', { name: 'the source' });
  await expect(source).toHaveAttribute('href', 'https://example.org/');
  await expect(source).toHaveAttribute('rel', 'noreferrer noopener');
  // The list previews the note as rendered: no tags, no URLs.
  await expect(highlights(page).first()).toContainText('See bold and click, here or the source.');
});

test('an empty selection gets a kind message and stores nothing', async ({ gloss }) => {
  const { page } = gloss;
  await expect(text(page)).toBeVisible();
  await page.keyboard.press('r');
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByRole('status').filter({ hasText: 'Select some text first' })).toBeVisible();
  await expect(text(page).locator('mark')).toHaveCount(0);
});

test('highlights, notes and renamed colours survive a relaunch', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Armenia, Belarus, Kazakhstan');
  await page.keyboard.press('4');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Member states');
  await page.keyboard.press('Escape');
  await expect(panel(page).getByRole('region', { name: 'Selected highlight' }).getByRole('status')).toHaveText('Saved');
  await panel(page).getByRole('button', { name: 'Rename' }).click();
  await panel(page).getByLabel('Name of colour 4').fill('Country');
  await panel(page).getByLabel('Name of colour 4').press('Enter');
  await panel(page).getByRole('button', { name: 'Done' }).click();
  await expect(panel(page).getByRole('button', { name: 'Country' })).toBeVisible();

  await gloss.relaunch();
  await expect(text(gloss.page).locator('mark.hl-c4')).toHaveText('Armenia, Belarus, Kazakhstan');
  await expect(highlights(gloss.page).first()).toContainText('Member states');
  await expect(panel(gloss.page).getByRole('button', { name: 'Country' })).toBeVisible();
});

test('clicking a highlight in the panel scrolls the text to it and flashes it', async ({ gloss }) => {
  const { page } = gloss;
  await page.setViewportSize({ width: 1280, height: 500 });
  await selectText(page, 'Afghanistan');
  await page.keyboard.press('5');
  await text(page).focus();
  await page.keyboard.press('Control+Home');
  await page.getByRole('region', { name: 'Reader' }).evaluate((el) => el.scrollTo(0, 0));
  await expect(text(page).locator('mark.hl-c5')).not.toBeInViewport();
  await highlights(page).first().click();
  await expect(text(page).locator('mark.hl-c5')).toBeInViewport();
  await expect(text(page).locator('mark.hl-flash')).toHaveCount(1);
});

test('quitting right after highlighting loses nothing', async ({ gloss }) => {
  const { page } = gloss;
  await selectText(page, 'Caribbean crisis in 1962');
  await page.keyboard.press('Control+Shift+H');
  await expect(text(page).locator('mark')).toHaveText('Caribbean crisis in 1962');
  // No waiting for "Saved": quit at once.
  await gloss.relaunch();
  await expect(text(gloss.page).locator('mark')).toHaveText('Caribbean crisis in 1962');
});
