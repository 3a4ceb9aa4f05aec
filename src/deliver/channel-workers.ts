/** How many channels are posted to at once: each has its own worker, in plan order. */
export const CHANNEL_WORKERS = 8;

/**
 * Groups work by channel, keeping its order within a channel, and runs one worker per channel,
 * at most `concurrency` channels at a time. A worker's failure is its own to handle: `work` must
 * not reject (a rejection stops that channel only, and is rethrown once all are done). The seam
 * where a per-channel claim (several instances) can slot in: a channel is taken whole.
 */
export async function forEachChannel<T extends { channel: string }>(
  items: readonly T[],
  work: (channel: string, items: T[]) => Promise<void>,
  concurrency: number = CHANNEL_WORKERS,
): Promise<void> {
  const byChannel = new Map<string, T[]>();
  for (const item of items) {
    const list = byChannel.get(item.channel);
    if (list) list.push(item);
    else byChannel.set(item.channel, [item]);
  }
  const queue = [...byChannel];
  const failures: unknown[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await work(next[0], next[1]).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
  if (failures.length > 0) throw failures[0];
}
