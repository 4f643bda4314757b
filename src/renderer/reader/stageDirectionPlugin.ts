import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findStageDirections } from '../../shared/text/stageDirections';
import { textToPos, type TextMap } from './textMap';

/**
 * Shows a transcript's stage directions ("(Applause.)", "[CROSSTALK]")
 * dimmed, so the eye passes over them to the words that were said. Found
 * in the plain text when the document opens (one pass, cheap even for a
 * book); an edit only moves them along (a direction typed while editing is
 * dimmed from the next opening).
 */

/** A stage direction in editor positions. */
export interface DirectionRange {
  from: number;
  to: number;
}

const stageDirectionsKey = new PluginKey<DecorationSet>('stageDirections');

/** The stage directions of a text, in the editor positions of its reader. */
export function stageDirectionRanges(text: string, map: TextMap): DirectionRange[] {
  return findStageDirections(text).map(({ start, end }) => ({ from: textToPos(map, start, 'start'), to: textToPos(map, end, 'end') }));
}

/** One decoration per direction: a span of its own, never a mark in the text. */
export function stageDirectionDecorations(doc: ProseMirrorNode, ranges: readonly DirectionRange[]): DecorationSet {
  return DecorationSet.create(
    doc,
    ranges.filter(({ from, to }) => to > from).map(({ from, to }) => Decoration.inline(from, to, { class: 'stage-direction' })),
  );
}

export function stageDirectionPlugin(ranges: readonly DirectionRange[]): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: stageDirectionsKey,
    state: {
      init: (_config, state) => stageDirectionDecorations(state.doc, ranges),
      apply: (tr, set) => (tr.docChanged ? set.map(tr.mapping, tr.doc) : set),
    },
    props: {
      decorations: stageDirectionsOf,
    },
  });
}

/** The stage directions drawn in an editor state (none where the plugin is missing). */
export function stageDirectionsOf(state: EditorState): DecorationSet {
  return stageDirectionsKey.getState(state) ?? DecorationSet.empty;
}

export const StageDirections = Extension.create<{ ranges: readonly DirectionRange[] }>({
  name: 'stageDirections',
  addOptions() {
    return { ranges: [] };
  },
  addProseMirrorPlugins() {
    return [stageDirectionPlugin(this.options.ranges)];
  },
});
