import { describe, expect, it } from 'vitest';
import { evaluateRows } from './results';
import { formatTable } from './table';

describe('formatTable', () => {
  const rows = [
    { name: 'fast', samples: [10, 20, 30], baseline: 'slow', targetRatio: 0.5 },
    { name: 'slow', samples: [40] },
  ];

  it('prints six columns when no row has a note', () => {
    expect(formatTable(evaluateRows(rows)).split('\n')).toEqual([
      '| Benchmark | median  | min–max      | runs | vs baseline | target     |',
      '|-----------|---------|--------------|------|-------------|------------|',
      '| fast      | 20.0 ms | 10.0–30.0 ms | 3    | 0.50×       | ≤0.50× met |',
      '| slow      | 40.0 ms | 40.0–40.0 ms | 1    | baseline    |            |',
    ]);
  });

  it('adds a note column, left empty for rows without a note, when some row has one', () => {
    const lines = formatTable(evaluateRows([{ ...rows[0]!, note: '99% correct' }, rows[1]!])).split('\n');
    expect(lines[0]).toMatch(/\| target {5}\| note {8}\|$/);
    expect(lines[2]).toMatch(/\| 99% correct \|$/);
    expect(lines[3]).toMatch(/\| {13}\|$/);
  });
});
