import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { versionedFileSandbox, type VersionedFileSandbox } from './testing/versionedFileSandbox';
import { openVersionedFile, NewerSchemaError } from './versionedFile';

let dir: string;
let spec: VersionedFileSandbox['spec'];
beforeEach(async () => {
  ({ dir, spec } = await versionedFileSandbox());
});

describe('openVersionedFile', () => {
  it('creates a missing file on disk with its schemaVersion', async () => {
    const { db, notices } = await openVersionedFile(spec());
    expect(db.data).toEqual({ schemaVersion: 3, notes: [] });
    expect(JSON.parse(await readFile(join(dir, 'file.json'), 'utf8'))).toEqual({ schemaVersion: 3, notes: [] });
    expect(notices).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"schemaVersion":3,"notes":["a'],
    ['not an object', '[1,2]'],
    ['without a version', '{"notes":[]}'],
    ['invalid content', '{"schemaVersion":3,"notes":"oops"}'],
  ])('moves a %s file aside, keeps its bytes and recovers', async (_kind, content) => {
    await writeFile(join(dir, 'file.json'), content);
    const { db, notices } = await openVersionedFile(spec());
    expect(db.data.notes).toEqual(['recovered']);
    const kept = (await readdir(dir)).find((name) => name.startsWith('file.json.damaged-'));
    expect(kept).toBe('file.json.damaged-2026-11-28T10-00-00Z');
    expect(await readFile(join(dir, kept!), 'utf8')).toBe(content);
    expect(notices[0]).toMatch(/could not be read .* kept as file\.json\.damaged-2026-11-28T10-00-00Z\. Rebuilt\./);
  });

  it('refuses a file from a newer version and leaves it untouched', async () => {
    const content = '{"schemaVersion":9,"future":true}';
    await writeFile(join(dir, 'file.json'), content);
    await expect(openVersionedFile(spec())).rejects.toThrow(NewerSchemaError);
    await expect(openVersionedFile(spec())).rejects.toThrow(/newer version of Gloss \(format 9; this version reads up to 3\)/);
    expect(await readFile(join(dir, 'file.json'), 'utf8')).toBe(content);
    expect(await readdir(dir)).toEqual(['file.json']);
  });

  it('migrates stepwise after keeping a backup of the old file', async () => {
    const old = '{"schemaVersion":1,"note":"first"}';
    await writeFile(join(dir, 'file.json'), old);
    const { db, notices } = await openVersionedFile(spec());
    expect(db.data).toEqual({ schemaVersion: 3, notes: ['FIRST'] });
    expect(await readFile(join(dir, 'file.json.backup-v1-2026-11-28T10-00-00Z'), 'utf8')).toBe(old);
    expect(JSON.parse(await readFile(join(dir, 'file.json'), 'utf8')).schemaVersion).toBe(3);
    expect(notices[0]).toMatch(/upgraded from format 1 to 3/);
  });
});
