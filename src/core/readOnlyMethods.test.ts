import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../shared/contract';
import { openCore } from './openCore';
import { SAVED_WORDS_DIR } from './search/savedWordFiles';
import { dataDirFingerprint as snapshot } from './testing/dataDirFingerprint';

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');

/** Valid params for each read-only method; a method newly marked read-only must be added here. */
function readCalls(documentId: string): Partial<Record<MethodName, unknown[]>> {
  return {
    'app:status': [{}],
    'app:dismissNotice': [{ id: 'no-such-notice' }],
    'library:list': [{}],
    'document:read': [{ id: documentId }],
    'library:stats': [{ ids: [documentId, 'doc-unknown'] }],
    'settings:get': [{}],
    'cards:list': [{}, { documentId }, { status: 'due' }, { status: 'new', origin: 'manual', tag: 'exam' }],
    'cards:tags': [{}],
    'review:queue': [{}, { documentId }, { tag: 'exam' }],
    'task:cancel': [{ taskId: 'no-such-task' }],
    'backups:list': [{}],
    'tags:list': [{}],
    'export:w3c': [{ scope: {} }],
    'export:markdown': [{ scope: {}, groupBy: 'document' }, { scope: { documentIds: [documentId] }, groupBy: 'tag' }],
    'export:qdpx': [{ scope: {} }, { scope: { documentIds: [documentId] } }],
    'export:anki': [{ scope: {}, format: 'apkg' }, { scope: { documentIds: [documentId] }, format: 'text' }],
    'tags:usage': [{}],
    'tags:passages': [{ tag: 'exam' }, { tag: 'exam', documentId, includeChildren: false }],
    'library:search': [{ query: '' }, { query: 'Minsk' }, { query: 'because', limit: 3 }],
  };
}

describe('the read-only marker of the contract', () => {
  it('marks only methods that leave the data directory unchanged, byte for byte', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-readonly-')), 'data');
    const writer = await openCore({ dataDir, resourcesDir, version: 'test' });
    const { documents } = (await writer.call('library:list', {}));
    const documentId = documents[0]!.id;
    await writer.call('annotation:create', { documentId, textVersion: 1, start: 3, end: 12, color: 'c2', note: 'Why? Because' });
    await writer.call('card:create', { documentId, type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk', tags: ['exam'] });
    await writer.close();
    // A stored position one character off: opening finds the highlight moved and would record where.
    const documentPath = join(dataDir, 'documents', `${documentId}.json`);
    const stored = JSON.parse(await readFile(documentPath, 'utf8'));
    const position = stored.annotations[0].target.selector[1];
    Object.assign(position, { start: position.start + 1, end: position.end + 1 });
    await writeFile(documentPath, JSON.stringify(stored));

    // A fresh core opens every document lazily, as a relaunch does: a read must not rewrite a file it opens.
    const reader = await openCore({ dataDir, resourcesDir, version: 'test' });
    // The search saves its index beside the library (a cache, through the write fence): no library data.
    const libraryFiles = async () => Object.fromEntries(Object.entries(await snapshot(dataDir)).filter(([name]) => !name.startsWith(SAVED_WORDS_DIR)));
    try {
      const before = await libraryFiles();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const calls = readCalls(documentId);
      const readOnly = methodNames.filter((name) => contract[name].readOnly);
      expect(readOnly.sort()).toEqual(Object.keys(calls).sort());
      for (const name of readOnly) {
        for (const params of calls[name]!) await reader.call(name, params);
      }
      expect(await libraryFiles()).toEqual(before);
    } finally {
      await reader.close();
    }
    // It calls every read-only method, exports included; the first Anki package loads SQLite's WebAssembly.
  }, 20_000);

  it('leaves every method that changes the library unmarked', () => {
    const writes: MethodName[] = ['document:open', 'document:setReadingPosition', 'settings:update', 'annotation:create', 'card:create', 'review:grade', 'cards:generate', 'document:import', 'document:rename', 'document:trash', 'document:restore', 'trash:empty'];
    expect(writes.filter((name) => contract[name].readOnly)).toEqual([]);
  });
});
