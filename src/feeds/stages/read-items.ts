/**
 * Stage 3, read items: the feed's body read as RSS/RDF/Atom, or as an HTML index with its
 * `links:` pattern, into items in the order they happened. A body that cannot be read fails the
 * feed.
 */
import { createHash } from 'node:crypto';
import type { FeedContent } from '../../store/index.js';
import type { FetchOk } from '../fetch.js';
import { afterSuccess } from '../health.js';
import { parseHtmlIndex } from '../html-index.js';
import { type FeedItem, parseFeed } from '../parse-feed.js';
import { xmlFeedKind } from '../sources.js';
import { failFeed } from './fetch-feed.js';
import { type Cycle, type FeedRun, trackHealth } from './state.js';

/** The identity of an item inside its feed: guid, else link, else a hash of its text. */
export function itemKey(item: FeedItem): string {
  if (item.guid) return item.guid;
  if (item.link) return item.link;
  return `sha1:${createHash('sha1')
    .update(`${item.title ?? ''}\n${item.summary ?? ''}`)
    .digest('hex')}`;
}

/** Items in the order they happened, so that posts and readout ids run oldest to newest. */
export function oldestFirst(items: readonly FeedItem[]): FeedItem[] {
  return items
    .map((item, index) => ({
      item,
      index,
      time: item.publishedAt ? Date.parse(item.publishedAt) : Number.NaN,
    }))
    .sort((a, b) => {
      if (Number.isNaN(a.time) || Number.isNaN(b.time)) return b.index - a.index;
      return a.time - b.time || b.index - a.index;
    })
    .map((x) => x.item);
}

/** What a feed held on this read. */
export type FeedItems = { title: string | null; items: FeedItem[]; kind: FeedContent['kind'] };

/** Reads the feed's items, or fails the feed (and returns null) when its body cannot be read. */
export async function readItems(cycle: Cycle, feed: FeedRun, response: FetchOk): Promise<FeedItems | null> {
  const read = feed.linkPattern
    ? parseHtmlIndex(response.body, response.finalUrl, feed.linkPattern)
    : await parseFeed(response.body, response.finalUrl);
  if (!read.ok) {
    await failFeed(cycle, feed, read.reason, response.httpStatus);
    return null;
  }
  trackHealth(feed, afterSuccess(feed.health, feed.failedBefore));
  feed.outcome.items = read.items.length;
  const kind = feed.linkPattern ? 'html' : (xmlFeedKind(response.body) ?? 'rss');
  return { title: read.title, items: read.items, kind };
}
