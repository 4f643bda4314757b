import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { InlineMark } from '../../../shared/text/blocks';

type MarkKind = InlineMark['kind'];

/** The reader's mark for each kind of inline mark in the structure (the names are the same). */
const MARK_KINDS: readonly MarkKind[] = ['emphasis', 'strong', 'code', 'link'];

function markJson(mark: InlineMark): { type: string; attrs?: Record<string, unknown> } {
  return mark.kind === 'link' ? { type: 'link', attrs: { href: mark.href ?? null } } : { type: mark.kind };
}

/**
 * A paragraph's text as text nodes carrying its marks. Marks are clipped to
 * the text; of two marks of one kind over the same characters the first
 * wins (a node holds one of each). No marks: one text node, as before.
 */
export function inlineContent(text: string, marks: readonly InlineMark[] | undefined): JSONContent[] {
  if (text === '') return [];
  if (!marks || marks.length === 0) return [{ type: 'text', text }];
  const usable = marks.map((m) => ({ ...m, from: Math.max(m.from, 0), to: Math.min(m.to, text.length) })).filter((m) => m.from < m.to);
  if (usable.length === 0) return [{ type: 'text', text }];
  const cuts = [...new Set([0, text.length, ...usable.flatMap((m) => [m.from, m.to])])].sort((a, b) => a - b);
  const nodes: JSONContent[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const active = new Map<MarkKind, InlineMark>();
    for (const mark of usable) if (mark.from <= from && mark.to >= to && !active.has(mark.kind)) active.set(mark.kind, mark);
    nodes.push({ type: 'text', text: text.slice(from, to), ...(active.size > 0 ? { marks: [...active.values()].map(markJson) } : {}) });
  }
  return nodes;
}

/**
 * The marks of a text block's content, as spans of its text: [from, to)
 * relative to the block's start, adjacent runs of one mark joined. The
 * inverse of inlineContent.
 */
export function marksOfNode(node: ProseMirrorNode): InlineMark[] {
  const open = new Map<string, InlineMark>();
  const done: InlineMark[] = [];
  node.forEach((child, offset) => {
    const end = offset + child.nodeSize;
    const here = new Set<string>();
    for (const mark of child.marks) {
      const kind = mark.type.name as MarkKind;
      if (!MARK_KINDS.includes(kind)) continue;
      const href = kind === 'link' ? ((mark.attrs['href'] as string | null) ?? undefined) : undefined;
      const key = `${kind} ${href ?? ''}`;
      here.add(key);
      const running = open.get(key);
      if (running && running.to === offset) running.to = end;
      else open.set(key, { kind, from: offset, to: end, ...(href !== undefined ? { href } : {}) });
    }
    for (const [key, mark] of open) {
      if (!here.has(key)) {
        done.push(mark);
        open.delete(key);
      }
    }
  });
  done.push(...open.values());
  return done.sort((a, b) => a.from - b.from || a.to - b.to);
}
