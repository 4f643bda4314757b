// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../shared/contract';
import { ReviewCard } from './ReviewCard';

type QueueCard = MethodResult<'review:queue'>['cards'][number];

const card = {
  id: 'card-1',
  documentId: 'doc',
  documentTitle: 'Interview with CSTO Secretary-General Imangali Tasmagambetov',
  type: 'qa',
  prompt: 'Who is the CSTO Secretary-General?',
  answer: 'Imangali Tasmagambetov',
  source: { exact: 'Secretary-General Imangali Tasmagambetov spoke', anchor: { start: 0, end: 10 } },
  intervals: { again: '1m', hard: '6m', good: '10m', easy: '4d' },
} as unknown as QueueCard;

afterEach(cleanup);

describe('the card under review', () => {
  it('shows only the prompt before the answer: not the source, not the document’s title', () => {
    render(<ReviewCard ref={null} card={card} revealed={false} onReveal={() => undefined} onGrade={() => undefined} />);
    expect(document.body.textContent).toContain('Who is the CSTO Secretary-General?');
    expect(document.body.textContent).not.toContain('Tasmagambetov');
    expect(screen.getByRole('button', { name: /Show answer/ }).getAttribute('aria-keyshortcuts')).toBe('Space Enter');
  });

  it('shows the answer, its source and the four grades with their keys and next intervals', () => {
    const grades: number[] = [];
    render(<ReviewCard ref={null} card={card} revealed onReveal={() => undefined} onGrade={(rating) => grades.push(rating)} />);
    expect(screen.getByLabelText('Answer').textContent).toBe('Imangali Tasmagambetov');
    const good = screen.getByRole('button', { name: 'Good, next in 10m' });
    expect(good.getAttribute('aria-keyshortcuts')).toBe('3');
    fireEvent.click(good);
    fireEvent.click(screen.getByRole('button', { name: 'Again, next in 1m' }));
    expect(grades).toEqual([3, 1]);
  });
});
