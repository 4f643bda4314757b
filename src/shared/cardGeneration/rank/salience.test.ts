import { describe, expect, it } from 'vitest';
import type { FactType, GeneratedCard } from '../types';
import { rankBySalience, specificity, type DocumentFacts } from './salience';

let next = 0;
/** A cloze card about `answer` in `sentence`, placed at `start`. */
function card(answer: string, sentence: string, start: number, factType: FactType = 'name'): GeneratedCard {
  next++;
  return {
    id: `c${next}`,
    type: 'cloze',
    prompt: sentence.replace(answer, '[...]'),
    answer,
    factType,
    group: `g${next}`,
    source: { exact: sentence, start, end: start + sentence.length },
  };
}

const facts = (overrides: Partial<DocumentFacts> = {}): DocumentFacts => ({ length: 1000, title: '', transcript: false, mentions: new Map(), ...overrides });
const answers = ({ ranked }: { ranked: readonly GeneratedCard[] }): string[] => ranked.map((c) => c.answer);

describe('rankBySalience', () => {
  it('holds the present century back as a catchword ("a 21st century economy"), not an older one', () => {
    const present = card('21st century', 'We need an economy fit for the 21st century.', 0, 'date');
    const older = card('12th century', 'The abbey was built in the 12th century.', 100, 'date');
    const ranking = rankBySalience([present, older], facts());
    expect(answers(ranking)).toEqual(['12th century', '21st century']);
    expect(ranking.heldBack.has(present)).toBe(true);
  });

  it('puts a rare answer before an everyday word', () => {
    const everyday = card('America', 'The delegation flew to America in May.', 0, 'place');
    const rare = card('Kyrgyzstan', 'The exercises were held in Kyrgyzstan in May.', 100, 'place');
    expect(answers(rankBySalience([everyday, rare], facts()))).toEqual(['Kyrgyzstan', 'America']);
  });

  it('ranks what later scholars argued about the subject below what the subject did, in an article, not in a transcript', () => {
    const debate = card('1996', 'Ian P. Howard argued in a 1996 article that Alhazen should be credited with the discovery.', 0, 'date');
    const fact = card('1021', 'The caliph died in 1021, after which Alhazen returned to Cairo.', 100, 'date');
    expect(answers(rankBySalience([debate, fact], facts()))).toEqual(['1021', '1996']);
    expect(answers(rankBySalience([debate, fact], facts({ transcript: true })))).toEqual(['1996', '1021']);
  });

  it('ranks the subject the title names below other facts of its kind', () => {
    const subject = card('SolarWinds', 'The SolarWinds intrusion was found in December.', 0, 'organisation');
    const other = card('Mandiant', 'The intrusion was found by Mandiant in December.', 100, 'organisation');
    const ranked = rankBySalience([subject, other], facts({ title: 'Background call on the SolarWinds intrusion' }));
    expect(answers(ranked)).toEqual(['Mandiant', 'SolarWinds']);
  });

  it('ranks the answer that dominates the text as its setting, below the rest', () => {
    const setting = card('Zarvonia', 'Zarvonia signed the accord with Quelmar.', 0, 'place');
    const other = card('Quelmar', 'Zarvonia signed the accord with Quelmar.', 0, 'place');
    const mentions = new Map([['zarvonia', 12], ['quelmar', 2]]);
    expect(answers(rankBySalience([setting, other], facts({ mentions })))).toEqual(['Quelmar', 'Zarvonia']);
  });

  it('ranks a second card with the same answer after a card with a new one', () => {
    const first = card('Tasmagambetov', 'Tasmagambetov spoke on Monday.', 0, 'person');
    const repeat = card('Tasmagambetov', 'Tasmagambetov spoke again on Friday.', 50, 'person');
    const other = card('Lavrov', 'Later, Lavrov answered him.', 100, 'person');
    expect(answers(rankBySalience([first, repeat, other], facts()))).toEqual(['Tasmagambetov', 'Lavrov', 'Tasmagambetov']);
  });

  it('counts an answer spelt without its diacritics as the same answer', () => {
    const first = card('Kitāb al-Manāẓir', 'His main work is the Kitāb al-Manāẓir.', 0);
    const repeat = card('Kitab al-Manazir', 'The Kitab al-Manazir has seven volumes.', 50);
    const other = card('Risner', 'It was printed by Risner.', 100);
    expect(answers(rankBySalience([first, repeat, other], facts()))).toEqual(['Kitāb al-Manāẓir', 'Risner', 'Kitab al-Manazir']);
  });

  it('counts the mentions of an answer spelt both ways together, so the earlier spelling keeps the lead', () => {
    const first = card('Kitāb al-Manāẓir', 'His main work is the Kitāb al-Manāẓir.', 0);
    const later = card('Kitab al-Manazir', 'The Kitab al-Manazir has seven volumes.', 100);
    // Most of the text spells it without diacritics: counted apart, the later card alone would look central.
    const mentions = new Map([['kitāb al-manāẓir', 1], ['kitab al-manazir', 3]]);
    expect(answers(rankBySalience([first, later], facts({ mentions })))).toEqual(['Kitāb al-Manāẓir', 'Kitab al-Manazir']);
  });

  it('counts a range of years written another way as the same answer', () => {
    const first = card('1011–1021', 'The book was written during 1011–1021.', 0, 'date');
    const repeat = card('1011 to 1021', 'It was written from 1011 to 1021.', 50, 'date');
    const other = card('1040', 'He died in 1040.', 100, 'date');
    expect(answers(rankBySalience([first, repeat, other], facts()))).toEqual(['1011–1021', '1040', '1011 to 1021']);
  });

  it('holds back a slight card — an everyday answer said once more late in the text — and keeps a rare one', () => {
    const first = card('America', 'The delegation flew to America in May.', 0, 'name');
    const again = card('America', 'Later they flew back to America.', 900, 'name');
    const rare = card('Kyrgyzstan', 'The exercises were held in Kyrgyzstan in June.', 950, 'place');
    const ranking = rankBySalience([first, again, rare], facts());
    expect(ranking.heldBack.has(again)).toBe(true);
    expect(ranking.heldBack.has(rare)).toBe(false);
    expect(ranking.scores.get(again)!).toBeLessThan(ranking.scores.get(rare)!);
  });

  it('puts thanks, greetings and a preface\'s acknowledgements last, as guessable', () => {
    const thanks = card('Kenyatta', 'Thank you, Kenyatta, for joining us.', 0, 'person');
    const fact = card('Ruto', 'The vision was signed with Ruto on Thursday.', 100, 'person');
    const ranking = rankBySalience([thanks, fact], facts());
    expect(answers(ranking)).toEqual(['Ruto', 'Kenyatta']);
    expect([...ranking.heldBack]).toEqual([thanks]);
    const preface = card('A. W. Hutton', 'I have to acknowledge kind assistance received from Mr. A. W. Hutton at the Museum.', 0, 'person');
    const beg = card('W. Barclay Squire', 'And I also beg to thank Mr. W. Barclay Squire for courteous help.', 10, 'person');
    expect([...rankBySalience([preface, beg, fact], facts()).heldBack]).toEqual([preface, beg]);
  });

  it('takes the country named far more often than any other, in any form, as the setting: guessable, ranked last', () => {
    const us = card('U.S.', 'The U.S. delivered the doses in March.', 0, 'place');
    const americans = card('Americans', 'Americans were warned in March.', 50, 'name');
    const guinea = card('Guinea', 'The doses went to Guinea in March.', 900, 'place');
    const mentions = new Map([['u s', 3], ['united states', 2], ['americans', 2], ['guinea', 2]]);
    const ranking = rankBySalience([us, americans, guinea], facts({ mentions }));
    expect(answers(ranking)[0]).toBe('Guinea');
    expect(new Set(ranking.heldBack)).toEqual(new Set([us, americans]));
    // Without a dominant country, none is the setting.
    expect(rankBySalience([us, guinea], facts({ mentions: new Map([['u s', 3], ['guinea', 2]]) })).heldBack.size).toBe(0);
  });

  it('holds back a transcript speaker\'s own name, whole or in part, as guessable; a label that names no one counts for nothing', () => {
    const host = card('Jerod', 'As we do Changelog News and this show, Jerod, I see those tweets.', 0, 'name');
    const guest = card('Zed Shaw', 'Then Zed Shaw wrote Mongrel in a few weeks.', 100, 'person');
    const other = card('Ryan Dahl', 'Then Ryan Dahl emailed me about the licence.', 200, 'person');
    const ranking = rankBySalience([host, guest, other], facts({ transcript: true, speakers: ['Jerod Santo', 'Zed Shaw', 'Q'] }));
    expect(new Set(ranking.heldBack)).toEqual(new Set([host, guest]));
    const q = card('Q', 'The letter Q stands for the quarter in the report.', 0, 'name');
    expect(rankBySalience([q], facts({ speakers: ['Q'] })).heldBack.size).toBe(0);
  });

  it('in prose, prefers the earlier of two like facts; ties keep document order', () => {
    const early = card('Alhazen', 'He was known in Latin as Alhazen.', 0, 'person');
    const late = card('Ptolemaeus', 'He wrote a commentary on Ptolemaeus.', 900, 'person');
    expect(answers(rankBySalience([late, early], facts()))).toEqual(['Alhazen', 'Ptolemaeus']);
  });
});

describe('specificity', () => {
  it('is full for numbers (but spans of moments), dates and statements, and lower for everyday words than for rare ones', () => {
    expect(specificity('1973', 'date')).toBe(1);
    expect(specificity('forty-five', 'number')).toBe(1);
    // A span of seconds or minutes sets a story's pace ("not two minutes had passed"): less worth keeping than a count or a sum.
    expect(specificity('two minutes', 'number')).toBeLessThan(specificity('two years', 'number'));
    expect(specificity('ten seconds', 'number')).toBeLessThan(1);
    expect(specificity('america', 'place')).toBeLessThan(specificity('kyrgyzstan', 'place'));
    expect(specificity('the', 'name')).toBe(0.3);
  });
});
