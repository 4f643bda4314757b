import type { ImportedBlock } from '../../importedDocument';
import { type BlockContext, MAX_DEPTH, blockOf, listItemContext } from './blockContext';
import { BlockTextCollector } from './blockText';
import type { DomElement } from './domTypes';
import {
  HEADINGS, LISTS, MARKS, PREFORMATTED, TABLE_CELLS, TABLE_PARTS, isPlainBlock,
} from './elementRoles';
import { type OpenList, openList } from './listNumbering';
import { safeHref } from '../safeHref';

/** What a table row shows between its cells. */
export const CELL_SEPARATOR = ' | ';

/**
 * Turns the elements and text of a walk (in document order, each element
 * entered and left) into blocks. Block elements end the text before them;
 * headings, list items, quotes, <pre> and table rows decide the kind of the
 * blocks inside them; inline elements open and close marks.
 */
export class BlockWalker {
  private readonly blocks: ImportedBlock[] = [];
  private readonly text = new BlockTextCollector();
  private readonly contexts: BlockContext[] = [{ kind: 'flow' }];
  private readonly lists: OpenList[] = [];
  /** Per open table cell: the text's length before and after its separator (undefined outside a row). */
  private readonly cells: Array<{ before: number; after: number } | undefined> = [];
  private readonly links = new Set<DomElement>();
  private quoteDepth = 0;

  addText(raw: string): void {
    this.text.appendText(raw);
  }

  enter(element: DomElement, name: string): void {
    const level = HEADINGS.get(name);
    const mark = MARKS.get(name);
    if (name === 'br') this.lineBreak();
    else if (level !== undefined) this.push({ kind: 'heading', level });
    else if (name === 'li') this.push(listItemContext(this.lists, element));
    else if (LISTS.has(name)) this.enterList(element, name);
    else if (name === 'blockquote') this.push({ kind: 'quote', depth: Math.min(this.quoteDepth++, MAX_DEPTH) });
    else if (PREFORMATTED.has(name)) this.enterPreformatted();
    else if (name === 'tr') this.push({ kind: 'row' });
    else if (TABLE_PARTS.has(name) || name === 'hr') this.flush();
    else if (TABLE_CELLS.has(name)) this.enterCell();
    else if (isPlainBlock(name)) this.softBoundary();
    else if (mark !== undefined) this.text.openMark(mark);
    else if (name === 'a') this.enterLink(element);
  }

  leave(element: DomElement, name: string): void {
    const mark = MARKS.get(name);
    if (HEADINGS.has(name) || name === 'li' || name === 'tr') this.pop();
    else if (LISTS.has(name)) this.leaveList();
    else if (name === 'blockquote') this.leaveQuote();
    else if (PREFORMATTED.has(name)) this.leavePreformatted();
    else if (TABLE_PARTS.has(name) || name === 'hr') this.flush();
    else if (TABLE_CELLS.has(name)) this.leaveCell();
    else if (isPlainBlock(name)) this.softBoundary();
    else if (mark !== undefined) this.text.closeMark(mark);
    else if (name === 'a' && this.links.delete(element)) this.text.closeMark('link');
  }

  finish(): ImportedBlock[] {
    this.flush();
    return this.blocks;
  }

  private enterList(element: DomElement, name: string): void {
    this.flush();
    this.lists.push(openList(element, name));
  }

  private leaveList(): void {
    this.flush();
    this.lists.pop();
  }

  private leaveQuote(): void {
    this.pop();
    this.quoteDepth--;
  }

  private enterPreformatted(): void {
    this.push({ kind: 'code' });
    this.text.preformatted++;
  }

  private leavePreformatted(): void {
    this.pop();
    this.text.preformatted--;
  }

  private enterCell(): void {
    if (this.top().kind !== 'row') {
      this.softBoundary();
      this.cells.push(undefined);
      return;
    }
    const before = this.text.length;
    this.text.appendSeparator(CELL_SEPARATOR);
    this.cells.push({ before, after: this.text.length });
  }

  private leaveCell(): void {
    const cell = this.cells.pop();
    if (cell === undefined) return this.softBoundary();
    if (this.text.length === cell.after) this.text.truncate(cell.before);
  }

  private enterLink(element: DomElement): void {
    const href = safeHref(element.getAttribute('href'));
    if (href === undefined) return;
    this.links.add(element);
    this.text.openMark('link', href);
  }

  /** A <br>: a line break, except in a table row, which stays on one line. */
  private lineBreak(): void {
    if (this.top().kind === 'row') this.text.appendText(' ');
    else this.text.lineBreak();
  }

  /** A <p> or <div>: a new block in flowing text; inside a list item, heading or code, a new line of the same block. */
  private softBoundary(): void {
    const kind = this.top().kind;
    if (kind === 'flow' || kind === 'quote') this.flush();
    else if (kind === 'row') this.text.appendText(' ');
    else this.text.lineBreak();
  }

  private push(context: BlockContext): void {
    this.flush();
    this.contexts.push(context);
  }

  private pop(): void {
    this.flush();
    if (this.contexts.length > 1) this.contexts.pop();
  }

  private top(): BlockContext {
    return this.contexts.at(-1)!;
  }

  private flush(): void {
    const taken = this.text.take();
    if (taken) this.blocks.push(blockOf(this.top(), taken));
  }
}
