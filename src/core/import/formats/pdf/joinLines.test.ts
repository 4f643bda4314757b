import { describe, expect, it } from 'vitest';
import { cleanText } from './cleanText';
import { collectWordEvidence, joinLines } from './joinLines';

const noEvidence = collectWordEvidence([]);

describe('joinLines', () => {
  it('joins lines with one space', () => {
    expect(joinLines(['The first line', '  and the second. '], noEvidence)).toBe('The first line and the second.');
  });

  it('mends a word hyphenated at a line end when a lowercase letter follows', () => {
    expect(joinLines(['all the infor-', 'mation we had'], noEvidence)).toBe('all the information we had');
  });

  it('keeps the hyphen of a compound whose second part is capitalised or a number', () => {
    expect(joinLines(['the Anglo-', 'Saxon king'], noEvidence)).toBe('the Anglo-Saxon king');
    expect(joinLines(['during COVID-', '19 times'], noEvidence)).toBe('during COVID-19 times');
  });

  it('keeps a compound the document writes hyphenated elsewhere and never joined', () => {
    const evidence = collectWordEvidence(['a well-known fact', 'and another line']);
    expect(joinLines(['it is well-', 'known that'], evidence)).toBe('it is well-known that');
  });

  it('mends the word when the document also writes it joined', () => {
    const evidence = collectWordEvidence(['a co-operate here', 'they cooperate there']);
    expect(joinLines(['we co-', 'operate'], evidence)).toBe('we cooperate');
  });

  it('drops a soft hyphen at a line end and inside a line', () => {
    expect(joinLines(['a hyphen\u00ADated infor\u00AD', 'mation'], noEvidence)).toBe('a hyphenated information');
  });

  it('glues a dash that ends a line to the next word, but keeps a spaced dash spaced', () => {
    expect(joinLines(['it was—', 'then'], noEvidence)).toBe('it was—then');
    expect(joinLines(['it was –', 'then'], noEvidence)).toBe('it was – then');
  });

  it('does not take a lone hyphen for a broken word', () => {
    expect(joinLines(['pages 3 -', 'five'], noEvidence)).toBe('pages 3 - five');
  });
});

describe('cleanText', () => {
  it('removes control and invisible characters and collapses spaces', () => {
    expect(cleanText(' a\u0000b\u200B c\u00A0\u00A0d\t\ne\uFEFF ')).toBe('a b c d e');
  });
});
