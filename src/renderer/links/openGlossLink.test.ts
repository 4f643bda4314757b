import { describe, expect, it } from 'vitest';
import type { GlossApi } from '../api/glossApi';
import { createGlossStore } from '../store/glossStore';
import { testSummary } from '../testing/documentSummary';
import { openGlossLink, takeStartLink } from './openGlossLink';

function setup() {
  const opened: string[] = [];
  const api = { 'document:open': async ({ id }: { id: string }) => (opened.push(id), { summary: testSummary(id), text: 'Text.', annotations: [], structure: { blocks: [] } }) };
  const store = createGlossStore(api as unknown as GlossApi);
  store.setState({ documents: [testSummary('doc-1', { title: 'Field notes' }), testSummary('doc-2', { title: 'Old draft', trashedAt: '2026-01-01T00:00:00.000Z' })] });
  return { store, opened };
}

describe('following a gloss:// link', () => {
  it('opens the linked document at the passage', () => {
    const { store, opened } = setup();
    openGlossLink('gloss://open?document=doc-1&start=10&end=20', store);
    expect(store.getState().reveal).toMatchObject({ documentId: 'doc-1', start: 10, end: 20 });
    expect(opened).toEqual(['doc-1']);
  });

  it('says why it cannot follow a link that is malformed, to an unknown document, or to one in the Trash', () => {
    const { store, opened } = setup();
    openGlossLink('gloss://open?document=doc-1&start=20&end=10', store);
    expect(store.getState().message).toMatchObject({ error: true, text: 'That link cannot be opened: it is not a link to a passage in Gloss.' });
    openGlossLink('gloss://open?document=doc-9&start=0&end=5', store);
    expect(store.getState().message?.text).toMatch(/^The linked document is not in this library/);
    openGlossLink('gloss://open?document=doc-2&start=0&end=5', store);
    expect(store.getState().message?.text).toBe('The linked document “Old draft” is in the Trash: restore it from the library to follow the link.');
    expect(store.getState().reveal).toBeNull();
    expect(opened).toEqual([]);
  });
});

describe('the link a page was opened with', () => {
  it('is taken out of the address, keeping its other parameters and the hash', () => {
    const replaced: string[] = [];
    const history = { replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => void replaced.push(String(url)) };
    const link = 'gloss://open?document=doc-1&start=1&end=2';
    expect(takeStartLink({ pathname: '/', search: `?lang=en&open=${encodeURIComponent(link)}`, hash: '#x' }, history)).toBe(link);
    expect(replaced).toEqual(['/?lang=en#x']);
    expect(takeStartLink({ pathname: '/', search: '', hash: '' }, history)).toBeNull();
    expect(replaced).toHaveLength(1);
  });
});
