import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  navigationDecision,
  normalizeExternalUrl,
  permissionDecision,
} from './security';
import { HOSTILE_URLS as hostile, VERY_LONG_URL } from './testing/hostileUrls';

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows nothing by default and nothing inline', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; /);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'app://gloss/', 'app://gloss/assets/index-3f2a.js', 'app://gloss/index.html#/doc/abc?x=1'])(
    'accepts the app page %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'app://gloss',
    'app://gloss.evil.com/',
    'app://gloss.evil.com/index.html',
    'app://evil.com/',
    'app://gloss@evil.com/',
    'app://evil@gloss/',
    'app://user:pass@gloss/',
    'app://gloss:8080/',
    'APP://gloss/',
    'app://GLOSS/',
    'app:gloss/index.html',
    'app:///gloss/index.html',
    'app://gloss/../x',
    'app://gloss/assets/../../x',
    'app://gloss/%2e%2e/x',
    'app://gloss/%2E%2e/x',
    'app://gloss/./index.html',
    'app://gloss\\index.html',
    'app://gloss/\\evil',
    'app://glοss/', // Greek omicron
    'app://gloss／index.html', // fullwidth solidus
    'app://gloss%2findex.html',
    ' app://gloss/',
    'app://gloss/\n',
    'https://gloss/',
    'http://localhost:5173/',
    ...hostile,
  ])('refuses %j', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('normalizeExternalUrl / isSafeExternalUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['HTTPS://Example.COM/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['http://example.com:8080/x', 'http://example.com:8080/x'],
  ])('accepts %s as %s', (url, normalized) => {
    expect(isSafeExternalUrl(url)).toBe(true);
    expect(normalizeExternalUrl(url)).toBe(normalized);
  });

  it('hands on lookalike hosts in punycode, so the browser shows what they are', () => {
    expect(normalizeExternalUrl('https://аpple.com/')).toBe('https://xn--pple-43d.com/');
  });

  it.each([...hostile, APP_ENTRY_URL])('refuses %j', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
    expect(normalizeExternalUrl(url)).toBeNull();
  });
});

describe('very long URLs', () => {
  it('are neither the app nor safe to open', () => {
    expect(navigationDecision(VERY_LONG_URL)).toBe('deny');
    expect(isAppUrl(`app://gloss/${'a'.repeat(100_000)}`)).toBe(false);
  });
});

describe('navigationDecision', () => {
  it('keeps app pages in the window', () => {
    expect(navigationDecision('app://gloss/index.html#/review')).toBe('allow');
  });

  it('sends web links to the system browser', () => {
    expect(navigationDecision('https://en.wikipedia.org/wiki/Gloss')).toBe('open-external');
  });

  it.each([...hostile, 'app://gloss.evil.com/', 'app://gloss/../x'])('denies %j', (url) => {
    expect(navigationDecision(url)).toBe('deny');
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page in the main frame', () => {
    expect(isTrustedSender(APP_ENTRY_URL, true)).toBe(true);
  });

  it('refuses the app page in a subframe', () => {
    expect(isTrustedSender(APP_ENTRY_URL, false)).toBe(false);
  });

  it.each([
    'https://evil.com/',
    'app://gloss.evil.com/index.html',
    'file:///work/out/renderer/index.html',
    'about:blank',
    'data:text/html,hi',
    'http://localhost:5173/',
  ])('refuses a main frame showing %s', (url) => {
    expect(isTrustedSender(url, true)).toBe(false);
  });

  it('refuses a sender whose frame is gone or unknown', () => {
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender(null, false)).toBe(false);
    expect(isTrustedSender(APP_ENTRY_URL, 'true')).toBe(false);
    expect(isTrustedSender(APP_ENTRY_URL, 1)).toBe(false);
  });
});

describe('permissionDecision', () => {
  it('grants nothing', () => {
    expect(permissionDecision()).toBe(false);
  });
});
