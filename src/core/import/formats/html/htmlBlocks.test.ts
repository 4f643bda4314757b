import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './htmlBlocks';
import { parseHtml } from './parseMarkup';

const blocksOf = (html: string) => htmlToBlocks(parseHtml(`<!doctype html><html><body>${html}</body></html>`));
const textsOf = (html: string) => blocksOf(html).map((block) => block.text);
/** The words each mark covers, so a test reads as what the reader sees. */
const markedWords = (html: string) =>
  blocksOf(html).flatMap((block) => (block.marks ?? []).map((mark) => [mark.kind, block.text.slice(mark.from, mark.to), mark.href]));

describe('htmlToBlocks: kinds', () => {
  it('makes headings of h1–h6 with their level, paragraphs of p', () => {
    expect(blocksOf('<h1>Title</h1><p>Body text.</p><h3>Part</h3>')).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'paragraph', text: 'Body text.' },
      { kind: 'heading', level: 3, text: 'Part' },
    ]);
  });

  it('splits a div at the blocks inside it, as a browser lays it out', () => {
    expect(textsOf('<div>before<p>inside</p>after</div><div>next</div>')).toEqual(['before', 'inside', 'after', 'next']);
  });

  it('numbers ordered lists from start, honours li value and reversed, and nests depth', () => {
    const blocks = blocksOf(
      '<ol start="3"><li>three</li><li value="10">ten</li><li>eleven<ul><li>bullet</li></ul></li></ol>' +
        '<ol reversed><li>two</li><li>one</li></ol>',
    );
    expect(blocks).toEqual([
      { kind: 'listItem', ordered: true, number: 3, depth: 0, text: 'three' },
      { kind: 'listItem', ordered: true, number: 10, depth: 0, text: 'ten' },
      { kind: 'listItem', ordered: true, number: 11, depth: 0, text: 'eleven' },
      { kind: 'listItem', ordered: false, depth: 1, text: 'bullet' },
      { kind: 'listItem', ordered: true, number: 2, depth: 0, text: 'two' },
      { kind: 'listItem', ordered: true, number: 1, depth: 0, text: 'one' },
    ]);
  });

  it('keeps a list item one block: its paragraphs become lines; text after a nested list is a plain paragraph', () => {
    expect(blocksOf('<ul><li><p>one</p><p>two</p><ul><li>inner</li></ul><p>after</p></li></ul>')).toEqual([
      { kind: 'listItem', ordered: false, depth: 0, text: 'one\ntwo' },
      { kind: 'listItem', ordered: false, depth: 1, text: 'inner' },
      { kind: 'paragraph', text: 'after' },
    ]);
  });

  it('caps list and quote depth at 8 however deep the nesting', () => {
    const lists = blocksOf('<ul><li>x'.repeat(50) + '</li></ul>'.repeat(50));
    expect(lists).toHaveLength(50);
    expect(lists.at(-1)).toMatchObject({ kind: 'listItem', depth: 8, text: 'x' });
    const quotes = blocksOf('<blockquote><p>q</p>'.repeat(12) + '</blockquote>'.repeat(12));
    expect(quotes.map((block) => block.depth)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8]);
  });

  it('makes quotes of blockquote paragraphs, with depth', () => {
    expect(blocksOf('<blockquote><p>outer</p><blockquote>inner</blockquote></blockquote><p>plain</p>')).toEqual([
      { kind: 'quote', depth: 0, text: 'outer' },
      { kind: 'quote', depth: 1, text: 'inner' },
      { kind: 'paragraph', text: 'plain' },
    ]);
  });

  it('makes code of pre, keeping single line breaks and indentation but no blank lines', () => {
    expect(blocksOf('<pre><code>\n  if (x) {\n\n    \n    go();\r\n  }\n\n</code></pre>')).toEqual([
      { kind: 'code', text: 'if (x) {\n    go();\n  }' },
    ]);
  });

  it('writes a table row as one paragraph, cells joined by " | ", empty cells left out', () => {
    expect(textsOf('<table><caption>Prices</caption><tr><th>Item</th><th>Cost</th></tr>' +
      '<tr><td> Tea <br> green </td><td></td><td><p>2</p><p>€</p></td></tr></table>'))
      .toEqual(['Prices', 'Item | Cost', 'Tea green | 2 €']);
  });

  it('keeps figure captions and drops images, alt text included', () => {
    expect(textsOf('<figure><img src="a.png" alt="A photo of a cat"><figcaption>The cat.</figcaption></figure>'))
      .toEqual(['The cat.']);
  });
});

