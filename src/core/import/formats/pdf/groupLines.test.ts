import { describe, expect, it } from 'vitest';
import { groupLines } from './groupLines';
import { run } from './layoutFixtures';

describe('groupLines', () => {
  it('orders runs top to bottom, then left to right, whatever order they were drawn in', () => {
    const lines = groupLines([run('world.', 92, 686), run('Second', 50, 686), run('First line', 50, 700)]);
    expect(lines.map((l) => l.text)).toEqual(['First line', 'Second world.']);
  });

  it('keeps a superscript on its line, glued to its word, and takes the line’s baseline and size from its main run', () => {
    const lines = groupLines([run('A claim', 50, 700), run('12', 92, 704, 7), run('Next line', 50, 686)]);
    expect(lines[0]).toMatchObject({ text: 'A claim12', y: 700, size: 12 });
    expect(lines).toHaveLength(2);
  });

  it('adds a space between runs that stand a word space apart, and none between touching runs', () => {
    const lines = groupLines([run('Hel', 50, 700), run('lo', 68, 700), run('there', 86, 700)]);
    expect(lines[0]!.text).toBe('Hello there');
  });

  it('splits a baseline at a gap as wide as a column gutter', () => {
    const lines = groupLines([run('Left column', 50, 700), run('Right column', 320, 700)]);
    expect(lines.map((l) => l.text)).toEqual(['Left column', 'Right column']);
  });

  it('reads text printed twice over itself (fake bold) once', () => {
    const lines = groupLines([run('Bold', 50, 700), run('Bold', 50.4, 700)]);
    expect(lines[0]!.text).toBe('Bold');
  });

  it('ignores runs that are only spaces', () => {
    expect(groupLines([run('   ', 50, 700)])).toEqual([]);
  });
});
