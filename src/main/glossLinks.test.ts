import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL } from '../shared/ipcChannels';
import { createLinkDelivery, entryUrlOpening, linkInArgs, registerAsLinkHandler } from './glossLinks';

const LINK = 'gloss://open?document=doc-1&start=10&end=20';

describe('gloss:// links handed to the app', () => {
  it('finds the link among a start’s arguments, in any case of the scheme, and nothing else', () => {
    expect(linkInArgs(['/usr/bin/gloss', '--data-dir=/x', LINK])).toBe(LINK);
    expect(linkInArgs(['gloss', 'GLOSS://open?document=a&start=0&end=1'])).toBe('GLOSS://open?document=a&start=0&end=1');
    expect(linkInArgs(['gloss', 'https://example.com', 'glossary.txt'])).toBeNull();
    expect(linkInArgs(['gloss', `gloss://${'x'.repeat(5000)}`])).toBeNull();
  });

  it('opens the page with the link as a parameter, escaped', () => {
    expect(entryUrlOpening('app://gloss/index.html', null)).toBe('app://gloss/index.html');
    expect(entryUrlOpening('app://gloss/index.html', LINK)).toBe(`app://gloss/index.html?open=${encodeURIComponent(LINK)}`);
  });

  it('sends a link to the open window, and keeps one that came before any window for the next, once', () => {
    const sent: unknown[] = [];
    let window: { isDestroyed: () => boolean; webContents: { send: (channel: string, message: unknown) => void } } | null = null;
    const delivery = createLinkDelivery(() => window);
    delivery.deliver(LINK);
    expect(delivery.takePending()).toBe(LINK);
    expect(delivery.takePending()).toBeNull();
    window = { isDestroyed: () => false, webContents: { send: (channel, message) => sent.push({ channel, message }) } };
    delivery.deliver(LINK);
    expect(sent).toEqual([{ channel: EVENT_CHANNEL, message: { event: 'link:open', payload: { address: LINK } } }]);
    expect(delivery.takePending()).toBeNull();
  });

  it('registers the scheme for the packaged app, and with the app folder when run from source', () => {
    const calls: unknown[][] = [];
    const app = { setAsDefaultProtocolClient: (...args: unknown[]) => (calls.push(args), true) };
    registerAsLinkHandler(app, null);
    registerAsLinkHandler(app, { execPath: '/electron', appPath: '/src/gloss' });
    expect(calls).toEqual([['gloss'], ['gloss', '/electron', ['/src/gloss']]]);
  });
});
