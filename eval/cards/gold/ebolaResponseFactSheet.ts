import type { GoldFact } from '../../../src/shared/cardGeneration/testing/goldFact';

/** Key facts of the White House fact sheet on the 2021 Ebola outbreaks (texts/ebola-response-fact-sheet.txt). */
export const EBOLA_RESPONSE_FACT_SHEET_GOLD: GoldFact[] = [
  { about: 'when the DRC announced a case', answers: ['February 7, 2021'], sentence: 'On February 7, 2021, the Ministry of Health' },
  { about: 'where in the DRC', answers: ['North Kivu Province', 'North Kivu'], sentence: 'case of Ebola in North Kivu Province' },
  { about: 'when Guinea confirmed a case', answers: ['February 14, 2021'], sentence: 'on February 14, 2021, the MOH in the Republic of Guinea' },
  { about: 'where in Guinea', answers: ['N’Zérékoré Prefecture', 'N’Zérékoré'], sentence: 'Ebola case in N’Zérékoré Prefecture' },
  { about: 'the U.S. assistance committed', kind: 'number', answers: ['more than $3.5 million', '$3.5 million'], sentence: 'committed more than $3.5 million in assistance' },
  { about: 'when the global vaccine stockpile was established', answers: ['January 2021'], sentence: 'stockpile established January 2021' },
  { about: 'the U.S. contribution to the stockpile', kind: 'number', answers: ['$20 million'], sentence: 'A $20 million USG contribution' },
  { about: 'who received the contribution', answers: ['Gavi'], sentence: 'provided to Gavi, the Vaccine Alliance' },
  { about: 'treatment courses delivered to Guinea', kind: 'number', answers: ['120'], sentence: 'coordinated delivery of 120 treatment courses' },
  { about: 'the countries engaged for readiness', answers: ['Liberia, Sierra Leone, and Mali'], sentence: 'engaging Liberia, Sierra Leone, and Mali' },
  { about: 'when the CDC order was issued', answers: ['March 2, 2021'], sentence: 'On March 2, 2021, CDC issued an order' },
  { about: 'what the CDC order requires: airlines to collect passenger contact information', kind: 'claim', answers: ['collect and transmit passenger contact information', 'passenger contact information'], sentence: 'requiring airlines and aircraft operators to collect' },
  { about: 'the look-back window for travellers', kind: 'number', answers: ['21', '21 days'], sentence: 'in the last 21 days traveled from' },
  { about: 'how many U.S. airports passengers are funnelled to', kind: 'number', answers: ['six'], sentence: 'to one of six United States airports' },
];
