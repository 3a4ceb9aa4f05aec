/**
 * Stage 7, store: the new items' readouts stored oldest first, a group at a time (one
 * transaction each: SQLite commits and flushes its index once a group), each new one's posts
 * planned as soon as it is stored. Then the feed's state is saved: its validators (ETag,
 * Last-Modified) only when every item was stored, so that nothing is marked done that was not.
 */
import type { NewReadoutWithCheck, StoredReadout } from '../../store/index.js';
import type { FetchOk } from '../fetch.js';
import { itemHash } from '../recheck.js';
import type { PageRead, PageResult } from './fetch-pages.js';
import type { FreshItem } from './identify.js';
import { isMany, partialReadout } from './parse.js';
import { planPosts } from './plan.js';
import { type Cycle, type FeedRun, itemFailed } from './state.js';

/** New readouts of a feed written in one transaction, at most (SQLite: one commit, one index flush). */
export const STORE_GROUP = 8;

type ReadItem = FreshItem & { page: PageResult };

/** How many new readouts go into one transaction: a group when they are many, else one. */
export function groupSize(fresh: readonly unknown[]): number {
  return isMany(fresh) ? STORE_GROUP : 1;
}

/** The row for a new item: its readout (partial when the page was not read) and its page check. */
export function newReadout(cycle: Cycle, feed: FeedRun, { item, key, page }: ReadItem): NewReadoutWithCheck {
  const { now } = feed;
  const itemTime = item.publishedAt ? Date.parse(item.publishedAt) : Number.NaN;
  const windowStart = now.getTime() - cycle.deps.firstPollDays * 86_400_000;
  const firstPoll = feed.state.firstPolledAt === null;
  const seen = cycle.lastPage.get(item.link ?? '');
  cycle.lastPage.delete(item.link ?? '');
  return {
    readout: {
      feedUrl: feed.url,
      itemKey: key,
      link: item.link ?? key,
      itemPublishedAt: item.publishedAt,
      itemTitle: item.title,
      itemSummary: item.summary,
      readout: page.ok ? page.readout : partialReadout(item, page.reason),
      partial: !page.ok,
      pageAttempts: 1,
      lastPageError: page.ok ? null : page.reason,
      // On a feed's first poll only recent items are posted; older ones are stored.
      announce: !firstPoll || (!Number.isNaN(itemTime) && itemTime >= windowStart),
    },
    pageCheck: {
      itemHash: itemHash(item),
      etag: seen?.etag ?? null,
      lastModified: seen?.lastModified ?? null,
      contentHash: seen?.contentHash ?? null,
      checkedAt: now.toISOString(),
    },
  };
}

/** One group written in one transaction; each readout it created is counted and planned. */
async function storeGroup(cycle: Cycle, feed: FeedRun, rows: ReadItem[]): Promise<void> {
  if (rows.length === 0) return;
  const { store } = cycle.deps;
  let results: { readout: StoredReadout; created: boolean }[];
  try {
    results = await store.insertReadouts(rows.map((row) => newReadout(cycle, feed, row)));
  } catch (error) {
    for (const { key } of rows) itemFailed(feed, key, error);
    return;
  }
  for (const [k, { readout: stored, created }] of results.entries()) {
    const { item, key, page } = rows[k] as ReadItem;
    if (!created) continue;
    try {
      feed.triedThisCycle.add(stored.id);
      feed.outcome.newReadouts++;
      cycle.report.newReadouts++;
      if (!page.ok)
        feed.log.warn({ link: item.link, reason: page.reason }, 'page not read; stored as partial');
      await planPosts(cycle, stored);
      await store.markReadoutPlanned(stored.id);
    } catch (error) {
      itemFailed(feed, key, error);
    }
  }
}

/** Stores the pages as they are read, `size` readouts to a transaction. */
export async function storeReadouts(
  cycle: Cycle,
  feed: FeedRun,
  pages: Iterable<PageRead>,
  size: number,
): Promise<void> {
  let group: ReadItem[] = [];
  for (const [{ item, key }, pageRead] of pages) {
    try {
      group.push({ item, key, page: await pageRead });
    } catch (error) {
      itemFailed(feed, key, error);
    }
    if (group.length >= size) {
      await storeGroup(cycle, feed, group);
      group = [];
    }
  }
  await storeGroup(cycle, feed, group);
}

/** The feed was read: saved as a success, with its validators when every item was stored. */
export async function saveFeedRead(cycle: Cycle, feed: FeedRun, response: FetchOk): Promise<void> {
  const { state, now } = feed;
  state.lastStatus = response.httpStatus;
  state.lastSuccessAt = now.toISOString();
  state.lastError = null;
  state.consecutiveErrors = 0;
  if (feed.allStored) {
    state.etag = response.etag;
    state.lastModified = response.lastModified;
    state.firstPolledAt = state.firstPolledAt ?? now.toISOString();
  }
  await cycle.deps.store.saveFeed(state);
}
