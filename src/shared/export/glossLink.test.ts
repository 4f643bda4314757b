import { describe, expect, it } from 'vitest';
import { glossLink, parseGlossLink } from './glossLink';

describe('gloss:// links', () => {
  it('round-trips a passage', () => {
    const passage = { documentId: 'doc-1a2b', start: 10, end: 42 };
    expect(parseGlossLink(glossLink(passage))).toEqual(passage);
  });

  it('refuses anything that is not a passage of a document', () => {
    for (const address of ['https://example.com', 'gloss://open?document=../x&start=1&end=2', 'gloss://open?document=doc&start=5&end=5', 'gloss://delete?document=doc&start=1&end=2', 'gloss://open?document=doc&start=-1&end=2', 'not a url', 'javascript:alert(1)']) {
      expect(parseGlossLink(address)).toBeNull();
    }
  });
});
