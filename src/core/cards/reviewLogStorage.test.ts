import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { takeSnapshot } from '../backups/takeSnapshot';
import type { Core } from '../openCore';
import { openFreshCore, openTestCore } from '../testing/freshCore';
import { DOCUMENT_FILE_VERSION } from '../documents/documentFile';

let dataDir: string;
let core: Core;
let documentId: string;

beforeEach(async () => {
  ({ core, dataDir, documentId: documentId } = await openFreshCore('reviews'));
});
afterEach(() => core.close());

const documentPath = () => join(dataDir, 'documents', `${documentId}.json`);
const logPath = () => join(dataDir, 'documents', `${documentId}.reviews.jsonl`);
const logLines = async () => (await readFile(logPath(), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { seq: number; kind: string });
const reopen = async () => {
  await core.close();
  core = await openTestCore(dataDir);
};
const makeCard = (prompt = 'Which city hosts the summit?') =>
  core.call('card:create', { documentId, type: 'qa', prompt, answer: 'Minsk' });
const grade = async (cardId: string, rating: 1 | 2 | 3 | 4 = 3) => (await core.call('review:grade', { documentId, cardId, rating })).card;
const cardNow = async (cardId: string) => (await core.call('cards:list', { documentId })).cards.find((c) => c.id === cardId);
const notices = async () => (await core.call('app:status', {})).notices.map((n) => n.message);

describe('the review log: a grade is one appended line', () => {
  it('leaves the document file untouched, and after a restart the card is where the grades put it; undo still works', async () => {
    const card = await makeCard();
    const fileBefore = await readFile(documentPath(), 'utf8');
    await grade(card.id, 3);
    await grade(card.id, 3);
    expect(await readFile(documentPath(), 'utf8')).toBe(fileBefore);
    expect((await logLines()).map((e) => [e.seq, e.kind])).toEqual([[1, 'grade'], [2, 'grade']]);

    await reopen();
    expect(await cardNow(card.id)).toMatchObject({ reps: 2 });
    await core.call('review:undo', { documentId, cardId: card.id });
    expect(await cardNow(card.id)).toMatchObject({ reps: 1 });
    await reopen();
    expect(await cardNow(card.id)).toMatchObject({ reps: 1 });
    // The next write of the document file records how much of the log its schedules hold.
    await makeCard('Who chairs it?');
    expect(JSON.parse(await readFile(documentPath(), 'utf8'))).toMatchObject({ reviewsApplied: 3 });
  });

  it('moves the reviews of a document file from before review logs into the log, where they still count', async () => {
    const card = await makeCard();
    const graded = await grade(card.id, 3);
    await core.close();
    // The same document as an older Gloss kept it: format 3, its reviews inside the file.
    const [entry] = await logLines();
    const { seq: _seq, kind: _kind, ...review } = entry as Record<string, unknown>;
    const current = JSON.parse(await readFile(documentPath(), 'utf8')) as Record<string, unknown>;
    const { reviewsApplied: _applied, ...rest } = current;
    const cards = (current['cards'] as { id: string; schedule: unknown }[]).map((c) => (c.id === card.id ? { ...c, schedule: review['after'] } : c));
    await writeFile(documentPath(), JSON.stringify({ ...rest, cards, schemaVersion: 3, reviews: [review] }));
    await rm(logPath());

    core = await openTestCore(dataDir);
    expect(await cardNow(card.id)).toMatchObject({ reps: graded.reps });
    expect((await logLines()).map((e) => [e.seq, e.kind])).toEqual([[1, 'grade']]);
    expect(JSON.parse(await readFile(documentPath(), 'utf8'))).toMatchObject({ schemaVersion: DOCUMENT_FILE_VERSION, reviewsApplied: 1 });
    await core.call('review:undo', { documentId, cardId: card.id });
    expect(await cardNow(card.id)).toMatchObject({ reps: 0, status: 'new' });
  });

  it('a damaged document file restored from its previous version keeps the grades logged since', async () => {
    const card = await makeCard();
    await makeCard('Who chairs it?');
    await grade(card.id, 3);
    await grade(card.id, 4);
    await core.close();
    // Without the snapshot taken on close (newer, so it would be chosen), the previous version is the newest copy.
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await writeFile(documentPath(), '{"schemaVersion": 4, "id": "trunc');
    core = await openTestCore(dataDir);
    // The previous version is from before the second card; the log still holds both grades of the first.
    expect(await cardNow(card.id)).toMatchObject({ reps: 2 });
    expect(await notices()).toEqual(expect.arrayContaining([expect.stringContaining('its previous version')]));
  });

  it('a lost log comes back from the newest snapshot, and the cards keep their schedules either way', async () => {
    const card = await makeCard();
    await grade(card.id, 3);
    await makeCard('Who chairs it?');
    const mine = await takeSnapshot(dataDir, new Date(), 'activity');
    await grade(card.id, 3);
    await core.close();
    await rm(logPath());
    // Only the snapshot taken between the grades (Gloss takes one on quit too).
    for (const name of await readdir(join(dataDir, 'backups'))) if (name !== mine.id) await rm(join(dataDir, 'backups', name), { recursive: true });

    core = await openTestCore(dataDir);
    // The document file's checkpoint holds the first grade; the second was only in the lost log.
    expect(await cardNow(card.id)).toMatchObject({ reps: 1 });
    expect(await notices()).toEqual(expect.arrayContaining([expect.stringMatching(/review history of ".+" was missing\. Gloss restored its copy in a whole-library snapshot/)]));
    expect((await logLines()).map((e) => e.seq)).toEqual([1]);
    await grade(card.id, 3);
    expect((await logLines()).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('a lost log with no copy anywhere is reported, and grading goes on', async () => {
    const card = await makeCard();
    await grade(card.id, 3);
    await makeCard('Who chairs it?');
    await core.close();
    await rm(logPath());
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    core = await openTestCore(dataDir);
    expect(await cardNow(card.id)).toMatchObject({ reps: 1 });
    expect(await notices()).toEqual(expect.arrayContaining([expect.stringContaining('no earlier copy was found. Every card keeps its schedule')]));
    expect((await grade(card.id, 3)).reps).toBe(2);
    expect((await logLines()).map((e) => e.seq)).toEqual([2]);
  });

  it('skips an unreadable line of the log with a notice, keeping every other review', async () => {
    const card = await makeCard();
    await grade(card.id, 3);
    await grade(card.id, 3);
    await core.close();
    const [first, second] = (await readFile(logPath(), 'utf8')).trim().split('\n');
    await writeFile(logPath(), `${first}\n{"seq": 9, "kind": "grade", "cardId": 42}\n${second}\n`);
    core = await openTestCore(dataDir);
    expect(await cardNow(card.id)).toMatchObject({ reps: 2 });
    expect(await notices()).toEqual(expect.arrayContaining([expect.stringMatching(/^1 line of the review history of ".+" could not be read/)]));
  });
});
