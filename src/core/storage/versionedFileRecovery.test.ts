import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { versionedFileSandbox, type VersionedFileSandbox } from './testing/versionedFileSandbox';
import { LostFileError, openVersionedFile } from './versionedFile';

let dir: string;
let spec: VersionedFileSandbox['spec'];
beforeEach(async () => {
  ({ dir, spec } = await versionedFileSandbox());
});

describe('openVersionedFile: restoring a lost file', () => {
  const write = (name: string, data: unknown) => writeFile(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));

  it('restores a damaged file from its previous generation and says from when', async () => {
    await write('file.json', '');
    await write('file.json.prev', { schemaVersion: 3, notes: ['a'] });
    await utimes(join(dir, 'file.json.prev'), new Date('2026-11-27T09:30:00Z'), new Date('2026-11-27T09:30:00Z'));
    const { db, notices } = await openVersionedFile(spec());
    expect(db.data.notes).toEqual(['a']);
    expect(notices).toEqual([
      'file.json could not be read (the file is empty). It was kept as file.json.damaged-2026-11-28T10-00-00Z. ' +
        'Gloss restored its previous version, saved 2026-11-27 09:30 UTC; only changes made after that are missing.',
    ]);
    expect(JSON.parse(await readFile(join(dir, 'file.json'), 'utf8'))).toEqual({ schemaVersion: 3, notes: ['a'] });
  });

  it('restores a backup saved after its previous generation was written (it holds what came later), and the previous generation over an older backup', async () => {
    await write('file.json', '');
    await write('file.json.prev', { schemaVersion: 3, notes: ['a'] });
    await utimes(join(dir, 'file.json.prev'), new Date('2026-11-27T09:30:00Z'), new Date('2026-11-27T09:30:00Z'));
    await write('at-close.json', { schemaVersion: 3, notes: ['a', 'b'] });
    await write('older.json', { schemaVersion: 3, notes: [] });
    const atClose = { path: join(dir, 'at-close.json'), savedAt: new Date('2026-11-27T10:00:00Z'), label: 'the snapshot taken at close' };
    const older = { path: join(dir, 'older.json'), savedAt: new Date('2026-11-27T09:00:00Z'), label: 'an older snapshot' };
    const { db, notices } = await openVersionedFile(spec({ backups: async () => [older, atClose] }));
    expect(db.data.notes).toEqual(['a', 'b']);
    expect(notices[0]).toMatch(/Gloss restored the snapshot taken at close, saved 2026-11-27 10:00 UTC/);

    await write('file.json', '');
    const again = await openVersionedFile(spec({ backups: async () => [older] }));
    expect(again.db.data.notes).toEqual(['a']);
    expect(again.notices[0]).toMatch(/Gloss restored its previous version, saved 2026-11-27 09:30 UTC/);
  });

  it('treats valid JSON with invalid content as damaged, and restores it too', async () => {
    await write('file.json', { schemaVersion: 3, notes: 42 });
    await write('file.json.prev', { schemaVersion: 3, notes: ['kept'] });
    const { db } = await openVersionedFile(spec());
    expect(db.data.notes).toEqual(['kept']);
  });

  it('passes over a damaged or newer previous generation to the newest backup that parses, upgrading an old one', async () => {
    await write('file.json', '');
    await write('file.json.prev', '{"schemaVersion":3,');
    await write('old.json', { schemaVersion: 1, note: 'older' });
    await write('newer.json', { schemaVersion: 9, notes: [] });
    await write('broken.json', '{');
    const backups = async () => [
      { path: join(dir, 'old.json'), savedAt: new Date('2026-11-20T00:00:00Z'), label: 'the old one' },
      { path: join(dir, 'broken.json'), savedAt: new Date('2026-11-26T00:00:00Z'), label: 'the broken one' },
      { path: join(dir, 'newer.json'), savedAt: new Date('2026-11-27T00:00:00Z'), label: 'the newer one' },
    ];
    const { db, notices } = await openVersionedFile(spec({ backups }));
    expect(db.data).toEqual({ schemaVersion: 3, notes: ['OLDER'] });
    expect(notices[0]).toMatch(/Gloss restored the old one, saved 2026-11-20 00:00 UTC/);
  });

  it('rebuilds with recover only when no copy will do', async () => {
    await write('file.json', '[]');
    const { db, notices } = await openVersionedFile(spec());
    expect(db.data.notes).toEqual(['recovered']);
    expect(notices[0]).toMatch(/It was kept as file\.json\.damaged-.*\. Rebuilt\.$/);
  });

  it('restores a missing file like a damaged one when the kind of file has no "create"', async () => {
    await write('file.json.prev', { schemaVersion: 3, notes: ['back'] });
    const { db, notices } = await openVersionedFile(spec({ create: undefined }));
    expect(db.data.notes).toEqual(['back']);
    expect(notices[0]).toMatch(/^file\.json is missing\. Gloss restored its previous version/);
  });

  it('reports a lost file that cannot be rebuilt with what happened to it, having kept the damaged bytes', async () => {
    await write('file.json', '{"schemaVersion":3');
    const recover = async (): Promise<never> => {
      throw new Error('its text is missing too.');
    };
    const failure = await openVersionedFile(spec({ recover })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LostFileError);
    expect((failure as LostFileError).setAside).toBe(true);
    expect((failure as LostFileError).message).toMatch(/^file\.json could not be read .* kept as file\.json\.damaged-.* No earlier copy of it was found, and it could not be rebuilt: its text is missing too\.$/);
    expect(await readFile(join(dir, 'file.json.damaged-2026-11-28T10-00-00Z'), 'utf8')).toBe('{"schemaVersion":3');
  });
});

describe('openVersionedFile: a missing file that existed once', () => {
  it('is restored from its previous generation rather than created empty', async () => {
    await writeFile(join(dir, 'file.json.prev'), JSON.stringify({ schemaVersion: 3, notes: ['was here'] }));
    const { db, notices } = await openVersionedFile(spec());
    expect(db.data.notes).toEqual(['was here']);
    expect(notices[0]).toMatch(/^file\.json is missing\. Gloss restored its previous version/);
  });

  it('with no copy but traces elsewhere (leftTraces), is rebuilt by recover rather than created empty', async () => {
    const { db, notices } = await openVersionedFile(spec({ leftTraces: async () => true }));
    expect(db.data.notes).toEqual(['recovered']);
    expect(notices).toEqual(['file.json is missing. Rebuilt.']);
    expect(JSON.parse(await readFile(join(dir, 'file.json'), 'utf8'))).toEqual({ schemaVersion: 3, notes: ['recovered'] });
  });

  it('with no copy and no traces, is created as new, silently', async () => {
    const { db, notices } = await openVersionedFile(spec({ leftTraces: async () => false }));
    expect(db.data.notes).toEqual([]);
    expect(notices).toEqual([]);
  });
});
