import { describe, expect, it } from 'vitest';
import { foldForTagger } from './foldForTagger';

describe('folding text for the tagger', () => {
  it('gives each Latin letter beyond Latin-1 its base letter, one unit for one, and leaves Latin-1 (ó, é) and other scripts alone', () => {
    const text = 'Gdańsk, Łódź, İstanbul, Nguyễn, ʿAlī, café, Москва, 😀';
    const folded = foldForTagger(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe("Gdansk, Lódz, Istanbul, Nguyen, 'Ali, café, Москва, 😀");
  });
});
