/**
 * Stage 4, identify: each item is either a readout already stored (by its key, or the same page
 * under a rewritten guid or another scheme), whose page is checked again when the item changed,
 * or a new one. What the feed held is recorded; a new item restarts a catalogue source's quiet
 * spell.
 */

import { afterQuiet } from '../health.js';
import { findSamePage } from '../identity.js';
import type { FeedItem } from '../parse-feed.js';
import { recheckItem } from '../recheck.js';
import { type FeedItems, itemKey, oldestFirst } from './read-items.js';
import { type Cycle, type FeedRun, itemFailed, trackHealth } from './state.js';

/** An item not stored before, under its key. */
export type FreshItem = { item: FeedItem; key: string };

/** The new items, oldest first; the known ones changed since are re-checked on the way. */
export async function identify(cycle: Cycle, feed: FeedRun, read: FeedItems): Promise<FreshItem[]> {
  const { store } = cycle.deps;
  const currentKeys = new Set(read.items.map(itemKey));
  const fresh: FreshItem[] = [];
  for (const item of oldestFirst(read.items)) {
    const key = itemKey(item);
    try {
      const known =
        (await store.findReadout(feed.url, key)) ??
        (await findSamePage(store, feed.url, item.link, key, currentKeys));
      if (known) {
        // An item seen before, with another title, summary or date: its page may have changed.
        await recheckItem(feed.recheck, known, item);
        continue;
      }
      fresh.push({ item, key });
    } catch (error) {
      itemFailed(feed, key, error);
    }
  }
  await recordContent(cycle, feed, read, fresh);
  return fresh;
}

/** A feed's first read, or a read with an item not seen before, restarts its quiet spell. */
async function recordContent(cycle: Cycle, feed: FeedRun, read: FeedItems, fresh: FreshItem[]) {
  const { state, now, entry } = feed;
  const newItemAt = fresh.length > 0 || state.firstPolledAt === null ? now.toISOString() : null;
  await cycle.deps.store.recordFeedContent({
    url: feed.url,
    kind: read.kind,
    title: read.title,
    items: read.items.length,
    seenAt: now.toISOString(),
    newItemAt,
  });
  if (entry) {
    const since = newItemAt ?? cycle.lastNewOf.get(feed.url) ?? state.firstPolledAt;
    trackHealth(feed, afterQuiet(feed.health, since, now, entry));
  }
}
