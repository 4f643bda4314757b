// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { firstParagraphStartingInView } from './readingCaret';

/** Sections of paragraphs laid out one under another, each paragraph `height` pixels tall, from y = 0. */
function layout(sections: number[], height: number): { root: HTMLElement; paragraphs: HTMLElement[] } {
  const root = document.createElement('div');
  const paragraphs: HTMLElement[] = [];
  let y = 0;
  const place = (element: HTMLElement, top: number, bottom: number): void => {
    element.getBoundingClientRect = () => ({ top, bottom, left: 0, right: 600, width: 600, height: bottom - top, x: 0, y: top, toJSON: () => ({}) });
  };
  for (const count of sections) {
    const section = document.createElement('section');
    const sectionTop = y;
    for (let i = 0; i < count; i++) {
      const paragraph = document.createElement('p');
      place(paragraph, y, y + height);
      y += height;
      section.append(paragraph);
      paragraphs.push(paragraph);
    }
    place(section, sectionTop, y);
    root.append(section);
  }
  return { root, paragraphs };
}

describe('firstParagraphStartingInView', () => {
  it('is the paragraph at the top of the view when its first line shows', () => {
    const { root, paragraphs } = layout([3, 3], 100);
    expect(firstParagraphStartingInView(root, 200, 700)).toBe(paragraphs[2]);
  });

  it('skips a paragraph whose beginning is scrolled out of view, across a section boundary', () => {
    const { root, paragraphs } = layout([3, 3], 100);
    expect(firstParagraphStartingInView(root, 250, 700)).toBe(paragraphs[3]);
  });

  it('keeps the top paragraph when it fills the whole view', () => {
    const { root, paragraphs } = layout([2], 1_000);
    expect(firstParagraphStartingInView(root, 500, 900)).toBe(paragraphs[0]);
  });

  it('finds nothing in an empty text', () => {
    expect(firstParagraphStartingInView(document.createElement('div'), 0, 500)).toBeNull();
  });
});
