import { describe, expect, it } from 'vitest';
import { testReadContext, utf8 } from '../../testing/readContext';
import { readMarkdown } from './markdown';

const read = (markdown: string) => readMarkdown(utf8(markdown), testReadContext('notes.md'));

describe('readMarkdown', () => {
  it('reads headings, paragraphs and code, titled by the first heading (kept in the body)', async () => {
    const document = await read('Intro text.\n\n# The *Title*\n\nSome words\nflowing on.\n\n## Part\n\n```js\nconst a = 1;\n\n\n  return a;\n```\n');
    expect(document).toEqual({
      title: 'The Title',
      blocks: [
        { kind: 'paragraph', text: 'Intro text.' },
        { kind: 'heading', level: 1, text: 'The Title', marks: [{ kind: 'emphasis', from: 4, to: 9 }] },
        { kind: 'paragraph', text: 'Some words flowing on.' },
        { kind: 'heading', level: 2, text: 'Part' },
        { kind: 'code', text: 'const a = 1;\n  return a;' },
      ],
    });
  });

  it('reads a "**Name:** words" transcript as speaker turns: the label out of the words, a time stamp kept as the turn\'s start, emphasis kept in place', async () => {
    const document = await read(
      '# Episode 250\n\n**Adam:** Welcome back! Today we talk about *Kubernetes*.\n\n**Tim:** \\[00:04:03.15\\] Thanks for having us.\n\nIt grew out of **Borg**.\n\n\\[04:51\\] And *Omega* came later.\n\n**Adam:** Who started it?\n\n**Tim:** \\[00:05:10.00\\]\n\nA few of us at Google.',
    );
    expect(document.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Episode 250' },
      { kind: 'turn', speaker: 'Adam', text: 'Welcome back! Today we talk about Kubernetes.', marks: [{ kind: 'emphasis', from: 34, to: 44 }] },
      { kind: 'turn', speaker: 'Tim', text: 'Thanks for having us.', startMs: 243_150 },
      { kind: 'turn', speaker: 'Tim', text: 'It grew out of Borg.', marks: [{ kind: 'strong', from: 15, to: 19 }] },
      // A later paragraph's own stamp is its start, not its words.
      { kind: 'turn', speaker: 'Tim', text: 'And Omega came later.', marks: [{ kind: 'emphasis', from: 4, to: 9 }], startMs: 291_000 },
      { kind: 'turn', speaker: 'Adam', text: 'Who started it?' },
      { kind: 'turn', speaker: 'Tim', text: 'A few of us at Google.', startMs: 310_000 },
    ]);
  });

  it('leaves notes that merely open with a colon-word as paragraphs', async () => {
    const document = await read('# Notes\n\nNote: the meeting moved.\n\nThe agenda is short.\n\nWe covered the budget.\n\nWarning: bring a laptop.');
    expect(document.blocks.filter((block) => block.kind === 'turn')).toEqual([]);
  });

  it('takes the title from YAML front matter and never shows the front matter', async () => {
    const document = await read('---\nauthor: Me\ntitle: "A \\"quoted\\" title"\ntags: [a, b]\n---\n# Heading\n\nBody.');
    expect(document.title).toBe('A "quoted" title');
    expect(document.blocks.map((block) => block.text)).toEqual(['Heading', 'Body.']);
  });

  it('strips front matter without a title and falls back to the first heading', async () => {
    expect((await read('---\ndate: 2020-01-01\n---\nSetext title\n============\n\nText.')).title).toBe('Setext title');
    expect((await read('---\nlayout: post\n...\nJust text.')).blocks).toEqual([{ kind: 'paragraph', text: 'Just text.' }]);
  });

  it('does not take thematic breaks around text for front matter', async () => {
    const document = await read('---\nNot yaml, a paragraph\n---\n\nMore.');
    expect(document.blocks.map((block) => block.text)).toEqual(['Not yaml, a paragraph', 'More.']);
  });

  it('has no title when there is no heading and no front matter title', async () => {
    expect(await read('Only a paragraph.')).toEqual({ blocks: [{ kind: 'paragraph', text: 'Only a paragraph.' }] });
  });

  it('reads emphasis, strong, inline code and links as marks over the words', async () => {
    const document = await read('A *b* **c** `d()` [e](https://e.org) <https://auto.org> [f][ref]\n\n[ref]: mailto:f@example.org');
    const [block] = document.blocks;
    expect(block?.text).toBe('A b c d() e https://auto.org f');
    const spans = block?.marks?.map((mark) => [mark.kind, block.text.slice(mark.from, mark.to), mark.href]);
    expect(spans).toEqual([
      ['emphasis', 'b', undefined],
      ['strong', 'c', undefined],
      ['code', 'd()', undefined],
      ['link', 'e', 'https://e.org/'],
      ['link', 'https://auto.org', 'https://auto.org/'],
      ['link', 'f', 'mailto:f@example.org'],
    ]);
  });

  it('keeps the words of unsafe or relative links without a link', async () => {
    const [block] = (await read('[click](javascript:alert(1)) [page](other.md) [mail](MAILTO:x@y.z)')).blocks;
    expect(block?.text).toBe('click page mail');
    expect(block?.marks).toEqual([{ kind: 'link', from: 11, to: 15, href: 'mailto:x@y.z' }]);
  });

  it('reads nested lists with numbers, depth, and several paragraphs per item', async () => {
    const document = await read('3. three\n\n   still three\n   - inner *one*\n     1. deepest\n4. four\n\n- bullet');
    expect(document.blocks).toEqual([
      { kind: 'listItem', ordered: true, number: 3, depth: 0, text: 'three' },
      { kind: 'listItem', ordered: true, depth: 0, text: 'still three' },
      { kind: 'listItem', ordered: false, depth: 1, text: 'inner one', marks: [{ kind: 'emphasis', from: 6, to: 9 }] },
      { kind: 'listItem', ordered: true, number: 1, depth: 2, text: 'deepest' },
      { kind: 'listItem', ordered: true, number: 4, depth: 0, text: 'four' },
      { kind: 'listItem', ordered: false, depth: 0, text: 'bullet' },
    ]);
  });

  it('reads block quotes with their nesting', async () => {
    const document = await read('> outer\n> continued\n>\n> > inner\n\nafter');
    expect(document.blocks).toEqual([
      { kind: 'quote', depth: 0, text: 'outer continued' },
      { kind: 'quote', depth: 1, text: 'inner' },
      { kind: 'paragraph', text: 'after' },
    ]);
  });

  it('drops raw HTML blocks and tags but keeps the words between tags', async () => {
    const document = await read('<div class="x">\n<script>alert(1)</script>\n</div>\n\nSome <b>bold</b> <!-- hidden --> words.');
    expect(document.blocks).toEqual([{ kind: 'paragraph', text: 'Some bold words.' }]);
  });

  it('reads images as their alt text, hard breaks as line breaks, drops thematic breaks', async () => {
    const document = await read('See ![a chart](c.png) here  \nnext line\\\nlast\n\n***\n\nEnd.');
    expect(document.blocks.map((block) => block.text)).toEqual(['See a chart here\nnext line\nlast', 'End.']);
  });

  it('leaves a pipe table (no GFM) as a paragraph of its words and pipes', async () => {
    const document = await read('| a | b |\n|---|---|\n| 1 | 2 |');
    expect(document.blocks).toEqual([{ kind: 'paragraph', text: '| a | b | |---|---| | 1 | 2 |' }]);
  });
});
