import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore, openTestCore } from '../testing/freshCore';

let core: Core;
let dataDir: string;
let id: string;
let text: string;

beforeEach(async () => {
  ({ core, dataDir, documentId: id } = await openFreshCore('tags'));
  text = (await core.call('document:open', { id })).text;
});
afterEach(() => core.close());

/** Highlights the n-th paragraph's first 20 characters with the given tags. */
const highlight = async (paragraph: number, tags: string[]) => {
  const start = text.split('\n\n').slice(0, paragraph).join('\n\n').length + (paragraph > 0 ? 2 : 0);
  const view = await core.call('annotation:create', { documentId: id, textVersion: 1, start, end: start + 20, color: 'c1' });
  return core.call('annotation:update', { documentId: id, id: view.id, tags });
};
const tagsOf = async () => (await core.call('document:open', { id })).annotations.map((a) => a.tags);

describe('tags on highlights', () => {
  it('tidies tags, keeps the first spelling and drops case-only duplicates', async () => {
    const first = await highlight(0, ['  Exercise / Kyrgyzstan  ', 'peace']);
    expect(first.tags).toEqual(['Exercise/Kyrgyzstan', 'peace']);
    const second = await highlight(1, ['EXERCISE/kyrgyzstan', 'exercise/new', 'Peace', 'PEACE', '//war//1812/']);
    expect(second.tags).toEqual(['Exercise/Kyrgyzstan', 'Exercise/new', 'peace', 'war/1812']);
    expect((await core.call('tags:list', {})).tags.map((t) => t.name)).toEqual(['Exercise', 'Exercise/Kyrgyzstan', 'Exercise/new', 'peace', 'war', 'war/1812']);
  });

  it('accepts emoji and spaces, refuses an over-long or empty tag with a sentence and stores nothing', async () => {
    expect((await highlight(0, ['🙂 mood', 'a b  c'])).tags).toEqual(['🙂 mood', 'a b c']);
    await expect(highlight(1, ['x'.repeat(500)])).rejects.toThrow(/at most 100 characters/);
    await expect(highlight(1, ['///'])).rejects.toThrow(/at least one letter/);
    // The two refused updates left their highlights untagged.
    expect(await tagsOf()).toEqual([['🙂 mood', 'a b c'], [], []]);
  });

  it('counts uses per tag and document, and lists a tag’s passages with its children', async () => {
    await highlight(0, ['war/1812']);
    await highlight(1, ['war', 'peace']);
    const { tags } = await core.call('tags:usage', {});
    expect(tags.map((t) => [t.name, t.highlights, t.byDocument[id] ?? 0])).toEqual([
      ['peace', 1, 1],
      ['war', 1, 1],
      ['war/1812', 1, 1],
    ]);
    expect((await core.call('tags:passages', { tag: 'WAR' })).passages).toHaveLength(2);
    expect((await core.call('tags:passages', { tag: 'war', includeChildren: false })).passages).toHaveLength(1);
  });

  it('counts each highlight and card once towards a tag with its children, however many of them it carries', async () => {
    await highlight(0, ['war', 'war/1812']);
    await highlight(1, ['War/1812/Borodino']);
    await core.call('card:create', { documentId: id, type: 'qa', prompt: 'When?', answer: '1812', tags: ['war/1812', 'war'] });
    const { tags } = await core.call('tags:usage', {});
    const war = tags.find((t) => t.name === 'war')!;
    expect([war.highlights, war.cards]).toEqual([1, 1]);
    expect(war.withChildren).toEqual({ highlights: 2, cards: 1, byDocument: { [id]: 2 } });
    expect(tags.find((t) => t.name === 'war/1812')!.withChildren).toEqual({ highlights: 2, cards: 1, byDocument: { [id]: 2 } });
    expect(tags.find((t) => t.name === 'war/1812/Borodino')!.withChildren).toEqual({ highlights: 1, cards: 0, byDocument: { [id]: 1 } });
    // The same highlights as the passages a tag lists with its children.
    expect((await core.call('tags:passages', { tag: 'war', documentId: id })).passages).toHaveLength(2);
  });
});

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
