/**
 * What a feed's failures, redirects and recoveries change, pure: back-off (a failing feed is
 * polled less and less often, up to once an hour; a 429 or 503's Retry-After is honoured), a
 * 410 disables the feed, a 301/308 moves it, and an alert is queued once per distinct error and
 * once on recovery. The poller saves the result (`Store.saveFeedHealth`) only when it changed.
 */
import { escapeMrkdwn } from '../render/format.js';
import type { FeedContent, FeedHealth, FeedState } from '../store/index.js';
import type { CatalogueSource } from './catalogue.js';

/** The wait after the first failure; each further failure doubles it, up to BACKOFF_MAX_MS. */
export const BACKOFF_BASE_MS = 5 * 60_000;
export const BACKOFF_MAX_MS = 60 * 60_000;
/** A Retry-After longer than this is taken as this. */
export const RETRY_AFTER_MAX_MS = 24 * 60 * 60_000;
/** A feed is alerted about once it failed this many polls in a row (a single blip is not). */
export const ALERT_AFTER_ERRORS = 2;
/** A feed whose next attempt falls this close after a cycle's start is polled in that cycle. */
const DUE_SLACK_MS = 60_000;

export const noHealth = (url: string): FeedHealth => ({
  url,
  nextAttemptAt: null,
  disabledAt: null,
  disabledReason: null,
  movedTo: null,
  alertedError: null,
});

/** The wait before polling again after `consecutiveErrors` failures in a row (≥ 1). */
export function backoffMs(consecutiveErrors: number): number {
  const n = Math.max(1, consecutiveErrors);
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(n - 1, 20));
}

/** A Retry-After header (seconds, or an HTTP date) as milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: Date): number | null {
  const value = header?.trim();
  if (!value) return null;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now.getTime();
  if (!Number.isFinite(ms)) return null;
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(0, ms));
}

/** Whether a feed is polled in a cycle that starts at `now`. */
export function isDue(health: FeedHealth | undefined, now: Date): boolean {
  if (!health) return true;
  if (health.disabledAt) return false;
  return !health.nextAttemptAt || Date.parse(health.nextAttemptAt) <= now.getTime() + DUE_SLACK_MS;
}

/** Why a feed is skipped this cycle, for the poll report and the log. */
export function skipReason(health: FeedHealth): string {
  return health.disabledAt
    ? `disabled since ${health.disabledAt}: ${health.disabledReason ?? 'gone'}`
    : `backing off until ${health.nextAttemptAt}`;
}

/** Errors that differ only in numbers (a port, a byte count) are one error; an HTTP error is its status. */
export function errorKey(reason: string, httpStatus: number | null): string {
  return httpStatus && httpStatus >= 400 ? `HTTP ${httpStatus}` : reason.replace(/\d+/g, '#');
}

const shown = (url: string) => escapeMrkdwn(url);
const at = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export type HealthChange = { health: FeedHealth; alerts: string[] };

/** A catalogue source with no new item for this many days is reported as possibly moved. */
export const QUIET_DAYS = 30;
/** `alertedError` of a catalogue source reported quiet (not an error: its polls succeed). */
export const QUIET_KEY = 'quiet';

/** How an alert names a catalogue entry: "catalogue source `whitehouse` (The White House, News)". */
export function entryName(entry: Pick<CatalogueSource, 'id' | 'publisher' | 'title'>): string {
  return `catalogue source \`${entry.id}\` (${escapeMrkdwn(entry.publisher)}, ${escapeMrkdwn(entry.title)})`;
}

/** What a catalogue source's alert asks: check the entry, governments move feeds. */
const checkEntry = (entry: Pick<CatalogueSource, 'id' | 'publisher' | 'title'>) =>
  ` It is the ${entryName(entry)}: governments move their feeds when they rebuild their sites, so check that entry (\`/readout sources\`; src/feeds/catalogue-data.ts) for a newer address.`;

/**
 * A catalogue source's quiet spell: reported once when it has brought no new item for
 * QUIET_DAYS (since `lastNewAt`, the last new item or the first read), and once when items come
 * again. An error already alerted is left to its own recovery. Null when nothing changes.
 */
export function afterQuiet(
  previous: FeedHealth,
  lastNewAt: string | null,
  now: Date,
  entry: Pick<CatalogueSource, 'id' | 'publisher' | 'title'>,
): HealthChange | null {
  if (!lastNewAt) return null;
  const days = Math.floor((now.getTime() - Date.parse(lastNewAt)) / 86_400_000);
  const quiet = days >= QUIET_DAYS;
  if (quiet && !previous.alertedError) {
    return {
      health: { ...previous, alertedError: QUIET_KEY },
      alerts: [
        `:hourglass: Feed ${shown(previous.url)} has brought no new item for ${days} days (the last on ${lastNewAt.slice(0, 10)}); its polls still succeed, so the publisher may have moved it or stopped it.${checkEntry(entry)}`,
      ],
    };
  }
  if (!quiet && previous.alertedError === QUIET_KEY) {
    return {
      health: { ...previous, alertedError: null },
      alerts: [
        `:white_check_mark: Feed ${shown(previous.url)} (${entryName(entry)}) brings new items again.`,
      ],
    };
  }
  return null;
}

/**
 * What `/readout feeds` and `/readout sources` add about a catalogue source that may have moved:
 * it answers 404/410, or it has brought no new item for QUIET_DAYS. Empty when neither.
 */
