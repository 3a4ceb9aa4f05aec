import { describe, expect, it } from 'vitest';
import {
  ALERT_AFTER_ERRORS,
  afterFailure,
  afterMove,
  afterQuiet,
  afterSuccess,
  BACKOFF_BASE_MS,
  BACKOFF_MAX_MS,
  backoffMs,
  catalogueNote,
  errorKey,
  healthNote,
  isDue,
  noHealth,
  QUIET_DAYS,
  QUIET_KEY,
  RETRY_AFTER_MAX_MS,
  retryAfterMs,
} from '../../../src/feeds/health.js';
import { canonicalLink } from '../../../src/feeds/identity.js';
import { redactProxy, shouldProxy } from '../../../src/feeds/proxy.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const URL_ = 'https://example.org/feed_*x*.xml';

describe('back-off', () => {
  it('doubles the wait with each failure in a row, up to an hour', () => {
    const waits = [1, 2, 3, 4, 5, 6, 50].map(backoffMs);
    expect(waits[0]).toBe(BACKOFF_BASE_MS);
    for (let i = 1; i < 4; i++) expect(waits[i]).toBe(2 * (waits[i - 1] ?? 0));
    expect(waits.every((w) => w <= BACKOFF_MAX_MS)).toBe(true);
    expect(waits.at(-1)).toBe(BACKOFF_MAX_MS);
  });

  it('reads Retry-After as seconds or as an HTTP date, capped', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs(new Date(NOW.getTime() + 3_600_000).toUTCString(), NOW)).toBe(3_600_000);
    expect(retryAfterMs('99999999', NOW)).toBe(RETRY_AFTER_MAX_MS);
    expect(retryAfterMs('soon', NOW)).toBeNull();
    expect(retryAfterMs(null, NOW)).toBeNull();
  });

  it('waits for a 429 or 503 as long as the server asks when that is longer than the back-off', () => {
    const { health } = afterFailure(
      noHealth(URL_),
      { consecutiveErrors: 1, reason: 'HTTP 503', httpStatus: 503, retryAfter: '7200' },
      NOW,
    );
    expect(health.nextAttemptAt).toBe(new Date(NOW.getTime() + 7_200_000).toISOString());
    // A 500's Retry-After is not a promise: the back-off applies.
    const plain = afterFailure(
      noHealth(URL_),
      { consecutiveErrors: 1, reason: 'HTTP 500', httpStatus: 500, retryAfter: '7200' },
      NOW,
    );
    expect(plain.health.nextAttemptAt).toBe(new Date(NOW.getTime() + BACKOFF_BASE_MS).toISOString());
  });

  it('skips a feed until its next attempt, and a disabled one always', () => {
    const later = { ...noHealth(URL_), nextAttemptAt: new Date(NOW.getTime() + 600_000).toISOString() };
    expect(isDue(undefined, NOW)).toBe(true);
    expect(isDue(later, NOW)).toBe(false);
    expect(isDue(later, new Date(NOW.getTime() + 600_000))).toBe(true);
    expect(isDue({ ...noHealth(URL_), disabledAt: NOW.toISOString() }, new Date('2030-01-01'))).toBe(false);
  });
});

