import { describe, expect, it } from 'vitest';
import { tryAction } from './testing/runAction';

describe('review actions', () => {
  it('show the answer of a prompt, then grade it 1–4', () => {
    expect(tryAction('review.showAnswer', { review: { phase: 'prompt' } }).calls).toEqual(['review.reveal()']);
    expect(tryAction('review.showAnswer', { review: { phase: 'answer' } }).applies).toBe(false);
    expect(tryAction('review.gradeGood', { review: { phase: 'answer' } }).calls).toEqual(['review.grade(3)']);
    expect(tryAction('review.gradeAgain', { review: { phase: 'prompt' } }).applies).toBe(false);
  });

  it('take a grade back and leave, only while review shows', () => {
    expect(tryAction('review.undoGrade', { review: { phase: 'done' } }).calls).toEqual(['review.undoGrade()']);
    expect(tryAction('review.close', { review: { phase: 'loading' } }).calls).toEqual(['review.close()']);
    expect(tryAction('review.close').applies).toBe(false);
  });
});
