import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { openCore } from '../openCore';

const resourcesDir = join(import.meta.dirname, '..', '..', '..', 'resources');

describe('upgrading a library from format 1 (before highlights)', () => {
  it('adds colours and highlights, keeps everything else, and backs the old files up first', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gloss-migrate-'));
    const id = 'doc-1';
    const at = '2026-11-01T10:00:00.000Z';
    await mkdir(join(dataDir, 'documents'));
    await mkdir(join(dataDir, 'texts', id), { recursive: true });
    await writeFile(join(dataDir, 'texts', id, 'v1.txt'), 'Old notes.\n\nSecond paragraph.');
    const textVersion = { version: 1, createdAt: at, wordCount: 4, charCount: 29, paragraphCount: 2 };
    await writeFile(join(dataDir, 'documents', `${id}.json`), JSON.stringify({ schemaVersion: 1, id, title: 'Old', source: 'Me', addedAt: at, textVersions: [textVersion] }));
    const summary = { id, title: 'Old', source: 'Me', addedAt: at, textVersion: 1, wordCount: 4, charCount: 29, paragraphCount: 2, readingPosition: { paragraph: 1 } };
    await writeFile(
      join(dataDir, 'library.json'),
      JSON.stringify({ schemaVersion: 1, documents: [summary], settings: { theme: 'dark', lastDocumentId: id }, firstLaunchDone: true }),
    );

    const core = await openCore({ dataDir, resourcesDir, version: 't' });
    const settings = (await core.call('settings:get', {}));
    expect(settings).toMatchObject({ theme: 'dark', lastDocumentId: id, currentColor: 'c1', desiredRetention: 0.9, newCardsPerDay: 20 });
    expect(settings.categories.map((c) => c.name)).toEqual(['Key fact', 'Claim', 'Question', 'Actor', 'Follow up']);
    const opened = (await core.call('document:open', { id }));
    expect(opened).toMatchObject({ text: 'Old notes.\n\nSecond paragraph.', annotations: [], summary: { readingPosition: { paragraph: 1 } } });
    await core.close();
    expect((await readdir(dataDir)).some((name) => name.startsWith('library.json.backup-v1-'))).toBe(true);
    expect((await readdir(join(dataDir, 'documents'))).some((name) => name.startsWith(`${id}.json.backup-v1-`))).toBe(true);
  });
});
