/**
 * The poll cycle: every feed read once, its new items' pages fetched and parsed, readouts
 * stored, posts planned. Each stage is its own module in `feeds/stages/`, named as the cycle
 * runs them. A failing feed or page is logged with its URL and reason and the poll goes on.
 */
import { dueFeed, endCycle, endFeed, startCycle } from './stages/due-feeds.js';
import { fetchFeed, saveHealth } from './stages/fetch-feed.js';
import { fetchPages } from './stages/fetch-pages.js';
import { identify } from './stages/identify.js';
import { parserFor } from './stages/parse.js';
import { readItems } from './stages/read-items.js';
import { recheck } from './stages/recheck.js';
import type { PollDeps, PollReport } from './stages/state.js';
import { groupSize, saveFeedRead, storeReadouts } from './stages/store-readouts.js';

export { partialReadout } from './stages/parse.js';
export { itemKey } from './stages/read-items.js';
export {
  type FeedOutcome,
  MAX_PAGE_ATTEMPTS,
  PARTIAL_POST_AFTER,
  type PollDeps,
  type PollReport,
} from './stages/state.js';

/**
 * Polls every feed once. Per feed: is it due → fetch (conditional GET) → read its items →
 * identify the new ones → fetch their pages → parse them → store the readouts (planning each
 * one's posts) → recheck what earlier cycles left. A feed's validators are kept only when every
 * item was stored, so that nothing is marked done that was not done.
 */
export async function pollFeeds(deps: PollDeps): Promise<PollReport> {
  const cycle = await startCycle(deps);
  for (const feedUrl of deps.feeds) {
    const feed = await dueFeed(cycle, feedUrl);
    if (!feed) continue;
    const response = await fetchFeed(cycle, feed);
    const read = response && (await readItems(cycle, feed, response));
    if (response && read) {
      const fresh = await identify(cycle, feed, read);
      const pages = fetchPages(cycle, feed, fresh, parserFor(cycle, fresh));
      await storeReadouts(cycle, feed, pages, groupSize(fresh));
      await saveFeedRead(cycle, feed, response);
    }
    await saveHealth(cycle, feed);
    await recheck(cycle, feed);
    endFeed(cycle, feed);
  }
  return endCycle(cycle);
}
