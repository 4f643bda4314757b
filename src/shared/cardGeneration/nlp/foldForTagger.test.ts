import { describe, expect, it } from 'vitest';
import { foldForTagger } from './foldForTagger';

describe('folding text for the tagger', () => {
  it('gives each Latin letter beyond Latin-1 its base letter, one unit for one, and leaves Latin-1 (ó, é) and other scripts alone', () => {
    const text = 'Gdańsk, Łódź, İstanbul, Nguyễn, ʿAlī, café, Москва, 😀';
    const folded = foldForTagger(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe("Gdansk, Lódz, Istanbul, Nguyen, 'Ali, café, Москва, 😀");
  });

  it('keeps a word whole across its stress marks ("Midē´wiwin", "Mi´nabō´zho"), one unit for one', () => {
    expect(foldForTagger('the Midē´wiwin of Mi´nabō´zho, and a lone ´ mark')).toBe('the Midehwiwin of Mihnabohzho, and a lone ´ mark');
  });
});
