import { describe, expect, it } from 'vitest';
import { snippetAround } from './snippet';

describe('snippetAround', () => {
  it('shows the hit with words around it, marking cuts', () => {
    const text = `${'word '.repeat(40)}needle ${'more '.repeat(40)}`;
    const start = text.indexOf('needle');
    const snippet = snippetAround(text, start, start + 6, 20);
    expect(snippet.match).toBe('needle');
    expect(snippet.before.startsWith('…')).toBe(true);
    expect(snippet.after.endsWith('…')).toBe(true);
    expect(snippet.before).not.toMatch(/…\S*wor$/);
  });

  it('stays on the hit’s line', () => {
    const text = 'First paragraph.\nThe needle here.\nThird.';
    const start = text.indexOf('needle');
    expect(snippetAround(text, start, start + 6)).toEqual({ before: 'The ', match: 'needle', after: ' here.' });
  });

  it('never splits an emoji', () => {
    const text = `${'😀'.repeat(50)}x${'😀'.repeat(50)}`;
    const start = text.indexOf('x');
    const snippet = snippetAround(text, start, start + 1, 9);
    for (const part of [snippet.before, snippet.after]) expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
