// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildReaderContent } from '../buildReaderContent';
import { Highlights, InitialHighlights, type HighlightRange } from '../highlightPlugin';
import { readerExtensions } from '../readerSchema';
import { textMapFromLayout, textToPos } from '../textMap';
import { ReaderLink } from './linkMark';
import { SAMPLE_STRUCTURE, SAMPLE_TEXT } from './structuredSample';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** The sample document in a real editor, with highlights over the given quotes of its text. */
function renderSample(quotes: string[] = [], open: (url: string) => void = () => undefined) {
  const layout = buildReaderContent(SAMPLE_TEXT, SAMPLE_STRUCTURE);
  const map = textMapFromLayout(layout.paragraphs, layout.sectionStarts);
  const ranges: HighlightRange[] = quotes.map((quote, i) => {
    const start = SAMPLE_TEXT.indexOf(quote);
    return { id: `h${i}`, color: 'c1', from: textToPos(map, start, 'start'), to: textToPos(map, start + quote.length, 'end') };
  });
  const initial = new InitialHighlights(ranges);
  const extensions = [...readerExtensions.filter((e) => e !== ReaderLink), ReaderLink.configure({ open }), Highlights.configure({ initial })];
  // As the reader does (useReaderEditor): the plugin keeps the highlights, the editor prop draws them.
  editor = new Editor({ element: document.createElement('div'), extensions, content: layout.content, injectCSS: false, editorProps: { decorations: initial.decorations } });
  return editor.view.dom;
}

/** The text drawn inside one highlight, across every element it is split into. */
const highlighted = (dom: HTMLElement, id: string) => [...dom.querySelectorAll(`mark[data-annotation-id="${id}"]`)].map((m) => m.textContent).join('');

describe('the reader’s blocks', () => {
  it('draws headings as headings one level below the title, list items with their marker, quotes and code', () => {
    const dom = renderSample();
    expect(dom.querySelector('h2')?.textContent).toBe('Interview notes');
    expect(dom.querySelector('h4')?.textContent).toBe('Agenda');
    const items = [...dom.querySelectorAll<HTMLElement>('p.reader-list-item')];
    expect(items.map((item) => [item.dataset['marker'], item.dataset['depth'], item.textContent])).toEqual([
      ['1.', '0', 'First item'],
      ['◦', '1', 'A nested bullet'],
    ]);
    expect(dom.querySelector('blockquote.reader-quote')?.textContent).toBe('A quoted line.');
    expect(dom.querySelector('pre.reader-code code')?.textContent).toBe('const a = 1;\nconst b = 2;');
  });

  it('shows the speaker and the cue time beside a turn, outside its text', () => {
    const dom = renderSample();
    const turns = [...dom.querySelectorAll<HTMLElement>('.reader-turn')];
    const label = turns[0]!.querySelector<HTMLElement>('.reader-turn-label')!;
    expect(label.getAttribute('contenteditable')).toBe('false');
    expect(label.querySelector('.reader-turn-speaker')?.textContent).toBe('Sputnik');
    expect(label.querySelector('time')?.textContent).toBe('12:03');
    expect(turns[0]!.querySelector('.reader-turn-text')?.textContent).toBe('Welcome to the programme.');
    expect(turns[1]!.querySelector('time')).toBeNull();
    expect(editor!.state.doc.textContent).not.toContain('Sputnik');
  });

  it('draws highlights across marks and inside every kind of block', () => {
    const quotes = ['emphasis, strong words, some code and a', 'Interview', 'First item', 'nested\nbullet', 'quoted', 'the programme', '1;\nconst b', 'Agenda\n\nFirst'];
    const drawn = ['emphasis, strong words, some code and a', 'Interview', 'First item', 'nested bullet', 'quoted', 'the programme', '1;\nconst b', 'AgendaFirst'];
    const dom = renderSample(quotes);
    drawn.forEach((text, i) => expect(highlighted(dom, `h${i}`), text).toBe(text));
    expect(dom.querySelector('strong mark, mark strong')).not.toBeNull();
  });

  it('opens a link only with Ctrl/Cmd+click, and only an http(s) one', () => {
    const open = vi.fn();
    const dom = renderSample([], open);
    const link = dom.querySelector<HTMLAnchorElement>('a.reader-link')!;
    expect(link.getAttribute('href')).toBe('https://example.org/');
    expect(link.title).toMatch(/^https:\/\/example\.org\/ \((Ctrl|Cmd)\+click to open\)$/);
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(open).not.toHaveBeenCalled();
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    expect(open).toHaveBeenCalledWith('https://example.org/');
  });

  it('draws a link it may not open as its words', () => {
    const layout = buildReaderContent('Write to us or run this.', {
      blocks: [{ paragraph: 0, kind: 'paragraph', marks: [{ kind: 'link', from: 0, to: 11, href: 'mailto:us@example.org' }, { kind: 'link', from: 15, to: 23, href: 'javascript:alert(1)' }] }],
    });
    editor = new Editor({ element: document.createElement('div'), extensions: readerExtensions, content: layout.content, injectCSS: false });
    expect(editor.view.dom.querySelector('a')).toBeNull();
    expect(editor.view.dom.querySelectorAll('span.reader-link-inert')).toHaveLength(2);
  });

  it('makes a plain paragraph, not another heading, when Enter is pressed at the end of a heading (edit mode)', () => {
    renderSample();
    const heading = editor!.state.doc.firstChild!.firstChild!;
    editor!.commands.setTextSelection(1 + heading.nodeSize - 1);
    editor!.commands.splitBlock();
    expect(editor!.state.doc.firstChild!.child(1).type.name).toBe('paragraph');
  });
});
