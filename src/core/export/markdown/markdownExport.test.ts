import type { Blockquote, Heading, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { ExportCard } from '../exportModel';
import { testExportDocument, testHighlight } from '../testing/exportFixtures';
import { markdownExport } from './markdownExport';

const highlight = testHighlight;
const doc = testExportDocument;

const OPTIONS = { grouping: 'document' as const, exportedAt: '2026-12-02T10:00:00.000Z' };

/** The Markdown body (front matter cut off) parsed by a real CommonMark parser. */
function parsed(markdown: string): Root {
  return fromMarkdown(markdown.slice(markdown.indexOf('\n---\n') + 5));
}

/** A node's words as a reader sees them: a hard line break is a line break. */
function wordsOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map((child) => wordsOf(child as Nodes)).join('') : '';
}

const quotesOf = (tree: Root) => tree.children.filter((node): node is Blockquote => node.type === 'blockquote').map(wordsOf);

/** Every link's address in the tree. */
function linksOf(node: Nodes): string[] {
  if (node.type === 'link') return [node.url];
  return 'children' in node ? node.children.flatMap((child) => linksOf(child as Nodes)) : [];
}

describe('Markdown export', () => {
  const hostile = [
    'a # that is no heading',
    '# not a heading',
    '1. not a list',
    '- nor this',
    '+ nor this',
    '* nor this',
    '> not a nested quote',
    'stars *here* and _there_ and __both__',
    'pipes | a | b |',
    'ticks `code` and ```fence```',
    '[a link](https://example.com) and ![an image](x.png)',
    '<script>alert(1)</script> and <b>bold</b>',
    '&amp; &#35; entities',
    'a trailing backslash \\',
    '***',
    '    four spaces of indent',
    'two lines\nwith === under',
    'emoji 😀, CJK 東京, RTL שלום',
  ];

  it('keeps every quote’s exact words inside its own block quote, whatever they hold', () => {
    const markdown = markdownExport([doc(hostile.map((quote, i) => highlight(`h${i}`, quote)))], OPTIONS);
    const tree = parsed(markdown);
    expect(quotesOf(tree)).toEqual(hostile);
    // Nothing in a quote made a heading, a list, a table, HTML or a link of its own.
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => toString(node));
    expect(headings).toEqual(['Interview', 'Highlights']);
    expect(tree.children.some((node) => node.type === 'list' || node.type === 'html' || node.type === 'code' || node.type === 'thematicBreak')).toBe(false);
  });

  it('writes front matter a YAML reader takes as single values, with counts', () => {
    const markdown = markdownExport([doc([highlight('h1', 'x')], { title: 'A "quoted": title\nwith a break', cards: [{ prompt: 'p', answer: 'a' } as ExportCard] })], OPTIONS);
    const front = markdown.slice(4, markdown.indexOf('\n---\n'));
    expect(front.split('\n')).toEqual([
      'title: "A \\"quoted\\": title\\nwith a break"',
      'source: "Example source"',
      'exported-at: "2026-12-02T10:00:00.000Z"',
      'documents: 1',
      'highlights: 1',
      'cards: 1',
      'grouped-by: "document"',
    ]);
  });

  it('gives each highlight its category, speaker, paragraph, link, tags and note', () => {
    const markdown = markdownExport(
      [doc([highlight('h1', 'Minsk will host', { speaker: 'Ana', tags: ['exercise/kyrgyzstan', 'big idea'], note: '# My heading\n\nSee **this**.\n\n<i>raw</i>' })])],
      OPTIONS,
    );
    expect(markdown).toContain('_Key fact_ · Speaker: Ana · ¶ 3 · [Open in Gloss](gloss://open?document=doc-1&start=10&end=25)');
    expect(markdown).toContain('Tags: #exercise/kyrgyzstan #big-idea');
    const tree = parsed(markdown);
    expect(linksOf(tree)).toEqual(['gloss://open?document=doc-1&start=10&end=25']);
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
    // The note, as written, sits inside a list item of its own: its heading is the item's, not the export's.
    expect(headings.map((h) => [h.depth, toString(h)])).toEqual([
      [1, 'Interview'],
      [2, 'Highlights'],
    ]);
    const note = tree.children.find((node) => node.type === 'list');
    expect(note && toString(note)).toBe('NoteMy headingSee this.<i>raw</i>');
  });

  it('keeps a note’s unclosed fence, HTML comment or heading inside that note', () => {
    const notes = ['```js\nnever closed', '<!-- an HTML comment never closed', 'A line\n===', '<div>\nraw block', 'plain words, no syntax'];
    const highlights = notes.map((note, i) => testHighlight(`h${i}`, `quote ${i}`, { note }));
    const tree = parsed(markdownExport([doc([...highlights, testHighlight('last', 'the last quote')])], OPTIONS));
    expect(quotesOf(tree)).toEqual(['quote 0', 'quote 1', 'quote 2', 'quote 3', 'quote 4', 'the last quote']);
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading').map((node) => [node.depth, wordsOf(node)]);
    expect(headings).toEqual([
      [1, 'Interview'],
      [2, 'Highlights'],
    ]);
    // Each note is one list of its own.
    expect(tree.children.filter((node) => node.type === 'list')).toHaveLength(notes.length);
  });

  it('groups by tag (a highlight under each of its tags, untagged last), by colour and by speaker', () => {
    const highlights = [
      highlight('h1', 'one', { tags: ['b', 'a'], speaker: 'Q' }),
      highlight('h2', 'two', { color: 'c2', category: 'Claim' }),
      highlight('h3', 'three', { tags: ['a'], speaker: 'A' }),
    ];
    const titles = (grouping: 'tag' | 'colour' | 'speaker') =>
      parsed(markdownExport([doc(highlights)], { ...OPTIONS, grouping }))
        .children.filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
        .map((node) => toString(node));
    expect(titles('tag')).toEqual(['a', 'b', 'Untagged']);
    expect(titles('colour')).toEqual(['Key fact', 'Claim']);
    expect(titles('speaker')).toEqual(['Q', 'A', 'No speaker']);
    const byTag = parsed(markdownExport([doc(highlights)], { ...OPTIONS, grouping: 'tag' }));
    expect(quotesOf(byTag)).toEqual(['one', 'three', 'one', 'two']);
  });

  it('lists an orphan with why it has no place, and a document’s flashcards', () => {
    const card = { prompt: 'Which city hosts the summit?', answer: 'Minsk *', status: 'new' } as ExportCard;
    const markdown = markdownExport([doc([highlight('h1', 'gone', { anchor: null, paragraph: null, orphanReason: 'Its words were deleted in version 2 of the text.' })], { cards: [card] })], OPTIONS);
    expect(markdown).toContain('Not in the current text: Its words were deleted in version 2 of the text.');
    expect(markdown).toContain('- **Q:** Which city hosts the summit? **A:** Minsk \\*');
  });

  it('says when a document has no highlights', () => {
    expect(markdownExport([doc([])], OPTIONS)).toContain('_No highlights._');
  });
});
