// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTagTree, type TagNode } from '../../shared/tags/tagTree';
import { TagTree } from './TagTree';

const usage = (name: string, highlights: number) => ({ name, highlights, cards: 0, byDocument: {}, withChildren: { highlights, cards: 1, byDocument: {} } });
const tree = buildTagTree(['war/1812', 'place/belarus', 'peace'].map((name) => ({ name })), [usage('war', 3)]);

/** A tree whose choice is kept, as the codebook keeps it; records what was chosen. */
function Picker({ follow = false, chosen }: { follow?: boolean; chosen: string[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const choose = (node: TagNode) => {
    chosen.push(node.name);
    setSelected(node.key);
  };
  return <TagTree tree={tree} label="Tags" selected={selected} onSelect={choose} selectionFollowsFocus={follow} isDisabled={(node) => node.key === 'peace'} />;
}

const item = (name: string) => screen.getByRole('treeitem', { name });
const press = (key: string) => act(() => void fireEvent.keyDown(document.activeElement!, { key }));

afterEach(cleanup);

describe('the tag tree', () => {
  it('is a tree of items named by their label, with levels, places, expanded states and counts as descriptions', () => {
    render(<Picker chosen={[]} />);
    expect(screen.getByRole('tree', { name: 'Tags' })).toBeTruthy();
    expect(screen.getAllByRole('treeitem')).toHaveLength(3);
    expect(item('war').getAttribute('aria-expanded')).toBe('false');
    expect(item('peace').getAttribute('aria-expanded')).toBeNull();
    expect(item('war').getAttribute('aria-level')).toBe('1');
    // A flat list of rows: each says its place among its siblings.
    expect([item('war').getAttribute('aria-posinset'), item('war').getAttribute('aria-setsize')]).toEqual(['3', '3']);
    expect(document.getElementById(item('war').getAttribute('aria-describedby')!)?.textContent).toBe('3 highlights and 1 card, with the tags under it');
    // One tab stop: the first tag.
    expect(screen.getAllByRole('treeitem').filter((node) => node.tabIndex === 0).map((node) => node.id)).toEqual([item('peace').id]);
  });

  it('moves with the arrows, expands and collapses, and chooses with Enter', () => {
    const chosen: string[] = [];
    render(<Picker chosen={chosen} />);
    act(() => item('peace').focus());
    press('ArrowDown');
    expect(document.activeElement).toBe(item('place'));
    press('ArrowRight');
    expect(item('place').getAttribute('aria-expanded')).toBe('true');
    press('ArrowRight');
    expect(document.activeElement).toBe(item('belarus'));
    expect(item('belarus').getAttribute('aria-level')).toBe('2');
    press('Enter');
    expect(chosen).toEqual(['place/belarus']);
    expect(item('belarus').getAttribute('aria-selected')).toBe('true');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(item('place').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: 'belarus' })).toBeNull();
    press('End');
    expect(document.activeElement).toBe(item('war'));
    press('p');
    expect(document.activeElement).toBe(item('peace'));
  });

  it('never chooses a disabled tag, and chooses on every move when the choice follows the keyboard', () => {
    const chosen: string[] = [];
    render(<Picker follow chosen={chosen} />);
    act(() => item('peace').focus());
    press('Enter');
    press('ArrowDown');
    press('ArrowDown');
    expect(chosen).toEqual(['place', 'war']);
  });
});