describe('htmlToBlocks: text', () => {
  it('collapses white space as a browser renders it, br is a single line break', () => {
    expect(textsOf('<p>\n  Several   words\n\tacross lines <br><br>  after   two breaks </p>')).toEqual([
      'Several words across lines\nafter two breaks',
    ]);
  });

  it('decodes entities and treats no-break spaces as spaces', () => {
    expect(textsOf('<p>Caf&eacute; &amp; &#x41;&#66; &lt;tag&gt; &nbsp; &nbsp;end</p>')).toEqual(['Café & AB <tag> end']);
  });

  it('drops control characters, soft hyphens and paragraphs with no words', () => {
    expect(textsOf('<p>a\u0001b\u0007c hy&shy;phen</p><p> &nbsp; </p><p>\u200bkept</p>')).toEqual(['abc hyphen', '\u200bkept']);
  });

  it('never produces a blank line inside a block', () => {
    for (const text of textsOf('<p>a<br> <br>\n<br>b</p><h2>x<br><br>y</h2><pre>1\n\n\n2</pre><li><div>p</div><div> </div><div>q</div></li>')) {
      expect(text).not.toMatch(/\n[ \t\u00a0]*\n/);
      expect(text).toBe(text.trim());
    }
  });
});

describe('htmlToBlocks: marks', () => {
  it('marks emphasis, strong and code at offsets into the final text', () => {
    const [block] = blocksOf('<p>  An <em>emphatic</em>   and <b>bold <i>both</i></b> with <code>x = 1</code>.</p>');
    expect(block!.text).toBe('An emphatic and bold both with x = 1.');
    expect(markedWords('<p>  An <em>emphatic</em>   and <b>bold <i>both</i></b> with <code>x = 1</code>.</p>')).toEqual([
      ['emphasis', 'emphatic', undefined],
      ['emphasis', 'both', undefined],
      ['strong', 'bold both', undefined],
      ['code', 'x = 1', undefined],
    ]);
  });

  it('keeps a mark on its words, not on the spaces around them', () => {
    expect(markedWords('<p>one<em> two </em>three</p>')).toEqual([['emphasis', 'two', undefined]]);
  });

  it('carries a mark across a block boundary into the next block', () => {
    expect(markedWords('<b>start<p>middle</p>end</b>')).toEqual([
      ['strong', 'start', undefined], ['strong', 'middle', undefined], ['strong', 'end', undefined],
    ]);
  });

  it('keeps absolute http, https and mailto links; the words of other links stay unlinked', () => {
    const html = '<p><a href="https://example.org/a b">web</a> <a href="mailto:me@example.org">mail</a> ' +
      '<a href="/relative">rel</a> <a href="javascript:alert(1)">js</a> <a href="java&#10;script:alert(1)">js2</a> ' +
      '<a href="data:text/html,<script>alert(1)</script>">data</a> <a href="vbscript:x">vb</a> <a>plain</a></p>';
    expect(textsOf(html)).toEqual(['web mail rel js js2 data vb plain']);
    expect(markedWords(html)).toEqual([
      ['link', 'web', 'https://example.org/a%20b'],
      ['link', 'mail', 'mailto:me@example.org'],
    ]);
  });

  it('does not repeat a code mark inside a code block', () => {
    expect(blocksOf('<pre><code>x</code> <a href="http://e.org/">y</a></pre>')[0]!.marks).toEqual([
      { kind: 'link', from: 2, to: 3, href: 'http://e.org/' },
    ]);
  });
});
