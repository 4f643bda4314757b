import { describe, expect, it } from 'vitest';
import type { Action } from '../../shared/actions';
import { emptyCodebookHint } from './emptyCodebookHint';

const tagAction = (keys: string[]): Action => ({ id: 'highlights.tags', title: 'Tag the selected highlight', group: 'highlights', keys, contexts: ['reading'], when: () => true, run: () => undefined });

describe('the empty codebook’s hint', () => {
  it('names the key that tags a highlight, as the action list binds it', () => {
    expect(emptyCodebookHint(tagAction(['t']), false)).toBe('No tags yet: select a highlight and press T to tag it. Cards take tags in the card browser.');
    expect(emptyCodebookHint(tagAction(['Mod+Shift+y', 'F4']), true)).toMatch(/press Cmd\+Shift\+Y or F4 to tag it/);
  });

  it('says where to tag when no key does it', () => {
    expect(emptyCodebookHint(tagAction([]))).toBe('No tags yet: select a highlight and give it tags in the annotation panel, or tag a card in the card browser.');
  });

  it('names the key the app binds today', () => {
    expect(emptyCodebookHint(undefined, false)).toBe('No tags yet: select a highlight and press T to tag it. Cards take tags in the card browser.');
  });
});
