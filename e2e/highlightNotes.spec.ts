import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });
const highlights = (page: Page) => panel(page).getByRole('region', { name: /^Highlights/ }).getByRole('button');

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
