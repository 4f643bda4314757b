import { describe, expect, it } from 'vitest';
import { keyTerms, keyTermsAgree, withWholeEdgeWords } from './keyTerms';
import { selectorsFor } from './testing';

describe('keyTerms', () => {
  it('keeps names, numbers and the words inside quotation marks', () => {
    expect([...keyTerms('the “Rubezh-2024” drill, in Tajikistan, with 40 units of the "rapid force"')].sort()).toEqual(
      ['2024', '40', 'Rubezh', 'Tajikistan', 'force', 'rapid'].sort(),
    );
  });

  it('ignores ordinary lowercase words', () => {
    expect(keyTerms('will be conducted in the spring').size).toBe(0);
  });
});

describe('withWholeEdgeWords', () => {
  it('completes a word cut by either edge from the text next to it', () => {
    expect(withWholeEdgeWords('in Taji', 'kistan and Kaz', 'akhstan too')).toBe('Tajikistan and Kazakhstan');
  });

  it('adds nothing where the passage starts or ends between words', () => {
    expect(withWholeEdgeWords('in ', 'Tajikistan', ', and')).toBe('Tajikistan');
  });
});

describe('keyTermsAgree', () => {
  const original = 'The exercise “Rubezh-2024”, will be conducted in Tajikistan. Then more.';
  const quote = selectorsFor(original, '“Rubezh-2024”, will be conducted in Tajikistan').quote;

  it('refuses a look-alike with another name and code name', () => {
    const text = 'Formation "Rock-2024", will be conducted in Kazakhstan, and';
    const start = text.indexOf('"Rock');
    expect(keyTermsAgree(text, quote, start, text.indexOf(', and'))).toBe(false);
  });

  it('accepts the same passage with only ordinary words edited', () => {
    const text = 'The exercise “Rubezh-2024”, will be held in Tajikistan. Then more.';
    const start = text.indexOf('“');
    expect(keyTermsAgree(text, quote, start, text.indexOf('. Then'))).toBe(true);
  });
});
