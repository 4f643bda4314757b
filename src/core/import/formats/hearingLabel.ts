/*
 * The labels of a congressional hearing's or a court's record, which end in
 * a full stop rather than a colon: "Mr. NADLER. I thank the gentleman.",
 * "Chairman Jordan. The committee will come to order.", "The CHAIRMAN.
 * Without objection, so ordered.", "Senator Collins. Thank you." Only a
 * form of address or an office followed by one name (and "of Texas") is
 * read, so "Mr. Smith went home." stays prose; callers still ask that such
 * labels be the dominant pattern of the text (see transcriptTurns.ts).
 */

const ADDRESSED = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.|Chairman|Chairwoman|Chairperson|Senator|Representative|Delegate|Secretary|General|Admiral|Ambassador|Governor|Mayor|Judge|Justice|Commissioner|Director|Professor)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?:[ \t]+of[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?)?`;
const PRESIDING = String.raw`The[ \t]+(?:CHAIRMAN|Chairman|CHAIRWOMAN|Chairwoman|CHAIR|Chair|PRESIDENT|President|SPEAKER|Speaker|CLERK|Clerk|PRESIDING OFFICER|Presiding Officer|WITNESS|Witness|COURT|Court)`;
const HEARING_LABEL = new RegExp(String.raw`^[ \t]*(${ADDRESSED}|${PRESIDING})\.[ \t]+(\S[^]*)$`, 'u');

/** A hearing's label and the words after it, the shouted surname in ordinary case ("Mr. NADLER" → "Mr. Nadler"); undefined for any other line. */
export function readHearingLabel(line: string): { speaker: string; rest: string } | undefined {
  const match = HEARING_LABEL.exec(line);
  if (!match) return undefined;
  const speaker = match[1]!.replace(/\s+/gu, ' ').replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (_word, first: string, rest: string) => first + rest.toLowerCase());
  return { speaker, rest: match[2]!.trim() };
}
