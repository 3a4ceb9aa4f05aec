/**
 * Stage 8, recheck: whatever the feed answered, what earlier cycles left is taken up again:
 * readouts stored by a cycle that stopped before planning their posts (a crash), pages that
 * failed before (tried again on every cycle, up to MAX_PAGE_ATTEMPTS), and recent posted
 * readouts whose page was not checked for hours (a conditional GET each, feeds/recheck.ts).
 */
import type { FeedItem } from '../parse-feed.js';
import { recheckDuePages } from '../recheck.js';
import { readPage } from './fetch-pages.js';
import { planPosts } from './plan.js';
import { type Cycle, type FeedRun, MAX_PAGE_ATTEMPTS } from './state.js';

/** Readouts stored but never planned (the cycle that stored them stopped): planned now. */
export async function planUnplanned(cycle: Cycle, feed: FeedRun): Promise<void> {
  const { store } = cycle.deps;
  const unplanned = cycle.leftovers.has(feed.url) ? await store.unplannedReadouts(feed.url) : [];
  for (const id of unplanned) {
    try {
      const stored = await store.getReadout(id);
      if (stored) await planPosts(cycle, stored);
      await store.markReadoutPlanned(id);
    } catch (error) {
      feed.log.error({ readoutId: id, err: error }, 'posts not planned; tried again next cycle');
    }
  }
}

/**
 * Partial readouts' pages fetched again (not those stored this cycle). A page read completes its
 * readout: one already posted is edited in place, never posted again. A page still not read
 * counts one more attempt; the partial readout is posted once it failed PARTIAL_POST_AFTER times.
 */
export async function retryPartials(cycle: Cycle, feed: FeedRun): Promise<void> {
  const { store } = cycle.deps;
  const { log } = feed;
  const partials = cycle.leftovers.has(feed.url) ? await store.listPartial(feed.url, MAX_PAGE_ATTEMPTS) : [];
  for (const partial of partials) {
    if (feed.triedThisCycle.has(partial.id)) continue;
    const item: FeedItem = {
      guid: partial.itemKey,
      link: partial.link,
      title: partial.itemTitle,
      summary: partial.itemSummary,
      publishedAt: partial.itemPublishedAt,
      contentHtml: null,
    };
    const page = await readPage(cycle, feed, item);
    const pageAttempts = partial.pageAttempts + 1;
    if (page.ok) {
      const { readout } = page;
      await store.updateReadout(partial.id, { readout, partial: false, pageAttempts, lastPageError: null });
      cycle.report.completedPartials++;
      const edits = await store.requestUpdates(partial.id);
      log.info({ link: partial.link, attempts: pageAttempts, edits }, 'partial readout completed');
      await planPosts(cycle, { ...partial, readout, partial: false, pageAttempts });
    } else {
      const { readout } = partial;
      await store.updateReadout(partial.id, {
        readout,
        partial: true,
        pageAttempts,
        lastPageError: page.reason,
      });
      log.warn({ link: partial.link, attempts: pageAttempts, reason: page.reason }, 'page still not read');
      await planPosts(cycle, { ...partial, pageAttempts });
    }
  }
}

/** What earlier cycles left for this feed, taken up: unplanned posts, partial pages, due checks. */
export async function recheck(cycle: Cycle, feed: FeedRun): Promise<void> {
  // Most feeds have nothing left (the cycle read which in one query): no call for them.
  if (cycle.leftovers.has(feed.url)) {
    await planUnplanned(cycle, feed);
    await retryPartials(cycle, feed);
  }
  if (cycle.dueFeeds.has(feed.url)) await recheckDuePages(feed.recheck, feed.url);
}
