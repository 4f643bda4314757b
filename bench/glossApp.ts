import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserMode } from '../src/server/browserMode';
import { seedDocuments } from '../src/core/testing/seedDocuments';
import { CORPUS, corpusDir, repoRoot } from './paths';

/** The real app in browser mode, on a throw-away data directory holding the bench texts. */
export interface GlossApp {
  url: string;
  documentIds: { interview: string; warAndPeace: string };
  /** Makes `id` the document the app opens on its next load (the core remembers the last one opened). */
  openOnNextLoad(id: string): Promise<void>;
  /** Stops the server and deletes the data directory. */
  close(): Promise<void>;
}

/** What a suite may add to the seeded data directory before the server takes its lock. */
export interface GlossAppSetup {
  /** Runs after War and Peace is added, before browser mode starts (e.g. seeding highlights). */
  prepare?: (seeded: { dataDir: string; resourcesDir: string; warAndPeaceId: string }) => Promise<void>;
}

/** Seeds a fresh data directory and starts browser mode on it with the built renderer. */
export async function startGlossApp(setup: GlossAppSetup = {}): Promise<GlossApp> {
  const rendererDir = join(repoRoot, 'out', 'renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run \`npm run build\` first (npm run bench does).`);
  }
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-bench-'));
  const options = { dataDir, resourcesDir: join(repoRoot, 'resources'), version };
  const { warAndPeace } = CORPUS;
  const [added] = await seedDocuments(dataDir, options.resourcesDir, [
    { path: join(corpusDir, warAndPeace.file), title: warAndPeace.title, source: warAndPeace.source },
  ]);
  await setup.prepare?.({ dataDir, resourcesDir: options.resourcesDir, warAndPeaceId: added!.id });
  const running = await startBrowserMode({ ...options, port: 0, rendererDir });
  const { documents } = (await running.core.call('library:list', {}));
  const interview = documents.find((doc) => doc.id !== added!.id)!;
  return {
    url: running.url,
    documentIds: { interview: interview.id, warAndPeace: added!.id },
    // Through the contract, as the renderer would: document:open records the last document.
    openOnNextLoad: async (id) => {
      await running.core.call('document:open', { id });
    },
    close: async () => {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
