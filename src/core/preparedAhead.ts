/**
 * Takes items off the front of `queue` (which may grow meanwhile) and yields
 * each once `prepare` has finished with it, in queue order, with up to
 * `ahead` of them being prepared at once: the consumer handles one while the
 * next are read. No more items are taken once `stop()` says so; those taken
 * are still yielded. `prepare` must not reject (it says what failed in what
 * it resolves with).
 */
export async function* preparedAhead<T, P>(queue: T[], prepare: (item: T) => Promise<P>, ahead: number, stop: () => boolean): AsyncGenerator<P> {
  const preparing: Promise<P>[] = [];
  const takeMore = (): void => {
    while (preparing.length < Math.max(1, ahead) && queue.length > 0 && !stop()) preparing.push(prepare(queue.shift()!));
  };
  for (;;) {
    takeMore();
    const next = preparing.shift();
    if (!next) return;
    const prepared = await next;
    // Taken again before the consumer works, so the reading goes on meanwhile.
    takeMore();
    yield prepared;
  }
}
