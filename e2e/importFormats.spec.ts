import { writeFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildDocx, wordParagraph, wordRun } from '../src/core/import/formats/testing/docxFixture';
import { expect, test } from './fixtures/glossApp';
import { axeViolations } from './fixtures/axe';
import { highlightPhrase } from './fixtures/selectText';

// Each journey imports through the worker (PDF loads pdfjs), then reloads.
test.setTimeout(120_000);

/** Importing starts a worker, which loads its format's reader (pdfjs alone takes seconds when run from source). */
const IMPORTED = { timeout: 60_000 };
const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const title = (page: Page) => page.getByRole('heading', { level: 1 });
const highlightOn = (page: Page, words: string) => text(page).locator('mark.hl', { hasText: words });

/** Chooses one file in the picker that Control+O opens; a single file opens once imported. */
async function importFile(page: Page, path: string): Promise<void> {
  await expect(title(page)).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+o');
  await (await chooser).setFiles(path);
}

/** Pictures of the page in both themes, wide and at 1024 px, for a person to look at (`<name>-<theme>-<width>.png`). */
async function pictureInBothThemes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const theme of ['Light', 'Dark'] as const) {
    await page.getByRole('button', { name: `${theme} theme` }).click();
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      // At 1024 px the library is a drawer that slides shut: the picture is taken once it has gone.
      if (width < 1100) await expect(page.locator('.sidebar')).toBeHidden();
      await page.screenshot({ path: testInfo.outputPath(`${name}-${theme.toLowerCase()}-${width}.png`) });
    }
  }
}

/** Highlights a phrase, reloads, and finds the highlight still on it. */
async function highlightSurvivesReload(page: Page, phrase: string, titleText: string): Promise<void> {
  await highlightPhrase(page, phrase);
  await expect(highlightOn(page, phrase)).toHaveText(phrase);
  await page.reload();
  await expect(title(page)).toHaveText(titleText);
  await expect(highlightOn(page, phrase)).toHaveText(phrase);
}

test('a Word document keeps its title, headings, list and emphasis, and takes a highlight', async ({ gloss }, testInfo) => {
  const path = testInfo.outputPath('minutes.docx');
  const body = [
    wordParagraph(wordRun('Minutes of the river council'), { style: 'Heading1' }),
    wordParagraph(`${wordRun('The council met on a ')}${wordRun('cold', { italic: true })}${wordRun(' morning and agreed three things.')}`),
    wordParagraph(wordRun('Decisions'), { style: 'Heading2' }),
    wordParagraph(wordRun('Repair the weir before winter'), { list: { numId: 1, level: 0 } }),
    wordParagraph(wordRun('Count the herons in spring'), { list: { numId: 1, level: 0 } }),
  ].join('');
  await writeFile(path, buildDocx(body, { title: 'River council minutes' }));
  await importFile(gloss.page, path);
  await expect(title(gloss.page)).toHaveText('River council minutes', IMPORTED);
  await expect(text(gloss.page).getByRole('heading', { name: 'Decisions' })).toBeVisible();
  await expect(text(gloss.page).locator('.reader-list-item')).toHaveText(['Repair the weir before winter', 'Count the herons in spring']);
  await expect(text(gloss.page).locator('em')).toHaveText('cold');
  await highlightSurvivesReload(gloss.page, 'Repair the weir', 'River council minutes');
});

test('a PDF is read in order without its running header and page numbers, and takes a highlight', async ({ gloss }, testInfo) => {
  const path = testInfo.outputPath('report.pdf');
  const pdf = await PDFDocument.create();
  pdf.setTitle('Survey of the wetlands');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pages = [
    ['Findings', 'The wetlands held more birds this year than in any year since the survey began.', 'Most of them were herons, which nest in the reeds along the eastern shore.'],
    ['Methods', 'Volunteers counted the birds at dawn on the first Sunday of every month.', 'Each count was checked against photographs taken from the same places.'],
  ];
  pages.forEach(([heading, ...lines], index) => {
    const page = pdf.addPage([595, 842]);
    page.drawText('Wetlands Trust — annual survey', { x: 72, y: 800, size: 9, font });
    page.drawText(String(index + 1), { x: 295, y: 40, size: 9, font });
    page.drawText(heading!, { x: 72, y: 740, size: 20, font: bold });
    lines.forEach((line, i) => page.drawText(line, { x: 72, y: 700 - i * 30, size: 11, font }));
  });
  await writeFile(path, await pdf.save());
  await importFile(gloss.page, path);
  await expect(title(gloss.page)).toHaveText('Survey of the wetlands', IMPORTED);
  await expect(text(gloss.page).getByRole('heading', { name: 'Methods' })).toBeVisible();
  await expect(text(gloss.page)).toContainText('Most of them were herons');
  await expect(text(gloss.page)).not.toContainText('Wetlands Trust — annual survey');
  await highlightSurvivesReload(gloss.page, 'nest in the reeds', 'Survey of the wetlands');
});

