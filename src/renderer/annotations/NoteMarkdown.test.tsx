import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NoteMarkdown } from './NoteMarkdown';

const render = (note: string): string => renderToStaticMarkup(<NoteMarkdown note={note} />);

describe('NoteMarkdown', () => {
  it('keeps a web link a link that opens outside the app', () => {
    expect(render('See [the interview](https://sputnik.by/csto).')).toContain(
      '<a href="https://sputnik.by/csto" target="_blank" rel="noreferrer noopener">the interview</a>',
    );
  });

  it('keeps a gloss:// passage link a link inside the app, and draws a malformed one as its label', () => {
    expect(render('[where he said it](gloss://open?document=doc-1&start=10&end=20)')).toContain(
      '<a href="gloss://open?document=doc-1&amp;start=10&amp;end=20" class="gloss-link">where he said it</a>',
    );
    for (const note of ['[x](gloss://open?document=doc-1&start=20&end=10)', '[x](gloss://delete?document=doc-1)', '[x](gloss://open?document=../etc&start=0&end=1)']) {
      expect(render(note), note).not.toContain('<a');
    }
  });

  it('draws a link whose URL was neutralised as its label, not as a link', () => {
    for (const note of ['[click](javascript:alert(1))', '[click](data:text/html,<script>alert(1)</script>)', '[click](vbscript:x)']) {
      const html = render(note);
      expect(html, note).not.toContain('<a');
      expect(html, note).toContain('click');
    }
  });

  it('draws a relative link (which would open the app again) as its label', () => {
    for (const note of ['[notes](notes.html)', '[top](#top)', '[api](/api/library:list)', '[x](//evil.example)']) {
      expect(render(note), note).toBe(`<div class="note-markdown"><p>${note.slice(1, note.indexOf(']'))}</p></div>`);
    }
  });

  it('renders no HTML from the note, hostile or not', () => {
    const html = render('<script>alert(1)</script>\n\nSee **bold** <img src=x onerror=alert(2)> <iframe src="https://example.com"></iframe>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toMatch(/<script|<img|<iframe|onerror/);
  });

  it('describes an image instead of loading it', () => {
    expect(render('![map](https://example.org/m.png)')).toContain('[image: map]');
    expect(render('![map](https://example.org/m.png)')).not.toContain('<img');
  });
});
