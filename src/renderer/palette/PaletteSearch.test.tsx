// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeContext, type CallLog } from '../../shared/actions/testing/fakeContext';
import { actionHost } from '../actions/actionHost';
import { glossStore } from '../store/useGloss';
import { PaletteSearch } from './PaletteSearch';

let log: CallLog;
let closed: number;
const withdraw: (() => void)[] = [];

beforeEach(() => {
  const fake = fakeContext({ reader: { hasSelectedHighlight: true } });
  log = fake.log;
  closed = 0;
  withdraw.push(actionHost.register('app', fake.context.app), actionHost.register('reader', fake.context.reader!));
  glossStore.setState({ documents: [], recent: [], current: null, view: 'read' });
  render(<PaletteSearch close={() => closed++} />);
});

afterEach(() => {
  cleanup();
  withdraw.splice(0).forEach((stop) => stop());
});

const box = () => screen.getByRole('combobox', { name: 'Search commands and documents' });
const active = () => document.getElementById(box().getAttribute('aria-activedescendant') ?? '');

describe('the palette’s search', () => {
  it('is a combobox that controls a listbox of options, the first one active', () => {
    const list = screen.getByRole('listbox', { name: 'Commands and documents' });
    expect(box().getAttribute('aria-controls')).toBe(list.id);
    expect(box().getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(10);
    expect(active()).toBe(options[0]);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(options[1]!.getAttribute('aria-selected')).toBe('false');
  });

  it('narrows the list as the user types, marking the matched letters, and says how many it found', () => {
    fireEvent.change(box(), { target: { value: 'nxt hl' } });
    expect(active()?.textContent).toBe('Next highlightHighlightsJ');
    expect(active()?.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ results?/);
  });

  it('moves the active option with the arrows, wrapping at the ends', () => {
    const options = screen.getAllByRole('option');
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(active()).toBe(options[1]);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    expect(active()).toBe(options[options.length - 1]);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(active()).toBe(options[0]);
  });

  it('closes, then runs the active action where the palette was opened, on Enter', () => {
    fireEvent.change(box(), { target: { value: 'delete the selected' } });
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(closed).toBe(1);
    expect(log).toEqual(['reader.deleteSelected()']);
  });

  it('runs an option clicked with the mouse', () => {
    fireEvent.click(screen.getByRole('option', { name: /Show the keyboard shortcuts/ }));
    expect(log).toEqual(['app.openDialog("shortcuts")']);
  });

  it('says when nothing matches, and collapses the list', () => {
    fireEvent.change(box(), { target: { value: 'qqqzzz' } });
    expect(screen.getByText('No command or document matches “qqqzzz”.')).toBeTruthy();
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(box().hasAttribute('aria-activedescendant')).toBe(false);
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(closed).toBe(0);
  });
});
