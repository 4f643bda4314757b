import { startBareTiptap } from './bareTiptap';
import { launchBrowser } from './browser';
import { evaluateRows } from './results';
import { highlightsSuite } from './suites/highlights';
import { formatTable } from './table';
import type { GlossApp } from './glossApp';
const bareTiptap = await startBareTiptap();
const browser = await launchBrowser();
const t = Date.now();
try {
  const rows = await highlightsSuite.run({ browser, bareTiptap, gloss: null as unknown as GlossApp, log: (m) => console.error(`[${((Date.now()-t)/1000).toFixed(0)}s] ${m}`) });
  console.log(formatTable(evaluateRows(rows)));
  console.log(JSON.stringify(rows.map(r => [r.name, r.samples.map(x => +x.toFixed(1))])));
} finally { await browser.close(); await bareTiptap.close(); }
