import type { ReactNode } from 'react';

interface ChoiceTogglesProps<T extends string> {
  /** The group's name, as shown and as a screen reader hears it. */
  label: string;
  choices: readonly { value: T; label: string; icon?: ReactNode }[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}

/** A row of toggle buttons for a filter condition where any of several values will do (colours, speakers). */
export function ChoiceToggles<T extends string>({ label, choices, chosen, onChange }: ChoiceTogglesProps<T>) {
  return (
    <fieldset className="filter-choices">
      <legend className="field-label">{label}</legend>
      <div className="filter-choice-list">
        {choices.map((choice) => {
          const on = chosen.includes(choice.value);
          return (
            <button
              key={choice.value}
              type="button"
              className="filter-choice"
              aria-pressed={on}
              onClick={() => onChange(on ? chosen.filter((value) => value !== choice.value) : [...chosen, choice.value])}
            >
              {choice.icon}
              <span>{choice.label}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
