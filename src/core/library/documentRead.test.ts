import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore, openTestCore } from '../testing/freshCore';

let core: Core;
afterEach(() => core.close());

/** A core whose one highlight is stored one character off, so re-anchoring finds it moved. */
async function coreWithMovedHighlight(): Promise<{ dataDir: string; documentId: string; documentPath: string }> {
  const fresh = await openFreshCore('read');
  const { dataDir, documentId } = fresh;
  await fresh.core.call('annotation:create', { documentId, textVersion: 1, start: 3, end: 12, color: 'c2', note: 'kept' });
  await fresh.core.close();
  const documentPath = join(dataDir, 'documents', `${documentId}.json`);
  const stored = JSON.parse(await readFile(documentPath, 'utf8'));
  const position = stored.annotations[0].target.selector[1];
  Object.assign(position, { start: position.start + 1, end: position.end + 1 });
  await writeFile(documentPath, JSON.stringify(stored));
  core = await openTestCore(dataDir);
  return { dataDir, documentId, documentPath };
}

describe('document:read', () => {
  it('gives the text, highlights and layout document:open gives, and remembers nothing', async () => {
    const { dataDir, documentId, documentPath } = await coreWithMovedHighlight();
    const libraryBefore = await readFile(join(dataDir, 'library.json'), 'utf8');
    const documentBefore = await readFile(documentPath, 'utf8');

    const read = await core.call('document:read', { id: documentId });
    expect(read.annotations[0]).toMatchObject({ anchor: { start: 3, end: 12 }, note: 'kept' });
    expect(read.summary.lastOpenedAt).toBeUndefined();
    expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe(libraryBefore);
    expect(await readFile(documentPath, 'utf8')).toBe(documentBefore);

    // The same document opened: the same answer, but open records the opening and the moved highlight.
    const opened = await core.call('document:open', { id: documentId });
    expect({ ...opened, summary: { ...opened.summary, lastOpenedAt: undefined } }).toEqual({ ...read, summary: { ...read.summary, lastOpenedAt: undefined } });
    expect(await readFile(documentPath, 'utf8')).not.toBe(documentBefore);
  });

  it('names a document that does not exist', async () => {
    ({ core } = await openFreshCore('read-missing'));
    await expect(core.call('document:read', { id: 'doc-nope' })).rejects.toThrow('There is no document with id doc-nope.');
  });
});
