import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { answers } from '../testing/analyse';

const aliasesOf = (sentence: string): string[] => answers(sentence, 'alias');

describe('another name the text gives something', () => {
  it('is the name after "latinized", "nicknamed", "now known as", "translated as" and "is called"', () => {
    expect(aliasesOf('Ibn al-Haytham (latinized Alhazen full name Abu Ali) was a mathematician of the Golden Age.')).toEqual(['Alhazen']);
    expect(aliasesOf('In Latin tradition, he was occasionally nicknamed Ptolemaeus secundus (the Second Ptolemy) by his readers.')).toEqual(['Ptolemaeus secundus']);
    expect(aliasesOf('Book V contains a discussion of what is now known as Alhazen\'s problem, first posed by Ptolemy.')).toEqual(['Alhazen\'s problem']);
    expect(aliasesOf('The river is called Rio Grande del Norte by the people who live along it.')).toEqual(['Rio Grande del Norte']);
  });

  it('takes a quoted name whole, and both names of "translated as A or B"', () => {
    expect(aliasesOf('His work on mirrors also contains the problem known as "Alhazen\'s problem" today.')).toEqual(['Alhazen\'s problem']);
    expect(aliasesOf('His Al-Shukuk, variously translated as Doubts Concerning Ptolemy or Aporias against Ptolemy, was published in Cairo.')).toEqual([
      'Doubts Concerning Ptolemy',
      'Aporias against Ptolemy',
    ]);
  });

  it('leaves out the sentence\'s stop put inside the quotes, and keeps a particle glued to the name', () => {
    expect(aliasesOf('It was, in fact, Murat, now called “King of Naples.”')).toEqual(['King of Naples']);
    expect(aliasesOf('Having heard from Davout, who was now called Prince d’Eckmühl, Napoleon turned the left wing.')).toEqual(['Prince d’Eckmühl']);
  });

  it('is nothing when no name follows the words: "called out", "as he called it", "known as a leader"', () => {
    expect(aliasesOf('The inquiry has called out both sides for violating international law in the war.')).toEqual([]);
    expect(aliasesOf('The light fell on the lens (or glacial humor as he called it) and bent outward.')).toEqual([]);
    expect(aliasesOf('She was known as a careful leader of the committee for many years.')).toEqual([]);
  });

  it('ranks another name for the document\'s subject as the fact it is, though the subject itself is held back', () => {
    const text = 'Alhazen\n\nIbn al-Haytham (latinized Alhazen) was a mathematician and physicist of the Islamic Golden Age. Alhazen was born in Basra around 965. Alhazen later worked in Cairo for the caliph. Alhazen wrote his Book of Optics in Cairo. Alhazen died in Cairo in 1040. Alhazen is remembered for his work on light.';
    const cards = generateCards(text, { title: 'Alhazen', limit: 'all' });
    const alias = cards.find((card) => card.prompt === 'Ibn al-Haytham (latinized [...] (name)) was a mathematician and physicist of the Islamic Golden Age.')!;
    const sameSentence = cards.find((card) => card.answer === 'Islamic Golden Age')!;
    expect(alias.heldBack).toBe(false);
    // Ranked as the fact it is, not marked down as the subject the title names.
    expect(alias.rank).toBeLessThan(sameSentence.rank);
    expect(cards.find((card) => card.answer === 'Alhazen' && card.factType !== 'alias')?.heldBack).toBe(true);
  });
});
