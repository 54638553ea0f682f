/**
 * One queue per attachments folder. Adding a scan (is the file there? write it, insert its row), removing
 * one and the sweep each look at files and rows together, so they take turns; decoding and rendering
 * happen outside the queue. One program opens a workspace at a time (beian.lock), so a queue in memory
 * is enough.
 */
const tails = new Map<string, Promise<unknown>>();

export function exclusive<T>(folder: string, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(folder) ?? Promise.resolve();
  const result = previous.then(fn, fn);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  tails.set(folder, tail);
  void tail.then(() => {
    if (tails.get(folder) === tail) tails.delete(folder);
  });
  return result;
}
