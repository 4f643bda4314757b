import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore, openTestCore } from '../testing/freshCore';

let core: Core;
let dataDir: string;
let id: string;
let text: string;

beforeEach(async () => {
  ({ core, dataDir, documentId: id } = await openFreshCore('ann'));
  text = (await core.call('document:open', { id })).text;
});
afterEach(() => core.close());

const open = async () => (await core.call('document:open', { id }));
const create = (start: number, end: number, extra: Record<string, unknown> = {}) =>
  core.call('annotation:create', { documentId: id, textVersion: 1, start, end, color: 'c2', ...extra });

describe('highlights', () => {
  it('stores a highlight with W3C selectors computed from the text, on disk before the call returns', async () => {
    const start = text.indexOf('Minsk will host');
    const view = await create(start, start + 'Minsk will host'.length);
    expect(view).toMatchObject({ quote: 'Minsk will host', color: 'c2', anchor: { start, end: start + 15 }, orphanReason: null });
    const file = JSON.parse(await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8'));
    const [quote, position] = file.annotations[0].target.selector;
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Minsk will host', prefix: text.slice(start - 32, start), suffix: text.slice(start + 15, start + 47) });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 15 });
    expect((await open()).annotations.map((a) => a.quote)).toEqual(['Minsk will host']);
  });

  it('refuses an empty or blank selection, and stores nothing', async () => {
    await expect(create(5, 5)).rejects.toThrow(/empty selection/);
    const blank = text.indexOf('\n\n');
    await expect(create(blank, blank + 2)).rejects.toThrow(/empty selection/);
    await expect(create(0, text.length + 10)).rejects.toThrow(/past the end/);
    expect((await open()).annotations).toEqual([]);
  });

  it('keeps a 1 MB note and HTML in notes exactly as typed', async () => {
    const view = await create(0, 10);
    const note = `<script>alert(1)</script> ${'x'.repeat(1_000_000)}`;
    await core.call('annotation:update', { documentId: id, id: view.id, note });
    expect((await open()).annotations[0]!.note).toBe(note);
  });

  it('highlights the whole document', async () => {
    const view = await create(0, text.length);
    expect(view.quote).toBe(text);
    expect((await open()).annotations[0]!.anchor).toEqual({ start: 0, end: text.length });
  });

  it('returns the deleted highlight so that restoring it brings back the same note, colour and times', async () => {
    const view = await create(0, 10, { note: 'keep me' });
    const { deleted } = (await core.call('annotation:delete', { documentId: id, id: view.id }));
    expect((await open()).annotations).toEqual([]);
    await core.call('annotation:restore', { documentId: id, annotation: deleted });
    expect((await open()).annotations[0]).toMatchObject({ id: view.id, note: 'keep me', created: view.created });
    await expect(core.call('annotation:restore', { documentId: id, annotation: deleted })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('lists a stored highlight with malformed selectors as an orphan with the reason, keeping its note', async () => {
    await create(0, 10);
    await core.close();
    const path = join(dataDir, 'documents', `${id}.json`);
    const file = JSON.parse(await readFile(path, 'utf8'));
    file.annotations.push({ id: 'ann-broken', note: 'my precious note', color: 'c3', target: { selector: [{ exact: 42 }] } });
    await writeFile(path, JSON.stringify(file));
    core = await openTestCore(dataDir);
    const views = (await open()).annotations;
    expect(views).toHaveLength(2);
    expect(views[1]).toMatchObject({ id: 'ann-broken', anchor: null, note: 'my precious note', color: 'c3' });
    expect(views[1]!.orphanReason).toMatch(/selectors are malformed/);
  });

  it('saves an edited text as a new version, moving highlights and keeping the old text', async () => {
    const start = text.indexOf('Minsk');
    const kept = await create(start, start + 5);
    const gone = await create(0, 7);
    const edited = `PREFACE.\n\n${text.slice(7)}`;
    const result = (await core.call('document:saveText', {
      id,
      baseVersion: 1,
      text: edited,
      anchors: [
        { id: kept.id, range: { start: start + 3, end: start + 8 } },
        { id: gone.id, range: null },
      ],
    }));
    expect(result.textVersion).toBe(2);
    const reopened = await open();
    expect(reopened.text).toBe(edited);
    expect(reopened.summary.textVersion).toBe(2);
    expect(reopened.annotations.find((a) => a.id === kept.id)).toMatchObject({ quote: 'Minsk', anchor: { start: start + 3, end: start + 8 } });
    expect(reopened.annotations.find((a) => a.id === gone.id)).toMatchObject({ anchor: null, quote: 'In his ' });
    expect(await readFile(join(dataDir, 'texts', id, 'v1.txt'), 'utf8')).toBe(text);
    await expect(core.call('document:saveText', { id, baseVersion: 1, text: 'x', anchors: [] })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('makes a highlight whose words the editor deleted an orphan that says so, never the look-alike sentence next to it', async () => {
    const quote = '“Rubezh-2024”, will be conducted in Tajikistan';
    const start = text.indexOf(quote);
    const view = await create(start, start + quote.length, { note: 'border exercise' });
    const edited = text.slice(0, start) + text.slice(start + quote.length);
    const result = (await core.call('document:saveText', { id, baseVersion: 1, text: edited, anchors: [{ id: view.id, range: null }] }));
    const expected = { id: view.id, anchor: null, quote, note: 'border exercise', orphanReason: 'Its words were deleted in version 2 of the text.' };
    expect(result.annotations).toEqual([expect.objectContaining(expected)]);
    await core.close();
    core = await openTestCore(dataDir);
    expect((await open()).annotations).toEqual([expect.objectContaining(expected)]);
    const stored = JSON.parse(await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8')).annotations[0];
    expect(stored.target.selector[0].exact).toBe(quote);
    expect(stored.detached).toEqual({ reason: 'deleted', textVersion: 2 });
  });

  it('renames a category for the whole library', async () => {
    const { categories } = (await core.call('category:rename', { id: 'c1', name: 'Evidence' }));
    expect(categories[0]).toEqual({ id: 'c1', name: 'Evidence' });
    expect(((await core.call('settings:get', {})) as { categories: unknown[] }).categories[0]).toEqual({ id: 'c1', name: 'Evidence' });
    await expect(core.call('category:rename', { id: 'c9', name: 'x' })).rejects.toMatchObject({ code: 'invalid_params' });
  });
});
