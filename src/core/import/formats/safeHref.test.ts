import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it('keeps absolute http, https and mailto addresses', () => {
    expect(safeHref('https://example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
    expect(safeHref('mailto:someone@example.org')).toBe('mailto:someone@example.org');
  });

  it('drops relative addresses and other schemes', () => {
    for (const address of ['page.html', '/root', '#anchor', '//example.org', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', '\\\\server\\share', 'ftp://example.org', '']) {
      expect(safeHref(address), address).toBeUndefined();
    }
  });

  it('drops addresses longer than the stored limit', () => {
    expect(safeHref(`https://example.org/${'a'.repeat(2100)}`)).toBeUndefined();
  });
});
