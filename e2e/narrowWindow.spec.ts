import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/glossApp';
import { selectText } from './fixtures/selectText';

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotation panel' });
const panelToggle = (page: Page) => page.getByRole('button', { name: 'Annotations' });
const libraryToggle = (page: Page) => page.getByRole('button', { name: 'Library' });

/** Whether anything can be scrolled sideways: the page itself, or any scrolling box in it. */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page (${root.scrollWidth} > ${root.clientWidth})`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const overflow = getComputedStyle(element).overflowX;
      if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName.toLowerCase()}.${element.className} (${element.scrollWidth} > ${element.clientWidth})`);
      }
    }
    return found;
  });
}

test('a wide window keeps the three columns, with no drawer toggles', async ({ gloss }) => {
  const { page } = gloss;
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible();
  await expect(panel(page)).toBeVisible();
  await expect(text(page)).toBeVisible();
  await expect(panelToggle(page)).toHaveCount(0);
  await expect(libraryToggle(page)).toHaveCount(0);
  // A goes to the panel and back to the text.
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('a');
  await expect(panel(page)).toBeFocused();
  await page.keyboard.press('a');
  await expect(text(page)).toBeFocused();
  await expect(panel(page)).toBeVisible();
});

for (const [width, height] of [
  [1024, 768],
  [800, 600],
] as const) {
  test(`at ${width}×${height} the panel is a drawer: J opens it, Enter writes a note, Esc closes it`, async ({ gloss }) => {
    const { page } = gloss;
    await page.setViewportSize({ width, height });
    await expect(text(page)).toBeVisible();
    await expect(panel(page)).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden();

    // A new highlight opens the drawer; Esc in the text closes it and leaves the keyboard there.
    await selectText(page, 'Minsk will host a summit');
    await page.keyboard.press('1');
    await expect(panel(page)).toBeVisible();
    await expect(panelToggle(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(text(page)).toBeFocused();

    await page.keyboard.press('j');
    await expect(panel(page).getByRole('region', { name: 'Selected highlight' })).toContainText('Minsk will host a summit');
    await page.keyboard.press('Enter');
    await expect(panel(page).getByLabel('Note')).toBeFocused();
    await page.keyboard.type('Where the summit is held');
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(text(page)).toBeFocused();

    // The toggle brings the drawer back, with the note in the list; a second press hides it.
    await panelToggle(page).click();
    await expect(panelToggle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(panel(page).getByRole('region', { name: /^Highlights/ }).getByRole('button')).toContainText('Where the summit is held');
    await panelToggle(page).click();
    await expect(panelToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(panel(page)).toBeHidden();

    // A click on a highlight in the text opens it too.
    await text(page).locator('mark').first().click();
    await expect(panel(page).getByRole('region', { name: 'Selected highlight' })).toBeVisible();
  });
}

test('at 1024 px A and Esc show and hide the panel from the keyboard, and L opens the library', async ({ gloss }) => {
  const { page } = gloss;
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(panelToggle(page)).toHaveAttribute('aria-controls', 'annotation-panel');
  await page.keyboard.press('r');
  await expect(text(page)).toBeFocused();
  await page.keyboard.press('a');
  await expect(panel(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel(page).getByRole('button', { name: 'Rename' })).toBeFocused();
  // Esc on a control inside the drawer: the drawer goes, the keyboard is back in the text.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(text(page)).toBeFocused();

  await page.keyboard.press('l');
  const library = page.getByRole('navigation', { name: 'Library' });
  await expect(library).toBeVisible();
  await expect(library.getByRole('button', { name: /Interview with CSTO/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(library).toBeHidden();
  await expect(libraryToggle(page)).toBeFocused();

  // A press outside the library drawer puts it away.
  await libraryToggle(page).click();
  await expect(library).toBeVisible();
  await text(page).click({ position: { x: 400, y: 10 } });
  await expect(library).toBeHidden();
});

test('at 320×640 nothing scrolls sideways and the panel and the library stay reachable', async ({ gloss }) => {
  const { page } = gloss;
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(text(page)).toBeVisible();
  expect(await sidewaysScrollers(page)).toEqual([]);

  await panelToggle(page).click();
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('heading', { name: 'Colours' })).toBeInViewport();
  expect(await sidewaysScrollers(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();

  await libraryToggle(page).click();
  await expect(page.getByRole('button', { name: /Interview with CSTO/ })).toBeInViewport();
  expect(await sidewaysScrollers(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Flashcards' }).click();
  await page.getByRole('button', { name: 'Make cards from key facts' }).click();
  await expect(page.getByRole('list', { name: 'Cards' }).getByRole('listitem').first()).toBeVisible({ timeout: 20_000 });
  expect(await sidewaysScrollers(page)).toEqual([]);

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
  expect(await sidewaysScrollers(page)).toEqual([]);
});
