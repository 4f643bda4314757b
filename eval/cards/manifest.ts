import { INTERVIEW_GOLD } from '../../src/shared/cardGeneration/fixtures/interviewGold';
import type { GoldFact } from '../../src/shared/cardGeneration/testing/goldFact';
import { BODMIN_GOLD } from './gold/bodmin';
import { EBOLA_RESPONSE_FACT_SHEET_GOLD } from './gold/ebolaResponseFactSheet';
import { FOUNDERS_TALK_91_GOLD } from './gold/foundersTalk91';
import { HARRIS_CLIMATE_PODCAST_GOLD } from './gold/harrisClimatePodcast';
import { IBN_AL_HAYTHAM_GOLD } from './gold/ibnAlHaytham';
import { ISS_CREW_FRIDAY_GOLD } from './gold/issCrewFriday';
import { ISS_CREW_WEDNESDAY_GOLD } from './gold/issCrewWednesday';
import { SENATE_OF_PAKISTAN_GOLD } from './gold/senateOfPakistan';
import { SHIP_IT_52_GOLD } from './gold/shipIt52';
import { SOLARWINDS_BACKGROUND_CALL_GOLD } from './gold/solarwindsBackgroundCall';
import { SULLIVAN_G7_ROUNDTABLE_GOLD } from './gold/sullivanG7Roundtable';

/** The genre of an evaluation text; the harness reports each separately. */
export type TextKind = 'interview' | 'news' | 'expository';

/** One text of the card-evaluation set, with the key facts a careful reader would card. */
export interface EvalText {
  /** Names the label file (labels/<slug>.json) and the source record (texts/<slug>.source.md). */
  slug: string;
  kind: TextKind;
  /**
   * Held-out texts are reported apart and must never be read while tuning
   * the generator's rules: they stand for text nobody has seen.
   */
  heldOut: boolean;
  /** The text's path from the repository root. */
  file: string;
  gold: readonly GoldFact[];
}

const texts = (slug: string): string => `eval/cards/texts/${slug}.txt`;

/** The evaluation set: a third of each kind held out. */
export const EVAL_TEXTS: readonly EvalText[] = [
  { slug: 'sullivan-g7-roundtable', kind: 'interview', heldOut: false, file: texts('sullivan-g7-roundtable'), gold: SULLIVAN_G7_ROUNDTABLE_GOLD },
  { slug: 'solarwinds-background-call', kind: 'interview', heldOut: false, file: texts('solarwinds-background-call'), gold: SOLARWINDS_BACKGROUND_CALL_GOLD },
  // A podcast in Markdown ("**Name:** words"), read as the app reads a .md file.
  { slug: 'ship-it-52', kind: 'interview', heldOut: false, file: 'eval/cards/texts/ship-it-52.md', gold: SHIP_IT_52_GOLD },
  { slug: 'harris-climate-podcast', kind: 'interview', heldOut: true, file: texts('harris-climate-podcast'), gold: HARRIS_CLIMATE_PODCAST_GOLD },
  // A podcast in Markdown ("**Name:** words"), read as the app reads a .md file.
  { slug: 'founders-talk-91', kind: 'interview', heldOut: true, file: 'eval/cards/texts/founders-talk-91.md', gold: FOUNDERS_TALK_91_GOLD },
  // The bundled interview is a news report of an interview in prose (no speaker turns), and the rules were written on it.
  { slug: 'interview', kind: 'news', heldOut: false, file: 'resources/interview.txt', gold: INTERVIEW_GOLD },
  { slug: 'iss-crew-friday', kind: 'news', heldOut: false, file: texts('iss-crew-friday'), gold: ISS_CREW_FRIDAY_GOLD },
  { slug: 'ebola-response-fact-sheet', kind: 'news', heldOut: false, file: texts('ebola-response-fact-sheet'), gold: EBOLA_RESPONSE_FACT_SHEET_GOLD },
  { slug: 'iss-crew-wednesday', kind: 'news', heldOut: true, file: texts('iss-crew-wednesday'), gold: ISS_CREW_WEDNESDAY_GOLD },
  { slug: 'ibn-al-haytham', kind: 'expository', heldOut: false, file: texts('ibn-al-haytham'), gold: IBN_AL_HAYTHAM_GOLD },
  { slug: 'senate-of-pakistan', kind: 'expository', heldOut: false, file: texts('senate-of-pakistan'), gold: SENATE_OF_PAKISTAN_GOLD },
  { slug: 'bodmin', kind: 'expository', heldOut: true, file: texts('bodmin'), gold: BODMIN_GOLD },
];
