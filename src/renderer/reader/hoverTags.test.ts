// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachHoverTags, HOVER_DELAY_MS } from './hoverTags';

const TAGS: Record<string, string[]> = { outer: ['war', 'place/Minsk'], inner: [] };
let detach: () => void;
let root: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `
    <div class="reader-text">
      <p>Minsk <mark data-annotation-id="outer">will <mark data-annotation-id="inner">host</mark> a</mark> summit <mark data-annotation-id="plain">soon</mark>.</p>
    </div>`;
  root = document.querySelector('.reader-text')!;
  detach = attachHoverTags(root, (id) => TAGS[id]);
});
afterEach(() => {
  detach();
  vi.useRealTimers();
});

const tip = () => document.querySelector<HTMLElement>('[role="tooltip"]')!;
const hover = (id: string) => document.querySelector(`[data-annotation-id="${id}"]`)!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: 40, clientY: 10 }));

describe('tags on hover', () => {
  it('shows a highlight’s tags once the pointer rests on it', () => {
    hover('outer');
    expect(tip().hidden).toBe(true);
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(tip().hidden).toBe(false);
    expect([...tip().querySelectorAll('.tag-chip')].map((chip) => chip.textContent)).toEqual(['war', 'place/Minsk']);
    expect(tip().querySelector('.tag-parents')?.textContent).toBe('place/');
  });

  it('shows the tags of the highlight around an untagged one it nests in', () => {
    hover('inner');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(tip().textContent).toBe('warplace/Minsk');
  });

  it('shows nothing over an untagged highlight, and hides when the pointer leaves or a key is pressed', () => {
    hover('plain');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(tip().hidden).toBe(true);
    hover('outer');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    root.dispatchEvent(new MouseEvent('mouseleave'));
    expect(tip().hidden).toBe(true);
    hover('outer');
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    expect(tip().hidden).toBe(true);
  });

  it('never shows a tooltip the pointer has already left', () => {
    hover('outer');
    root.querySelector('p')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(tip().hidden).toBe(true);
  });

  it('takes its tooltip away when detached', () => {
    detach();
    expect(document.querySelector('[role="tooltip"]')).toBeNull();
    detach = () => undefined;
  });
});
