import { describe, expect, it } from 'vitest';
import { parseProjectXml } from './import/parseProjectXml';
import { writeXmlDocument } from './xmlElement';
import { escapeXmlAttribute, escapeXmlText } from './xmlText';

/** A value written as an attribute and as content of a Project, then read back by the import's parser. */
function readBack(value: string): { attribute: string; text: string } {
  const xml = writeXmlDocument({ name: 'Project', attributes: { xmlns: 'urn:QDA-XML:project:1.0', name: value }, children: [{ name: 'Description', text: value }] });
  const root = parseProjectXml(xml);
  return { attribute: root.getAttribute('name')!, text: root.getElementsByTagName('Description')[0]!.textContent! };
}

describe('XML escaping', () => {
  it('escapes markup, so "<", "&" and "]]>" stay words', () => {
    expect(escapeXmlText('a < b && c ]]> d')).toBe('a &lt; b &amp;&amp; c ]]&gt; d');
    expect(escapeXmlAttribute('say "hi" <b>')).toBe('say &quot;hi&quot; &lt;b&gt;');
  });

  it('reads back any note exactly: markup, quotes, emoji, CJK, tabs, line breaks and carriage returns', () => {
    const note = 'a <b>&amp;</b> "c" \'d\' ]]> 😀👨‍👩‍👧 我们 𠀀\tx\ny\r\nz\rw';
    expect(readBack(note)).toEqual({ attribute: note, text: note });
  });

  it('replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD, so the file still parses', () => {
    const raw = 'bell\u0007 nul\u0000 vt\u000b lone\ud800 low\udc00 fffe\ufffe ok😀';
    const expected = 'bell\ufffd nul\ufffd vt\ufffd lone\ufffd low\ufffd fffe\ufffd ok😀';
    expect(readBack(raw)).toEqual({ attribute: expected, text: expected });
  });
});
