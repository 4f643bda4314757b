import { isGivenName } from '../lexicon/firstNames';
import type { Token } from './token';

/**
 * A photo's credit opening the caption after it, as press releases run them
 * together: "… at the stand. NASA/Danny Nowlin Crews transport the engine
 * …", "NASA/JPL-Caltech Cathy Trejo (right) shows off a tube". The credit is
 * an agency in capitals, a slash, and who took the picture (a given name and
 * a surname) or the agency's part; it is no part of the sentence after it.
 */
export function leadingCreditLength(tokens: readonly Token[]): number {
  const [agency, slash, who, surname] = tokens;
  // "TCP/IP": letters in capitals on both sides of the slash are one name, no credit.
  if (!agency || !slash || !who || !/^\p{Lu}{2,}$/u.test(agency.text) || slash.text !== '/' || agency.end !== slash.start || slash.end !== who.start || !/\p{Ll}/u.test(who.text)) return 0;
  // "NASA/JPL-Caltech/MSSS": more parts, slashed on.
  let end = 3;
  while (tokens[end]?.text === '/' && tokens[end]!.start === tokens[end - 1]!.end && tokens[end + 1]?.start === tokens[end]!.end) end += 2;
  // "NASA/Danny Nowlin": the photographer's surname too.
  return end === 3 && isGivenName(who.text) && surname && /^\p{Lu}\p{Ll}+$/u.test(surname.text) ? 4 : end;
}
