import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppRequestHandler, registerAppProtocol, registerAppScheme, resolveAppRequest } from './protocol';
import { CONTENT_SECURITY_POLICY } from './security';
import { protocol, resetElectronMock } from './testing/electronMock';

const root = path.resolve('/srv/gloss/out/renderer');

describe('resolveAppRequest', () => {
  it.each([
    ['app://gloss/index.html', 'index.html'],
    ['app://gloss/', 'index.html'],
    ['app://gloss/assets/', 'assets/index.html'],
    ['app://gloss/assets/index-3f2a.js', 'assets/index-3f2a.js'],
    ['app://gloss/assets/index.js?v=2#top', 'assets/index.js'],
    ['app://gloss/fonts/Noto%20Serif.woff2', 'fonts/Noto Serif.woff2'],
    ['app://gloss/..hidden-but-inside', '..hidden-but-inside'],
    ['app://gloss/%252e%252e/x', '%2e%2e/x'],
    ['app://gloss/%2f%2fetc/passwd', 'etc/passwd'],
  ])('maps %s inside the root', (url, relative) => {
    expect(resolveAppRequest(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    'app://gloss/../../etc/passwd',
    'app://gloss/%2e%2e/%2e%2e/etc/passwd',
    'app://gloss/%2E%2E/secret',
    'app://gloss/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://gloss/..%5c..%5cwindows%5cwin.ini',
    'app://gloss/assets\\..\\..\\secret',
    'app://gloss/index.html%00.png',
    'app://gloss/%00',
    'app://gloss/%E0%A4%A',
    'app://gloss/C:/Windows/win.ini',
    'app://gloss/C%3A%5CWindows',
    'app://gloss/index.html::$DATA',
    'app://gloss/CON',
    'app://gloss/assets/nul.txt',
    'app://gloss.evil.com/index.html',
    'app://evil/index.html',
    'app://user@gloss/index.html',
    'app://gloss:99/index.html',
    'file:///etc/passwd',
    'https://gloss/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(root, url)).toBeNull();
  });

  it('keeps Windows paths inside the root too', () => {
    const winRoot = 'C:\\Program Files\\Gloss\\resources\\app.asar\\out\\renderer';
    expect(resolveAppRequest(winRoot, 'app://gloss/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    for (const url of ['app://gloss/..%5c..%5csecret', 'app://gloss/D:/x', 'app://gloss/%5c%5cevil%5cshare', 'app://gloss/aux']) {
      expect(resolveAppRequest(winRoot, url, path.win32)).toBeNull();
    }
  });
});

describe('createAppRequestHandler', () => {
  let dir: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gloss-protocol-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Gloss</title>');
    await writeFile(path.join(dir, 'renderer', 'assets', 'main.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'top secret');
    handle = createAppRequestHandler(path.join(dir, 'renderer'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves the page with its MIME type and the CSP', async () => {
    const response = await handle(new Request('app://gloss/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Gloss</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handle(new Request('app://gloss/assets/main.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404, with the CSP, for missing files, folders without index and escapes', async () => {
    for (const url of ['app://gloss/nope.js', 'app://gloss/assets/', 'app://gloss/%2e%2e/secret.txt', 'app://gloss/..%2fsecret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('top secret');
    }
  });

  it('serves only GET and HEAD', async () => {
    expect((await handle(new Request('app://gloss/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handle(new Request('app://gloss/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('registration', () => {
  beforeEach(() => resetElectronMock());

  it('declares app: standard, secure and fetchable, without opening it to CORS', () => {
    registerAppScheme();
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs the handler on the app scheme', () => {
    registerAppProtocol(root);
    expect(protocol.handlers.has('app')).toBe(true);
  });
});
