/**
 * Stage 2, fetch: the feed's conditional GET (ETag, Last-Modified). A 304 or an error ends the
 * feed's turn here, its state and health updated; a body goes on to be read.
 */
import { type FetchOk, fetchText } from '../fetch.js';
import { afterFailure, afterMove, afterQuiet, afterSuccess } from '../health.js';
import { type Cycle, type FeedRun, trackHealth } from './state.js';

const FEED_ACCEPT =
  'application/rss+xml, application/rdf+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/** The feed failed (fetch or read): saved, its health told, the outcome says why. */
export async function failFeed(
  cycle: Cycle,
  feed: FeedRun,
  reason: string,
  httpStatus: number | null,
  retryAfter?: string | null,
): Promise<void> {
  const { state } = feed;
  state.lastError = reason;
  state.lastStatus = httpStatus;
  state.consecutiveErrors++;
  await cycle.deps.store.saveFeed(state);
  const failure = { consecutiveErrors: state.consecutiveErrors, reason, httpStatus, retryAfter };
  trackHealth(feed, afterFailure(feed.health, failure, feed.now, feed.entry));
  feed.outcome.status = 'error';
  feed.outcome.reason = reason;
  feed.log.warn({ status: httpStatus, reason, consecutiveErrors: state.consecutiveErrors }, 'feed failed');
}

/** The feed answered 304: nothing new; a catalogue source may have been quiet too long. */
async function notModified(cycle: Cycle, feed: FeedRun): Promise<void> {
  const { state, now, entry } = feed;
  trackHealth(feed, afterSuccess(feed.health, feed.failedBefore));
  feed.outcome.status = 'not_modified';
  state.lastStatus = 304;
  state.lastSuccessAt = now.toISOString();
  state.lastError = null;
  state.consecutiveErrors = 0;
  await cycle.deps.store.saveFeed(state);
  if (entry)
    trackHealth(
      feed,
      afterQuiet(feed.health, cycle.lastNewOf.get(feed.url) ?? state.firstPolledAt, now, entry),
    );
}

/**
 * Fetches the feed, at its new address when a 301/308 moved it (its items stay under the feed's
 * URL). Returns the body to read, or null when the turn's reading ends here (304, error).
 */
export async function fetchFeed(cycle: Cycle, feed: FeedRun): Promise<FetchOk | null> {
  const { state } = feed;
  const response = await fetchText(
    feed.health.movedTo ?? feed.url,
    {
      etag: state.etag,
      lastModified: state.lastModified,
      timeoutMs: cycle.deps.timeoutMs,
      accept: FEED_ACCEPT,
    },
    feed.http,
  );
  if (response.movedTo) trackHealth(feed, afterMove(feed.health, response.movedTo));
  if (response.status === 'error') {
    await failFeed(cycle, feed, response.reason, response.httpStatus, response.retryAfter);
    return null;
  }
  if (response.status === 'not_modified') {
    await notModified(cycle, feed);
    return null;
  }
  return response;
}

/** The feed's health, when its fetch or read changed it, saved with the alerts it queues. */
export async function saveHealth(cycle: Cycle, feed: FeedRun): Promise<void> {
  if (!feed.healthChanged) return;
  await cycle.deps.store.saveFeedHealth(feed.health, feed.healthAlerts.join('\n') || null);
  if (feed.healthAlerts.length) feed.log.warn({ alerts: feed.healthAlerts.length }, 'feed alert queued');
}
