import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, type DocumentSummary, type ImportResult, type MethodParams } from '../../shared/contract';
import { ImportQueue } from './importQueue';
import type { ImportSource } from './importEntry';
import { testSummary } from '../testing/documentSummary';

const summary = (id: string, title = `Title ${id}`): DocumentSummary => testSummary(id, { title, source: `${id}.txt` });

/** A promise with its resolve and reject in hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** A queue over a fake core whose every import waits until the test answers it. */
function setup(concurrency?: number) {
  const calls: MethodParams<'document:import'>[] = [];
  const answers = new Map<string, ReturnType<typeof deferred<ImportResult>>>();
  const cancels: string[] = [];
  const added: { id: string; alone: boolean }[] = [];
  let next = 0;
  const queue = new ImportQueue({
    importFile: (params) => {
      calls.push(params);
      const answer = deferred<ImportResult>();
      answers.set(params.taskId, answer);
      return answer.promise;
    },
    cancelTask: async (taskId) => {
      cancels.push(taskId);
      answers.get(taskId)?.reject(new Error('Importing was cancelled; nothing was added.'));
    },
    onChange: () => undefined,
    onAdded: (document, alone) => added.push({ id: document.id, alone }),
    newId: () => `t${++next}`,
    ...(concurrency ? { concurrency } : {}),
  });
  const statuses = () => queue.list.map((entry) => `${entry.fileName}:${entry.status}`);
  return { queue, calls, answers, cancels, added, statuses };
}

const file = (name: string, size = 10): ImportSource => ({ fileName: name, size, read: async () => btoa(name) });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the import queue', () => {
  it('imports at most two files at once, starting the next as one finishes', async () => {
    const { queue, calls, answers, statuses } = setup();
    queue.add([file('a.txt'), file('b.txt'), file('c.txt')]);
    await settle();
    expect(calls.map((c) => c.fileName)).toEqual(['a.txt', 'b.txt']);
    expect(statuses()).toEqual(['a.txt:importing', 'b.txt:importing', 'c.txt:waiting']);
    answers.get('t1')!.resolve({ status: 'added', document: summary('a') });
    await settle();
    expect(calls.map((c) => c.fileName)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(statuses()).toEqual(['a.txt:added', 'b.txt:importing', 'c.txt:importing']);
  });

  it('sends each file under its own task id, its progress shown by that id only', async () => {
    const { queue, calls } = setup();
    queue.add([file('a.txt'), file('b.txt')]);
    await settle();
    expect(calls[0]).toMatchObject({ taskId: 't1', fileName: 'a.txt', data: btoa('a.txt'), ifDuplicate: 'ask' });
    queue.progress('t2', 3, 4);
    queue.progress('other', 1, 2);
    expect(queue.list.map((entry) => entry.progress)).toEqual([null, 0.75]);
  });

  it('refuses a file over the limit at once, without reading or sending it, naming the limit', async () => {
    const { queue, calls } = setup();
    let read = false;
    queue.add([{ fileName: 'huge.txt', size: MAX_IMPORT_BYTES + 5 * 1024 * 1024, read: async () => ((read = true), '') }]);
    await settle();
    expect(read).toBe(false);
    expect(calls).toEqual([]);
    expect(queue.list[0]).toMatchObject({ status: 'failed', error: 'huge.txt is 105 MB; Gloss imports files up to 100 MB.' });
  });

  it('cancels a waiting file before it starts, and one under way through its task', async () => {
    const { queue, calls, cancels, statuses } = setup(1);
    queue.add([file('a.txt'), file('b.txt'), file('c.txt')]);
    await settle();
    queue.cancel('t2');
    expect(statuses()).toEqual(['a.txt:importing', 'b.txt:cancelled', 'c.txt:waiting']);
    queue.cancel('t1');
    await settle();
    expect(cancels).toEqual(['t1']);
    expect(statuses()).toEqual(['a.txt:cancelled', 'b.txt:cancelled', 'c.txt:importing']);
    expect(calls.map((c) => c.fileName)).toEqual(['a.txt', 'c.txt']);
  });

  it('does not send a file cancelled while it was being read', async () => {
    const { queue, calls, statuses } = setup();
    const reading = deferred<string>();
    queue.add([{ fileName: 'slow.txt', size: 10, read: () => reading.promise }]);
    await settle();
    expect(statuses()).toEqual(['slow.txt:reading']);
    queue.cancel('t1');
    reading.resolve('AAAA');
    await settle();
    expect(calls).toEqual([]);
    expect(statuses()).toEqual(['slow.txt:cancelled']);
  });

  it('says why a file was refused, and goes on with the next', async () => {
    const { queue, answers, statuses } = setup(1);
    queue.add([file('photo.txt'), file('b.txt')]);
    await settle();
    answers.get('t1')!.reject(new Error('photo.txt looks like a PNG image, not text.'));
    await settle();
    expect(queue.list[0]?.error).toBe('photo.txt looks like a PNG image, not text.');
    expect(statuses()).toEqual(['photo.txt:failed', 'b.txt:importing']);
  });

  it('asks about a duplicate: Add again imports it anew with ifDuplicate "add", Skip adds nothing', async () => {
    const { queue, calls, answers, added, statuses } = setup();
    queue.add([file('a.txt'), file('b.txt')]);
    await settle();
    answers.get('t1')!.resolve({ status: 'duplicate', existing: summary('old', 'Old notes') });
    answers.get('t2')!.resolve({ status: 'duplicate', existing: summary('old2') });
    await settle();
    expect(statuses()).toEqual(['a.txt:duplicate', 'b.txt:duplicate']);
    expect(queue.list[0]?.existing?.title).toBe('Old notes');
    queue.addAgain('t1');
    queue.skip('t2');
    await settle();
    expect(calls.at(-1)).toMatchObject({ taskId: 't1', ifDuplicate: 'add' });
    answers.get('t1')!.resolve({ status: 'added', document: summary('new') });
    await settle();
    expect(statuses()).toEqual(['a.txt:added', 'b.txt:skipped']);
    expect(added).toEqual([{ id: 'new', alone: false }]);
  });

  it('tells whether an added document was alone in its batch (to open it), and clears what is settled', async () => {
    const { queue, answers, added } = setup();
    queue.add([file('one.txt')]);
    await settle();
    answers.get('t1')!.resolve({ status: 'added', document: summary('one') });
    await settle();
    expect(added).toEqual([{ id: 'one', alone: true }]);
    queue.add([file('two.txt')]);
    await settle();
    queue.clearSettled();
    expect(queue.list.map((entry) => entry.fileName)).toEqual(['two.txt']);
  });
});
