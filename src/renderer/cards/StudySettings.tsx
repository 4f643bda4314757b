import { useState } from 'react';
import type { Settings } from '../../shared/contract';

interface StudySettingsProps {
  settings: Settings;
  onChange: (patch: { desiredRetention?: number; newCardsPerDay?: number }) => void;
}

/** The two scheduling settings: FSRS desired retention and the daily limit of new cards. */
export function StudySettings({ settings, onChange }: StudySettingsProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="study-settings" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Study settings</summary>
      <div className="study-settings-fields">
        <label>
          Desired retention
          <select value={settings.desiredRetention} onChange={(e) => onChange({ desiredRetention: Number(e.target.value) })}>
            {[0.8, 0.85, 0.9, 0.93, 0.95, 0.97].map((value) => (
              <option key={value} value={value}>
                {Math.round(value * 100)}%{value === 0.9 ? ' (recommended)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          New cards per day
          <input
            type="number"
            min={0}
            max={9999}
            defaultValue={settings.newCardsPerDay}
            onBlur={(e) => {
              const value = Math.round(Number(e.currentTarget.value));
              if (Number.isFinite(value) && value >= 0 && value <= 9999 && value !== settings.newCardsPerDay) onChange({ newCardsPerDay: value });
            }}
          />
        </label>
        <p className="study-settings-help">Higher retention means more reviews; FSRS schedules each card so you remember it with this chance when it comes due.</p>
      </div>
    </details>
  );
}
