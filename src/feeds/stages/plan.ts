/**
 * Stage 9, plan: a stored readout's posts planned for its channels (the fixed ones and the
 * subscriptions matching it). A readout stored without announcing (older than the first poll's
 * window), a partial one not yet failed PARTIAL_POST_AFTER times, or a page that is not a
 * readout (held back: stored, searchable, counted in /readout feeds, never posted) plans none.
 */
import { channelsFor } from '../../deliver/subscriptions.js';
import { planMatches } from '../../deliver/watches.js';
import { isPosted } from '../../readout/posting.js';
import type { StoredReadout } from '../../store/index.js';
import { type Cycle, PARTIAL_POST_AFTER } from './state.js';

export async function planPosts(cycle: Cycle, stored: StoredReadout): Promise<void> {
  const { deps, report } = cycle;
  if (!stored.announce) return;
  if (stored.partial && stored.pageAttempts < PARTIAL_POST_AFTER) return;
  if (!isPosted(stored.readout)) {
    report.heldBack++;
    deps.logger.info(
      { feedUrl: stored.feedUrl, link: stored.link, docType: stored.readout.docType },
      'page held back: not a readout',
    );
    return;
  }
  // The other side's readout of an event already posted goes into that post's thread.
  const channels = channelsFor(stored.readout, deps.channels, cycle.subscriptions);
  // With the word-filtered subscriptions' channels and the watches' direct messages
  // (deliver/watches.ts): one plan, one context reply worked out.
  report.postsPlanned += await planMatches(deps.store, stored, cycle.subscriptions, channels);
}
