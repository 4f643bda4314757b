import { type DrawnLine, PAGE, textWidth } from './testPdfs';

/** A piece of a typeset test document. */
export type Piece = { heading: string; size: number } | { paragraph: string };

export interface TypesetOptions {
  /** A running head drawn at the top of every page. */
  header?: string;
  /** Page numbers drawn at the foot of every page. */
  pageNumbers?: boolean;
  bodySize?: number;
  /** First-line indent of paragraphs. */
  indent?: number;
}

const LEFT = 72;
const MEASURE = PAGE.width - 2 * LEFT;
const TOP = 720;
const BOTTOM = 80;

/** Breaks text into lines no wider than `width`, first line narrower by `indent`. */
export async function wrap(text: string, width: number, size: number, indent = 0): Promise<string[]> {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    const room = width - (lines.length === 0 ? indent : 0);
    if (current && (await textWidth(candidate, size)) > room) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Sets pieces in one column over as many pages as they need, as a word processor would, returning each page's lines. */
export async function typeset(pieces: Piece[], options: TypesetOptions = {}): Promise<DrawnLine[][]> {
  const { bodySize = 11, indent = 18 } = options;
  const leading = bodySize * 1.3;
  const pages: DrawnLine[][] = [[]];
  let y = TOP;
  const place = (text: string, x: number, size: number, height: number): void => {
    if (y - height < BOTTOM) {
      pages.push([]);
      y = TOP;
    }
    y -= height;
    pages.at(-1)!.push({ text, x, y, size });
  };
  for (const piece of pieces) {
    if ('heading' in piece) {
      if (y < TOP) y -= piece.size;
      place(piece.heading, LEFT, piece.size, piece.size * 1.2);
      y -= bodySize * 0.5;
      continue;
    }
    const lines = await wrap(piece.paragraph, MEASURE, bodySize, indent);
    lines.forEach((line, i) => place(line, i === 0 ? LEFT + indent : LEFT, bodySize, leading));
  }
  return pages.map((lines, i) => [
    ...(options.header ? [{ text: options.header, x: LEFT, y: 760, size: 9 }] : []),
    ...lines,
    ...(options.pageNumbers ? [{ text: `${i + 1}`, x: PAGE.width / 2, y: 40, size: 9 }] : []),
  ]);
}
