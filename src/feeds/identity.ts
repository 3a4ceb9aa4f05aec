/**
 * Recognising an item the store already has under another key: a publisher that rewrites its
 * guids, or moves from http to https, still links to the same page. An item not found by its
 * key is matched against the feed's stored readouts by canonical link before it becomes a new
 * readout; the match takes the item's new key, so the next cycle finds it directly.
 */
import type { Store, StoredReadout } from '../store/index.js';

/** Query parameters that only say where a click came from. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|yclid|igshid)$/i;

/**
 * A link reduced to what names the page: no scheme, host (and port, unless the default) in lower case,
 * no fragment, no tracking parameters, the others sorted, no trailing slash. Null when not a
 * URL. Pure.
 */
export function canonicalLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.host.toLowerCase()}${path}${query}`;
}

/**
 * The stored readout of this feed whose page is the item's (by canonical link), when that
 * readout's own key is no longer in the feed (a feed where several items share one link keeps
 * them apart). The readout is re-keyed to `key`. Null when there is none.
 */
export async function findSamePage(
  store: Store,
  feedUrl: string,
  link: string | null,
  key: string,
  currentKeys: ReadonlySet<string>,
): Promise<StoredReadout | null> {
  const canonical = link ? canonicalLink(link) : null;
  if (!canonical) return null;
  const fragment = canonical.split('?')[0] ?? canonical;
  for (const candidate of await store.feedLinksLike(feedUrl, fragment)) {
    if (canonicalLink(candidate.link) !== canonical) continue;
    const stored = await store.getReadout(candidate.id);
    if (!stored || currentKeys.has(stored.itemKey)) continue;
    if (await store.rekeyReadout(stored.id, key)) return { ...stored, itemKey: key };
    return stored;
  }
  return null;
}
