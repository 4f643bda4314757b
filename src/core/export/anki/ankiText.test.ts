import { describe, expect, it } from 'vitest';
import type { ExportCard } from '../exportModel';
import { testCard } from '../testing/exportCards';
import { testExportDocument } from '../testing/exportFixtures';
import { ankiNotes } from './ankiNotes';
import { ankiText } from './ankiText';

const HEADERS = ['#separator:tab', '#html:true', '#notetype column:1', '#deck column:2', '#tags column:5', '#guid column:6'];

/** The text export of these cards of one document titled `title`. */
const exportOf = (cards: ExportCard[], title = 'Interview') => ankiText(ankiNotes([testExportDocument([], { title, cards })]).notes);

/** The note lines of a text export, each split into its columns as Anki's reader splits them (tab, outside quotes). */
const rowsOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));

describe('the Anki text export', () => {
  it('starts with the headers that tell Anki the separator, HTML, and the note type, deck, tags and GUID columns', () => {
    const text = exportOf([testCard('c-1')]);
    expect(text.split('\n').slice(0, HEADERS.length)).toEqual(HEADERS);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes one line per note: note type, deck, the two fields, tags, GUID', () => {
    const qa = testCard('q-1', { type: 'qa', prompt: 'Where?', answer: 'Minsk', hint: null, tags: ['place/New York', 'exam'] });
    const text = exportOf([testCard('c-1', { tags: ['Key fact'] }), qa]);
    // Gloss's own markup on the back leaves its attributes unquoted, so no field needs CSV quoting.
    expect(text).not.toContain('"');
    const rows = rowsOf(text);
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.length)).toEqual([6, 6]);
    expect(rows[0]!.slice(0, 3)).toEqual(['Cloze', 'Interview', 'The summit met in {{c1::Minsk::city}} in May.']);
    expect(rows[0]![4]).toBe('Key_fact');
    expect(rows[1]!.slice(0, 3)).toEqual(['Basic', 'Interview', 'Where?']);
    expect(rows[1]![4]).toBe('place::New_York exam');
    expect(rows[1]![5]).toMatch(/^[\w-]{12}$/u);
  });

  it('keeps tabs, line breaks and quotes inside their field, and markup as text', () => {
    const prompt = 'Say "hi"\tthen\r\nleave <script>alert(1)</script> & {{c9::x}}?';
    const rows = rowsOf(exportOf([testCard('q-1', { type: 'qa', prompt, answer: 'Line one\nline two', hint: null, source: null })]));
    expect(rows).toHaveLength(1);
    expect(rows[0]![2]).toBe('Say &quot;hi&quot;&#9;then<br>leave &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#123;&#123;c9::x&#125;&#125;?');
    expect(rows[0]![3]).toMatch(/^Line one<br>line two</u);
  });

  it('keeps emoji and CJK as they are (UTF-8)', () => {
    const rows = rowsOf(exportOf([testCard('c-1', { prompt: '会議は[...] (city)で開かれた 🎉', answer: '北京', hint: 'city', tags: ['会議 記録'] })], '会議 🎉'));
    expect(rows[0]!.slice(1, 3)).toEqual(['会議 🎉', '会議は{{c1::北京::city}}で開かれた 🎉']);
    expect(rows[0]![4]).toBe('会議_記録');
  });

  it('quotes a deck name that holds a quote, as Anki’s CSV reader expects', () => {
    const [row] = rowsOf(exportOf([testCard('c-1')], '"Quoted" title'));
    expect(row![1]).toBe('"""Quoted"" title"');
  });
});
