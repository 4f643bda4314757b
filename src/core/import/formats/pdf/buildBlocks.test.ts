import { describe, expect, it } from 'vitest';
import { buildBlocks } from './buildBlocks';
import { column, line, page } from './layoutFixtures';
import type { TextLine } from './layoutTypes';

/** Full lines are 60 characters (360 pt at 12 pt), so a column runs from x = 50 to 410. */
const FULL = 'x'.repeat(50);
const full = (words: string) => `${words} ${FULL}`.slice(0, 60);
const texts = (lines: TextLine[][]) => buildBlocks(lines.map(page)).map((b) => b.text);

describe('buildBlocks: paragraphs', () => {
  it('joins the lines of a paragraph', () => {
    expect(texts([column([full('One'), full('two'), 'three.'], 50, 700)])).toHaveLength(1);
  });

  it('starts a paragraph after a gap wider than the line spacing', () => {
    const lines = [...column([full('One'), 'end'], 50, 700), ...column([full('Two'), 'end'], 50, 650)];
    expect(texts([lines])).toHaveLength(2);
  });

  it('starts a paragraph at an indented first line', () => {
    const lines = [line(full('One'), 50, 700), line('goes on', 50, 686), line(full('Two'), 68, 672), line('goes on', 50, 658)];
    expect(texts([lines])).toEqual([`${full('One')} goes on`, `${full('Two')} goes on`]);
  });

  it('starts a paragraph after a short line that ends a sentence', () => {
    const lines = column([full('One'), 'It ends here.', full('Two'), 'more'], 50, 700);
    expect(texts([lines])).toHaveLength(2);
  });

  it('goes on after a short line that ends no sentence', () => {
    expect(texts([column([full('One'), 'and then', full('two')], 50, 700)])).toHaveLength(1);
  });

  it('continues a paragraph across a page break when the page ends mid-sentence, and not after a full stop', () => {
    expect(texts([column([full('One'), full('mid')], 50, 700), column(['sentence.'], 50, 700)])).toHaveLength(1);
    expect(texts([column([full('One'), `${full('end')}.`], 50, 700), column(['New one.'], 50, 700)])).toHaveLength(2);
  });
});

describe('buildBlocks: headings and lists', () => {
  const body = column([full('Body'), full('body'), 'body.'], 50, 600);

  it('takes short lines set larger than the body for headings, ranked by size', () => {
    const blocks = buildBlocks([page([line('Big Title', 50, 750, 24), line('Section', 50, 700, 16), ...body, line('Other', 50, 500, 16), ...column(['More text.'], 50, 470)])]);
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 1, 'Big Title'],
      ['heading', 2, 'Section'],
      ['paragraph', undefined, expect.stringContaining('Body')],
      ['heading', 2, 'Other'],
      ['paragraph', undefined, 'More text.'],
    ]);
  });

  it('joins a heading set over two lines', () => {
    const blocks = buildBlocks([page([line('A Long Heading', 50, 750, 20), line('Over Two Lines', 50, 728, 20), ...body])]);
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'A Long Heading Over Two Lines', level: 1 });
  });

  it('takes large print that runs long for a paragraph, not a heading', () => {
    const words = 'word '.repeat(30);
    const blocks = buildBlocks([page([line(words.slice(0, 75), 50, 750, 16), line(words.slice(75), 50, 730, 16), ...body])]);
    expect(blocks[0]!.kind).toBe('paragraph');
  });

  it('makes list items of bulleted and numbered lines, with the marker left out of the text', () => {
    const lines = [line('Steps:', 50, 700), line('• Mix the flour', 60, 686), line('and the water', 72, 672), line('• Bake', 60, 658), line('1. First', 60, 644), line('2) Second', 60, 630)];
    expect(buildBlocks([page(lines)]).map((b) => [b.kind, b.text, b.ordered, b.number])).toEqual([
      ['paragraph', 'Steps:', undefined, undefined],
      ['listItem', 'Mix the flour and the water', false, undefined],
      ['listItem', 'Bake', false, undefined],
      ['listItem', 'First', true, 1],
      ['listItem', 'Second', true, 2],
    ]);
  });

  it('does not take a number wrapped onto a line mid-sentence for a list', () => {
    expect(texts([column([full('We counted to'), '3. Then we stopped.'], 50, 700)])).toHaveLength(1);
  });

  it('makes no empty blocks', () => {
    expect(buildBlocks([page([line('\u200B', 50, 700), line('Text.', 50, 686)])]).map((b) => b.text)).toEqual(['Text.']);
  });
});
