import { describe, expect, it } from 'vitest';
import { line } from './layoutFixtures';
import type { PageLines } from './layoutTypes';
import { dropRunningLines } from './runningLines';

/** A page with a running head, body lines and a foot, as a report has. */
const words = ['', 'one', 'two', 'three', 'four'];
function reportPage(n: number, head = 'My Report'): PageLines {
  return {
    top: 792,
    bottom: 0,
    flows: [[line(head, 50, 760), line(`Body text of page ${words[n]} goes here.`, 50, 700), line('More body.', 50, 686), line(`${n}`, 300, 30)]],
  };
}
const texts = (pages: PageLines[]) => pages.map((page) => page.flows.flat().map((l) => l.text));

describe('dropRunningLines', () => {
  it('drops a header repeated on every page and the page numbers', () => {
    const pages = dropRunningLines([1, 2, 3, 4].map((n) => reportPage(n)));
    expect(texts(pages)[2]).toEqual(['Body text of page three goes here.', 'More body.']);
  });

  it('matches running lines whatever their numbers: “Chapter 3 · 41” on one page is “Chapter 3 · 42” on the next', () => {
    const pages = dropRunningLines([1, 2, 3].map((n) => reportPage(n, `Chapter 3 · ${40 + n}`)));
    expect(texts(pages).flat()).not.toContain('Chapter 3 · 42');
  });

  it('keeps a margin line that appears on only one page of many', () => {
    const pages = [1, 2, 3, 4].map((n) => reportPage(n, n === 1 ? 'A Title Page Line' : 'My Report'));
    expect(texts(dropRunningLines(pages))[0]).toContain('A Title Page Line');
  });

  it('keeps body lines that repeat when they stand outside the margin bands', () => {
    const page = (): PageLines => ({ top: 792, bottom: 0, flows: [[line('Refrain, sung again.', 50, 400)]] });
    expect(texts(dropRunningLines([page(), page(), page()]))).toEqual([['Refrain, sung again.'], ['Refrain, sung again.'], ['Refrain, sung again.']]);
  });

  it('drops a lone page number even on a one-page document', () => {
    expect(texts(dropRunningLines([reportPage(1)]))[0]).toEqual(['My Report', 'Body text of page one goes here.', 'More body.']);
  });
});
