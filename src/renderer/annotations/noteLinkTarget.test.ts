import { describe, expect, it } from 'vitest';
import { noteLinkTarget } from './noteLinkTarget';

describe('noteLinkTarget', () => {
  it('keeps absolute http(s) addresses as links', () => {
    expect(noteLinkTarget('https://sputnik.by/20241115/csto.html')).toBe('https://sputnik.by/20241115/csto.html');
    expect(noteLinkTarget('HTTP://example.org')).toBe('http://example.org/');
  });

  it('treats a missing or empty address (what react-markdown leaves of an unsafe URL) as text', () => {
    expect(noteLinkTarget('')).toBeNull();
    expect(noteLinkTarget(undefined)).toBeNull();
  });

  it('refuses hostile protocols even if they reach it unfiltered', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'app://gloss/index.html']) {
      expect(noteLinkTarget(href), href).toBeNull();
    }
  });

  it('refuses addresses that would resolve against the app itself', () => {
    for (const href of ['notes.html', '#top', '/api/library:list', '//evil.example', 'https:evil.example', '?token=x']) {
      expect(noteLinkTarget(href), href).toBeNull();
    }
  });

  it('refuses links with credentials, a phishing trick', () => {
    expect(noteLinkTarget('https://bank.example@evil.example/')).toBeNull();
    expect(noteLinkTarget('https://user:pass@example.org/')).toBeNull();
  });

  it('draws mailto: as text, since the desktop app opens only http(s) outside', () => {
    expect(noteLinkTarget('mailto:editor@example.org')).toBeNull();
    expect(noteLinkTarget('mailto:')).toBeNull();
  });
});
