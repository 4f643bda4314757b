import type { Token } from '../nlp/token';

/*
 * Numbers said for emphasis, not as facts: "I'm 100 percent confident",
 * "one hundred percent agree", "a thousand percent behind it". A card
 * asking for them tests nothing a reader would want to know.
 */

/** Words of certainty or support that a number of percent only stresses. */
const EMPHASISED = new Set([
  'sure', 'certain', 'confident', 'convinced', 'positive', 'agree', 'agreed', 'behind', 'committed', 'supportive', 'support', 'right', 'correct',
  'true', 'honest', 'serious', 'focused', 'invested', 'on', 'with', 'aligned', 'yes', 'percent', 'accurate', 'perfect', 'satisfied', 'happy', 'guaranteed', 'clear',
]);
/** How far after its "percent" the stressed word may stand ("100 percent, absolutely sure"). */
const REACH = 3;

/** Whether the number at tokens [from, to) is a percentage of a hundred or more that only stresses a word of certainty. */
export function isRhetoricalNumber(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).map((token) => token.lower);
  const percentAt = words.findIndex((word) => word === '%' || word === 'percent' || word === 'per');
  const amount = words.slice(0, percentAt === -1 ? words.length : percentAt).join(' ');
  if (!/^(?:(?:a|one|a few) )?(?:hundred|thousand|million)$|^\d{3,}$/u.test(amount)) return false;
  // The percent sign may stand just after the number: "100 percent sure", "one hundred percent agree".
  let after = to;
  if (percentAt === -1 && (tokens[after]?.lower === 'percent' || tokens[after]?.lower === '%')) after++;
  else if (percentAt === -1) return false;
  // "I a hundred percent go with Raycast": a percentage standing before a verb says how much, like an adverb.
  // "I'm not 100% if they use it": "not 100%" is "not sure", with the word left out.
  if (tokens[after]?.pos === 'VERB' || tokens[from - 1]?.lower === 'not') return true;
  for (let i = after; i < Math.min(tokens.length, after + REACH); i++) {
    if (EMPHASISED.has(tokens[i]!.lower)) return true;
  }
  return false;
}
