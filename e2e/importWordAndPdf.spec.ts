import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildDocx, wordParagraph, wordRun } from '../src/core/import/formats/testing/docxFixture';
import { expect, test } from './fixtures/glossApp';
import { highlightSurvivesReload, importFile, IMPORTED } from './fixtures/importedFile';

// Each journey imports through the worker (PDF loads pdfjs), then reloads.
test.setTimeout(120_000);

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const title = (page: Page) => page.getByRole('heading', { level: 1 });

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
