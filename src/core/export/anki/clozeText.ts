import { normaliseBlanks } from '../../../shared/cardGeneration';
import { BLANK } from '../../../shared/cardGeneration/build/blankWord';
import { htmlClozePart, htmlField } from './ankiHtml';

/** Where a cloze's answer stands in its filled-in sentence, with the hint its blank showed. */
export interface ClozeSpan {
  start: number;
  end: number;
  hint: string | null;
}

/** A cloze card read back: its sentence with every blank filled by the answer, and where the blanks were. */
export interface FilledCloze {
  text: string;
  spans: ClozeSpan[];
}

/**
 * Fills a cloze's blanks with its answer. A blank is "[...]" (or "[…]" as
 * typed), followed by " (hint)" when the card has a hint: that hint is read
 * as the blank's, any other parenthesis stays text. Null when the prompt
 * has no blank (then the card is exported as a question and answer).
 */
export function fillCloze(prompt: string, answer: string, hint: string | null): FilledCloze | null {
  const source = normaliseBlanks(prompt);
  const words = answer.trim();
  if (words === '') return null;
  const hinted = hint ? ` (${hint})` : null;
  const spans: ClozeSpan[] = [];
  let text = '';
  let from = 0;
  for (let at = source.indexOf(BLANK); at !== -1; at = source.indexOf(BLANK, from)) {
    text += source.slice(from, at);
    from = at + BLANK.length;
    const ownHint = hinted !== null && source.startsWith(hinted, from);
    if (ownHint) from += hinted.length;
    spans.push({ start: text.length, end: text.length + words.length, hint: ownHint ? hint : null });
    text += words;
  }
  return spans.length === 0 ? null : { text: text + source.slice(from), spans };
}

/** A span of a cloze note's text that one of its cards hides, as c<ord>. */
export interface ClozeMark extends ClozeSpan {
  ord: number;
}

/** The Text field of a cloze note: the sentence as HTML with each mark as "{{c<ord>::answer::hint}}". */
export function clozeField(text: string, marks: readonly ClozeMark[]): string {
  let html = '';
  let from = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const hint = mark.hint ? `::${htmlClozePart(mark.hint)}` : '';
    html += `${htmlField(text.slice(from, mark.start))}{{c${mark.ord}::${htmlClozePart(text.slice(mark.start, mark.end))}${hint}}}`;
    from = mark.end;
  }
  return html + htmlField(text.slice(from));
}
