import { Session } from 'node:inspector/promises';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDocuments } from '../src/core/testing/seedDocuments';
import { seedAnnotations } from '../src/core/testing/seedAnnotations';
import { openCore } from '../src/core/openCore';
import { writeFileAtomic } from '../src/core/storage/writeFileAtomic';
import { CORPUS, corpusDir, readCorpusText, repoRoot } from './paths';
import { spreadHighlights } from './workloads/highlightSet';

const text = await readCorpusText(CORPUS.warAndPeace.file);
const n = Number(process.env.N ?? 5000);
const dataDir = await mkdtemp(join(tmpdir(), 'gloss-prof-'));
const resourcesDir = join(repoRoot, 'resources');
const [doc] = await seedDocuments(dataDir, resourcesDir, [{ path: join(corpusDir, 'war-and-peace.txt'), title: 'W', source: '' }]);
await seedAnnotations(dataDir, resourcesDir, doc!.id, spreadHighlights(text, n));
const core = await openCore({ dataDir, resourcesDir, version: 'x' });
const opened = (await core.call('document:open', { id: doc!.id })) as { summary: { textVersion: number } };
const files = await import('node:fs/promises').then((fs) => fs.readdir(join(dataDir, 'documents')));
for (const f of files) console.log(f, (await stat(join(dataDir, 'documents', f))).size);
const time = async (label: string, work: () => Promise<unknown>) => { const t = performance.now(); await work(); return performance.now() - t; };
const createOnce = async (i: number) => {
  const id = `ann-p${i}`;
  const c = await time('create', () => core.call('annotation:create', { documentId: doc!.id, textVersion: opened.summary.textVersion, start: 1000 + i * 50, end: 1030 + i * 50, color: 'c1', id }));
  const d = await time('delete', () => core.call('annotation:delete', { documentId: doc!.id, id }));
  return [c, d];
};
for (let i = 0; i < 3; i++) await createOnce(i);
const results: number[][] = [];
for (let i = 3; i < 13; i++) results.push(await createOnce(i));
console.log('create ms', results.map((r) => r[0]!.toFixed(1)).join(' '));
console.log('delete ms', results.map((r) => r[1]!.toFixed(1)).join(' '));
// pieces
const textPath = join(dataDir, 'texts', doc!.id, 'v1.txt');
console.log('read text ms', (await time('', () => readFile(textPath, 'utf8'))).toFixed(1));
const json = await readFile(join(dataDir, 'documents', files.find((f) => f.endsWith('.json'))!), 'utf8');
const data = JSON.parse(json);
let t = performance.now(); const s = JSON.stringify(data, null, 1); console.log('stringify ms', (performance.now() - t).toFixed(1), s.length);
console.log('atomic write ms', (await time('', () => writeFileAtomic(join(dataDir, 'scratch.json'), s))).toFixed(1));
// CPU profile of 5 creates
const session = new Session(); session.connect();
await session.post('Profiler.enable'); await session.post('Profiler.setSamplingInterval', { interval: 100 }); await session.post('Profiler.start');
for (let i = 20; i < 25; i++) await createOnce(i);
const { profile } = await session.post('Profiler.stop');
const self = new Map<string, number>();
const dt = new Map<number, number>();
profile.samples!.forEach((id, k) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![k] ?? 0)));
for (const node of profile.nodes) {
  const f = node.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
}
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n'));
await core.close();
