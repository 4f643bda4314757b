import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore } from '../testing/freshCore';

let core: Core;
let dataDir: string;
let id: string;
let text: string;

beforeEach(async () => {
  ({ core, dataDir, documentId: id } = await openFreshCore('save'));
  text = (await core.call('document:open', { id })).text;
});
afterEach(() => core.close());

const save = (edited: string, baseVersion = 1) => core.call('document:saveText', { id, baseVersion, text: edited, anchors: [] });
const documentFile = async () => JSON.parse(await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8')) as { textVersions: { version: number }[] };

describe('document:saveText', () => {
  it('of two saves from the same version, exactly one succeeds and the other gets a conflict; v2 keeps the winner’s text', async () => {
    const edits = [`${text}\n\nFirst edit.`, `${text}\n\nSecond edit.`];
    const results = await Promise.allSettled(edits.map((edited) => save(edited)));
    const winner = results.findIndex((r) => r.status === 'fulfilled');
    const loser = results.find((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((loser as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict', message: expect.stringMatching(/now version 2, the edit started from 1/) });
    expect(await readFile(join(dataDir, 'texts', id, 'v2.txt'), 'utf8')).toBe(edits[winner]);
    expect((await documentFile()).textVersions.map((v) => v.version)).toEqual([1, 2]);
    expect((await core.call('document:open', { id })).text).toBe(edits[winner]);
  });

  it('sets aside a version 2 left by a save that was cut off, keeping its bytes, and never overwrites it', async () => {
    await writeFile(join(dataDir, 'texts', id, 'v2.txt'), 'left by a crash');
    await expect(save(`${text}\n\nSaved.`)).resolves.toMatchObject({ textVersion: 2 });
    expect(await readFile(join(dataDir, 'texts', id, 'v2.txt'), 'utf8')).toBe(`${text}\n\nSaved.`);
    const setAside = (await readdir(join(dataDir, 'texts', id))).filter((name) => name.startsWith('v2.txt.unsaved-'));
    expect(setAside).toHaveLength(1);
    expect(await readFile(join(dataDir, 'texts', id, setAside[0]!), 'utf8')).toBe('left by a crash');
  });
});
