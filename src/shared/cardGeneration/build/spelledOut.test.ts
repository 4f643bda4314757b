import { describe, expect, it } from 'vitest';
import { spellsOut } from './spelledOut';

describe('an acronym spelt out in its own sentence', () => {
  it('finds the words whose initials spell it, small words skipped, in any case', () => {
    expect(spellsOut('The oversight conducted by the Foreign Intelligence Surveillance Court, known as the FISC.', 'FISC')).toBe(true);
    expect(spellsOut('The EITC, earned income tax credit, is hugely important.', 'EITC')).toBe(true);
    expect(spellsOut('The IG report, the Inspector General’s report, was scathing.', 'IG')).toBe(true);
    expect(spellsOut('The Department of Justice will publish the DOJ memo.', 'DOJ')).toBe(true);
  });

  it('finds none when the sentence does not spell it', () => {
    expect(spellsOut('We’ve declassified information about the NSA this year.', 'NSA')).toBe(false);
    expect(spellsOut('The FISC met on Monday in secret session.', 'FISC')).toBe(false);
    expect(spellsOut('A single letter: X.', 'X')).toBe(false);
  });
});
