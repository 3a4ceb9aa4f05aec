import { describe, expect, it } from 'vitest';
import { describeParked, PARK_FIRST_MS, PARK_MAX_MS, parkRestMs } from '../../../src/deliver/parking.js';
import type { ChannelProblem } from '../../../src/store/index.js';

const MINUTE = 60_000;

describe('the rest of a parked channel', () => {
  it('grows from 10 minutes, doubling, to 24 hours, and stays there', () => {
    const rests = Array.from({ length: 12 }, (_, i) => parkRestMs(i + 1) / MINUTE);
    expect(rests).toEqual([10, 20, 40, 80, 160, 320, 640, 1280, 1440, 1440, 1440, 1440]);
    expect(PARK_FIRST_MS).toBe(10 * MINUTE);
    expect(PARK_MAX_MS).toBe(24 * 60 * MINUTE);
  });

  it('counts a wake (no dead answer yet) as the first step, and never overflows', () => {
    expect(parkRestMs(0)).toBe(10 * MINUTE);
    expect(parkRestMs(-3)).toBe(10 * MINUTE);
    expect(parkRestMs(10_000)).toBe(PARK_MAX_MS);
    expect(parkRestMs(Number.MAX_SAFE_INTEGER)).toBe(PARK_MAX_MS);
  });

  it('takes a schedule of its own (tests, operators): short steps, the same shape', () => {
    const schedule = { firstMs: 1000, maxMs: 5000 };
    expect([1, 2, 3, 4, 5].map((n) => parkRestMs(n, schedule))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('adds up: a channel dead for three days is tried 10 times (t = 0 included), not every cycle', () => {
    const tries: number[] = [0];
    for (let n = 1, t = 0; ; n++) {
      t += parkRestMs(n) / MINUTE;
      if (t > 3 * 24 * 60) break;
      tries.push(t);
    }
    expect(tries).toEqual([0, 10, 30, 70, 150, 310, 630, 1270, 2550, 3990]);
  });
});

describe('parked channels as /readout feeds and the App Home show them', () => {
  const now = new Date('2026-12-01T09:30:00Z');
  const problem = (p: Partial<ChannelProblem>): ChannelProblem => ({
    channel: 'C0DEAD',
    error: 'channel_not_found',
    since: '2026-12-01T09:00:00.000Z',
    nextTryAt: '2026-12-01T10:10:00.000Z',
    tries: 3,
    ...p,
  });

  it('says which channel, why, since when, and when it is tried next', () => {
    expect(describeParked([problem({})], now)).toEqual([
      '• <#C0DEAD>: not found: deleted, or private and Readout not invited (`channel_not_found`) · parked since 2026-12-01 09:00 UTC · next try 2026-12-01 10:10 UTC, after 3 refusals in a row',
    ]);
    const [archived] = describeParked([problem({ error: 'is_archived', tries: 1 })], now);
    expect(archived).toMatch(/<#C0DEAD>: archived \(`is_archived`\).*after 1 refusal in a row$/);
    const [notIn] = describeParked([problem({ error: 'not_in_channel' })], now);
    expect(notIn).toContain('Readout is not a member and could not join');
  });

  it('says "at the next delivery" once due or woken, and leaves out what is not parked', () => {
    const lines = describeParked(
      [
        problem({ channel: 'C0WOKEN', nextTryAt: '2026-12-01T09:29:00.000Z', tries: 0 }),
        problem({ channel: 'slack-token', error: 'invalid_auth', nextTryAt: null, tries: 0 }),
      ],
      now,
    );
    expect(lines).toEqual([
      '• <#C0WOKEN>: not found: deleted, or private and Readout not invited (`channel_not_found`) · parked since 2026-12-01 09:00 UTC · next try at the next delivery',
    ]);
  });

  it('escapes what is not a channel id or a known reason', () => {
    const [line] = describeParked([problem({ channel: '<!channel>', error: 'odd_<error>&' })], now);
    expect(line).toContain('&lt;!channel&gt;: odd_&lt;error&gt;&amp;');
    expect(line).not.toContain('<!channel>');
  });
});
