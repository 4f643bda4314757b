import { expect } from 'vitest';
import { TextBlock } from '../../shared/text/blocks';
import { splitParagraphs } from '../../shared/text/paragraphs';
import type { ImportedDocument } from '../import/importedDocument';

/**
 * Checks what every format reader promises: each block is one paragraph of
 * clean text (no blank lines, no "\r", no control characters but "\n" and
 * "\t", nothing around the words), its marks inside it, and its layout valid
 * by the stored schema.
 */
export function expectCleanBlocks(document: ImportedDocument): void {
  document.blocks.forEach((block, index) => {
    const { text, ...layout } = block;
    expect(text.length, `block ${index} is empty`).toBeGreaterThan(0);
    expect(text, `block ${index} has whitespace around it`).toBe(text.trim());
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    expect(text, `block ${index} has a control character`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(splitParagraphs(text), `block ${index} would split into paragraphs`).toEqual([{ start: 0, end: text.length }]);
    for (const mark of block.marks ?? []) {
      expect(mark.from, `block ${index} mark`).toBeLessThan(mark.to);
      expect(mark.to, `block ${index} mark`).toBeLessThanOrEqual(text.length);
    }
    expect(TextBlock.safeParse({ ...layout, paragraph: index }).success, `block ${index} layout is invalid`).toBe(true);
  });
}
