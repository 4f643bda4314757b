import { afterEach, describe, expect, it, vi } from 'vitest';
import { openExternalSafely } from './externalLinks';
import { HOSTILE_URLS, VERY_LONG_URL } from './testing/hostileUrls';

function recordingOpener() {
  const opened: string[] = [];
  return { opened, open: async (url: string) => void opened.push(url) };
}

describe('openExternalSafely', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens a web link, normalised, and says so', async () => {
    const { opened, open } = recordingOpener();
    await expect(openExternalSafely('HTTPS://Example.com/a%20b', open)).resolves.toBe(true);
    expect(opened).toEqual(['https://example.com/a%20b']);
  });

  it.each([...HOSTILE_URLS, VERY_LONG_URL, 'app://gloss/index.html'])('never hands hostile input #%# to the opener', async (url) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { opened, open } = recordingOpener();
    await expect(openExternalSafely(url, open)).resolves.toBe(false);
    expect(opened).toEqual([]);
  });

  it('reports false instead of throwing when the opener fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing = async () => {
      throw new Error('no browser');
    };
    await expect(openExternalSafely('https://example.com/', failing)).resolves.toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no browser'));
  });

  it('logs a bounded excerpt of a huge refused URL', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await openExternalSafely(`javascript:${'x'.repeat(50_000)}`, recordingOpener().open);
    expect(String(warn.mock.calls[0]?.[0]).length).toBeLessThan(400);
  });
});
