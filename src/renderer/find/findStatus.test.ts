import { describe, expect, it } from 'vitest';
import { findCountText, findNoteText } from './findStatus';

describe('the find bar’s count and note', () => {
  it('count the matches and say which one is current', () => {
    expect(findCountText(null)).toBe('');
    expect(findCountText({ count: 0, current: -1, queryCut: false })).toBe('No matches');
    expect(findCountText({ count: 120, current: 2, queryCut: false })).toBe('3 of 120');
    expect(findCountText({ count: 47_012, current: 46_999, queryCut: false })).toBe('47,000 of 47,012');
  });

  it('say when a query was cut short', () => {
    expect(findNoteText(null)).toBe('');
    expect(findNoteText({ count: 3, current: 0, queryCut: false })).toBe('');
    expect(findNoteText({ count: 0, current: -1, queryCut: true })).toBe('Only the first 1,000 characters are searched.');
  });
});
