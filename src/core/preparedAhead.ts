/**
 * Takes items off the front of `queue` (which may grow meanwhile) and yields
 * each once `prepare` has finished with it, in queue order. Items are
 * prepared one after another, up to `ahead` of them before the consumer has
 * taken them: the consumer handles one while the next are read, and one at
 * a time the reads never pile their work onto the event loop at once. No
 * more items are taken once `stop()` says so; those taken are still
 * yielded. `prepare` must not reject (it says what failed in what it
 * resolves with).
 */
export async function* preparedAhead<T, P>(queue: T[], prepare: (item: T) => Promise<P>, ahead: number, stop: () => boolean): AsyncGenerator<P> {
  const ready: Promise<P>[] = [];
  let last: Promise<unknown> = Promise.resolve();
  const takeMore = (): void => {
    while (ready.length < Math.max(1, ahead) && queue.length > 0 && !stop()) {
      const item = queue.shift()!;
      const prepared = last.then(() => prepare(item));
      last = prepared;
      ready.push(prepared);
    }
  };
  for (;;) {
    takeMore();
    const next = ready.shift();
    if (!next) return;
    const prepared = await next;
    // Taken again before the consumer works, so the reading goes on meanwhile.
    takeMore();
    yield prepared;
  }
}
