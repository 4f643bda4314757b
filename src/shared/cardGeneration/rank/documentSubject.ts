import { speakerName } from '../build/attribution';
import { comparable } from '../build/normalise';
import { countryMeant } from '../lexicon/places';
import { STOP_WORDS } from '../lexicon/words';

/** What the subject of a document is judged from: its title and how often the text states each answer. */
export interface SubjectFacts {
  title: string;
  /** How many candidate cards each answer (in comparable form) had: how often the text states it. */
  mentions: ReadonlyMap<string, number>;
  /** A transcript's speaker labels ("Zed Shaw", "MR. SULLIVAN", "Q"); none in prose. */
  speakers?: readonly string[];
}

/** An answer stated this often, and twice as often as any other, is what the text is about. */
const DOMINANT_MENTIONS = 6;
/** A country named this often, and twice as often as any other, is where the text is set. */
const SETTING_MENTIONS = 5;

/** What a document is about, as the ranking asks it of an answer. */
export interface Subject {
  /** Named in the title, or the setting: ranked low. */
  isSubject: (answer: string) => boolean;
  /**
   * The answer that dominates the text, the country it is set in, in any
   * form ("U.S.", "Americans"), or a transcript's own speaker ("Zed", "Jerod"
   * in a podcast with Zed Shaw and Jerod Santo): guessable.
   */
  isSetting: (answer: string) => boolean;
}

/**
 * The document's subject: answers every word of which the title holds
 * ("SolarWinds" in a call about the SolarWinds intrusions), and the one
 * answer stated far more often than any other (NASA in NASA's blog).
 */
export function subjectOf(document: SubjectFacts): Subject {
  const titleWords = new Set(comparable(document.title).split(' ').filter((word) => word.length > 1 && !STOP_WORDS.has(word)));
  const counts = [...document.mentions].sort((a, b) => b[1] - a[1]);
  const [top, second] = counts;
  const dominant = top && top[1] >= DOMINANT_MENTIONS && top[1] >= 2 * (second?.[1] ?? 0) ? top[0] : null;
  const country = settingCountry(document.mentions);
  const isSpeaker = speakerWords(document.speakers ?? []);
  const isSetting = (answer: string): boolean => comparable(answer) === dominant || (!!country && countryMeant(answer) === country) || isSpeaker(answer);
  return {
    isSubject: (answer) => {
      if (isSetting(answer)) return true;
      const words = comparable(answer).split(' ').filter((word) => word !== '' && !STOP_WORDS.has(word));
      return words.length > 0 && words.every((word) => titleWords.has(word));
    },
    isSetting,
  };
}

/** The country a text is set in: the one named far more often than any other, in whatever form (a U.S. release says "U.S.", "the United States", "Americans"). */
function settingCountry(mentions: ReadonlyMap<string, number>): string | undefined {
  const byCountry = new Map<string, number>();
  for (const [answer, count] of mentions) {
    const country = countryMeant(answer);
    if (country) byCountry.set(country, (byCountry.get(country) ?? 0) + count);
  }
  const [top, second] = [...byCountry].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= SETTING_MENTIONS && top[1] >= 2 * (second?.[1] ?? 0) ? top[0] : undefined;
}

/**
 * Whether an answer names one of the transcript's speakers: every word of it
 * is a word of their names ("Zed", "Shaw", "Zed Shaw"). A label that names
 * no one ("Q", "Speaker 1") counts for nothing.
 */
function speakerWords(labels: readonly string[]): (answer: string) => boolean {
  const words = new Set<string>();
  for (const label of labels) {
    const name = speakerName(label);
    if (name) for (const word of comparable(name).split(' ')) if (word.length > 1 && !STOP_WORDS.has(word)) words.add(word);
  }
  return (answer) => {
    const answerWords = comparable(answer).split(' ').filter((word) => word !== '' && !STOP_WORDS.has(word));
    return words.size > 0 && answerWords.length > 0 && answerWords.every((word) => words.has(word));
  };
}
