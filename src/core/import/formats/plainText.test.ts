import { describe, expect, it } from 'vitest';
import { expectCleanBlocks } from '../../testing/expectCleanBlocks';
import { testReadContext, utf8 } from '../../testing/readContext';
import { ImportRefusal } from '../importedDocument';
import { readPlainText } from './plainText';

/** Big inputs on a busy machine: room enough that only a hang fails, never a slow run. */
const LARGE_INPUT_TIMEOUT_MS = 60_000;

const read = (bytes: Uint8Array) => readPlainText(bytes, testReadContext('test.txt'));
const readString = (text: string) => read(utf8(text));
const texts = async (text: string) => (await readString(text)).blocks.map((block) => block.text);

describe('readPlainText', () => {
  it('makes one paragraph block per blank-line-separated paragraph, with no title', async () => {
    const document = await readString('First paragraph.\n\nSecond one,\nwrapped.\n\n\n\nThird.\n');
    expect(document).toEqual({
      blocks: [
        { kind: 'paragraph', text: 'First paragraph.' },
        { kind: 'paragraph', text: 'Second one,\nwrapped.' },
        { kind: 'paragraph', text: 'Third.' },
      ],
    });
  });

  it('keeps hard-wrapped lines exactly, trimming only what no reader sees', async () => {
    const gutenberg = 'It is a truth universally acknowledged, that a single man in   \r\npossession of a good fortune, must be in want of a wife.\r\n\r\n    However little known';
    expect(await texts(gutenberg)).toEqual([
      'It is a truth universally acknowledged, that a single man in\npossession of a good fortune, must be in want of a wife.',
      'However little known',
    ]);
  });

  it('runs on a paragraph that a blank line cut mid-sentence, keeping its lines, and leaves headings and list items apart', async () => {
    const captions = 'We just completed a lengthy meeting of the\n\nCoronavirus Task Force and, at the\n\nPresident\'s direction, have continued\n\nto implement the plan.\n\nThe results\n\nForty-six people were tested.';
    expect(await texts(captions)).toEqual([
      'We just completed a lengthy meeting of the\nCoronavirus Task Force and, at the\nPresident\'s direction, have continued\nto implement the plan.',
      'The results',
      'Forty-six people were tested.',
    ]);
    expect(await texts('apples\n\nbananas\n\ncherries')).toEqual(['apples', 'bananas', 'cherries']);
  });

  it('reads CRLF, CR and LF line endings alike, and lines of only spaces as blank', async () => {
    expect(await texts('a\r\nb\r\r\nc\rd\r\re\n \t\u00a0\nf')).toEqual(['a\nb', 'c\nd', 'e', 'f']);
  });

  it('reads UTF-8 with a BOM, UTF-16 and Windows-1252 files', async () => {
    expect(await texts('\uFEFFBOM first.')).toEqual(['BOM first.']);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0, 0x0a, 0, 0x0a, 0, 0x3c, 0xd8, 0x00, 0xdf]);
    expect((await read(utf16)).blocks.map((block) => block.text)).toEqual(['Hi', '🌀']);
    expect((await read(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]))).blocks[0]?.text).toBe('café “ok”');
  });

  it('refuses an empty or whitespace-only file', async () => {
    await expect(readString('')).rejects.toThrow(new ImportRefusal('is empty'));
    await expect(readString(' \n\r\n\t \u00a0\n')).rejects.toThrow('is empty');
    await expect(readString('\uFEFF')).rejects.toThrow('is empty');
  });

  it('refuses a binary file renamed .txt', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0x21, 0, 0xb7, 0xac, 0xce, 0x34, 0, 0, 0, 0]);
    await expect(read(zip)).rejects.toThrow('looks like a binary file, not text');
  });

  it('keeps odd Unicode as it is: combining marks, emoji, right-to-left, CJK', async () => {
    const text = 'Cafe\u0301 👩‍👩‍👧 🇫🇷\n\nשלום עולם, مرحبا بالعالم\n\n日本語の文章。中文。한국어';
    expect(await texts(text)).toEqual(['Cafe\u0301 👩‍👩‍👧 🇫🇷', 'שלום עולם, مرحبا بالعالم', '日本語の文章。中文。한국어']);
  });

  it('reads a large text (10,000 paragraphs, ~3 MB) into clean blocks', async () => {
    const paragraph = 'Well, Prince, so Genoa and Lucca are now just family estates of the Buonapartes. '.repeat(4).trim();
    const text = Array.from({ length: 10_000 }, (_, index) => `${index}. ${paragraph}\n${paragraph}`).join('\r\n\r\n');
    expect(text.length).toBeGreaterThan(3_000_000);
    const document = await readString(text);
    expect(document.blocks).toHaveLength(10_000);
    expect(document.blocks[9_999]?.text.startsWith('9999. Well, Prince')).toBe(true);
    expectCleanBlocks(document);
  }, LARGE_INPUT_TIMEOUT_MS);

  it('reads 10,000 lines without blank lines as one paragraph', async () => {
    const text = Array.from({ length: 10_000 }, (_, index) => `line ${index}`).join('\n');
    expect((await texts(text))[0]?.split('\n')).toHaveLength(10_000);
  });

  it('makes clean blocks of hostile input: controls, separators, stray BOMs', async () => {
    const words = 'Plenty of ordinary words around the odd characters.';
    const document = await readString(`${words}\n\na\u0007b\u2029\u2029c\u000c\u000cd\u2028 \u2028e\uFEFF`);
    expect(document.blocks.map((block) => block.text)).toEqual([words, 'ab', 'c', 'd', 'e']);
    expectCleanBlocks(document);
  });
});
