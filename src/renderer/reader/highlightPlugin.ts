import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { CategoryId } from '../../shared/contract';
import { highlightIdClass } from './filterDimming';

/** A highlight as the editor draws it: ProseMirror positions and a colour. */
export interface HighlightRange {
  id: string;
  from: number;
  to: number;
  color: CategoryId;
}

export type HighlightAction =
  | { type: 'add'; highlight: HighlightRange }
  | { type: 'remove'; id: string }
  | { type: 'recolor'; id: string; color: CategoryId }
  | { type: 'select'; id: string | null }
  | { type: 'flash'; id: string | null };

interface HighlightState {
  decorations: DecorationSet;
  selected: string | null;
  /** The highlight briefly emphasised after the panel or J/K jumped to it. */
  flashing: string | null;
}

export const highlightKey = new PluginKey<HighlightState>('highlights');

/**
 * One wrapping <mark> per highlight, so overlapping highlights nest, each
 * keeping its own colour and its own id for clicks (and as a class, which the
 * panel's filter dims by a stylesheet: see filterDimming). Edges are
 * exclusive, so typing next to a highlight (edit mode) does not grow it.
 */
function decorate(highlight: HighlightRange, selected = false, flashing = false): Decoration {
  return Decoration.inline(
    highlight.from,
    highlight.to,
    {
      nodeName: 'mark',
      class: `hl hl-${highlight.color} ${highlightIdClass(highlight.id)}${selected ? ' hl-selected' : ''}${flashing ? ' hl-flash' : ''}`,
      'data-annotation-id': highlight.id,
    },
    { id: highlight.id, color: highlight.color, inclusiveStart: false, inclusiveEnd: false },
  );
}

/**
 * A highlight's decorations. With `near` (its whole range, when known) only
 * that stretch of the set is searched, not all of a book's thousands; the
 * whole set is still searched if nothing is found there.
 */
export function findHighlightDecorations(set: DecorationSet, id: string, near?: { from: number; to: number }): Decoration[] {
  const byId = (spec: { id?: string }): boolean => spec.id === id;
  const found = near ? set.find(near.from, near.to, byId) : [];
  return found.length > 0 ? found : set.find(undefined, undefined, byId);
}

function apply(tr: Transaction, state: HighlightState, editorState: EditorState): HighlightState {
  let { decorations, selected, flashing } = state;
  if (tr.docChanged) decorations = decorations.map(tr.mapping, tr.doc);
  const meta = tr.getMeta(highlightKey) as HighlightAction | readonly HighlightAction[] | undefined;
  if (!meta) return decorations === state.decorations ? state : { decorations, selected, flashing };
  // Ranges of highlights added by this transaction: selecting one just added need not search the whole set for it.
  const added = new Map<string, { from: number; to: number }>();
  const restyle = (id: string, color: CategoryId | null): void => {
    const found = findHighlightDecorations(decorations, id, added.get(id));
    // DecorationSet.remove nulls out the entries of the array it is given: pass a copy.
    decorations = decorations.remove([...found]);
    const restyled = found.map((d) => decorate({ id, from: d.from, to: d.to, color: color ?? (d.spec as { color: CategoryId }).color }, selected === id, flashing === id));
    decorations = decorations.add(editorState.doc, restyled);
  };
  for (const action of Array.isArray(meta) ? meta : [meta as HighlightAction]) {
    switch (action.type) {
      case 'add':
        decorations = decorations.add(tr.doc, [decorate(action.highlight)]);
        added.set(action.highlight.id, action.highlight);
        break;
      case 'remove':
        decorations = decorations.remove(findHighlightDecorations(decorations, action.id, added.get(action.id)));
        if (selected === action.id) selected = null;
        break;
      case 'recolor':
        restyle(action.id, action.color);
        break;
      case 'select':
      case 'flash': {
        // Moving the selection (or the flash) restyles the highlight it leaves and the one it reaches.
        const previous = action.type === 'select' ? selected : flashing;
        if (action.type === 'select') selected = action.id;
        else flashing = action.id;
        for (const id of new Set([previous, action.id])) if (id) restyle(id, null);
        break;
      }
    }
  }
  return { decorations, selected, flashing };
}

/**
 * The decorations a document opens with, built once and shared: TipTap draws
 * the document before its plugins exist, so the editor's own `decorations`
 * prop hands this same set to that first draw and the plugin takes it over,
 * and nothing is drawn twice.
 */
export class InitialHighlights {
  private set: DecorationSet | null = null;

  constructor(private readonly ranges: readonly HighlightRange[]) {}

  of(doc: EditorState['doc']): DecorationSet {
    this.set ??= DecorationSet.create(doc, this.ranges.map((h) => decorate(h)));
    return this.set;
  }

  /** The `decorations` editor prop: the plugin's set once it exists, the initial one before. */
  readonly decorations = (state: EditorState): DecorationSet => highlightKey.getState(state)?.decorations ?? this.of(state.doc);
}

/** The ProseMirror plugin of the highlighting layer, starting from the given highlights. */
export function highlightPlugin(initial: InitialHighlights): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: {
      init: (_config, state) => ({ decorations: initial.of(state.doc), selected: null, flashing: null }),
      apply: (tr, value, _old, newState) => apply(tr, value, newState),
    },
  });
}

/** The highlighting layer: decorations built once from the annotations, then changed one at a time. */
export const Highlights = Extension.create<{ initial: InitialHighlights }>({
  name: 'highlights',
  addOptions: () => ({ initial: new InitialHighlights([]) }),
  addProseMirrorPlugins() {
    return [highlightPlugin(this.options.initial)];
  },
});
