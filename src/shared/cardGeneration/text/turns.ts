import type { TextStructure } from '../../text/blocks';
import { splitParagraphs, type ParagraphRange } from '../../text/paragraphs';
import { paragraphSpeakers, speakerLookup } from '../../text/speakers';

/**
 * Who speaks where in a transcript, as the generator needs it: the speaker
 * at an offset, and which speakers ask rather than answer. In an interview
 * the facts worth studying are in the answers; the questions hold the
 * interviewer's framing, guesses and greetings ("Jake, according to …
 * sources …", "our listener Eduarda …").
 */
export interface Turns {
  /** The speaker of the turn an offset is in, or null outside turns. */
  speakerAt: (offset: number) => string | null;
  /** Whether the speaker at an offset is one who asks (see askers). */
  askerAt: (offset: number) => boolean;
  /**
   * Whether the speaker at an offset hosts: a podcast's host frames the talk
   * and asks now and then, in turns shorter than the guest's. Their words
   * may hold a fact, but weigh less than the guest's. Their questions make
   * no question/answer cards, nor their remarks claim, view or position
   * cards: measured on a podcast, nearly all were chat ("Do you have the
   * same sentiment?").
   */
  hostAt: (offset: number) => boolean;
  /** Each turn (one speaker's consecutive paragraphs) in order; none in prose. */
  spans: readonly TurnSpan[];
}

/** One speaker's stretch of the text, and whether that speaker is one who asks. */
export interface TurnSpan {
  speaker: string;
  start: number;
  end: number;
  asks: boolean;
}

/** Labels that name the one who asks, whatever they say. */
const ASKING_LABELS = /^(?:q|question|questioner|interviewer|host|co-host|moderator|reporter|press|audience|audience member|caller|participant|male speaker|female speaker)$/iu;
/** A speaker whose turns are mostly questions (at least this share end a sentence with "?") asks. */
const MIN_QUESTION_SHARE = 0.5;
/** A host asks in at least this share of turns… */
const HOST_QUESTION_SHARE = 0.25;
/** …in turns at most this share as long as those of the voice that says most… */
const HOST_TURN_SHARE = 0.5;
/** …or at most this share, asking at least this many times as often as that voice. */
const ASKING_HOST_TURN_SHARE = 0.8;
const HOST_ASKS_MORE = 1.5;

const NO_TURNS: Turns = { speakerAt: () => null, askerAt: () => false, hostAt: () => false, spans: [] };

/** What is counted of each speaker's turns. */
interface SpeakerCounts {
  turns: number;
  asking: number;
  /** Characters said, in all turns. */
  said: number;
}

/**
 * The turns of a text with its structure: none when the text has no
 * speakers. A speaker asks when labelled so (Q, Interviewer, Host…), or
 * when most of their turns hold a question; in a transcript of one voice,
 * or where every voice asks, no one is taken for the one who asks.
 */
export function readTurns(text: string, structure: TextStructure | undefined): Turns {
  if (!structure || !structure.blocks.some((block) => block.kind === 'turn')) return NO_TURNS;
  const paragraphs = splitParagraphs(text);
  const turnsBy = new Map<string, SpeakerCounts>();
  // A turn is every paragraph a speaker says before another speaks: a host's long framing ends on one question.
  let previous = null as { speaker: string; asks: boolean; said: number } | null;
  const count = (turn: { speaker: string; asks: boolean; said: number }): void => {
    const counts = turnsBy.get(turn.speaker) ?? { turns: 0, asking: 0, said: 0 };
    counts.turns++;
    counts.said += turn.said;
    if (turn.asks) counts.asking++;
    turnsBy.set(turn.speaker, counts);
  };
  for (const block of structure.blocks) {
    if (block.kind !== 'turn' || !block.speaker) continue;
    const range = paragraphs[block.paragraph];
    if (!range) continue;
    const asks = text.slice(range.start, range.end).includes('?');
    const said = range.end - range.start;
    if (previous?.speaker === block.speaker) {
      previous.asks ||= asks;
      previous.said += said;
    } else {
      if (previous) count(previous);
      previous = { speaker: block.speaker, asks, said };
    }
  }
  if (previous) count(previous);
  const speakerAt = speakerLookup(paragraphs, structure);
  let askers = new Set([...turnsBy].filter(([speaker, { turns, asking }]) => ASKING_LABELS.test(speaker) || asking >= turns * MIN_QUESTION_SHARE).map(([speaker]) => speaker));
  // Someone must answer: if every voice seems to ask, the shares say nothing.
  if (askers.size === turnsBy.size) askers = new Set();
  const hosts = hostsOf(turnsBy, askers);
  const spans = turnSpans(paragraphs, paragraphSpeakers(structure, paragraphs.length), askers);
  return { speakerAt, askerAt: (offset) => askers.has(speakerAt(offset) ?? ''), hostAt: (offset) => hosts.has(speakerAt(offset) ?? ''), spans };
}

/**
 * The hosts of a talk: voices other than the one that says most, and
 * other than its askers, who ask in a good share of their turns, in turns
 * far shorter than that voice's ("Jerod Santo" and "Adam Stacoviak" beside
 * their guest), or somewhat shorter but asking far more often (a host who
 * frames each question at length). In a panel of equals, none.
 */
function hostsOf(turnsBy: ReadonlyMap<string, SpeakerCounts>, askers: ReadonlySet<string>): Set<string> {
  const [main] = [...turnsBy].sort((a, b) => b[1].said - a[1].said);
  if (!main) return new Set();
  const mainTurn = main[1].said / main[1].turns;
  const mainAsking = main[1].asking / main[1].turns;
  const hosts = [...turnsBy].filter(([speaker, { turns, asking, said }]) => {
    if (speaker === main[0] || askers.has(speaker) || asking < turns * HOST_QUESTION_SHARE) return false;
    const turnShare = said / turns / mainTurn;
    // Far shorter turns; or somewhat shorter ones that ask far more often than the guest's.
    return turnShare <= HOST_TURN_SHARE || (turnShare <= ASKING_HOST_TURN_SHARE && asking / turns >= mainAsking * HOST_ASKS_MORE);
  });
  return new Set(hosts.map(([speaker]) => speaker));
}

/** Consecutive paragraphs of one speaker joined into turns; paragraphs outside turns end a turn. */
function turnSpans(paragraphs: readonly ParagraphRange[], speakers: readonly (string | null)[], askers: ReadonlySet<string>): TurnSpan[] {
  const spans: TurnSpan[] = [];
  paragraphs.forEach((range, index) => {
    const speaker = speakers[index] ?? null;
    const last = spans.at(-1);
    if (speaker === null) return;
    if (last && last.speaker === speaker && speakers[index - 1] === speaker) last.end = range.end;
    else spans.push({ speaker, start: range.start, end: range.end, asks: askers.has(speaker) });
  });
  return spans;
}
