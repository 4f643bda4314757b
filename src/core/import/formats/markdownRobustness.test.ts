import { describe, expect, it } from 'vitest';
import { expectCleanBlocks } from '../../testing/expectCleanBlocks';
import { testReadContext, utf8 } from '../../testing/readContext';
import { readMarkdown } from './markdown';

/** Big inputs on a busy machine: room enough that only a hang fails, never a slow run. */
const LARGE_INPUT_TIMEOUT_MS = 60_000;

const read = (markdown: string) => readMarkdown(utf8(markdown), testReadContext('notes.md'));

describe('readMarkdown', () => {
  it('refuses an empty file, and one with only markup', async () => {
    await expect(read('  \n\n')).rejects.toThrow('is empty');
    await expect(read('<div>\n</div>\n\n---\n\n[x]: https://x.org')).rejects.toThrow('has no text to read, only markup');
  });

  it('refuses a binary file', async () => {
    await expect(readMarkdown(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), testReadContext())).rejects.toThrow('looks like a binary file');
  });

  it('reads CRLF files, BOMs, odd Unicode and keeps the blocks clean', async () => {
    const document = await read('\uFEFF# Ünïcödé 👩‍🔬\r\n\r\nמשפט *בעברית*\r\n\r\n> 中文 **粗体**\r\n\r\n- e\u0301\u0301');
    expect(document.title).toBe('Ünïcödé 👩‍🔬');
    expect(document.blocks.map((block) => block.text)).toEqual(['Ünïcödé 👩‍🔬', 'משפט בעברית', '中文 粗体', 'e\u0301\u0301']);
    expectCleanBlocks(document);
  });

  it('keeps hostile markup clean: control references, empty emphasis, blank hard breaks', async () => {
    const document = await read('a&#0;b &#x7; ** ** c\\\n\\\nd\n\n#\n\n```\n\n\n```');
    expect(document.blocks.map((block) => block.text)).toEqual(['a\uFFFDb \uFFFD ** ** c\nd']);
    expectCleanBlocks(document);
  });

  it('reads a long document of lists between paragraphs (which micromark alone parses in quadratic time)', async () => {
    const markdown = Array.from({ length: 2_000 }, (_, index) => `- item **${index}**\n\nParagraph ${index}.`).join('\n\n');
    const document = await read(markdown);
    expect(document.blocks).toHaveLength(4_000);
    expect(document.blocks[3_998]).toEqual({ kind: 'listItem', ordered: false, depth: 0, text: 'item 1999', marks: [{ kind: 'strong', from: 5, to: 9 }] });
    expectCleanBlocks(document);
  }, LARGE_INPUT_TIMEOUT_MS);
});
