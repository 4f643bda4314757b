import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/glossApp';
import { importFile, IMPORTED } from './fixtures/importedFile';
import { pictureInBothThemes } from './fixtures/themePictures';

// Each journey imports through the worker, then makes cards from the transcript.
test.setTimeout(120_000);

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const title = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('a hearing record, looked at', () => {
  // axe is injected as a script, which the page's CSP would refuse.
  test.use({ bypassCSP: true });

  test('a congressional hearing in plain text ("Mr. NADLER. …") becomes turns, and its exchange a question/answer card', async ({ gloss }, testInfo) => {
    const path = testInfo.outputPath('hearing.txt');
    await writeFile(
      path,
      [
        'OVERSIGHT OF THE FEDERAL BUREAU OF INVESTIGATION',
        '',
        '    Chairman Jordan. The committee will come to order. Without',
        'objection, the chair is authorized to declare a recess at any time.',
        '    Mr. NADLER. Thank you, Mr. Chairman. Today we welcome the',
        'Director of the FBI, who has served since 2017.',
        '    Chairman Jordan. Director Wray, you are recognized for five minutes.',
        '    Mr. Wray. Thank you, Chairman Jordan, and members of the committee.',
        '    [Applause.]',
        '    Mr. NADLER. Director, how many agents work on the case?',
        '    Mr. Wray. About 200 agents work on it full time, in twelve field offices.',
        '    Chairman Jordan. The gentleman\'s time has expired.',
      ].join('\n'),
    );
    const { page } = gloss;
    await importFile(page, path);
    await expect(title(page)).toHaveText('hearing', IMPORTED);
    const turns = text(page).locator('.reader-turn');
    await expect(turns.locator('.reader-turn-speaker')).toHaveText(['Chairman Jordan', 'Mr. Nadler', 'Chairman Jordan', 'Mr. Wray', 'Mr. Nadler', 'Mr. Wray', 'Chairman Jordan']);
    await expect(turns.nth(5)).toContainText('About 200 agents work on it full time');
    await expect(text(page)).not.toContainText('Mr. NADLER.');
    await expect(text(page).locator('.stage-direction')).toHaveText('[Applause.]');
    await pictureInBothThemes(page, testInfo, 'hearing');
    expect(await axeViolations(page), 'axe violations on a hearing record').toEqual([]);

    await page.keyboard.press('b');
    await page.getByRole('button', { name: 'Make cards from key facts' }).click();
    const cards = page.getByRole('list', { name: 'Cards' }).getByRole('listitem');
    await expect(cards.filter({ hasText: 'what did Mr. Wray answer?' })).toHaveCount(1, { timeout: 20_000 });
    await expect(cards.filter({ hasText: /Applause|NADLER/ })).toHaveCount(0);
  });
});

test('a press briefing in plain text becomes turns, the reporters’ Q marks too; its stage directions are dimmed and never carded', async ({ gloss }, testInfo) => {
  const path = testInfo.outputPath('briefing.txt');
  await writeFile(
    path,
    [
      'MR. SULLIVAN:  Good morning.  The first session is on Africa.  (Applause.)',
      'Q    Jake, can you tell us where the summit will be held?',
      'MR. SULLIVAN:  The summit will be held in Apulia, in southern Italy.  (Laughter.)',
      'Q    Thank you.',
    ].join('\n\n'),
  );
  const { page } = gloss;
  await importFile(page, path);
  await expect(title(page)).toHaveText('briefing', IMPORTED);
  const turns = text(page).locator('.reader-turn');
  await expect(turns).toHaveCount(4);
  await expect(turns.locator('.reader-turn-speaker')).toHaveText(['MR. SULLIVAN', 'Q', 'MR. SULLIVAN', 'Q']);
  await expect(turns.nth(1)).toContainText('Jake, can you tell us where the summit will be held?');
  await expect(text(page).locator('.stage-direction')).toHaveText(['(Applause.)', '(Laughter.)']);

  await page.keyboard.press('b');
  await page.getByRole('button', { name: 'Make cards from key facts' }).click();
  const cards = page.getByRole('list', { name: 'Cards' }).getByRole('listitem');
  await expect(cards.first()).toBeVisible({ timeout: 20_000 });
  await expect(cards.filter({ hasText: /Applause|Laughter|SULLIVAN/ })).toHaveCount(0);
});
