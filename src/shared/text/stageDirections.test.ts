import { describe, expect, it } from 'vitest';
import { findStageDirections, findWordGaps, isStageDirection, withoutStageDirections } from './stageDirections';

describe('stage directions', () => {
  it('recognises what transcribers note, in any case and bracket, with its punctuation', () => {
    for (const inside of ['Applause.', 'Laughter', 'laughs', 'CROSSTALK', 'inaudible', 'ph', 'Laughter and applause.', 'off mic', 'BEGIN VIDEO CLIP', 'technical difficulties', 'speaks foreign language', 'unintelligible 00:03:10.02', 'crosstalk 00:14:22', 'inaudible 1:05', 'BLEEP', 'expletive deleted']) {
      expect(isStageDirection(inside), inside).toBe(true);
    }
  });

  it('leaves the text’s own brackets alone: acronyms, titles, asides, and an ordinary word alone', () => {
    for (const inside of ['CSTO', 'USG', 'Book of Optics', 'see also Cornwall Council', 'now defunct', 'sic', 'end', 'short', 'for example', '', 'applause '.repeat(8), '00:22', 'meeting at 10:30']) {
      expect(isStageDirection(inside), inside).toBe(false);
    }
  });

  it('finds each direction’s place, brackets included, and blanks them keeping every offset', () => {
    const text = 'THE VICE PRESIDENT:  Great to be home.  (Laughs.)  Hi, everybody. [CROSSTALK] The CSTO (Collective Security) met.';
    const found = findStageDirections(text);
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual(['(Laughs.)', '[CROSSTALK]']);
    const blanked = withoutStageDirections(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain('Laughs');
    expect(blanked).toContain('(Collective Security)');
    expect(withoutStageDirections('No directions here.')).toBe('No directions here.');
  });

  it('tells the notes that stand for missing words from the others', () => {
    const text = 'You can [unintelligible 00:14:22] it. (Laughter.) Then [CROSSTALK] and (inaudible) and [bleep] and (Applause.)';
    expect(findWordGaps(text).map(({ start, end }) => text.slice(start, end))).toEqual(['[unintelligible 00:14:22]', '[CROSSTALK]', '(inaudible)', '[bleep]']);
  });

  it('does not look past a line or a long stretch for a closing bracket', () => {
    expect(findStageDirections('(applause\n)')).toEqual([]);
    expect(findStageDirections(`(${'x'.repeat(100)}) (applause)`)).toEqual([{ start: 103, end: 113 }]);
  });
});
