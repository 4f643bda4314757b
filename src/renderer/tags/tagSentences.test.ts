import { describe, expect, it } from 'vitest';
import { buildTagTree, findTag } from '../../shared/tags/tagTree';
import { deletedMessage, deleteQuestion, itemsInWords, mergeQuestion, renamedMessage, skippedNote } from './tagSentences';

const usage = (name: string, highlights: number, cards: number) => ({ name, highlights, cards, byDocument: {}, withChildren: { highlights, cards, byDocument: {} } });
const tree = buildTagTree([{ name: 'war/1812' }, { name: 'war/1914' }, { name: 'conflict' }, { name: 'peace' }], [usage('war', 12, 3), usage('conflict', 1, 0), usage('peace', 0, 0)]);
const tag = (key: string) => findTag(tree, key)!;

describe('what the codebook says', () => {
  it('counts highlights and cards in words, leaving out what is zero', () => {
    expect(itemsInWords(12, 3)).toBe('12 highlights and 3 cards');
    expect(itemsInWords(1, 0)).toBe('1 highlight');
    expect(itemsInWords(0, 2)).toBe('2 cards');
    expect(itemsInWords(0, 0)).toBeNull();
  });

  it('asks before a merge, naming what moves', () => {
    const question = mergeQuestion(tag('war'), tag('conflict'));
    expect(question.title).toBe('Merge into “conflict”?');
    expect(question.message).toBe('“conflict” exists: merge 12 highlights and 3 cards of “war” into it? The 2 tags under “war” move under “conflict”. Undo puts everything back.');
    expect(mergeQuestion(tag('peace'), tag('conflict')).message).toBe('“conflict” exists: merge “peace” into it? Undo puts everything back.');
    // Into its own child: nothing promised (the core refuses it).
    expect(mergeQuestion(tag('war'), tag('war/1812')).message).toBe('Merge “war” into “war/1812”?');
  });

  it('asks before a delete, saying how many highlights and cards lose the tag', () => {
    expect(deleteQuestion(tag('war')).message).toBe('12 highlights and 3 cards lose “war” with the 2 tags under it; they are kept, only the tag goes. Undo brings it back.');
    expect(deleteQuestion(tag('conflict')).message).toBe('1 highlight loses “conflict”; it is kept, only the tag goes. Undo brings it back.');
    expect(deleteQuestion(tag('peace')).message).toBe('No highlight or card carries “peace”. Undo brings it back.');
  });

  it('says what was done, and which documents could not be changed', () => {
    expect(renamedMessage('war', 'conflict', false, { highlights: 2, cards: 0 })).toBe('Renamed “war” to “conflict” on 2 highlights');
    expect(deletedMessage('war', { highlights: 0, cards: 0 })).toBe('Deleted “war”');
    expect(skippedNote({ skipped: [{ documentId: 'd', title: 'Notes', problem: 'gone' }] })).toBe(' (1 document could not be opened and kept its tags: “Notes”)');
    expect(skippedNote({})).toBe('');
  });
});
