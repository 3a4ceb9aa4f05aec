/**
 * Stage 5, fetch pages: each new item's page fetched (and handed to the parse stage), a few
 * ahead of the one being stored when the feed brings many. A feed that carries the whole body
 * (WordPress content:encoded) stands in for a page that cannot be fetched.
 */
import type { Readout } from '../../readout/types.js';
import { type FetchResult, fetchText } from '../fetch.js';
import type { FeedItem } from '../parse-feed.js';
import { sha1 } from '../recheck.js';
import type { FreshItem } from './identify.js';
import { dayOf, isMany, type Parse, parseInline } from './parse.js';
import type { Cycle, FeedRun } from './state.js';

/** Pages fetched and parsed ahead of the one being stored, at most. */
export const PAGES_AHEAD = 4;

const PAGE_ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.8';

export type PageResult = { ok: true; readout: Readout } | { ok: false; reason: string };

/** Fetches a page the way its feed is fetched, counted; conditionally when validators are given. */
export async function fetchPage(
  cycle: Cycle,
  feed: FeedRun,
  url: string,
  validators?: { etag: string | null; lastModified: string | null },
): Promise<FetchResult> {
  cycle.report.pageFetches++;
  return fetchText(url, { ...validators, timeoutMs: cycle.deps.timeoutMs, accept: PAGE_ACCEPT }, feed.http);
}

/** An item's page, fetched and parsed; what was fetched is kept to notice a later change. */
export async function readPage(
  cycle: Cycle,
  feed: FeedRun,
  item: FeedItem,
  parse: Parse = parseInline,
): Promise<PageResult> {
  const published = dayOf(item.publishedAt);
  const { container } = feed;
  if (!item.link) {
    if (item.contentHtml)
      return { ok: true, readout: await parse({ content: item.contentHtml, published, container }) };
    return { ok: false, reason: 'the item has no link' };
  }
  const page = await fetchPage(cycle, feed, item.link);
  const asPage = { url: item.link, published, feedTitle: item.title, container };
  if (page.status === 'ok') {
    const contentHash = sha1(page.body);
    cycle.lastPage.set(item.link, { etag: page.etag, lastModified: page.lastModified, contentHash });
    return { ok: true, readout: await parse({ content: page.body, ...asPage }) };
  }
  if (item.contentHtml) return { ok: true, readout: await parse({ content: item.contentHtml, ...asPage }) };
  return { ok: false, reason: page.status === 'error' ? page.reason : 'HTTP 304 for a page never fetched' };
}

/**
 * `read` started on the items in order, at most `width` under way beyond the one last taken;
 * yields each item with its read, in order. A read that fails is awaited in its turn (no
 * unhandled rejection before then).
 */
export function* readAhead<T, R>(items: readonly T[], width: number, read: (item: T) => Promise<R>) {
  const started: Promise<R>[] = [];
  const start = (n: number) => {
    const item = items[n];
    if (item === undefined || started[n]) return;
    const reading = read(item);
    reading.catch(() => undefined);
    started[n] = reading;
  };
  for (let n = 0; n < items.length; n++) {
    for (let m = n; m <= n + width; m++) start(m);
    yield [items[n] as T, started[n] as Promise<R>] as const;
    delete started[n];
  }
}

/** A new item and its page being read. */
export type PageRead = readonly [FreshItem, Promise<PageResult>];

/** The new items' pages, fetched and parsed in order, several ahead when they are many. */
export function fetchPages(
  cycle: Cycle,
  feed: FeedRun,
  fresh: FreshItem[],
  parse: Parse,
): Iterable<PageRead> {
  return readAhead(fresh, isMany(fresh) ? PAGES_AHEAD : 1, ({ item }) => readPage(cycle, feed, item, parse));
}
