import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportRefusal, type ReadContext } from '../importedDocument';
import { readEpub } from './epub';
import { buildEpub, encryptionXml } from './testing/epubFixture';
import { handMadeZip, zerosBomb } from './testing/handMadeZip';

const quietContext = (): ReadContext => ({ fileName: 'book.epub', onProgress: () => {}, signal: new AbortController().signal });
const read = (bytes: Uint8Array) => readEpub(bytes, quietContext());
const chapters = [
  { file: 'ch1.xhtml', label: 'One', body: '<h2>Chapter One</h2><p>It was a <em>dark</em> night.</p>' },
  { file: 'ch 2.xhtml', label: 'Two: the storm', body: '<p>Rain fell<br/>all day.</p><a id="page9"/><p>More.</p>' },
  { file: 'cover.xhtml', body: '<div><img src="../images/cover.png" alt="Cover"/></div>' },
  { file: 'ch3.xhtml', body: '<p>No heading and no label.</p>' },
];

describe('readEpub', () => {
  it('reads chapters in spine order, each opening with its heading or its table-of-contents label', async () => {
    const { title, blocks } = await read(buildEpub({ title: 'A &amp; B', chapters }));
    expect(title).toBe('A & B');
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Chapter One' },
      { kind: 'paragraph', text: 'It was a dark night.', marks: [{ kind: 'emphasis', from: 9, to: 13 }] },
      { kind: 'heading', level: 1, text: 'Two: the storm' },
      { kind: 'paragraph', text: 'Rain fell\nall day.' },
      { kind: 'paragraph', text: 'More.' },
      { kind: 'paragraph', text: 'No heading and no label.' },
    ]);
  });

  it('takes labels from an EPUB 2 NCX when there is no nav document, and the title from the first heading when the package has none', async () => {
    const { title, blocks } = await read(buildEpub({ chapters, toc: 'ncx' }));
    expect(title).toBe('Chapter One');
    expect(blocks[2]).toEqual({ kind: 'heading', level: 1, text: 'Two: the storm' });
  });

  it('reports progress per chapter and stops between chapters when aborted', async () => {
    const progress: Array<[number, number]> = [];
    const controller = new AbortController();
    const reading = readEpub(buildEpub({ chapters }), {
      fileName: 'book.epub',
      signal: controller.signal,
      onProgress: (done, total) => {
        progress.push([done, total]);
        if (done === 2) controller.abort();
      },
    });
    await expect(reading).rejects.toThrow(/abort/i);
    expect(progress).toEqual([[1, 4], [2, 4]]);
    const all: Array<[number, number]> = [];
    await readEpub(buildEpub({ chapters }), { ...quietContext(), onProgress: (done, total) => all.push([done, total]) });
    expect(all).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
  });

  it('sanitises chapters like web pages: no script, style or SVG words, no javascript: links', async () => {
    const hostile = '<script>alert(1)</script><style>p{}</style><svg onload="alert(2)"><text>svg</text></svg>' +
      '<p onclick="alert(3)">Safe <a href="javascript:alert(4)">words</a> <a href="https://example.org/">link</a></p>';
    const { blocks } = await read(buildEpub({ chapters: [{ file: 'a.xhtml', body: hostile }] }));
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Safe words link', marks: [{ kind: 'link', from: 11, to: 15, href: 'https://example.org/' }] }]);
  });

  it('leaves a printed page\'s break out of a chapter\'s words', async () => {
    const body = '<p>Before the break<span epub:type="pagebreak" id="p7" title="7">7</span> and after.</p>';
    const { blocks } = await read(buildEpub({ chapters: [{ file: 'a.xhtml', body }] }));
    expect(blocks.map((block) => block.text)).toEqual(['Before the break and after.']);
  });

  it('refuses a DRM-encrypted book, but not one whose fonts are merely obfuscated', async () => {
    const drm = buildEpub({ chapters, extra: { 'META-INF/encryption.xml': encryptionXml(['OEBPS/text/ch1.xhtml']) } });
    await expect(read(drm)).rejects.toThrow(new ImportRefusal('is protected by DRM; Gloss can only import e-books without copy protection'));
    const fonts = buildEpub({ chapters, extra: {
      'META-INF/encryption.xml': encryptionXml(['OEBPS/fonts/a.otf'], 'http://www.idpf.org/2008/embedding'),
    } });
    expect((await read(fonts)).blocks.length).toBeGreaterThan(0);
  });

  it('refuses a zip that is no e-book, a PNG renamed .epub, a truncated book and a book with no text', async () => {
    await expect(read(zipSync({ 'a.txt': strToU8('hello') }))).rejects.toThrow('is not an EPUB e-book: it has no META-INF/container.xml');
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
    await expect(read(png)).rejects.toThrow('is a PNG image, not an EPUB e-book');
    await expect(read(strToU8('just text'))).rejects.toThrow('is not an EPUB e-book (it is not a ZIP archive)');
    const whole = buildEpub({ chapters });
    await expect(read(whole.subarray(0, whole.length - 40))).rejects.toThrow(/is damaged/);
    await expect(read(buildEpub({ chapters: [chapters[2]!] }))).rejects.toThrow('has no readable text');
  });

  it('refuses a book whose chapter is a zip bomb', async () => {
    const bomb = handMadeZip([
      { name: 'META-INF/container.xml', method: 0, packed: strToU8('<container><rootfiles><rootfile full-path="c.opf"/></rootfiles></container>') },
      { name: 'c.opf', method: 0, packed: strToU8('<package><manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>') },
      { name: 'a.xhtml', method: 8, packed: zerosBomb(64), claimedSize: 2048 },
    ]);
    await expect(read(bomb)).rejects.toThrow(/looks like a zip bomb/);
  });
});
