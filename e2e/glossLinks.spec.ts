import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type GlossApp } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

// The passage the links point at, in the bundled interview.
const PASSAGE = 'Minsk will host';

test.use({ seededDocuments: [{ title: 'Field notes, spring', text: 'Notes taken while reading the interview.\n\nThe second paragraph is where the note goes.' }] });

/** The gloss:// link to the first occurrence of a phrase in a document, as an export writes it. */
async function linkTo(gloss: GlossApp, title: RegExp, phrase: string): Promise<string> {
  const library = JSON.parse(await readFile(join(gloss.dataDir, 'library.json'), 'utf8')) as { documents: { id: string; title: string }[] };
  const { id } = library.documents.find((doc) => title.test(doc.title))!;
  const text = await readFile(join(gloss.dataDir, 'texts', id, 'v1.txt'), 'utf8');
  const start = text.indexOf(phrase);
  return `gloss://open?document=${id}&start=${start}&end=${start + phrase.length}`;
}

const selection = (gloss: GlossApp) => gloss.page.evaluate(() => document.getSelection()?.toString() ?? '');

test('a gloss:// link opens its passage: at start, from a note, pasted in the palette, and a broken one says why', async ({ gloss }) => {
  const reader = () => gloss.page.getByRole('textbox', { name: 'Document text' });
  await expect(gloss.page.getByRole('heading', { level: 1, name: 'Field notes, spring' })).toBeVisible();
  const link = await linkTo(gloss, /Interview/, PASSAGE);

  // Started by the link (as the system starts Gloss when one is clicked elsewhere): the interview opens with the passage selected.
  await gloss.relaunch(link);
  await expect(gloss.page.getByRole('heading', { level: 1, name: /Interview/ })).toBeVisible();
  await expect(reader()).toBeFocused();
  await expect.poll(() => selection(gloss)).toBe(PASSAGE);
  // The link is followed once: a reload stays where the reader is.
  expect(new URL(gloss.page.url()).searchParams.has('open')).toBe(false);

  // A link in a note is a link inside the app.
  await gloss.page.keyboard.press('Control+k');
  await gloss.page.keyboard.type('Field notes');
  await expect(gloss.page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toContainText('Field notes, spring');
  await gloss.page.keyboard.press('Enter');
  await expect(gloss.page.getByRole('heading', { level: 1, name: 'Field notes, spring' })).toBeVisible();
  await selectText(gloss.page, 'second paragraph');
  await gloss.page.keyboard.press('Control+Shift+H');
  await gloss.page.keyboard.press('Enter');
  await gloss.page.getByRole('textbox', { name: 'Note', exact: true }).fill(`Compare [what he said](${link}).`);
  await gloss.page.keyboard.press('Escape');
  const inNote = gloss.page.getByRole('complementary', { name: 'Annotation panel' }).getByRole('link', { name: 'what he said' });
  await inNote.focus();
  await gloss.page.keyboard.press('Enter');
  await expect(gloss.page.getByRole('heading', { level: 1, name: /Interview/ })).toBeVisible();
  await expect.poll(() => selection(gloss)).toBe(PASSAGE);

  // Pasted into the palette (where nothing hands a link over, as in a browser), Enter follows it.
  const palette = gloss.page.getByRole('dialog', { name: 'Command palette' });
  await gloss.page.keyboard.press('Control+k');
  await gloss.page.keyboard.type('Field notes');
  await expect(palette.getByRole('option').first()).toContainText('Field notes, spring');
  await gloss.page.keyboard.press('Enter');
  await expect(gloss.page.getByRole('heading', { level: 1, name: 'Field notes, spring' })).toBeVisible();
  await gloss.page.keyboard.press('Control+k');
  await gloss.page.keyboard.insertText(link);
  await expect(palette.getByRole('option')).toHaveText([/Open the linked passage/]);
  await gloss.page.keyboard.press('Enter');
  await expect(gloss.page.getByRole('heading', { level: 1, name: /Interview/ })).toBeVisible();
  await expect.poll(() => selection(gloss)).toBe(PASSAGE);

  // A link to a document this library does not have says so, and leaves the reader where it was.
  await gloss.relaunch('gloss://open?document=not-here&start=0&end=4');
  await expect(gloss.page.getByText(/^The linked document is not in this library/)).toBeVisible();
  await expect(reader()).toBeVisible();
});
