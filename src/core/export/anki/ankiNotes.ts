import type { ExportCard, ExportDocument } from '../exportModel';
import { ankiDeckName } from './ankiDeckName';
import { htmlField } from './ankiHtml';
import { noteGuid, type AnkiNote } from './ankiNote';
import { ankiTags } from './ankiTags';
import { clozeField, fillCloze, type ClozeSpan } from './clozeText';
import { sourcePassageHtml } from './sourcePassage';

/** The notes of an Anki export, and what had to change on the way. */
export interface AnkiNotes {
  notes: AnkiNote[];
  /** Cloze cards whose prompt had no blank: exported as a question and answer instead. */
  clozesWithoutBlank: number;
}

/** A cloze note being gathered: one sentence, each member card hiding its own spans of it. */
interface ClozeDraft {
  guid: string;
  text: string;
  members: { card: ExportCard; spans: ClozeSpan[] }[];
}

const overlap = (a: readonly ClozeSpan[], b: readonly ClozeSpan[]): boolean => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/** A question-and-answer card (or a cloze without a blank) as a Basic note. */
function basicNote(doc: ExportDocument, deck: string, card: ExportCard): AnkiNote {
  const back = htmlField(card.answer) + sourcePassageHtml(card.source?.exact ?? null, doc.title, card.prompt);
  return { guid: noteGuid(doc.id, `card:${card.id}`), kind: 'basic', deck, fields: [htmlField(card.prompt), back], tags: ankiTags(card.tags), cards: [{ ord: 0, suspended: card.status === 'suspended' }] };
}

/** A gathered sentence as one Cloze note: its cards are c1, c2… in the order Gloss keeps them. */
function clozeNote(doc: ExportDocument, deck: string, draft: ClozeDraft): AnkiNote {
  const marks = draft.members.flatMap(({ spans }, index) => spans.map((span) => ({ ...span, ord: index + 1 })));
  const first = draft.members[0]!.card;
  return {
    guid: draft.guid,
    kind: 'cloze',
    deck,
    fields: [clozeField(draft.text, marks), sourcePassageHtml(first.source?.exact ?? null, doc.title, draft.text)],
    tags: ankiTags(draft.members.flatMap(({ card }) => card.tags)),
    cards: draft.members.map(({ card }, ord) => ({ ord, suspended: card.status === 'suspended' })),
  };
}

/**
 * A document's cards as notes, in the order of their first card. Clozes of
 * one group (one sentence) join one note when they fill in to the same
 * sentence and hide different words; one that does not fit starts a note of
 * its own. The group's first note takes its GUID from the group, so that a
 * sentence's note stays the same note as clozes are added or removed.
 */
function documentNotes(doc: ExportDocument, deck: string): AnkiNotes {
  const notes: (() => AnkiNote)[] = [];
  const groups = new Map<string, ClozeDraft[]>();
  let clozesWithoutBlank = 0;
  for (const card of doc.cards) {
    const filled = card.type === 'cloze' ? fillCloze(card.prompt, card.answer, card.hint) : null;
    if (!filled) {
      if (card.type === 'cloze') clozesWithoutBlank += 1;
      notes.push(() => basicNote(doc, deck, card));
      continue;
    }
    const member = { card, spans: filled.spans };
    const siblings = card.group === null ? [] : (groups.get(card.group) ?? []);
    const fitting = siblings.find((draft) => draft.text === filled.text && !draft.members.some((other) => overlap(other.spans, filled.spans)));
    if (fitting) {
      fitting.members.push(member);
      continue;
    }
    const key = card.group !== null && siblings.length === 0 ? `group:${card.group}` : `card:${card.id}`;
    const draft: ClozeDraft = { guid: noteGuid(doc.id, key), text: filled.text, members: [member] };
    if (card.group !== null) groups.set(card.group, [...siblings, draft]);
    notes.push(() => clozeNote(doc, deck, draft));
  }
  return { notes: notes.map((build) => build()), clozesWithoutBlank };
}

/** Every card of the export as Anki notes, each document in its own deck. */
export function ankiNotes(documents: readonly ExportDocument[]): AnkiNotes {
  const all: AnkiNotes = { notes: [], clozesWithoutBlank: 0 };
  for (const doc of documents) {
    const { notes, clozesWithoutBlank } = documentNotes(doc, ankiDeckName(doc.title, documents.length));
    for (const note of notes) all.notes.push(note);
    all.clozesWithoutBlank += clozesWithoutBlank;
  }
  return all;
}
