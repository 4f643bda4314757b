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

describe('document:saveText with a structure', () => {
  const structure = {
    blocks: [
      { paragraph: 0, kind: 'heading' as const, level: 1 },
      { paragraph: 2, kind: 'turn' as const, speaker: 'Sputnik', startMs: 723_000, marks: [{ kind: 'emphasis' as const, from: 0, to: 5 }] },
    ],
  };
  const edited = 'A title\n\nA plain paragraph.\n\nWords of the turn.';

  it('stores the structure beside the new version, and document:open returns it', async () => {
    await expect(core.call('document:saveText', { id, baseVersion: 1, text: edited, anchors: [], structure })).resolves.toMatchObject({ textVersion: 2 });
    expect((await core.call('document:open', { id })).structure).toEqual(structure);
    expect(JSON.parse(await readFile(join(dataDir, 'texts', id, 'v2.blocks.json'), 'utf8'))).toEqual(structure);
  });

  it('without a structure the new version is plain paragraphs, and no structure file is written', async () => {
    await save(edited);
    expect((await core.call('document:open', { id })).structure).toEqual({ blocks: [] });
    expect(await readdir(join(dataDir, 'texts', id))).not.toContain('v2.blocks.json');
  });

  it('drops blocks past the text’s last paragraph and marks past their paragraph, keeping the rest', async () => {
    const sloppy = { blocks: [{ paragraph: 0, kind: 'heading' as const, level: 2, marks: [{ kind: 'strong' as const, from: 2, to: 99 }] }, { paragraph: 7, kind: 'code' as const }] };
    await core.call('document:saveText', { id, baseVersion: 1, text: edited, anchors: [], structure: sloppy });
    expect((await core.call('document:open', { id })).structure).toEqual({ blocks: [{ paragraph: 0, kind: 'heading', level: 2 }] });
  });

  it('sets aside a structure file left by a save that was cut off, and writes its own', async () => {
    await writeFile(join(dataDir, 'texts', id, 'v2.blocks.json'), '{"left":"by a crash"}');
    await core.call('document:saveText', { id, baseVersion: 1, text: edited, anchors: [], structure });
    expect((await core.call('document:open', { id })).structure).toEqual(structure);
    expect((await readdir(join(dataDir, 'texts', id))).filter((name) => name.startsWith('v2.blocks.json.unsaved-'))).toHaveLength(1);
  });
});
