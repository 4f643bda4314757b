import { describe, expect, it } from 'vitest';
import { tryAction } from './testing/runAction';

describe('reading actions', () => {
  it('go to the text, the library and the panel', () => {
    expect(tryAction('reading.focusText').calls).toEqual(['app.show("read")']);
    expect(tryAction('reading.library', { reader: null }).calls).toEqual(['app.goToLibrary()']);
    expect(tryAction('reading.panel').calls).toEqual(['app.togglePanel()']);
    expect(tryAction('reading.panel', { app: { view: 'cards' } }).applies).toBe(false);
    expect(tryAction('reading.panel', { app: { hasDocument: false } }).applies).toBe(false);
  });

  it('scroll a page while the reader shows', () => {
    expect(tryAction('reading.pageDown').calls).toEqual(['reader.scrollPage(1)']);
    expect(tryAction('reading.pageUp').calls).toEqual(['reader.scrollPage(-1)']);
    expect(tryAction('reading.pageDown', { reader: null }).applies).toBe(false);
  });

  it('list Ctrl+Home and Ctrl+End, which the text handles itself', () => {
    expect(tryAction('reading.startOrEnd').applies).toBe(false);
  });
});
