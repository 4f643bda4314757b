import { describe, expect, it } from 'vitest';
import { tagFieldCommand, type TagFieldState } from './tagFieldKeys';
import { codebookSpelling, suggestTags } from './tagSuggestions';
import { addTypedTags } from './typedTags';

const state = (fields: Partial<TagFieldState> = {}): TagFieldState => ({ text: '', suggestions: 0, active: null, tags: 0, ...fields });

describe('the keys of a tag field', () => {
  it('Enter adds what is typed, or the active suggestion; nothing in an empty field', () => {
    expect(tagFieldCommand('Enter', state({ text: 'war' }))).toEqual({ type: 'add' });
    expect(tagFieldCommand('Enter', state({ text: 'wa', suggestions: 3, active: 1 }))).toEqual({ type: 'pick', index: 1 });
    // A list with nothing active leaves Enter to the typed text.
    expect(tagFieldCommand('Enter', state({ text: 'wa', suggestions: 3 }))).toEqual({ type: 'add' });
    expect(tagFieldCommand('Enter', state({ text: '   ' }))).toBeNull();
  });

  it('a comma adds too, and is never typed', () => {
    expect(tagFieldCommand(',', state({ text: 'war' }))).toEqual({ type: 'add' });
    expect(tagFieldCommand(',', state())).toEqual({ type: 'add' });
  });

  it('Backspace removes the last tag only from an empty field', () => {
    expect(tagFieldCommand('Backspace', state({ tags: 2 }))).toEqual({ type: 'removeLast' });
    expect(tagFieldCommand('Backspace', state({ text: 'w', tags: 2 }))).toBeNull();
    // A space typed is text: Backspace deletes it first.
    expect(tagFieldCommand('Backspace', state({ text: ' ', tags: 2 }))).toBeNull();
    expect(tagFieldCommand('Backspace', state())).toBeNull();
  });

  it('↑ ↓ move through the suggestions and past either end back to the typed text', () => {
    const list = state({ text: 'e', suggestions: 3 });
    expect(tagFieldCommand('ArrowDown', list)).toEqual({ type: 'move', active: 0 });
    expect(tagFieldCommand('ArrowDown', { ...list, active: 1 })).toEqual({ type: 'move', active: 2 });
    expect(tagFieldCommand('ArrowDown', { ...list, active: 2 })).toEqual({ type: 'move', active: null });
    expect(tagFieldCommand('ArrowUp', list)).toEqual({ type: 'move', active: 2 });
    expect(tagFieldCommand('ArrowUp', { ...list, active: 0 })).toEqual({ type: 'move', active: null });
  });

  it('↓ opens the codebook in an empty field; with text and no match it moves nothing', () => {
    expect(tagFieldCommand('ArrowDown', state())).toEqual({ type: 'open' });
    expect(tagFieldCommand('ArrowDown', state({ text: 'zzz' }))).toBeNull();
    expect(tagFieldCommand('ArrowUp', state())).toBeNull();
  });

  it('Esc closes the suggestions first, then leaves the field', () => {
    expect(tagFieldCommand('Escape', state({ text: 'w', suggestions: 2 }))).toEqual({ type: 'close' });
    expect(tagFieldCommand('Escape', state({ text: 'w' }))).toEqual({ type: 'leave' });
  });

  it('leaves every other key to the field', () => {
    for (const key of ['a', 'T', ' ', 'Tab', 'ArrowLeft', 'Home', 'Delete']) expect(tagFieldCommand(key, state({ text: 'x', tags: 1 })), key).toBeNull();
  });
});

describe('tag suggestions', () => {
  const codebook = ['exercise', 'exercise/kyrgyzstan', 'exercise/Rubezh', 'Kyrgyzstan trip', 'peace', 'Élan', 'war/1812'];

  it('ranks the very tag, then path prefixes, then level prefixes, then anything containing the text', () => {
    expect(suggestTags(codebook, 'exercise', [])).toEqual(['exercise', 'exercise/kyrgyzstan', 'exercise/Rubezh']);
    expect(suggestTags(codebook, 'KYR', [])).toEqual(['Kyrgyzstan trip', 'exercise/kyrgyzstan']);
    expect(suggestTags(codebook, '1812', [])).toEqual(['war/1812']);
    expect(suggestTags(codebook, 'bez', [])).toEqual(['exercise/Rubezh']);
  });

  it('ignores case and accents, and leaves out the tags already chosen', () => {
    expect(suggestTags(codebook, 'elan', [])).toEqual(['Élan']);
    expect(suggestTags(codebook, 'exer', ['EXERCISE'])).toEqual(['exercise/kyrgyzstan', 'exercise/Rubezh']);
  });

  it('offers the start of the codebook to an empty field, and no more than asked', () => {
    expect(suggestTags(codebook, '  ', ['exercise'], 2)).toEqual(['exercise/kyrgyzstan', 'exercise/Rubezh']);
    expect(suggestTags(codebook, 'zzz', [])).toEqual([]);
  });

  it('spells a tag as the codebook does', () => {
    expect(codebookSpelling(codebook, 'kyrgyzstan trip')).toBe('Kyrgyzstan trip');
    expect(codebookSpelling(codebook, 'new')).toBe('new');
  });
});

describe('adding typed tags', () => {
  const codebook = ['Kyrgyzstan', 'war'];

  it('tidies, spells as the codebook, and adds several at once', () => {
    expect(addTypedTags('  exercise /  Rubezh ', [], codebook)).toEqual({ tags: ['exercise/Rubezh'], added: ['exercise/Rubezh'], problem: null });
    expect(addTypedTags('kyrgyzstan, peace,,', ['war'], codebook)).toEqual({ tags: ['war', 'Kyrgyzstan', 'peace'], added: ['Kyrgyzstan', 'peace'], problem: null });
  });

  it('joins a case variant to the tag the highlight has, and says so', () => {
    const result = addTypedTags('WAR', ['war'], codebook);
    expect(result.tags).toEqual(['war']);
    expect(result.problem).toBe('“war” is on this highlight already.');
  });

  it('refuses with the core’s sentence what cannot be a tag, keeping the rest', () => {
    expect(addTypedTags('///', [], codebook).problem).toMatch(/at least one letter/);
    const long = addTypedTags(`ok, ${'x'.repeat(120)}`, [], codebook);
    expect(long.added).toEqual(['ok']);
    expect(long.problem).toMatch(/at most 100 characters/);
  });

  it('stops at the most tags a highlight may carry', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `t${i}`);
    expect(addTypedTags('one more', fifty, codebook)).toMatchObject({ added: [], problem: 'A highlight carries at most 50 tags.' });
  });
});
