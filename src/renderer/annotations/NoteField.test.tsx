// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteField, type NoteEditorHandle } from './NoteField';
import type { SaveStatus } from './writeQueue';

let sent: string[];
let left: number;
const handle = createRef<NoteEditorHandle>();

/** The note field of a highlight whose stored note is `note`. */
function field(note: string, status: SaveStatus = 'idle') {
  return <NoteField note={note} status={status} handleRef={handle} onNote={(text) => sent.push(text)} onLeave={() => left++} />;
}
const box = () => screen.getByRole('textbox', { name: 'Note' });
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });

beforeEach(() => {
  sent = [];
  left = 0;
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the note field', () => {
  it('opens for writing from outside (Enter on the highlight), starting from the stored note', () => {
    render(field('Stored'));
    expect(screen.queryByRole('textbox')).toBeNull();
    act(() => handle.current!.focus());
    expect((box() as HTMLTextAreaElement).value).toBe('Stored');
  });

  it('saves what is typed after a pause, once', () => {
    render(field(''));
    act(() => handle.current!.focus());
    type('Min');
    type('Minsk');
    act(() => vi.advanceTimersByTime(600));
    expect(sent).toEqual(['Minsk']);
  });

  it('saves on Esc and goes back to the text, without saving again as the field loses the focus', () => {
    render(field(''));
    act(() => handle.current!.focus());
    type('Where the summit is');
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(sent).toEqual(['Where the summit is']);
    expect(left).toBe(1);
    expect(screen.queryByRole('textbox')).toBeNull();
    act(() => vi.advanceTimersByTime(600));
    expect(sent).toEqual(['Where the summit is']);
  });

  it('saves a note being typed when the highlight is left, and nothing when it was only shown', () => {
    const { unmount } = render(field(''));
    act(() => handle.current!.focus());
    type('Half a thought');
    unmount();
    expect(sent).toEqual(['Half a thought']);
    render(field('Shown only')).unmount();
    expect(sent).toEqual(['Half a thought']);
  });

  it('sends the same text again after its save failed', () => {
    const { rerender } = render(field('Before'));
    act(() => handle.current!.focus());
    type('After');
    fireEvent.keyDown(box(), { key: 'Enter', ctrlKey: true });
    expect(sent).toEqual(['After']);
    rerender(field('Before', 'error'));
    act(() => handle.current!.focus());
    expect((box() as HTMLTextAreaElement).value).toBe('After');
    fireEvent.keyDown(box(), { key: 'Enter', ctrlKey: true });
    expect(sent).toEqual(['After', 'After']);
  });
});
