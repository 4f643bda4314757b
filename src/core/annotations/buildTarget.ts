import { describeRange } from '../../shared/textAnchoring';
import { GlossError, type AnnotationTarget } from '../../shared/contract';

/** The W3C target of text[start, end) in a given text version, computed from the core's own copy of the text. */
export function buildTarget(text: string, textVersion: number, start: number, end: number): AnnotationTarget {
  if (end > text.length) throw new GlossError('bad_input', `The selection ends at ${end}, past the end of the text (${text.length}).`);
  if (text.slice(start, end).trim() === '') throw new GlossError('bad_input', 'Select some text first: an empty selection cannot be highlighted.');
  const { quote, position } = describeRange(text, start, end);
  return {
    textVersion,
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}
