import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveReviewsToLog } from './documentReviews';
import { reviewLogPath } from './reviewLog';
import { gradeSchedule, newSchedule } from './scheduling';

const now = new Date('2026-12-03T10:00:00Z');
const before = newSchedule(now);
const review = { cardId: 'card-a', rating: 3, reviewedAt: now.toISOString(), before, after: gradeSchedule(before, 3, now, 0.9) };
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'gloss-move-reviews-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('moving an older document file\'s reviews into its log', () => {
  it('writes the reviews as the log\'s first lines when there is no log', async () => {
    const path = reviewLogPath(dataDir, 'doc-1');
    await mkdir(dirname(path), { recursive: true });
    await moveReviewsToLog(dataDir, 'doc-1', { reviews: [review] });
    const lines = (await readFile(path, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { seq: number; cardId: string });
    expect(lines.map((line) => [line.seq, line.cardId])).toEqual([[1, 'card-a']]);
  });

  it('never replaces a log that exists already: grades may have been appended since an earlier, interrupted upgrade', async () => {
    const path = reviewLogPath(dataDir, 'doc-1');
    await mkdir(dirname(path), { recursive: true });
    const newer = `${JSON.stringify({ seq: 1, kind: 'grade', ...review })}\n${JSON.stringify({ seq: 2, kind: 'grade', ...review, rating: 4 })}\n`;
    await writeFile(path, newer);
    await moveReviewsToLog(dataDir, 'doc-1', { reviews: [review] });
    expect(await readFile(path, 'utf8')).toBe(newer);
  });
});
