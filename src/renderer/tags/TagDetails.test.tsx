// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTagTree, findTag } from '../../shared/tags/tagTree';
import { TagDetails } from './TagDetails';

const usage = (name: string, own: number, total: number) => ({ name, highlights: own, cards: 0, byDocument: {}, withChildren: { highlights: total, cards: 2, byDocument: {} } });
const tree = buildTagTree([{ name: 'war', color: 'c2', description: 'Battles' }, { name: 'war/1812' }], [usage('war', 1, 4), usage('war/1812', 3, 3)]);
const war = findTag(tree, 'war')!;
const props = { node: war, onRename: () => {}, onRenameSubmit: () => {}, onRenameCancel: () => {}, onMerge: () => {}, onDelete: () => {}, onDescribe: async () => true };

afterEach(cleanup);

describe('the selected tag', () => {
  it('says how much it is used, with its children and by itself, and shows its colour and description', () => {
    render(<TagDetails {...props} renaming={null} />);
    expect(screen.getByRole('heading', { name: 'war' })).toBeTruthy();
    expect(screen.getByText('4 highlights and 2 cards with the 1 tag under it; 1 highlight by itself')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Description' }) as HTMLTextAreaElement).value).toBe('Battles');
    expect(screen.getByRole('group', { name: 'Selected tag' })).toBeTruthy();
  });

  it('shows either the field for a new name, with its refusal, or the buttons, never both', () => {
    const { rerender } = render(<TagDetails {...props} renaming={{ problem: '"war" cannot be merged into "war/1812": that tag sits under it.' }} />);
    expect(screen.getByRole('alert').textContent).toContain('sits under it');
    expect(screen.queryByRole('group', { name: 'Selected tag' })).toBeNull();
    rerender(<TagDetails {...props} renaming={null} />);
    expect(screen.queryByRole('textbox', { name: 'New name' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Selected tag' })).toBeTruthy();
  });
});