describe('alerts', () => {
  const fail = (h: ReturnType<typeof noHealth>, n: number, reason: string, status: number | null) =>
    afterFailure(h, { consecutiveErrors: n, reason, httpStatus: status }, NOW);

  it('alerts once per distinct error, after the failures in a row it takes, and once on recovery', () => {
    let h = noHealth(URL_);
    const alerts: string[] = [];
    const errors: [string, number | null][] = [
      ['HTTP 500 Internal Server Error', 500],
      ['HTTP 500 Internal Server Error', 500],
      ['HTTP 500 Internal Server Error', 500],
      ['ECONNREFUSED: connect ECONNREFUSED 10.0.0.1:443', null],
      ['ECONNREFUSED: connect ECONNREFUSED 10.0.0.1:8443', null],
    ];
    errors.forEach(([reason, status], i) => {
      const change = fail(h, i + 1, reason, status);
      h = change.health;
      alerts.push(...change.alerts);
    });
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toMatch(new RegExp(`fails \\(${ALERT_AFTER_ERRORS} polls in a row\\): HTTP 500`));
    expect(alerts[1]).toMatch(/now fails another way .*ECONNREFUSED/);
    // The feed URL is escaped for mrkdwn.
    expect(alerts[0]).not.toContain('_*x*_');
    const back = afterSuccess(h, 5);
    expect(back?.alerts).toEqual([expect.stringMatching(/works again, after 5 failed polls/)]);
    expect(back?.health).toMatchObject({ alertedError: null, nextAttemptAt: null });
    // Nothing to save when nothing was wrong.
    expect(afterSuccess(noHealth(URL_), 0)).toBeNull();
  });

  it('does not alert about a single failed poll, nor tell of a recovery nobody was alerted about', () => {
    const once = fail(noHealth(URL_), 1, 'timed out', null);
    expect(once.alerts).toEqual([]);
    expect(afterSuccess(once.health, 1)?.alerts).toEqual([]);
  });

  it('disables a feed on 410 Gone at once, saying how to re-enable it', () => {
    const { health, alerts } = fail(noHealth(URL_), 1, 'HTTP 410 Gone', 410);
    expect(health.disabledAt).toBe(NOW.toISOString());
    expect(alerts).toEqual([expect.stringMatching(/410 Gone.*stopped polling.*\/readout feeds add/)]);
    expect(healthNote(health)).toMatch(/disabled since 2026-11-20 12:00 UTC.*\/readout feeds add/);
  });

  it('records a permanent move once', () => {
    const moved = afterMove(noHealth(URL_), 'https://example.org/new.xml');
    expect(moved.health.movedTo).toBe('https://example.org/new.xml');
    expect(moved.alerts).toEqual([
      expect.stringMatching(/moved permanently to https:\/\/example.org\/new.xml/),
    ]);
    expect(afterMove(moved.health, 'https://example.org/new.xml').alerts).toEqual([]);
    expect(healthNote(moved.health)).toMatch(/moved permanently: polled at https:\/\/example.org\/new.xml/);
  });

  it('counts errors differing only in numbers as one, an HTTP error by its status', () => {
    expect(errorKey('body larger than 5242880 bytes', 200)).toBe(errorKey('body larger than 6 bytes', 200));
    expect(errorKey('HTTP 503 Service Unavailable', 503)).toBe(errorKey('HTTP 503', 503));
    expect(errorKey('HTTP 503', 503)).not.toBe(errorKey('HTTP 502', 502));
  });
});

describe('canonicalLink', () => {
  it('makes the same page the same whatever its scheme, final slash, tracking parameters or fragment', () => {
    const forms = [
      'http://www.mofa.go.jp/erp/na/page1e_000001.html',
      'https://www.mofa.go.jp/erp/na/page1e_000001.html/',
      'https://WWW.MOFA.GO.JP:443/erp/na/page1e_000001.html?utm_source=rss&utm_medium=feed#top',
      'http://www.mofa.go.jp:80/erp/na/page1e_000001.html?fbclid=x',
    ];
    expect(new Set(forms.map(canonicalLink)).size).toBe(1);
  });

  it('keeps apart pages that differ in path or in meaningful parameters', () => {
    expect(canonicalLink('https://a.example/news?id=1')).not.toBe(
      canonicalLink('https://a.example/news?id=2'),
    );
    expect(canonicalLink('https://a.example/news?b=2&a=1')).toBe(
      canonicalLink('https://a.example/news?a=1&b=2'),
    );
    expect(canonicalLink('https://a.example/x')).not.toBe(canonicalLink('https://a.example/y'));
    expect(canonicalLink('not a url')).toBeNull();
    expect(canonicalLink('ftp://a.example/x')).toBeNull();
  });
});

describe('proxy rules', () => {
  const settings = {
    httpsProxy: 'http://p.example:3128',
    httpProxy: null,
    noProxy: 'localhost, .internal,10.1.2.3:8080',
  };

  it('proxies what NO_PROXY does not exempt, by host, subdomain and port', () => {
    expect(shouldProxy('https://www.mofa.go.jp/feed.rdf', settings)).toBe(true);
    expect(shouldProxy('https://localhost/x', settings)).toBe(false);
    expect(shouldProxy('https://feeds.internal/x', settings)).toBe(false);
    expect(shouldProxy('https://10.1.2.3:8080/x', settings)).toBe(false);
    expect(shouldProxy('https://10.1.2.3/x', settings)).toBe(true);
    // No HTTP_PROXY: http URLs go direct.
    expect(shouldProxy('http://www.mofa.go.jp/feed.rdf', settings)).toBe(false);
    expect(shouldProxy('https://a.example/', { ...settings, noProxy: '*' })).toBe(false);
  });

  it('never shows a proxy password', () => {
    expect(redactProxy('http://user:s3cret@p.example:3128/')).not.toContain('s3cret');
    expect(redactProxy('http://user:s3cret@p.example:3128/')).toContain('p.example:3128');
    expect(redactProxy('http://p.example:3128')).toBe('http://p.example:3128/');
  });
});

