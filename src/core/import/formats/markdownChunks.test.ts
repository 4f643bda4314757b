import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { splitMarkdownChunks } from './markdownChunks';

const longProse = (count: number) => Array.from({ length: count }, (_, index) => `Paragraph ${index}.`).join('\n\n');

describe('splitMarkdownChunks', () => {
  it('keeps a short document whole', () => {
    expect(splitMarkdownChunks('# a\n\nb')).toEqual(['# a\n\nb']);
  });

  it('cuts a long document into chunks that join back to it', () => {
    const markdown = longProse(1000);
    const chunks = splitMarkdownChunks(markdown);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('\n')).toBe(markdown);
  });

  it('never cuts inside a fenced code block or an HTML comment', () => {
    const code = `\`\`\`\n${longProse(300)}\n\`\`\``;
    const comment = `<!--\n${longProse(300)}\n-->`;
    for (const block of [code, comment]) {
      const chunks = splitMarkdownChunks(`${longProse(150)}\n\n${block}\n\nAfter.`);
      expect(chunks.some((chunk) => chunk.includes(block))).toBe(true);
    }
  });

  it('cuts only where the pieces parse as the whole does', () => {
    const markdown = Array.from({ length: 400 }, (_, index) => `- item ${index}\n\n  continued\n> quote ${index}\nlazy\n\nText ${index}.`).join('\n\n');
    const types = (text: string) => fromMarkdown(text).children.map((node) => node.type);
    expect(splitMarkdownChunks(markdown).flatMap(types)).toEqual(types(markdown));
  });
});
