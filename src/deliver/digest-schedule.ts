import { TZDate } from '@date-fns/tz';
import type { DigestPeriod } from '../store/index.js';

/** Digests go out at 08:00 in READOUT_TIMEZONE: every day, or on Mondays for a weekly one. */
export const DIGEST_HOUR = 8;

/** 08:00 on the local date `daysBack` days before `local`'s, in `zone` (DST-safe). */
function eightOn(local: TZDate, daysBack: number, zone: string): Date {
  const at = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() - daysBack,
    DIGEST_HOUR,
    0,
    0,
    zone,
  );
  return new Date(at.getTime());
}

/**
 * The start of the digest period `now` falls in: the latest 08:00 (daily) or Monday 08:00
 * (weekly) in `zone` at or before `now`. Pure.
 */
export function periodStart(period: DigestPeriod, now: Date, zone: string): Date {
  const local = new TZDate(now.getTime(), zone);
  // Days back to the period's first day: today (daily), or this week's Monday (weekly).
  const back = period === 'daily' ? 0 : (local.getDay() + 6) % 7;
  const start = eightOn(local, back, zone);
  if (start.getTime() <= now.getTime()) return start;
  return eightOn(local, back + (period === 'daily' ? 1 : 7), zone);
}

/** When the next digest of a period goes out after `now` (at the first poll cycle from then). */
export function nextDigestAt(period: DigestPeriod, now: Date, zone: string): Date {
  const start = periodStart(period, now, zone);
  const local = new TZDate(start.getTime(), zone);
  return eightOn(local, period === 'daily' ? -1 : -7, zone);
}

/**
 * Whether a digest is due: the current period began after the setting was made (a setting made
 * at 13:00 sends its first daily digest the next morning, not at once). Returns the period's
 * start, the digest's unique key, or null.
 */
export function duePeriod(period: DigestPeriod, since: string, now: Date, zone: string): Date | null {
  const start = periodStart(period, now, zone);
  return start.getTime() > Date.parse(since) ? start : null;
}
