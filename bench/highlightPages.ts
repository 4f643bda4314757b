import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { CORPUS, readCorpusText, repoRoot } from './paths';
import { serveStatic, type StaticSite } from './staticServer';

const pagesDir = join(repoRoot, 'bench', 'pages');

/**
 * Builds the bare-TipTap highlight baseline (editable, with a highlight mark)
 * and serves it with War and Peace at /text/<file>, normalised as Gloss stores it.
 */
export async function startBareTiptapHighlights(): Promise<StaticSite> {
  const root = join(pagesDir, 'bare-tiptap-highlights');
  const outDir = join(repoRoot, 'out', 'bench', 'bare-tiptap-highlights');
  // No config file: the page must not pick up the app's Vite config.
  await build({ configFile: false, root, base: './', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const { file } = CORPUS.warAndPeace;
  return serveStatic(outDir, { [`/text/${file}`]: { body: await readCorpusText(file), type: 'text/plain; charset=utf-8' } });
}

/**
 * Bundles bench/pages/frame-probe into one classic script, for Playwright's
 * addInitScript: it has to run before the page's own modules.
 */
export async function buildFrameProbeScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(pagesDir, 'frame-probe', 'frameProbe.ts'), formats: ['iife'], name: 'frameProbeBundle' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('Building the frame probe produced no script.');
  return chunk.code;
}
