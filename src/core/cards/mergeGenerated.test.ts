import { describe, expect, it } from 'vitest';
import type { GeneratedCard } from '../../shared/cardGeneration';
import type { AnnotationTarget } from '../../shared/contract';
import { mergeGenerated } from './mergeGenerated';
import { gradeSchedule } from './scheduling';

const now = new Date('2026-11-28T10:00:00.000Z');
const target: AnnotationTarget = {
  textVersion: 1,
  selector: [
    { type: 'TextQuoteSelector', exact: 'Minsk will host', prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: 15 },
  ],
};

function generated(id: string, answer = 'Minsk'): GeneratedCard {
  return { id, type: 'cloze', prompt: `[...] will host (${id})`, answer, factType: 'place', group: 'g1', source: { exact: 'Minsk will host', start: 0, end: 15 } } as GeneratedCard;
}

describe('mergeGenerated', () => {
  it('adds new cards as new, due now', () => {
    const { cards, added } = mergeGenerated([], [generated('a'), generated('b')], () => target, now);
    expect(added).toBe(2);
    expect(cards.map((card) => [card.id, card.schedule.state, card.origin])).toEqual([
      ['a', 0, 'generated'],
      ['b', 0, 'generated'],
    ]);
  });

  it('keeps review history, suspension and user edits of a card generated again', () => {
    const first = mergeGenerated([], [generated('a')], () => target, now).cards[0]!;
    const reviewed = { ...first, schedule: gradeSchedule(first.schedule, 3, now, 0.9), suspended: true, edited: true, answer: 'Minsk, Belarus' };
    const { cards, added } = mergeGenerated([reviewed], [generated('a', 'Minsk')], () => target, now);
    expect(added).toBe(0);
    expect(cards[0]).toMatchObject({ answer: 'Minsk, Belarus', suspended: true, schedule: { reps: 1 } });
  });

  it('takes the new wording for an unedited card', () => {
    const first = mergeGenerated([], [generated('a')], () => target, now).cards[0]!;
    const { cards, updated } = mergeGenerated([first], [generated('a', 'Minsk city')], () => target, now);
    expect(updated).toBe(1);
    expect(cards[0]!.answer).toBe('Minsk city');
  });

  it('never brings back a deleted card, and drops unreviewed cards that are no longer generated', () => {
    const [a, b, c] = mergeGenerated([], [generated('a'), generated('b'), generated('c')], () => target, now).cards;
    const stored = [{ ...a!, deleted: true }, b!, { ...c!, schedule: gradeSchedule(c!.schedule, 3, now, 0.9) }];
    const { cards, kept } = mergeGenerated(stored, [generated('a')], () => target, now);
    expect(cards.map((card) => [card.id, card.deleted])).toEqual([
      ['a', true],
      ['c', false],
    ]);
    expect(kept).toBe(1);
  });

  it('leaves cards from highlights and manual cards alone', () => {
    const manual = { ...mergeGenerated([], [generated('m')], () => target, now).cards[0]!, origin: 'manual' as const };
    const { cards } = mergeGenerated([manual], [], () => target, now);
    expect(cards).toEqual([manual]);
  });

  it('does not add a card beside the same card made from a highlight or by hand', () => {
    const fromHighlight = { ...mergeGenerated([], [generated('h')], () => target, now).cards[0]!, id: 'card-h', origin: 'highlight' as const, prompt: '[...] will host (a)' };
    const { cards, added } = mergeGenerated([fromHighlight], [generated('a'), generated('b')], () => target, now);
    expect(added).toBe(1);
    expect(cards.map((card) => card.id)).toEqual(['card-h', 'b']);
  });
});
