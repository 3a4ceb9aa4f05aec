import { describe, expect, it } from 'vitest';
import { duePeriod, nextDigestAt, periodStart } from '../../../src/deliver/digest-schedule.js';

const at = (iso: string) => new Date(iso);

describe('periodStart', () => {
  it.each([
    // Daily: the latest 08:00 in the zone at or before now.
    ['daily', '2026-11-27T08:00:00Z', 'UTC', '2026-11-27T08:00:00.000Z'],
    ['daily', '2026-11-27T07:59:59Z', 'UTC', '2026-11-26T08:00:00.000Z'],
    ['daily', '2026-11-27T23:30:00Z', 'UTC', '2026-11-27T08:00:00.000Z'],
    // 08:00 in Tokyo is 23:00 UTC the day before.
    ['daily', '2026-11-27T22:59:00Z', 'Asia/Tokyo', '2026-11-26T23:00:00.000Z'],
    ['daily', '2026-11-27T23:00:00Z', 'Asia/Tokyo', '2026-11-27T23:00:00.000Z'],
    // New York across the end of summer time (1 Nov 2026): 08:00 EDT, then 08:00 EST.
    ['daily', '2026-10-31T20:00:00Z', 'America/New_York', '2026-10-31T12:00:00.000Z'],
    ['daily', '2026-11-01T20:00:00Z', 'America/New_York', '2026-11-01T13:00:00.000Z'],
    // Weekly: Monday 08:00. 27 Nov 2026 is a Friday; the Monday before is 23 Nov.
    ['weekly', '2026-11-27T12:00:00Z', 'UTC', '2026-11-23T08:00:00.000Z'],
    ['weekly', '2026-11-23T08:00:00Z', 'UTC', '2026-11-23T08:00:00.000Z'],
    ['weekly', '2026-11-23T07:00:00Z', 'UTC', '2026-11-16T08:00:00.000Z'],
    ['weekly', '2026-11-29T23:59:00Z', 'UTC', '2026-11-23T08:00:00.000Z'],
    // Monday 08:00 in Tokyo is Sunday 23:00 UTC.
    ['weekly', '2026-11-29T23:00:00Z', 'Asia/Tokyo', '2026-11-29T23:00:00.000Z'],
    ['weekly', '2026-11-29T22:00:00Z', 'Asia/Tokyo', '2026-11-22T23:00:00.000Z'],
  ] as const)('%s at %s in %s starts at %s', (period, now, zone, start) => {
    expect(periodStart(period, at(now), zone).toISOString()).toBe(start);
  });
});

describe('nextDigestAt', () => {
  it.each([
    ['daily', '2026-11-27T13:00:00Z', 'UTC', '2026-11-28T08:00:00.000Z'],
    ['daily', '2026-11-27T07:00:00Z', 'UTC', '2026-11-27T08:00:00.000Z'],
    ['weekly', '2026-11-27T13:00:00Z', 'UTC', '2026-11-30T08:00:00.000Z'],
    ['weekly', '2026-11-30T08:00:00Z', 'UTC', '2026-12-07T08:00:00.000Z'],
    ['daily', '2026-11-27T13:00:00Z', 'Asia/Tokyo', '2026-11-27T23:00:00.000Z'],
  ] as const)('%s after %s in %s is %s', (period, now, zone, next) => {
    expect(nextDigestAt(period, at(now), zone).toISOString()).toBe(next);
  });
});

describe('duePeriod', () => {
  it('is not due in the period the setting was made in, and due from the next period on', () => {
    const since = '2026-11-27T13:00:00.000Z';
    expect(duePeriod('daily', since, at('2026-11-27T20:00:00Z'), 'UTC')).toBeNull();
    expect(duePeriod('daily', since, at('2026-11-28T07:59:00Z'), 'UTC')).toBeNull();
    expect(duePeriod('daily', since, at('2026-11-28T08:10:00Z'), 'UTC')?.toISOString()).toBe(
      '2026-11-28T08:00:00.000Z',
    );
    // Days later (the app was down): the latest period, one digest for all of it.
    expect(duePeriod('daily', since, at('2026-12-01T09:00:00Z'), 'UTC')?.toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
    expect(duePeriod('weekly', since, at('2026-11-29T12:00:00Z'), 'UTC')).toBeNull();
    expect(duePeriod('weekly', since, at('2026-11-30T08:00:00Z'), 'UTC')?.toISOString()).toBe(
      '2026-11-30T08:00:00.000Z',
    );
  });
});
