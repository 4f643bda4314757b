import { createHash } from 'node:crypto';
import { NOTE_TYPE_IDS } from './noteTypes';

/** Anki's "Default" deck and options group, present in every collection. */
const DEFAULT_ID = 1;

/** A deck's id, the same for the same name in every export (never 1, Anki's Default deck). */
export function deckId(name: string): number {
  return 2 ** 40 + Number.parseInt(createHash('sha256').update(name).digest('hex').slice(0, 10), 16);
}

/** Every deck the notes go to, with the parents of subdecks ("Gloss" for "Gloss::Interview"), in order. */
export function decksWithParents(names: Iterable<string>): string[] {
  const decks = new Set<string>();
  for (const name of names) {
    const levels = name.split('::');
    for (let depth = 1; depth <= levels.length; depth++) decks.add(levels.slice(0, depth).join('::'));
  }
  return [...decks];
}

/** A normal deck as schema 11 JSON. */
function deck(id: number, name: string, modified: number): Record<string, unknown> {
  const today = [0, 0];
  return { id, name, mod: modified, usn: -1, lrnToday: today, revToday: today, newToday: today, timeToday: today, collapsed: false, browserCollapsed: false, desc: '', dyn: 0, conf: DEFAULT_ID, extendNew: 0, extendRev: 0 };
}

/** The `decks` JSON of the collection: Default and the export's decks, keyed by id. */
export function decksJson(names: readonly string[], modified: number): string {
  const decks = [deck(DEFAULT_ID, 'Default', modified), ...names.map((name) => deck(deckId(name), name, modified))];
  return JSON.stringify(Object.fromEntries(decks.map((entry) => [String(entry.id), entry])));
}

/** The `dconf` JSON: Anki's default options group, which the decks use (importing keeps the user's own). */
export function deckOptionsJson(modified: number): string {
  return JSON.stringify({
    [DEFAULT_ID]: {
      id: DEFAULT_ID,
      mod: modified,
      name: 'Default',
      usn: 0,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
      rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    },
  });
}

/** The `conf` JSON: the collection's settings, with the first deck current and new cards in the order given. */
export function collectionSettingsJson(firstDeckId: number, nextPosition: number): string {
  return JSON.stringify({
    activeDecks: [firstDeckId],
    curDeck: firstDeckId,
    curModel: String(NOTE_TYPE_IDS.cloze),
    nextPos: nextPosition,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
    schedVer: 2,
  });
}
