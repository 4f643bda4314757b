/**
 * `npm run bench`: measures Gloss against its baselines in one browser and
 * prints a table (stdout) with progress on stderr. Times are never asserted;
 * the latest results are also written to bench/results/latest.json.
 */
import { join } from 'node:path';
import { startBareTiptap } from './bareTiptap';
import { launchBrowser } from './browser';
import { startGlossApp } from './glossApp';
import { repoRoot } from './paths';
import { evaluateRows, writeResults } from './results';
import type { BenchRow, Suite } from './suite';
import { cardsSuite } from './suites/cards';
import { exportingSuite } from './suites/exporting';
import { highlightsSuite } from './suites/highlights';
import { importingSuite } from './suites/importing';
import { librarySuite } from './suites/library';
import { openDocumentSuite } from './suites/openDocument';
import { reanchorSuite } from './suites/reanchor';
import { searchSuite } from './suites/search';
import { storageSuite } from './suites/storage';
import { tagFilterSuite } from './suites/tagFilter';
import { formatTable } from './table';

/** Every suite, in the order its rows appear in the table. */
const suites: Suite[] = [openDocumentSuite, reanchorSuite, highlightsSuite, tagFilterSuite, cardsSuite, storageSuite, librarySuite, importingSuite, exportingSuite, searchSuite];

const log = (message: string): void => console.error(`[bench] ${message}`);

/** `npm run bench -- highlights` runs only the suites whose name contains one of the words given. */
function selectedSuites(words: readonly string[]): Suite[] {
  return words.length === 0 ? suites : suites.filter((suite) => words.some((word) => suite.name.includes(word)));
}

async function main(): Promise<void> {
  log('building the baseline pages and starting Gloss in browser mode');
  const bareTiptap = await startBareTiptap();
  const gloss = await startGlossApp();
  const browser = await launchBrowser();
  const rows: BenchRow[] = [];
  try {
    for (const suite of selectedSuites(process.argv.slice(2))) {
      log(`suite: ${suite.name}`);
      rows.push(...(await suite.run({ browser, gloss, bareTiptap, log })));
    }
  } finally {
    await browser.close();
    await gloss.close();
    await bareTiptap.close();
  }
  const results = evaluateRows(rows);
  console.log(formatTable(results));
  const path = join(repoRoot, 'bench', 'results', 'latest.json');
  await writeResults(path, results, {
    chromium: browser.version(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  });
  log(`results written to ${path}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
