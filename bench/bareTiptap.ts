import { join } from 'node:path';
import { build } from 'vite';
import { CORPUS, readCorpusText, repoRoot } from './paths';
import { serveStatic, type ServedFile, type StaticSite } from './staticServer';

const pageRoot = join(repoRoot, 'bench', 'pages', 'bare-tiptap');
const outDir = join(repoRoot, 'out', 'bench', 'bare-tiptap');

/**
 * Builds the bare-TipTap baseline page and serves it with the corpus texts
 * at /text/<file>, normalised as Gloss stores them.
 */
export async function startBareTiptap(): Promise<StaticSite> {
  // No config file: the page needs nothing beyond Vite's defaults, and must not pick up the app's.
  await build({ configFile: false, root: pageRoot, base: './', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const texts: Record<string, ServedFile> = {};
  for (const { file } of Object.values(CORPUS)) {
    texts[`/text/${file}`] = { body: await readCorpusText(file), type: 'text/plain; charset=utf-8' };
  }
  return serveStatic(outDir, texts);
}
