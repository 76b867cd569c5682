/**
 * Runs up to `concurrency` tasks at once and yields their results in the order the tasks came, pulling the next
 * task only when a slot frees. Keeps the CCC limiter's queue fed (a request waits for its slot while the previous
 * answer is on its way) while at most `concurrency` answers sit in memory. p-map's pMapIterable does the same, but
 * for ~25 lines we did not add a dependency.
 */
export async function* orderedPool<T>(tasks: AsyncIterable<() => Promise<T>>, concurrency: number): AsyncGenerator<T> {
  const running: Promise<T>[] = [];
  const iterator = tasks[Symbol.asyncIterator]();
  try {
    for (;;) {
      while (running.length < concurrency) {
        const next = await iterator.next();
        if (next.done) break;
        const promise = next.value();
        // Awaited in order below; until then a rejection must not count as unhandled.
        promise.catch(() => {});
        running.push(promise);
      }
      const head = running.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    await iterator.return?.();
  }
}
