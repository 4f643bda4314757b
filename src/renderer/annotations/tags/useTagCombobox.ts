import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { tagFieldCommand } from './tagFieldKeys';
import { suggestTags } from './tagSuggestions';

/** What a tag combobox works on: the tags and the codebook, and the changes it asks its owner for. */
export interface TagComboboxChanges {
  tags: readonly string[];
  codebook: readonly string[];
  /** Enter or a comma on typed text: the tags it added (the field empties), or none (the text stays, to be fixed). */
  onAddTyped: (typed: string) => readonly string[];
  /** A suggestion chosen (Enter on the active one, or a click). */
  onPick: (tag: string) => void;
  onRemove: (tag: string) => void;
  /** Backspace in the empty field: takes the last tag off, returning it (null when there was none). */
  onRemoveLast: () => string | null;
  /** Esc with no suggestions open: true once handled; false leaves the key to what is around the field. */
  onEscape: () => boolean;
}

/**
 * A tag combobox's state: the typed text, the suggestions open and the
 * active one, and the announcement of the last change; with what its keys,
 * a pick and a chip's remove button do to it.
 */
export function useTagCombobox(id: string, props: TagComboboxChanges) {
  const { tags, codebook } = props;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const suggestions = open ? suggestTags(codebook, text, tags) : [];
  const activeOption = active !== null && active < suggestions.length ? active : null;
  const optionId = (index: number): string => `${id}-option-${index}`;

  useEffect(() => {
    if (activeOption !== null) document.getElementById(optionId(activeOption))?.scrollIntoView({ block: 'nearest' });
  });

  const close = (): void => {
    setOpen(false);
    setActive(null);
  };
  const pick = (tag: string): void => {
    props.onPick(tag);
    setText('');
    close();
    setAnnouncement(`Added tag ${tag}`);
  };
  const remove = (tag: string): void => {
    props.onRemove(tag);
    setAnnouncement(`Removed tag ${tag}`);
    inputRef.current?.focus();
  };
  const type = (typed: string): void => {
    setText(typed);
    setOpen(true);
    setActive(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    const command = tagFieldCommand(event.key, { text, suggestions: suggestions.length, active: activeOption, tags: tags.length });
    if (!command || (command.type === 'leave' && !props.onEscape())) return;
    event.preventDefault();
    // The field's keys are its own: Esc must not also close a drawer or clear a filter around it.
    event.stopPropagation();
    switch (command.type) {
      case 'pick':
        pick(suggestions[command.index]!);
        break;
      case 'add': {
        const added = text.trim() === '' ? [] : props.onAddTyped(text);
        if (added.length === 0) break;
        setAnnouncement(`Added ${added.length === 1 ? 'tag' : 'tags'} ${added.join(', ')}`);
        setText('');
        close();
        break;
      }
      case 'removeLast': {
        const removed = props.onRemoveLast();
        if (removed) setAnnouncement(`Removed tag ${removed}`);
        break;
      }
      case 'move':
        setActive(command.active);
        break;
      case 'open':
        setOpen(true);
        setActive(0);
        break;
      case 'close':
        close();
        break;
    }
  };

  return { inputRef, text, suggestions, activeOption, optionId, announcement, close, pick, remove, type, onKeyDown };
}
