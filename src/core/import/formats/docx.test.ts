import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportRefusal, type ReadContext } from '../importedDocument';
import { readDocx } from './docx';
import { buildDocx, wordLink, wordParagraph as p, wordRun as run } from './testing/docxFixture';
import { handMadeZip, zerosBomb } from './testing/handMadeZip';

const context: ReadContext = { fileName: 'notes.docx', onProgress: () => {}, signal: new AbortController().signal };
const read = (bytes: Uint8Array) => readDocx(bytes, context);
const body = [
  p(run('The Heading'), { style: 'Heading1' }),
  p(run('Plain and ') + run('bold', { bold: true }) + run(' and ') + run('italic', { italic: true }) + run(' with a ') + wordLink('link') + run('.')),
  p(run('Section'), { style: 'Heading2' }),
  p(run('bullet one'), { list: { numId: 1, level: 0 } }),
  p(run('nested'), { list: { numId: 1, level: 1 } }),
  p(run('first'), { list: { numId: 2, level: 0 } }),
  p(run('second'), { list: { numId: 2, level: 0 } }),
].join('');

describe('readDocx', () => {
  it('reads headings, paragraphs, marks, links and lists', async () => {
    const { title, blocks } = await read(buildDocx(body));
    expect(title).toBe('The Heading');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'The Heading' },
      { kind: 'paragraph', text: 'Plain and bold and italic with a link.', marks: [
        { kind: 'strong', from: 10, to: 14 },
        { kind: 'emphasis', from: 19, to: 25 },
        { kind: 'link', from: 33, to: 37, href: 'https://example.org/docs' },
      ] },
      { kind: 'heading', level: 2, text: 'Section' },
      { kind: 'listItem', ordered: false, depth: 0, text: 'bullet one' },
      { kind: 'listItem', ordered: false, depth: 1, text: 'nested' },
      { kind: 'listItem', ordered: true, number: 1, depth: 0, text: 'first' },
      { kind: 'listItem', ordered: true, number: 2, depth: 0, text: 'second' },
    ]);
  });

  it('keeps a footnote\'s text but not mammoth\'s "↑" link back to where it is cited', async () => {
    const note = '<w:r><w:footnoteReference w:id="1"/></w:r>';
    const footnotes = strToU8('<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:footnote w:id="1"><w:p><w:r><w:t>The note.</w:t></w:r></w:p></w:footnote></w:footnotes>');
    const { blocks } = await read(buildDocx(p(run('Cited') + note), { extra: { 'word/footnotes.xml': footnotes } }));
    expect(blocks.map((block) => block.text)).toEqual(['Cited[1]', 'The note.']);
  });

  it('takes the title from docProps/core.xml when it has one', async () => {
    expect((await read(buildDocx(body, { title: ' Core &amp; title ' }))).title).toBe('Core & title');
  });

  it('refuses an old .doc renamed .docx, a PNG renamed .docx, and a zip that is no Word document', async () => {
    const ole = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504));
    await expect(read(ole)).rejects.toThrow(new ImportRefusal('is an old Word .doc file; save it as .docx in Word or LibreOffice and import that'));
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
    await expect(read(png)).rejects.toThrow('is a PNG image, not a Word document');
    await expect(read(zipSync({ 'a.txt': strToU8('hi') }))).rejects.toThrow('is not a Word document: it has no word/document.xml');
  });

  it('refuses a truncated document and one mammoth cannot parse', async () => {
    const whole = buildDocx(body);
    await expect(read(whole.subarray(0, whole.length - 10))).rejects.toThrow(/is damaged/);
    const broken = zipSync({ 'word/document.xml': strToU8('<w:document><not xml') });
    await expect(read(broken)).rejects.toThrow(ImportRefusal);
  });

  it('refuses a zip bomb before mammoth sees it, even in a part mammoth would not read', async () => {
    const bomb = handMadeZip([
      { name: 'word/document.xml', method: 0, packed: strToU8('<w:document/>') },
      { name: 'word/media/image1.png', method: 8, packed: zerosBomb(64), claimedSize: 100 },
    ]);
    await expect(read(bomb)).rejects.toThrow(/looks like a zip bomb/);
  });

  it('refuses a document with no text', async () => {
    await expect(read(buildDocx(p('')))).rejects.toThrow('has no readable text');
  });
});
