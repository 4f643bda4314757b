import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { buildReaderContent } from './buildReaderContent';
import { readerExtensions } from './readerSchema';
import { stageDirectionPlugin, stageDirectionRanges, stageDirectionsOf } from './stageDirectionPlugin';
import { textMapFromLayout } from './textMap';

const schema = getSchema(readerExtensions);

/** A reader's state for a text, with its stage directions found as the reader finds them. */
function stateOf(text: string): EditorState {
  const layout = buildReaderContent(text);
  const ranges = stageDirectionRanges(text, textMapFromLayout(layout.paragraphs, layout.sectionStarts));
  return EditorState.create({ doc: schema.nodeFromJSON(layout.content), plugins: [stageDirectionPlugin(ranges)] });
}

const drawn = (state: EditorState) => stageDirectionsOf(state).find().map((decoration) => state.doc.textBetween(decoration.from, decoration.to));

describe('stage directions in the reader', () => {
  it('marks each direction, in any paragraph, over exactly its characters', () => {
    expect(drawn(stateOf('Great to be home.  (Laughs.)  Hi.\n\nThe CSTO (Collective Security) met. [CROSSTALK]'))).toEqual(['(Laughs.)', '[CROSSTALK]']);
  });

  it('moves the marks along with an edit before them', () => {
    let state = stateOf('Yes. (Applause.)');
    state = state.apply(state.tr.insertText('Oh. ', 2));
    expect(drawn(state)).toEqual(['(Applause.)']);
  });
});
