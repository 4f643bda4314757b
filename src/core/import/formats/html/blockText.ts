import type { InlineMark } from '../../../../shared/text/blocks';

/** A block's finished text and its marks, offsets into that text. */
export interface BlockText {
  text: string;
  marks: InlineMark[];
}

type MarkKind = InlineMark['kind'];

/** Never shown: controls other than tab, line feed, form feed and return, BOMs, soft hyphens, lone surrogates. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u00ad\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** What a browser collapses in flowing text (plus no-break spaces, which would otherwise make blank lines). */
const COLLAPSIBLE = /[ \t\n\r\f\u00a0\u2028\u2029]+/g;
const MAX_MARKS = 10_000;
const SPACE = 32;
const LINE_FEED = 10;

/**
 * Collects one block's text the way a browser lays it out: runs of white
 * space become one space, a line break is one "\n" (never two: a blank line
 * would split the paragraph), preformatted text keeps its lines. Marks are
 * recorded at the offsets they open and close; only the end of the text is
 * ever edited afterwards, so a recorded offset is made valid by clamping.
 */
export class BlockTextCollector {
  private text = '';
  private marks: InlineMark[] = [];
  private readonly open = new Map<MarkKind, { from: number; href?: string; depth: number }>();
  /** Inside <pre>: white space is kept. */
  preformatted = 0;

  get length(): number {
    return this.text.length;
  }

  /** Adds a text node's words. */
  appendText(raw: string): void {
    if (this.preformatted > 0) return this.appendPreformatted(raw);
    let words = raw.replace(INVISIBLE, '').replace(COLLAPSIBLE, ' ');
    if (words.charCodeAt(0) === SPACE && this.endsInSpaceOrStart()) words = words.slice(1);
    this.text += words;
  }

  /** A <br>: one line break, never at the start and never doubled. */
  lineBreak(): void {
    this.trimEnd(false);
    if (this.text.length > 0 && this.text.charCodeAt(this.text.length - 1) !== LINE_FEED) this.text += '\n';
  }

  /** Adds a separator the source does not spell out (between table cells). */
  appendSeparator(separator: string): void {
    this.trimEnd(true);
    if (this.text.length > 0) this.text += separator;
  }

  /** Cuts the text back to `length` (an empty table cell takes its separator back). */
  truncate(length: number): void {
    if (length >= this.text.length) return;
    this.text = this.text.slice(0, length);
    this.clampTo(length);
  }

  openMark(kind: MarkKind, href?: string): void {
    const open = this.open.get(kind);
    if (open) open.depth++;
    else this.open.set(kind, { from: this.text.length, href, depth: 1 });
  }

  closeMark(kind: MarkKind): void {
    const open = this.open.get(kind);
    if (!open) return;
    if (--open.depth > 0) return;
    this.open.delete(kind);
    this.addMark(kind, open.from, this.text.length, open.href);
  }

  /** Ends the block: returns its text and marks (undefined when it has no words) and starts the next one empty. */
  take(): BlockText | undefined {
    this.trimEnd(true);
    const text = this.text;
    for (const [kind, open] of this.open) {
      this.addMark(kind, open.from, text.length, open.href);
      open.from = 0;
    }
    const marks = this.marks.map((mark) => tightened(mark, text)).filter((mark) => mark.from < mark.to);
    this.text = '';
    this.marks = [];
    return text.length > 0 ? { text, marks } : undefined;
  }

  private appendPreformatted(raw: string): void {
    const lines = raw
      .replace(INVISIBLE, '')
      .replace(/\r\n?|[\f\u2028\u2029]/g, '\n')
      .replace(/\t/g, '    ')
      .replace(/\u00a0/g, ' ')
      .split('\n');
    lines.forEach((line, index) => {
      if (index > 0) this.lineBreak();
      // Indentation is kept inside the block, but a block cannot start with white space.
      this.text += this.text.length === 0 ? line.trimStart() : line;
    });
  }

  private endsInSpaceOrStart(): boolean {
    const last = this.text.charCodeAt(this.text.length - 1);
    return this.text.length === 0 || last === SPACE || last === LINE_FEED;
  }

  private trimEnd(lineBreaksToo: boolean): void {
    let end = this.text.length;
    while (end > 0) {
      const code = this.text.charCodeAt(end - 1);
      if (code !== SPACE && !(lineBreaksToo && code === LINE_FEED)) break;
      end--;
    }
    this.truncate(end);
  }

  private clampTo(length: number): void {
    for (const open of this.open.values()) open.from = Math.min(open.from, length);
    for (const mark of this.marks) mark.to = Math.min(mark.to, length);
  }

  private addMark(kind: MarkKind, from: number, to: number, href: string | undefined): void {
    if (from >= to || this.marks.length >= MAX_MARKS) return;
    this.marks.push(href === undefined ? { kind, from, to } : { kind, from, to, href });
  }
}

/** A mark shrunk to start and end on a word, not on the space beside it. */
function tightened(mark: InlineMark, text: string): InlineMark {
  let { from, to } = mark;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return { ...mark, from, to };
}

function isBlank(code: number): boolean {
  return code === SPACE || code === LINE_FEED;
}
