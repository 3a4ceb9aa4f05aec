import { describe, expect, it } from 'vitest';
import { forEachChannel } from '../../../src/deliver/channel-workers.js';

describe('forEachChannel: one worker per channel, in plan order, a bounded number at once', () => {
  const items = [
    { channel: 'A', n: 1 },
    { channel: 'B', n: 2 },
    { channel: 'A', n: 3 },
    { channel: 'C', n: 4 },
    { channel: 'B', n: 5 },
  ];

  it('hands each channel its own items in plan order, each channel once', async () => {
    const seen: [string, number[]][] = [];
    await forEachChannel(items, async (channel, mine) => {
      seen.push([channel, mine.map((i) => i.n)]);
    });
    expect(seen.sort()).toEqual([
      ['A', [1, 3]],
      ['B', [2, 5]],
      ['C', [4]],
    ]);
  });

  it('never runs more channels at once than allowed, and runs them side by side up to that', async () => {
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const done = forEachChannel(
      items,
      async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => release.push(resolve));
        running--;
      },
      2,
    );
    while (release.length > 0 || running > 0) {
      await new Promise((r) => setImmediate(r));
      release.shift()?.();
    }
    await done;
    expect(most).toBe(2);
  });

  it('lets the other channels finish when one fails, then reports the failure', async () => {
    const finished: string[] = [];
    await expect(
      forEachChannel(items, async (channel) => {
        if (channel === 'A') throw new Error('boom');
        finished.push(channel);
      }),
    ).rejects.toThrow('boom');
    expect(finished.sort()).toEqual(['B', 'C']);
  });
});
