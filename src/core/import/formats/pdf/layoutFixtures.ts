import type { PageLines, TextLine, TextRun } from './layoutTypes';

/** Test data: a run of text at (x, y), about half an em wide per character, as Helvetica is. */
export function run(text: string, x: number, y: number, size = 12): TextRun {
  return { text, x, y, size, width: text.length * size * 0.5 };
}

/** Test data: a line of text at (x, y). */
export function line(text: string, x: number, y: number, size = 12): TextLine {
  return { text, x, y, size, right: x + text.length * size * 0.5 };
}

/** Test data: lines set one under the other at `spacing`, left-aligned at x, from y down. */
export function column(texts: string[], x: number, y: number, spacing = 14, size = 12): TextLine[] {
  return texts.map((text, i) => line(text, x, y - i * spacing, size));
}

/** Test data: a US-letter page holding one flow. */
export function page(lines: TextLine[]): PageLines {
  return { top: 792, bottom: 0, flows: [lines] };
}
