import { createRequire } from 'node:module';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Esbuild from 'esbuild';

const root = join(import.meta.dirname, '..');
/**
 * Two levels below the repository, as src/server/main.ts is: it finds
 * package.json, the renderer and the bundled resources at '../..' from itself.
 */
const outDir = join(root, 'node_modules', '.stress-gloss');

/** A browser-mode build for the stress suite, and how to remove it afterwards. */
export interface BundledBrowserMode {
  /** The entry to run with plain `node` (see launchBrowserMode's `script`). */
  script: string;
  remove(): Promise<void>;
}

/**
 * Builds browser mode (and the flashcard worker beside it, where the
 * bundled code looks for it) into plain JavaScript. Started through tsx,
 * Gloss spends ~2 s compiling its sources on this machine before it opens the
 * data directory; the stress suite starts it hundreds of times, and that
 * alone would take most of its time budget. The code is the same.
 */
export async function bundleBrowserMode(): Promise<BundledBrowserMode> {
  // esbuild comes with tsx, which runs this suite: taken from there, it needs no dependency of its own.
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild') as typeof Esbuild;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: { main: join(root, 'src/server/main.ts'), generationWorker: join(root, 'src/core/cards/generationWorker.ts'), importWorker: join(root, 'src/core/import/importWorker.ts') },
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Some dependencies are CommonJS and call require(); an ES module bundle has none of its own.
    banner: { js: "import { createRequire as glossCreateRequire } from 'node:module'; const require = glossCreateRequire(import.meta.url);" },
  });
  // Under node_modules, no package.json of ours applies: say the bundle is an ES module.
  await writeFile(join(outDir, 'package.json'), JSON.stringify({ type: 'module' }));
  return { script: join(outDir, 'main.js'), remove: () => rm(outDir, { recursive: true, force: true }) };
}
