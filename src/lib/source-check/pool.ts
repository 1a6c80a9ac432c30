// Runs async work a few at a time: the source checker must not hammer the sites it visits.

/** Calls `work` on every item with at most `limit` calls under way; results keep the items' order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** One call at a time per key (a site's host name): a site hears from the checker once at a time. */
export function onePerKey() {
  const tails = new Map<string, Promise<unknown>>();
  return <R>(key: string, work: () => Promise<R>): Promise<R> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(work, work);
    tails.set(key, run.catch(() => {}));
    return run;
  };
}
