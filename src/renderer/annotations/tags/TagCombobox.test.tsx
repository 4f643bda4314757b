// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TagCombobox } from './TagCombobox';

afterEach(cleanup);

/** A tag field over a small codebook, recording what it asks for. */
function setup({ tags = [] as string[], problem = null as string | null, addable = true } = {}) {
  const calls: string[] = [];
  let escapes = 0;
  render(
    <TagCombobox
      id="t"
      label="Tags"
      chipsLabel="Tags of this highlight"
      placeholder="Add a tag…"
      tags={tags}
      codebook={['exercise', 'exercise/kyrgyzstan', 'place/Minsk', 'summit']}
      problem={problem}
      hint="Enter adds."
      onAddTyped={(typed) => (calls.push(`add ${typed}`), addable ? [typed.trim()] : [])}
      onPick={(tag) => calls.push(`pick ${tag}`)}
      onRemove={(tag) => calls.push(`remove ${tag}`)}
      onRemoveLast={() => (calls.push('removeLast'), tags.at(-1) ?? null)}
      onEscape={() => (escapes++, true)}
    />,
  );
  const field = screen.getByRole('combobox', { name: 'Tags' }) as HTMLInputElement;
  const type = (text: string) => fireEvent.change(field, { target: { value: text } });
  const press = (key: string) => fireEvent.keyDown(field, { key });
  return { calls, field, type, press, escapes: () => escapes };
}

describe('the tag combobox', () => {
  it('suggests codebook tags as you type; ↓ makes one active, told through aria-activedescendant, and Enter takes it', () => {
    const { calls, field, type, press } = setup();
    type('kyr');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['exercise/kyrgyzstan']);
    expect(field.getAttribute('aria-activedescendant')).toBeNull();
    press('ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).toBe('t-option-0');
    expect(screen.getByRole('option', { selected: true }).textContent).toBe('exercise/kyrgyzstan');
    press('Enter');
    expect(calls).toEqual(['pick exercise/kyrgyzstan']);
    expect(field.value).toBe('');
    expect(screen.getByText('Added tag exercise/kyrgyzstan')).toBeTruthy();
  });

  it('Enter adds what is typed and empties the field; a refused text stays to be fixed', () => {
    const accepted = setup();
    accepted.type('new tag');
    accepted.press('Enter');
    expect(accepted.calls).toEqual(['add new tag']);
    expect(accepted.field.value).toBe('');
    cleanup();
    const refused = setup({ addable: false });
    refused.type('x'.repeat(120));
    refused.press('Enter');
    expect(refused.field.value).toHaveLength(120);
  });

  it('Backspace in the empty field takes the last tag off; each chip has its own remove button', () => {
    const { calls, press } = setup({ tags: ['summit', 'place/Minsk'] });
    press('Backspace');
    expect(calls).toEqual(['removeLast']);
    expect(screen.getByText('Removed tag place/Minsk')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag summit' }));
    expect(calls).toEqual(['removeLast', 'remove summit']);
  });

  it('Esc closes the suggestions first, then leaves', () => {
    const { type, press, field, escapes } = setup();
    type('ex');
    press('Escape');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(escapes()).toBe(0);
    press('Escape');
    expect(escapes()).toBe(1);
  });

  it('points the field at the reason a tag was refused, said as an alert', () => {
    const { field } = setup({ problem: 'A tag is at most 100 characters (this one has 120).' });
    expect(screen.getByRole('alert').textContent).toBe('A tag is at most 100 characters (this one has 120).');
    expect(field.getAttribute('aria-describedby')).toBe('t-problem t-hint');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
