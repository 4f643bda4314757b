// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeContext } from '../../shared/actions/testing/fakeContext';
import type { AppSurface, ReaderSurface, ReviewSurface } from '../../shared/actions';
import { press, readingEnvironment as reading, renderKeyTargets } from '../testing/keyPresses';
import { ActionHost } from './actionHost';
import { dispatchKey } from './dispatchKey';

let reader: HTMLElement;

beforeEach(() => {
  ({ reader } = renderKeyTargets());
});

describe('dispatchKey', () => {
  function host(options: Parameters<typeof fakeContext>[0] = {}) {
    const { context, log } = fakeContext(options);
    const actions = new ActionHost();
    actions.register('app', context.app as AppSurface);
    if (context.reader) actions.register('reader', context.reader as ReaderSurface);
    if (context.review) actions.register('review', context.review as ReviewSurface);
    return { actions, log };
  }

  it('runs the action, and the key goes no further', () => {
    const { actions, log } = host({ reader: { hasSelectedHighlight: true } });
    const event = press(reader, 'Delete');
    expect(dispatchKey(event, actions, reading)).toBe(true);
    expect(log).toEqual(['reader.deleteSelected()']);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves a key whose action does not apply now to the page', () => {
    const { actions, log } = host({ reader: { hasSelectedHighlight: false } });
    const event = press(reader, 'Delete');
    expect(dispatchKey(event, actions, reading)).toBe(false);
    expect(log).toEqual([]);
    expect(event.defaultPrevented).toBe(false);
  });

  it('brings in the panel state before an action that reads it', () => {
    const { actions, log } = host({ reader: { hasSelectedHighlight: true } });
    actions.register('flush', { flush: () => void log.push('flush') });
    dispatchKey(press(reader, 'j'), actions, reading);
    dispatchKey(press(reader, 'h', { ctrlKey: true, shiftKey: true }), actions, reading);
    expect(log).toEqual(['flush', 'reader.step(1)', 'reader.highlight(null)']);
  });

  it('runs an action the menu names by id only if it exists and applies', () => {
    const { actions, log } = host({ reader: { hasSelection: true } });
    expect(actions.runById('highlights.colour2', 'reading')).toBe(true);
    expect(actions.runById('highlights.nothing', 'reading')).toBe(false);
    expect(actions.runById('highlights.delete', 'reading')).toBe(false);
    expect(log).toEqual(['reader.highlight("c2")']);
  });

  it('withdraws a surface only if it is still the one registered', () => {
    const actions = new ActionHost();
    const first = fakeContext().context.app;
    const second = fakeContext().context.app;
    const stopFirst = actions.register('app', first);
    actions.register('app', second);
    stopFirst();
    expect(actions.surface('app')).toBe(second);
  });
});
