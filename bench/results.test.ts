import { describe, expect, it } from 'vitest';
import { evaluateRows } from './results';
import { formatTable } from './table';

describe('absolute targets (targetMs)', () => {
  it('meets a millisecond goal by the median, with or without a baseline', () => {
    const [fast, slow] = evaluateRows([
      { name: 'fast', samples: [10, 12, 40], targetMs: 16 },
      { name: 'slow', samples: [15, 20, 25], targetMs: 16 },
    ]);
    expect([fast!.targetMet, slow!.targetMet]).toEqual([true, false]);
  });

  it('needs both goals when a row has a ratio and a millisecond goal', () => {
    const rows = evaluateRows([
      { name: 'gloss', samples: [10], baseline: 'bare', targetRatio: 0.5, targetMs: 5 },
      { name: 'bare', samples: [40] },
    ]);
    expect(rows[0]!.targetMet).toBe(false);
  });

  it('prints the goal in the target column and does not call a row without a baseline "baseline"', () => {
    const lines = formatTable(evaluateRows([{ name: 'disk', samples: [60], targetMs: 50 }])).split('\n');
    expect(lines[2]).toMatch(/\| — +\| ≤50 ms NOT met \|$/);
  });
});