test('a WebVTT transcript becomes speaker turns, the names beside the words, and takes a highlight', async ({ gloss }, testInfo) => {
  const path = testInfo.outputPath('interview.vtt');
  await writeFile(
    path,
    [
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:04.000',
      '<v Anna Berg>Welcome back to the programme.',
      '',
      '00:00:04.500 --> 00:00:08.000',
      '<v Anna Berg>Today we talk about the wetlands.',
      '',
      '00:00:09.000 --> 00:00:14.000',
      '<v Tom Reed>Thank you. The herons came back early this year.',
      '',
    ].join('\n'),
  );
  await importFile(gloss.page, path);
  await expect(title(gloss.page)).toHaveText('interview', IMPORTED);
  const turns = text(gloss.page).locator('.reader-turn');
  await expect(turns).toHaveCount(2);
  await expect(turns.first().locator('.reader-turn-speaker')).toHaveText('Anna Berg');
  await expect(turns.nth(1).locator('.reader-turn-speaker')).toHaveText('Tom Reed');
  await expect(turns.first()).toContainText('Welcome back to the programme. Today we talk about the wetlands.');
  await highlightSurvivesReload(gloss.page, 'The herons came back early', 'interview');
  await expect(gloss.page.getByRole('complementary', { name: 'Annotation panel' })).not.toContainText('Tom ReedThe herons');
});

test.describe('a podcast transcript, looked at', () => {
  // axe is injected as a script, which the page's CSP would refuse.
  test.use({ bypassCSP: true });

  test('a podcast transcript in Markdown ("**Name:** words") becomes turns, the names and times beside the words', async ({ gloss }, testInfo) => {
    const path = testInfo.outputPath('episode.md');
    await writeFile(
      path,
      [
        '# Episode 250: Kubernetes',
        '**Adam Stacoviak:** Welcome back, everyone! Today we are talking about *Kubernetes*.',
        '**Tim Hockin:** \\[00:04:03.15\\] Thanks for having us. Kubernetes is an offshoot of the Borg and Omega systems.',
        'What we use inside Google is still Borg.',
        '\\[00:05:10\\] And Omega came later, \\[inaudible 00:05:12\\] out of the same team.',
        '**Adam Stacoviak:** Who started the project?',
        '**Tim Hockin:** A few of us at Google, in 2013.',
      ].join('\n\n'),
    );
    const { page } = gloss;
    await importFile(page, path);
    await expect(title(page)).toHaveText('Episode 250: Kubernetes', IMPORTED);
    const turns = text(page).locator('.reader-turn');
    // A paragraph without a label goes on in the voice before it.
    await expect(turns.locator('.reader-turn-speaker')).toHaveText(['Adam Stacoviak', 'Tim Hockin', 'Tim Hockin', 'Tim Hockin', 'Adam Stacoviak', 'Tim Hockin']);
    await expect(turns.nth(1)).toHaveText(/Thanks for having us\. Kubernetes is an offshoot/);
    await expect(turns.nth(2)).toContainText('What we use inside Google is still Borg.');
    // The time stamp is the turn's start, shown beside the name, not words of the turn.
    await expect(turns.nth(1).locator('.reader-turn-time')).toHaveText('4:03');
    await expect(turns.nth(1)).not.toContainText('00:04:03');
    // A later paragraph's own stamp is its start too; a transcriber's stamped note is dimmed, not words.
    await expect(turns.nth(3).locator('.reader-turn-time')).toHaveText('5:10');
    await expect(turns.nth(3)).not.toContainText('[00:05:10]');
    await expect(turns.nth(3).locator('.stage-direction')).toHaveText('[inaudible 00:05:12]');
    await expect(text(page)).not.toContainText('Tim Hockin:');
    await pictureInBothThemes(page, testInfo, 'markdown-transcript');
    expect(await axeViolations(page), 'axe violations on a Markdown podcast transcript').toEqual([]);
  });
});

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
