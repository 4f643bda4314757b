import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

/** Key facts of the Wikipedia article on the Senate of Pakistan (texts/senate-of-pakistan.txt). */
export const SENATE_OF_PAKISTAN_GOLD: GoldFact[] = [
  { about: 'the other house of the Parliament', answers: ['National Assembly'], sentence: 'together with the National Assembly makes up the Parliament of Pakistan' },
  { about: 'when the Senate first convened', answers: ['1973'], sentence: 'First convened in 1973' },
  { about: 'the article establishing the Senate', answers: ['Article 59'], sentence: 'established by the Article 59 of the Constitution' },
  { about: 'senators per province', kind: 'number', answers: ['fourteen'], sentence: 'represented by fourteen senators' },
  { about: 'the length of a senator’s term', kind: 'number', answers: ['six-year', 'six years'], sentence: 'who serve staggered six-year terms' },
  { about: 'how often half the Senate is elected', kind: 'number', answers: ['every three years', 'three years'], sentence: 'Elections are held every three years' },
  { about: 'the Senate cannot be dissolved', kind: 'claim', answers: ['does not allow for the dissolution of the Senate', 'dissolution'], sentence: 'does not allow for the dissolution of the Senate' },
  { about: 'the resolution of 1949', answers: ['Objectives Resolution'], sentence: 'passed the Objectives Resolution on 12 March 1949' },
  { about: 'when the first Constitution was promulgated', answers: ['23 March 1956'], sentence: 'That Constitution was promulgated on 23 March 1956' },
  { about: 'when martial law was promulgated', answers: ['October 7, 1958'], sentence: 'On October 7, 1958, Martial Law was promulgated' },
  { about: 'when the 1973 Constitution was promulgated', answers: ['14 August 1973'], sentence: 'promulgated on 14 August 1973' },
  { about: 'the original membership', kind: 'number', answers: ['45'], sentence: 'which was originally 45' },
  { about: 'who raised the membership to 100', answers: ['Pervez Musharraf'], sentence: 'The government of Gen. Pervez Musharraf raised the membership' },
  { about: 'the number of seats now', kind: 'number', answers: ['104', 'one hundred and four'], sentence: 'There are one hundred and four senatorial seats' },
  { about: 'the purpose: equal representation of the federating units', kind: 'claim', answers: ['equal representation', 'give equal representation to all the federating units'], sentence: 'was to give equal representation to all the federating units' },
  { about: 'the minimum number of women senators', kind: 'number', answers: ['17', 'at least 17'], sentence: 'at least 17 women Senators' },
  { about: 'who acts as President when the office is vacant', answers: ['Chairman of the Senate'], sentence: 'the Chairman of the Senate acts as President' },
  { about: 'the majority needed to impeach the President', kind: 'number', answers: ['two-thirds', 'not less than two-thirds'], sentence: 'passed by not less than two-thirds of the total membership' },
  { about: 'the body that settles disagreements on bills', answers: ['Mediation Committee'], sentence: 'the role of a Mediation Committee' },
];