describe('catalogue sources that move', () => {
  const entry = { id: 'whitehouse', publisher: 'The White House', title: 'News (WordPress RSS)' };
  const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

  it('names the catalogue entry to check when a catalogue source answers 404, not when another feed does', () => {
    const failure = { consecutiveErrors: ALERT_AFTER_ERRORS, reason: 'HTTP 404 Not Found', httpStatus: 404 };
    const catalogue = afterFailure(noHealth(URL_), failure, NOW, entry).alerts.join('\n');
    expect(catalogue).toContain('catalogue source `whitehouse` (The White House, News (WordPress RSS))');
    expect(catalogue).toContain('/readout sources');
    const plain = afterFailure(noHealth(URL_), failure, NOW).alerts.join('\n');
    expect(plain).not.toContain('catalogue');
    // Other errors of a catalogue source are not taken for a move.
    const timeout = afterFailure(
      noHealth(URL_),
      { ...failure, reason: 'timed out', httpStatus: null },
      NOW,
      entry,
    );
    expect(timeout.alerts.join('\n')).not.toContain('catalogue');
  });

  it('names the entry when a catalogue source answers 410 Gone', () => {
    const gone = afterFailure(
      noHealth(URL_),
      { consecutiveErrors: 1, reason: 'HTTP 410 Gone', httpStatus: 410 },
      NOW,
      entry,
    );
    expect(gone.health.disabledAt).toBe(NOW.toISOString());
    expect(gone.alerts.join('\n')).toContain('catalogue source `whitehouse`');
  });

  it('reports a catalogue source quiet for 30 days once, and once more when items come again', () => {
    expect(afterQuiet(noHealth(URL_), daysAgo(29), NOW, entry)).toBeNull();
    const quiet = afterQuiet(noHealth(URL_), daysAgo(QUIET_DAYS), NOW, entry);
    expect(quiet?.health.alertedError).toBe(QUIET_KEY);
    expect(quiet?.alerts.join('\n')).toMatch(
      /no new item for 30 days \(the last on 2026-10-21\).*catalogue source `whitehouse`/,
    );
    // Still quiet: nothing new to say, and a successful poll does not call it a recovery.
    const health = quiet?.health ?? noHealth(URL_);
    expect(afterQuiet(health, daysAgo(45), NOW, entry)).toBeNull();
    expect(afterSuccess(health, 0)).toBeNull();
    const back = afterQuiet(health, NOW.toISOString(), NOW, entry);
    expect(back?.health.alertedError).toBeNull();
    expect(back?.alerts.join('\n')).toContain('brings new items again');
  });

  it('leaves an alerted error to its own recovery message', () => {
    const failing = { ...noHealth(URL_), alertedError: 'HTTP 500' };
    expect(afterQuiet(failing, daysAgo(40), NOW, entry)).toBeNull();
  });

  it('keeps the quiet report through a failed poll and its recovery', () => {
    const quiet = { ...noHealth(URL_), alertedError: QUIET_KEY };
    const once = afterFailure(
      quiet,
      { consecutiveErrors: 1, reason: 'timed out', httpStatus: null },
      NOW,
      entry,
    );
    const again = afterSuccess(once.health, 1);
    expect(again?.alerts).toEqual([]);
    expect(again?.health.alertedError).toBe(QUIET_KEY);
  });

  it('tells /readout feeds that a catalogue source may have moved: 404, or no new item for 30 days', () => {
    const state = {
      url: URL_,
      etag: null,
      lastModified: null,
      firstPolledAt: daysAgo(90),
      lastFetchedAt: NOW.toISOString(),
      lastSuccessAt: daysAgo(1),
      lastStatus: 404,
      lastError: 'HTTP 404 Not Found',
      consecutiveErrors: 3,
    };
    expect(catalogueNote(entry, state, undefined, NOW)).toContain('answers HTTP 404');
    expect(catalogueNote(entry, state, undefined, NOW)).toContain('`whitehouse`');
    const ok = { ...state, lastStatus: 200, lastError: null, consecutiveErrors: 0 };
    const content = { url: URL_, kind: 'rss' as const, title: null, items: 3, seenAt: NOW.toISOString() };
    expect(catalogueNote(entry, ok, { ...content, newItemAt: daysAgo(31) }, NOW)).toContain(
      'no new item since 2026-10-20',
    );
    expect(catalogueNote(entry, ok, { ...content, newItemAt: daysAgo(2) }, NOW)).toBe('');
    expect(catalogueNote(entry, undefined, undefined, NOW)).toBe('');
  });
});
