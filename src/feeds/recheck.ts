/**
 * Noticing that a source page changed after its readout was posted. Two triggers, both cheap on
 * a cycle where nothing changed:
 * - a feed item the store already has comes back with another title, summary or date (its hash
 *   differs): its page is fetched again at once;
 * - a posted readout younger than RECHECK_MAX_AGE_DAYS whose page was last checked more than
 *   RECHECK_EVERY_HOURS ago: its page is fetched with a conditional GET (ETag, Last-Modified),
 *   at most RECHECK_PER_CYCLE a feed per cycle. A 304 or an identical body ends there.
 * A changed page is parsed again and compared fact by fact (readout/diff.ts): only a real
 * change updates the readout, marks its posts for an edit in place and queues one note per
 * post, in one transaction.
 */
import { createHash } from 'node:crypto';
import type { Logger } from '../app/logger.js';
import { describeChanges, diffReadouts } from '../readout/diff.js';
import { parseReadout } from '../readout/parse/index.js';
import type { PageCheck, Store, StoredReadout } from '../store/index.js';
import type { FetchResult } from './fetch.js';
import type { FeedItem } from './parse-feed.js';

/** Pages of readouts stored longer ago than this are no longer re-checked on a schedule. */
export const RECHECK_MAX_AGE_DAYS = 3;
/** A page is re-checked on a schedule at most this often. */
export const RECHECK_EVERY_HOURS = 6;
/** Scheduled re-checks a feed gets per cycle, at most. */
export const RECHECK_PER_CYCLE = 5;
/**
 * Pages a feed's changed items may have fetched again per cycle, at most; the others keep their
 * old hash and are taken up the next time the feed is read (a feed that rewrites every summary
 * on each change costs this much, not one fetch per item).
 */
export const ITEM_RECHECKS_PER_CYCLE = 10;

export type RecheckContext = {
  store: Store;
  log: Logger;
  now: Date;
  /** Fetches a page (counted by the poller), conditionally when validators are given. */
  fetchPage: (
    url: string,
    validators?: { etag: string | null; lastModified: string | null },
  ) => Promise<FetchResult>;
  /** Item-triggered re-fetches made this cycle for this feed. */
  itemRechecks?: number;
};

export const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** What identifies a feed item's content: its title, summary and dates. */
export function itemHash(item: FeedItem): string {
  return sha1(
    [item.title ?? '', item.summary ?? '', item.publishedAt ?? '', item.updatedAt ?? ''].join('\n'),
  );
}

/** Records what was seen of a readout's item and page (at its first store, or a re-check). */
export async function recordPageCheck(
  ctx: Pick<RecheckContext, 'store' | 'now'>,
  readoutId: string,
  seen: Partial<Omit<PageCheck, 'readoutId' | 'checkedAt'>>,
): Promise<void> {
  const previous = await ctx.store.getPageCheck(readoutId);
  await ctx.store.savePageCheck({
    readoutId,
    itemHash: seen.itemHash !== undefined ? seen.itemHash : (previous?.itemHash ?? null),
    etag: seen.etag !== undefined ? seen.etag : (previous?.etag ?? null),
    lastModified: seen.lastModified !== undefined ? seen.lastModified : (previous?.lastModified ?? null),
    contentHash: seen.contentHash !== undefined ? seen.contentHash : (previous?.contentHash ?? null),
    checkedAt: ctx.now.toISOString(),
  });
}

/**
 * Fetches a readout's page again and applies a change of facts. `conditional` sends the stored
 * validators. Returns whether the facts changed.
 */
async function recheckPage(
  ctx: RecheckContext,
  stored: StoredReadout,
  item: Pick<FeedItem, 'title' | 'publishedAt'>,
  extra: { itemHash?: string; conditional: boolean },
): Promise<boolean> {
  const check = await ctx.store.getPageCheck(stored.id);
  const page = await ctx.fetchPage(
    stored.link,
    extra.conditional && check ? { etag: check.etag, lastModified: check.lastModified } : undefined,
  );
  const seen = extra.itemHash !== undefined ? { itemHash: extra.itemHash } : {};
  if (page.status !== 'ok') {
    // 304, or the page is gone for now: nothing to compare; tried again on schedule.
    await recordPageCheck(ctx, stored.id, seen);
    if (page.status === 'error')
      ctx.log.info({ link: stored.link, reason: page.reason }, 'page re-check failed; kept as it was');
    return false;
  }
  const contentHash = sha1(page.body);
  const validators = { etag: page.etag, lastModified: page.lastModified, contentHash };
  if (check?.contentHash === contentHash) {
    await recordPageCheck(ctx, stored.id, { ...seen, ...validators });
    return false;
  }
  const fresh = parseReadout({
    content: page.body,
    url: stored.link,
    published: (item.publishedAt ?? stored.itemPublishedAt)?.slice(0, 10) ?? null,
    feedTitle: item.title ?? stored.itemTitle,
  });
  const changes = diffReadouts(stored.readout, fresh);
  if (changes.length === 0) {
    await recordPageCheck(ctx, stored.id, { ...seen, ...validators });
    return false;
  }
  const note = describeChanges(changes);
  // The readout, the edits and the notes in one transaction; the check after it: a crash in
  // between only makes the next check find no change.
  const notes = await ctx.store.applyPageChange(
    stored.id,
    { readout: fresh, partial: false, pageAttempts: stored.pageAttempts, lastPageError: null },
    note,
  );
  await recordPageCheck(ctx, stored.id, { ...seen, ...validators });
  ctx.log.info(
    { link: stored.link, readoutId: stored.id, changes: changes.map((c) => c.field), notes },
    note,
  );
  return true;
}

/**
 * A feed item the store already has: when its content changed since last seen, its page is read
 * again. The first time an item is seen after an upgrade, its hash is only recorded.
 */
export async function recheckItem(
  ctx: RecheckContext,
  stored: StoredReadout,
  item: FeedItem,
): Promise<boolean> {
  if (stored.partial) return false;
  const hash = itemHash(item);
  const check = await ctx.store.getPageCheck(stored.id);
  if (check?.itemHash === hash) return false;
  if (!check?.itemHash) {
    await recordPageCheck(ctx, stored.id, { itemHash: hash });
    return false;
  }
  ctx.itemRechecks = (ctx.itemRechecks ?? 0) + 1;
  if (ctx.itemRechecks > ITEM_RECHECKS_PER_CYCLE) return false;
  return recheckPage(ctx, stored, item, { itemHash: hash, conditional: false });
}

/** The window of `recheckDuePages`: readouts stored since, pages last checked before. */
export function recheckWindow(now: Date): { createdSince: string; checkedBefore: string } {
  return {
    createdSince: new Date(now.getTime() - RECHECK_MAX_AGE_DAYS * 86_400_000).toISOString(),
    checkedBefore: new Date(now.getTime() - RECHECK_EVERY_HOURS * 3_600_000).toISOString(),
  };
}

/** The scheduled conditional re-checks of a feed's recent posted readouts that are due. */
export async function recheckDuePages(ctx: RecheckContext, feedUrl: string): Promise<number> {
  const { createdSince, checkedBefore } = recheckWindow(ctx.now);
  const due = await ctx.store.duePageChecks(feedUrl, createdSince, checkedBefore, RECHECK_PER_CYCLE);
  let changed = 0;
  for (const stored of due) {
    if (
      await recheckPage(
        ctx,
        stored,
        { title: stored.itemTitle, publishedAt: stored.itemPublishedAt },
        { conditional: true },
      )
    )
      changed++;
  }
  return changed;
}
