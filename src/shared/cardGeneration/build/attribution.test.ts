import { describe, expect, it } from 'vitest';
import { firstSentence } from '../testing/analyse';
import { attributed, speakerName } from './attribution';

describe('naming the speaker of a first-person cloze', () => {
  it('writes a label printed in capitals in ordinary case, keeps other labels, and names no one for a role', () => {
    expect(speakerName('MR. SULLIVAN')).toBe('Mr. Sullivan');
    expect(speakerName('THE VICE PRESIDENT')).toBe('The Vice President');
    expect(speakerName('SENIOR ADMINISTRATION OFFICIAL')).toBe('Senior Administration Official');
    expect(speakerName('Anna Berg')).toBe('Anna Berg');
    expect(speakerName('张三')).toBe('张三');
    expect(speakerName('A')).toBeNull();
    expect(speakerName('Interviewee')).toBeNull();
  });

  it('puts the name before a first-person prompt only', () => {
    const mine = firstSentence('I think the talks will resume in Geneva in June.');
    expect(attributed('I think the talks will resume in [...] (city) in June.', mine, 'MR. SULLIVAN')).toBe('Mr. Sullivan: I think the talks will resume in [...] (city) in June.');
    expect(attributed('We’ll see.', firstSentence('We’ll see what Geneva says.'), 'Anna Berg')).toBe('Anna Berg: We’ll see.');
    const theirs = firstSentence('The talks will resume in Geneva in June.');
    expect(attributed('The talks will resume in [...] (city) in June.', theirs, 'MR. SULLIVAN')).toBe('The talks will resume in [...] (city) in June.');
    expect(attributed('I agree.', firstSentence('I agree with Geneva.'), null)).toBe('I agree.');
    // The speaker's own name or title blanked: naming them would give it away.
    const herself = firstSentence('I believe Madam Vice President herself voted for it.');
    expect(attributed('I believe Madam [...] (name) herself voted for it.', herself, 'THE VICE PRESIDENT', 'Vice President')).toBe('I believe Madam [...] (name) herself voted for it.');
    expect(attributed('I believe Madam [...] (name) herself voted for it.', herself, 'THE VICE PRESIDENT', 'Geneva')).toMatch(/^The Vice President: /);
  });
});
