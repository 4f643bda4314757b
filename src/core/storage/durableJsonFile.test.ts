import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DamagedFileError, DurableJsonFile } from './durableJsonFile';

describe('DurableJsonFile', () => {
  it('reads a missing file as null, so the caller can create it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-json-'));
    expect(await new DurableJsonFile(join(dir, 'none.json')).read()).toBeNull();
  });

  it('reports a corrupt file as damaged instead of throwing a bare SyntaxError', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-json-'));
    await writeFile(join(dir, 'bad.json'), '{"a":');
    await expect(new DurableJsonFile(join(dir, 'bad.json')).read()).rejects.toBeInstanceOf(DamagedFileError);
  });

  it('lands concurrent writes in call order and leaves no temp files behind, only the previous generation', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-json-'));
    const file = new DurableJsonFile<{ n: number }>(join(dir, 'data.json'));
    await Promise.all(Array.from({ length: 20 }, (_, n) => file.write({ n })));
    expect(JSON.parse(await readFile(join(dir, 'data.json'), 'utf8'))).toEqual({ n: 19 });
    expect(JSON.parse(await readFile(join(dir, 'data.json.prev'), 'utf8'))).toEqual({ n: 18 });
    expect((await readdir(dir)).sort()).toEqual(['data.json', 'data.json.prev']);
  });

  it('snapshots the data when write is called, not when it runs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-json-'));
    const file = new DurableJsonFile<{ items: string[] }>(join(dir, 'data.json'));
    const data = { items: ['a'] };
    const first = file.write(data);
    data.items.push('b');
    await first;
    expect(JSON.parse(await readFile(join(dir, 'data.json'), 'utf8'))).toEqual({ items: ['a'] });
  });
});
