import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/glossApp';
import { highlightSurvivesReload, importFile, IMPORTED } from './fixtures/importedFile';
import { pictureInBothThemes } from './fixtures/themePictures';

// Each journey imports through the worker, then reloads or takes pictures in both themes.
test.setTimeout(120_000);

const text = (page: Page) => page.getByRole('textbox', { name: 'Document text' });
const title = (page: Page) => page.getByRole('heading', { level: 1 });

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
