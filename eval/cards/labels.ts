import { z } from 'zod';

/**
 * A careful student's verdict on one generated card: worth studying,
 * trivial (true but not worth a review), or broken (wrong answer, a span cut
 * in the wrong place, a nonsense prompt, a speaker label carded, …).
 */
export type Verdict = 'good' | 'trivial' | 'broken';

const cardLabel = z
  .object({
    /** The generated card's id: it depends only on the card's content, so it is stable across runs and changes when the card does. */
    id: z.string().regex(/^card-[0-9a-z]{11}$/),
    label: z.enum(['good', 'trivial', 'broken']),
    /** One line saying why, for trivial and broken cards. */
    reason: z.string().min(3).optional(),
    /** What the card said when it was labelled, for the person reading the file. */
    prompt: z.string(),
    answer: z.string(),
  })
  .strict()
  .refine((label) => label.label === 'good' || label.reason !== undefined, { message: 'a trivial or broken card needs a reason' });

/** One card's label as stored in labels/<slug>.json. */
export type CardLabel = z.infer<typeof cardLabel>;

const labelFile = z
  .object({
    /** Which generator the labels were made against, for the record. */
    labelledAgainst: z.string().min(1),
    cards: z.array(cardLabel),
  })
  .strict();

/** A text's labels as stored in labels/<slug>.json. */
export type LabelFile = z.infer<typeof labelFile>;

/** Parses a label file, refusing unknown fields, a missing reason and duplicate ids with a message that names the card. */
export function parseLabelFile(json: string): LabelFile {
  const file = labelFile.parse(JSON.parse(json));
  const seen = new Set<string>();
  for (const card of file.cards) {
    if (seen.has(card.id)) throw new Error(`The card ${card.id} ("${card.answer}") is labelled twice.`);
    seen.add(card.id);
  }
  return file;
}

/** The labels of a file by card id. */
export function labelsById(file: LabelFile): Map<string, CardLabel> {
  return new Map(file.cards.map((card) => [card.id, card]));
}
