import { describe, expect, it } from 'vitest';
import { meaningfulTitle } from './pdfTitle';

describe('meaningfulTitle', () => {
  it('keeps a real title, cleaned', () => {
    expect(meaningfulTitle('  On the  Origin of Species ')).toBe('On the Origin of Species');
  });

  it('strips a producer’s prefix', () => {
    expect(meaningfulTitle('Microsoft Word - Annual Review 2024')).toBe('Annual Review 2024');
  });

  it.each(['Microsoft Word - foo.docx', 'report.pdf', 'Untitled', 'untitled 3', 'Title', '', '   ', '1234', undefined, 42])(
    'ignores %j',
    (title) => expect(meaningfulTitle(title)).toBeUndefined(),
  );
});
