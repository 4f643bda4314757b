import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openTestCore } from '../testing/freshCore';
import { highlightParagraph, openTagsCore, tagsOfHighlights } from '../testing/tagsCore';

let core: Core;
let dataDir: string;
let id: string;
let text: string;

beforeEach(async () => {
  ({ core, dataDir, id, text } = await openTagsCore());
});
afterEach(() => core.close());

// These read `core` when called, not when defined: one test relaunches it.
const highlight = (paragraph: number, tags: string[]) => highlightParagraph(core, id, text, paragraph, tags);
const tagsOf = () => tagsOfHighlights(core, id);

describe('renaming, merging and deleting tags', () => {
  it('renames a tag and its children everywhere, and undoes exactly', async () => {
    await highlight(0, ['war', 'war/1812']);
    await highlight(1, ['peace']);
    const change = await core.call('tag:rename', { from: 'war', to: 'conflict' });
    expect(change).toMatchObject({ highlights: 1, cards: 0 });
    expect(await tagsOf()).toEqual([['conflict', 'conflict/1812'], ['peace']]);
    await core.call('tags:restore', { change });
    expect(await tagsOf()).toEqual([['war', 'war/1812'], ['peace']]);
    expect((await core.call('tags:list', {})).tags.map((t) => t.name)).toContain('war/1812');
  });

  it('merges onto an existing tag without duplicates and keeps its description', async () => {
    await highlight(0, ['war', 'conflict']);
    await highlight(1, ['war']);
    await core.call('tag:describe', { name: 'conflict', description: 'Armed conflict', color: 'c3' });
    await core.call('tag:rename', { from: 'war', to: 'Conflict' });
    expect(await tagsOf()).toEqual([['conflict'], ['conflict']]);
    expect((await core.call('tags:list', {})).tags).toEqual([{ name: 'conflict', description: 'Armed conflict', color: 'c3' }]);
  });

  it('changes only the case of a tag when asked', async () => {
    await highlight(0, ['war']);
    await core.call('tag:rename', { from: 'war', to: 'War' });
    expect(await tagsOf()).toEqual([['War']]);
  });

  it('refuses to merge a tag into its own child, changing nothing', async () => {
    await highlight(0, ['war', 'war/1812']);
    await expect(core.call('tag:rename', { from: 'war', to: 'war/1812' })).rejects.toThrow(/sits under it/);
    expect(await tagsOf()).toEqual([['war', 'war/1812']]);
    await expect(core.call('tag:rename', { from: 'nothing', to: 'x' })).rejects.toThrow(/no tag "nothing"/);
  });

  it('deletes a tag with its children from highlights and cards, and undoes it', async () => {
    const tagged = await highlight(0, ['war/1812', 'peace']);
    const card = await core.call('card:create', { documentId: id, type: 'qa', prompt: 'When?', answer: '1812', tags: ['war'] });
    const change = await core.call('tag:delete', { name: 'war' });
    expect(change).toMatchObject({ highlights: 1, cards: 1 });
    expect(await tagsOf()).toEqual([['peace']]);
    expect((await core.call('cards:list', { documentId: id })).cards.find((c) => c.id === card.id)?.tags).toEqual([]);
    await core.call('tags:restore', { change });
    expect(await tagsOf()).toEqual([tagged.tags]);
    expect((await core.call('cards:list', { documentId: id })).cards.find((c) => c.id === card.id)?.tags).toEqual(['war']);
  });

  it('gives a card made from a highlight the highlight’s tags', async () => {
    const start = text.indexOf('Minsk');
    const view = await core.call('annotation:create', { documentId: id, textVersion: 1, start, end: start + 5, color: 'c1', tags: ['place/belarus'] });
    const card = await core.call('card:fromHighlight', { documentId: id, annotationId: view.id, kind: 'cloze' });
    expect(card.tags).toContain('place/belarus');
  });

  it('keeps the codebook and the filter across a relaunch', async () => {
    await highlight(0, ['war']);
    await core.call('tag:describe', { name: 'war', description: 'battles' });
    const filter = { tags: ['war'], tagMode: 'all' as const, colors: ['c2' as const], speakers: [], documentIds: [], words: 'moscow' };
    await core.call('settings:update', { highlightFilter: filter });
    await core.close();
    core = await openTestCore(dataDir);
    expect((await core.call('tags:list', {})).tags).toEqual([{ name: 'war', description: 'battles' }]);
    expect((await core.call('settings:get', {})).highlightFilter).toEqual(filter);
    const library = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'));
    expect(library.schemaVersion).toBe(5);
  });

  it('carries the saved filter along when a tag it names is renamed or deleted, and puts it back on undo', async () => {
    await highlight(0, ['war/1812', 'peace']);
    const filter = { tags: ['war/1812', 'peace'], tagMode: 'any' as const, colors: [], speakers: [], documentIds: [], words: '' };
    await core.call('settings:update', { highlightFilter: filter });
    const filterTags = async () => (await core.call('settings:get', {})).highlightFilter.tags;

    const renamed = await core.call('tag:rename', { from: 'war', to: 'conflict' });
    expect(renamed.renamedTo).toBe('conflict');
    expect(await filterTags()).toEqual(['conflict/1812', 'peace']);
    const deleted = await core.call('tag:delete', { name: 'peace' });
    expect(await filterTags()).toEqual(['conflict/1812']);

    await core.call('tags:restore', { change: deleted });
    expect(await filterTags()).toEqual(['conflict/1812', 'peace']);
    await core.call('tags:restore', { change: renamed });
    expect(await filterTags()).toEqual(['war/1812', 'peace']);
    // A change that does not touch the filter leaves it as it is, and says nothing of it.
    await highlight(1, ['other']);
    expect((await core.call('tag:delete', { name: 'other' })).filterTags).toBeUndefined();
    expect(await filterTags()).toEqual(['war/1812', 'peace']);
  });
});
