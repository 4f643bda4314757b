import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Core } from '../../../openCore';
import { openTestCore, TEST_RESOURCES_DIR } from '../../../testing/freshCore';
import { seedDocuments } from '../../../testing/seedDocuments';

/** A text that tells code points from UTF-16 units: emoji (one with joiners), CJK in and beyond the BMP, markup characters. */
export const MIXED_TEXT = 'Ana 😀 said: “我们在明斯克见面” — then 👨‍👩‍👧 came.\n\nThe rare 𠀀 character, <tags> & ampersands ]]> stay words.\n\nA last line about Minsk.';

/** A library with a coded document: nested, described and coloured tags, notes with markup, an orphan, a renamed colour. */
export interface CodedLibrary {
  core: Core;
  dataDir: string;
  interviewId: string;
  mixedId: string;
}

/** Builds the coded library on a new data directory (the bundled interview plus MIXED_TEXT). */
export async function codedLibrary(prefix: string): Promise<CodedLibrary> {
  const dataDir = join(await mkdtemp(join(tmpdir(), `gloss-${prefix}-`)), 'data');
  const [mixed] = await seedDocuments(dataDir, TEST_RESOURCES_DIR, [{ title: 'Chat: 😀 & <friends>', source: 'chat.txt', text: MIXED_TEXT }]);
  const core = await openTestCore(dataDir);
  const documents = (await core.call('library:list', {})).documents;
  const interviewId = documents.find((doc) => doc.id !== mixed!.id)!.id;
  const mixedId = mixed!.id;
  const at = (quote: string) => ({ start: MIXED_TEXT.indexOf(quote), end: MIXED_TEXT.indexOf(quote) + quote.length });
  await core.call('annotation:create', { documentId: mixedId, textVersion: 1, ...at('我们在明斯克见面'), color: 'c2', tags: ['place/Minsk', 'language/中文'], note: 'Said in *Chinese* <really> & "quoted" ]]> done' });
  await core.call('annotation:create', { documentId: mixedId, textVersion: 1, ...at('👨‍👩‍👧 came'), color: 'c4', tags: ['people/family'] });
  await core.call('annotation:create', { documentId: mixedId, textVersion: 1, ...at('𠀀 character'), color: 'c1', note: 'Line one\nline two\ttabbed' });
  const lost = await core.call('annotation:create', { documentId: mixedId, textVersion: 1, ...at('A last line'), color: 'c5', tags: ['place'], note: 'was here' });
  const edited = MIXED_TEXT.replace('A last line about Minsk.', 'Nothing else.');
  const views = (await core.call('document:open', { id: mixedId })).annotations;
  await core.call('document:saveText', { id: mixedId, baseVersion: 1, text: edited, anchors: views.map((view) => ({ id: view.id, range: view.id === lost.id ? null : view.anchor })) });
  const text = (await core.call('document:open', { id: interviewId })).text;
  const minsk = text.indexOf('Minsk');
  await core.call('annotation:create', { documentId: interviewId, textVersion: 1, start: minsk, end: minsk + 5, color: 'c3', tags: ['place/Minsk'] });
  await core.call('tag:describe', { name: 'place', color: 'c2', description: 'Where it happens: cities & <regions>.' });
  await core.call('tag:describe', { name: 'place/Minsk', color: 'c4' });
  await core.call('tag:describe', { name: 'unused/idea', description: 'A code nobody applied yet.' });
  await core.call('category:rename', { id: 'c2', name: 'Claims made' });
  return { core, dataDir, interviewId, mixedId };
}

/** The files of an exported .qdpx (from its base64), project.qde as text. */
export function unpackQdpx(data: string): { project: string; files: Record<string, Uint8Array> } {
  const files = unzipSync(new Uint8Array(Buffer.from(data, 'base64')));
  return { project: strFromU8(files['project.qde']!), files };
}
