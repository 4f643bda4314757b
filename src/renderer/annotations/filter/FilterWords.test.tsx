// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterWords, WORDS_DELAY_MS } from './FilterWords';

let sent: string[];
beforeEach(() => {
  sent = [];
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const field = () => screen.getByRole('searchbox', { name: 'Words' }) as HTMLInputElement;

describe('the filter’s words', () => {
  it('shows what is typed at once and filters once typing rests, with the latest words', () => {
    render(<FilterWords words="" onWords={(words) => sent.push(words)} />);
    fireEvent.change(field(), { target: { value: 'bor' } });
    fireEvent.change(field(), { target: { value: 'borodino' } });
    expect(field().value).toBe('borodino');
    expect(sent).toEqual([]);
    act(() => vi.advanceTimersByTime(WORDS_DELAY_MS));
    expect(sent).toEqual(['borodino']);
  });

  it('filters at once on Enter', () => {
    render(<FilterWords words="" onWords={(words) => sent.push(words)} />);
    fireEvent.change(field(), { target: { value: 'moscow' } });
    fireEvent.keyDown(field(), { key: 'Enter' });
    expect(sent).toEqual(['moscow']);
    act(() => vi.advanceTimersByTime(WORDS_DELAY_MS));
    expect(sent).toEqual(['moscow']);
  });

  it('empties when the filter is cleared elsewhere, and keeps what is typed when its own words come back', () => {
    const { rerender } = render(<FilterWords words="" onWords={(words) => sent.push(words)} />);
    fireEvent.change(field(), { target: { value: 'war' } });
    act(() => vi.advanceTimersByTime(WORDS_DELAY_MS));
    rerender(<FilterWords words="war" onWords={(words) => sent.push(words)} />);
    fireEvent.change(field(), { target: { value: 'war and' } });
    expect(field().value).toBe('war and');
    rerender(<FilterWords words="" onWords={(words) => sent.push(words)} />);
    expect(field().value).toBe('');
  });
});
