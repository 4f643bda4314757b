import { describe, expect, it } from 'vitest';
import { ImportRefusal, type ReadContext } from '../importedDocument';
import { readHtml } from './html';

const context: ReadContext = { fileName: 'page.html', onProgress: () => {}, signal: new AbortController().signal };
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (html: string | Uint8Array) => readHtml(typeof html === 'string' ? utf8(html) : html, context);
const sentence = 'The committee met on a grey morning, and after long debate, it agreed to publish the report in full. ';
const articlePage = (extra = '') => `<!doctype html><html><head><title>Report day — The Daily</title>
  <meta property="og:title" content="OG title"></head><body>
  <header><a href="/">The Daily</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
  <article><h1>Report day</h1>${`<p>${sentence.repeat(4)}</p>`.repeat(6)}${extra}</article>
  <aside>Most read: a different story</aside><footer>© The Daily</footer></body></html>`;

describe('readHtml', () => {
  it('keeps the article Readability finds, without the page around it', async () => {
    const { title, blocks } = await read(articlePage());
    expect(title).toBe('Report day — The Daily');
    const text = blocks.map((block) => block.text).join('\n');
    expect(text).toContain('The committee met');
    expect(text).not.toMatch(/Sport|Most read|©/);
  });

  it('drops a printed page\'s number from mid-sentence and sets a note\'s mark apart, in an article Readability reads and in a book read whole', async () => {
    const apparatus = '<p>connecting Veragua, Panama, and\n<span class = "pagenum">14</span>\n<a name="page014" id="page014"> </a> the South American continent.</p>' +
      '<p>a suggestion of Nadaillac<a class="tag" href="#note17">17</a> which offers a solution, as Smith says<a href="#fn3">[3]</a>, and <a href="#ch2">the next chapter</a> shows.</p>';
    const expected = ['connecting Veragua, Panama, and the South American continent.', 'a suggestion of Nadaillac[17] which offers a solution, as Smith says[3], and the next chapter shows.'];
    const article = (await read(articlePage(apparatus))).blocks.map((block) => block.text);
    expect(article).toEqual(expect.arrayContaining(expected));
    const book = Array.from({ length: 10_001 }, () => '<p>Words.</p>').join('');
    const whole = (await read(`<html><body>${apparatus}${book}</body></html>`)).blocks.map((block) => block.text);
    expect(whole.slice(0, 2)).toEqual(expected);
  });

  it('walks the article again with the sanitising converter: no script, handler or javascript: link survives', async () => {
    const { blocks } = await read(articlePage(
      '<p>Tail <a href="javascript:alert(1)">bad link</a> <img src=x onerror="alert(1)"> <a href="https://ok.example/">good</a>' +
        '<script>alert("x")</script><svg onload="alert(2)"><text>svg</text></svg><iframe>frame</iframe></p>',
    ));
    const last = blocks.at(-1)!;
    expect(last.text).toBe('Tail bad link good');
    expect(last.marks).toEqual([{ kind: 'link', from: 14, to: 18, href: 'https://ok.example/' }]);
  });

  it('falls back to the page without navigation, header, footer and sidebars when it is too short for an article', async () => {
    const { title, blocks } = await read('<html><head><title> Short\n page </title></head><body><nav>Menu</nav>' +
      '<header>Site name</header><main><header><h1>Note</h1></header><p>Just a line.</p></main><aside>Ads</aside>' +
      '<footer>Footer</footer></body></html>');
    expect(title).toBe('Short page');
    expect(blocks).toEqual([{ kind: 'heading', level: 1, text: 'Note' }, { kind: 'paragraph', text: 'Just a line.' }]);
  });

  it('reads a page too big to be an article (a book) whole, without running Readability, minus its navigation', async () => {
    const paragraphs = Array.from({ length: 10_001 }, (_, n) => `<p>Paragraph <em>${n}</em>, ${sentence}</p>`).join('');
    const { blocks } = await read(`<html><body><nav>Menu</nav><h1>Book</h1>${paragraphs}<footer>End matter</footer></body></html>`);
    expect(blocks).toHaveLength(10_002);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Book' });
    expect(blocks.at(-1)!.text).toBe(`Paragraph 10000, ${sentence.trim()}`);
  });

  it('reads a fragment without <html> or <body>, titled by og:title or else its first h1', async () => {
    expect(await read('<h1>Fragment</h1><p>Words.</p>')).toEqual({
      title: 'Fragment',
      blocks: [{ kind: 'heading', level: 1, text: 'Fragment' }, { kind: 'paragraph', text: 'Words.' }],
    });
    expect((await read('<meta property="og:title" content="From OG"><p>Words.</p>')).title).toBe('From OG');
    expect((await read('<p>No title anywhere.</p>')).title).toBeUndefined();
  });

  it('reads a page nested 10,000 <div>s deep (Readability, which recurses, is not run on it)', async () => {
    const { blocks } = await read(`<html><body>${'<div>'.repeat(10_000)}${sentence.repeat(20)}${'</div>'.repeat(10_000)}</body></html>`);
    expect(blocks).toEqual([{ kind: 'paragraph', text: sentence.repeat(20).trim() }]);
  });

  it('decodes the charset the page declares, or UTF-8, or windows-1252 when the bytes are not UTF-8', async () => {
    const latin1 = Uint8Array.from([...utf8('<meta charset="iso-8859-1"><p>caf'), 0xe9, ...utf8('</p>')]);
    expect((await read(latin1)).blocks[0]!.text).toBe('café');
    const httpEquiv = Uint8Array.from([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>'), 0xc4, 0xc1, ...utf8('</p>')]);
    expect((await read(httpEquiv)).blocks[0]!.text).toBe('да');
    expect((await read(utf8('<p>naïve – “quoted”</p>'))).blocks[0]!.text).toBe('naïve – “quoted”');
    const undeclared1252 = Uint8Array.from([...utf8('<p>'), 0x93, 0x80, 0x94, ...utf8('</p>')]);
    expect((await read(undeclared1252)).blocks[0]!.text).toBe('“€”');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<p>Ω</p>').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect((await read(utf16)).blocks[0]!.text).toBe('Ω');
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1252"><p>ü</p>')]);
    expect((await read(bom)).blocks[0]!.text).toBe('ü');
  });

  it('refuses a page with no readable text', async () => {
    await expect(read('<html><head><title>Empty</title><script>x()</script></head><body> <img src=a> </body></html>'))
      .rejects.toThrow(new ImportRefusal('has no readable text'));
  });

  it('refuses a PNG or other binary file renamed .html', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(read(png)).rejects.toThrow('is a PNG image, not a web page');
    await expect(read(new Uint8Array([1, 2, 0, 3]))).rejects.toThrow(ImportRefusal);
  });
});
