import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { highlightParagraph, openTagsCore, tagsOfHighlights } from '../testing/tagsCore';

let core: Core;
let id: string;
let text: string;

beforeEach(async () => {
  ({ core, id, text } = await openTagsCore());
});
afterEach(() => core.close());

const highlight = (paragraph: number, tags: string[]) => highlightParagraph(core, id, text, paragraph, tags);
const tagsOf = () => tagsOfHighlights(core, id);

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
