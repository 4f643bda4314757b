import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './htmlBlocks';
import { parseHtml, parseXhtml } from './parseMarkup';

const textsOf = (html: string) => htmlToBlocks(parseHtml(html)).map((block) => block.text);

describe('htmlToBlocks on hostile markup', () => {
  it('keeps no words of scripts, styles, templates, embeds, SVG, MathML or form controls', () => {
    const html = `<html><head><title>T</title><style>body{}</style><script>var head = 1</script></head><body>
      <p>visible</p>
      <script>alert("script")</script><noscript>noscript words</noscript><template><p>template</p></template>
      <iframe srcdoc="<p>srcdoc</p>">iframe words</iframe><object data="x">object words</object><embed src="x">
      <svg onload="alert(1)"><text>svg words</text><script>alert(2)</script></svg>
      <math><mi>mathml</mi></math><canvas>canvas words</canvas><video>video words</video>
      <form>label <input value="input value"><textarea>textarea words</textarea>
        <select><option>option words</option></select><button>button words</button></form>
      <img src=x onerror="alert(3)"><p onclick="alert(4)" style="color:red">end</p>
      <p hidden>hidden</p><div style="display: none">none</div><dialog>closed dialog</dialog>
    </body></html>`;
    expect(textsOf(html)).toEqual(['visible', 'label', 'end']);
  });

  it('keeps no words of a self-closed XHTML <title/> or <script/> that would otherwise swallow the page', () => {
    const xhtml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title/>' +
      '<script src="x.js"/></head><body><a id="p1"/><p>First.</p><p>Second<br/>line.</p><div class="x"/></body></html>';
    expect(htmlToBlocks(parseXhtml(xhtml)).map((block) => block.text)).toEqual(['First.', 'Second\nline.']);
  });

  it('walks 10,000 nested <div>s without exhausting the stack', () => {
    const deep = '<div>'.repeat(10_000) + 'deep words' + '</div>'.repeat(10_000);
    expect(textsOf(`<body>${deep}<p>after</p></body>`)).toEqual(['deep words', 'after']);
  });

  it('walks 10,000 nested unclosed <b> and 5,000 nested lists', () => {
    const marks = htmlToBlocks(parseHtml('<p>' + '<b>'.repeat(10_000) + 'bold'));
    expect(marks).toEqual([{ kind: 'paragraph', text: 'bold', marks: [{ kind: 'strong', from: 0, to: 4 }] }]);
    const lists = htmlToBlocks(parseHtml('<ul><li>x'.repeat(5_000)));
    expect(lists).toHaveLength(5_000);
    expect(lists.every((block) => block.depth! <= 8)).toBe(true);
  });

  it('copes with huge attribute values and a megabyte-long href', () => {
    const huge = 'x'.repeat(2_000_000);
    const blocks = htmlToBlocks(parseHtml(`<p title="${huge}" style="${huge}"><a href="https://e.org/${huge}">link</a></p>`));
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'link' }]);
  });

  it('reads malformed markup as a browser would, more or less, and never throws', () => {
    const texts = textsOf('<p>one<p>two</b></i><li>three<td>four</table><<>>five &bogus; &amp');
    expect(texts.slice(0, 2)).toEqual(['one', 'two']);
    expect(texts.join(' ')).toMatch(/three\s+four<<>>five &bogus; &$/);
    for (const junk of ['<', '</p>', '<!--', '<![CDATA[x', '<p <p>', '\u0000\u0001', '<a href=">x</a>', '&#0;&#xD800;&#x110000;']) {
      expect(() => textsOf(junk)).not.toThrow();
      // eslint-disable-next-line no-control-regex -- no control character may reach the text
      for (const text of textsOf(junk)) expect(text).not.toMatch(/[\u0000-\u0008\ud800-\udfff]/);
    }
  });
});