export function catalogueNote(
  entry: Pick<CatalogueSource, 'id'>,
  state: FeedState | undefined,
  content: FeedContent | undefined,
  now: Date,
): string {
  const check = `check the catalogue entry \`${entry.id}\` for a newer address`;
  if (state && state.consecutiveErrors > 0 && (state.lastStatus === 404 || state.lastStatus === 410))
    return ` · :warning: answers HTTP ${state.lastStatus}: the publisher may have moved it; ${check}`;
  const lastNewAt = content?.newItemAt ?? state?.firstPolledAt ?? null;
  if (lastNewAt && now.getTime() - Date.parse(lastNewAt) >= QUIET_DAYS * 86_400_000)
    return ` · :hourglass: no new item since ${lastNewAt.slice(0, 10)}: it may have moved; ${check}`;
  return '';
}

/** A permanent redirect seen: the feed is fetched at its new address from now on. */
export function afterMove(previous: FeedHealth, movedTo: string): HealthChange {
  if (previous.movedTo === movedTo || previous.url === movedTo) return { health: previous, alerts: [] };
  return {
    health: { ...previous, movedTo },
    alerts: [
      `:arrow_right: Feed ${shown(previous.url)} moved permanently to ${shown(movedTo)}. Readout polls the new address from now on and keeps the readouts it has from the old one; keep the old address in READOUT_FEEDS or \`/readout feeds\`, it now stands for the new one.`,
    ],
  };
}

/** A failed poll: back-off (or Retry-After), a 410 disables, an alert for an error not alerted yet. */
export function afterFailure(
  previous: FeedHealth,
  failure: {
    consecutiveErrors: number;
    reason: string;
    httpStatus: number | null;
    retryAfter?: string | null;
  },
  now: Date,
  entry?: Pick<CatalogueSource, 'id' | 'publisher' | 'title'> | null,
): HealthChange {
  // A catalogue source answering 404/410 has likely moved: the alert names its entry.
  const moved = entry && (failure.httpStatus === 404 || failure.httpStatus === 410) ? checkEntry(entry) : '';
  const health = { ...previous };
  const alerts: string[] = [];
  const key = errorKey(failure.reason, failure.httpStatus);
  const url = shown(previous.url);
  if (failure.httpStatus === 410) {
    health.disabledAt = now.toISOString();
    health.disabledReason = failure.reason;
    health.nextAttemptAt = null;
    health.alertedError = key;
    alerts.push(
      `:no_entry: Feed ${url} answered HTTP 410 Gone: the publisher removed it, so Readout stopped polling it. If it comes back, an admin re-enables it with \`/readout feeds add ${url}\`; to drop it, \`/readout feeds remove ${url}\` (or take it out of READOUT_FEEDS).${moved}`,
    );
    return { health, alerts };
  }
  const waitMs = Math.max(
    backoffMs(failure.consecutiveErrors),
    (failure.httpStatus === 429 || failure.httpStatus === 503
      ? retryAfterMs(failure.retryAfter, now)
      : null) ?? 0,
  );
  health.nextAttemptAt = new Date(now.getTime() + waitMs).toISOString();
  if (failure.consecutiveErrors >= ALERT_AFTER_ERRORS && key !== previous.alertedError) {
    health.alertedError = key;
    const again = previous.alertedError ? 'now fails another way' : 'fails';
    alerts.push(
      `:warning: Feed ${url} ${again} (${failure.consecutiveErrors} polls in a row): ${escapeMrkdwn(failure.reason)}. Readout tries again less often (next at ${at(health.nextAttemptAt)}, then at most hourly) and says here when it works again.${moved}`,
    );
  }
  return { health, alerts };
}

/** A poll that worked: back-off cleared, a recovery alert when a failure was alerted. Null when nothing changes. */
export function afterSuccess(previous: FeedHealth, failedPolls: number): HealthChange | null {
  // A quiet catalogue source's polls succeed: its report is cleared by new items (afterQuiet).
  const quiet = previous.alertedError === QUIET_KEY;
  if (!previous.nextAttemptAt && (!previous.alertedError || quiet)) return null;
  const alerts =
    previous.alertedError && !quiet
      ? [
          `:white_check_mark: Feed ${shown(previous.url)} works again, after ${failedPolls} failed poll${failedPolls === 1 ? '' : 's'}.`,
        ]
      : [];
  return { health: { ...previous, nextAttemptAt: null, alertedError: quiet ? QUIET_KEY : null }, alerts };
}

/** What `/readout feeds` and the App Home add to a feed's health line; empty when nothing. */
export function healthNote(health: FeedHealth | undefined): string {
  if (!health) return '';
  if (health.disabledAt)
    return ` · :no_entry: disabled since ${at(health.disabledAt)} (${escapeMrkdwn(health.disabledReason ?? 'gone')}); an admin re-enables it with \`/readout feeds add ${shown(health.url)}\``;
  const parts: string[] = [];
  if (health.movedTo) parts.push(`moved permanently: polled at ${shown(health.movedTo)}`);
  // Set only while the feed fails (a success clears it).
  if (health.nextAttemptAt)
    parts.push(`backing off: next attempt at the first cycle after ${at(health.nextAttemptAt)}`);
  return parts.map((p) => ` · ${p}`).join('');
}
