import { access, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../core/openCore';
import { openTestCore, TEST_RESOURCES_DIR } from '../../core/testing/freshCore';
import { cliHarness } from '../testing/cliHarness';
import { dataDirFingerprint } from '../../core/testing/dataDirFingerprint';
import { seedLibrary } from '../testing/seedLibrary';
import { coreLibraryAccess } from './libraryAccess';

const libraries = coreLibraryAccess({ resourcesDir: TEST_RESOURCES_DIR, version: 'test' });
let app: Core | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A library with a highlight and a card, open in "the app" (this process holds its lock), and one more highlight saved there. */
async function libraryOpenInTheApp(): Promise<{ dataDir: string; documentId: string }> {
  const { dataDir } = await cliHarness();
  const documentId = await seedLibrary(dataDir);
  app = await openTestCore(dataDir);
  await app.call('annotation:create', { documentId, textVersion: 1, start: 20, end: 30, color: 'c1', note: 'saved while open' });
  return { dataDir, documentId };
}

describe('library access for the CLI', { timeout: 60_000 }, () => {
  it('reads a library while Gloss has it open, sees what it saved, and writes nothing to it', async () => {
    const { dataDir, documentId } = await libraryOpenInTheApp();
    const before = await dataDirFingerprint(dataDir);
    const reader = await libraries.forReading(dataDir);
    const opened = await reader.call('document:read', { id: documentId });
    expect(opened.annotations.map((view) => view.note)).toEqual(['Why? Because', 'saved while open']);
    expect((await reader.call('export:markdown', { scope: {}, groupBy: 'document' })).content).toContain('saved while open');
    expect((await reader.call('backup:create', {})).counts).toMatchObject({ documents: 1, highlights: 2, cards: 1 });
    await reader.close();
    expect(await dataDirFingerprint(dataDir)).toEqual(before);
    // The copy is gone with the core.
    await expect(access(reader.dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('shares the texts with the library by hard links where it can, rather than copying them', async () => {
    const { dataDir, documentId } = await libraryOpenInTheApp();
    const reader = await libraries.forReading(dataDir);
    try {
      const text = join('texts', documentId, 'v1.txt');
      expect((await stat(join(reader.dataDir, text))).ino).toBe((await stat(join(dataDir, text))).ino);
      expect((await stat(join(reader.dataDir, 'library.json'))).ino).not.toBe((await stat(join(dataDir, 'library.json'))).ino);
    } finally {
      await reader.close();
    }
  });

  it('refuses to write while Gloss has the library open, naming that process, and writes nothing', async () => {
    const { dataDir } = await libraryOpenInTheApp();
    const before = await dataDirFingerprint(dataDir);
    await expect(libraries.forWriting(dataDir, 'import')).rejects.toThrow(
      new RegExp(`^Another Gloss \\(process ${process.pid}, since \\d{4}-.+\\) is already using the data directory ${dataDir}, and gloss import changes the library: close that Gloss first \\(gloss list, text and export work while it runs\\)\\.$`),
    );
    expect(await dataDirFingerprint(dataDir)).toEqual(before);
  });

  it('says there is no library where there is none, and creates nothing there', async () => {
    const { dataDir } = await cliHarness();
    await expect(libraries.forReading(dataDir)).rejects.toThrow(`There is no Gloss library in ${dataDir}.`);
    await expect(access(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
