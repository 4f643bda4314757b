import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it('keeps absolute http, https and mailto addresses, normalised', () => {
    expect(safeHref(' https://Example.org/a b?q=1#x ')).toBe('https://example.org/a%20b?q=1#x');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('MAILTO:someone@example.org')).toBe('mailto:someone@example.org');
  });

  it('drops scripts, data, files, relative and protocol-relative links, hidden schemes and over-long addresses', () => {
    for (const href of [
      'javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:x',
      'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://example.org/', '/path', 'page.html',
      '#anchor', '//example.org/x', '', null, `https://example.org/${'a'.repeat(2100)}`,
    ]) {
      expect(safeHref(href), String(href)).toBeUndefined();
    }
  });
});
