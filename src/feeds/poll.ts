import { createHash } from 'node:crypto';
import { channelsFor } from '../deliver/subscriptions.js';
import { planForChannels } from '../deliver/threads.js';
import { planMatches } from '../deliver/watches.js';
import type { Logger } from '../logger.js';
import { detectSource, type ParseInput, parseReadout } from '../readout/parse/index.js';
import type { ParsePool } from '../readout/parse/pool.js';
import { isPosted } from '../readout/posting.js';
import { type Readout, unknownReadout } from '../readout/types.js';
import type { FeedState, NewReadoutWithCheck, Store, StoredReadout } from '../store/index.js';
import type { CatalogueSource } from './catalogue.js';
import { type FetchResult, fetchText, type HttpFetch } from './fetch.js';
import {
  afterFailure,
  afterMove,
  afterQuiet,
  afterSuccess,
  type HealthChange,
  isDue,
  noHealth,
  skipReason,
} from './health.js';
import { parseHtmlIndex } from './html-index.js';
import { findSamePage } from './identity.js';
import { type LightFetch, lightGet } from './light-get.js';
import { type FeedItem, parseFeed } from './parse-feed.js';
import {
  itemHash,
  type RecheckContext,
  recheckDuePages,
  recheckItem,
  recheckWindow,
  sha1,
} from './recheck.js';
import { xmlFeedKind } from './sources.js';

/** A partial readout is posted (saying it is partial) once its page has failed this often. */
export const PARTIAL_POST_AFTER = 3;
/** Pages are retried on this many cycles, then the readout stays partial. */
export const MAX_PAGE_ATTEMPTS = 10;

export type PollDeps = {
  store: Store;
  logger: Logger;
  /** Feed URLs to poll, in order. */
  feeds: readonly string[];
  /** Channels that receive every new readout. */
  channels: readonly string[];
  firstPollDays: number;
  fetch?: LightFetch;
  clock?: () => Date;
  timeoutMs?: number;
  /** HTML index sources: feed URL → `links:` pattern (the others are RSS/RDF/Atom). */
  linkPatterns?: ReadonlyMap<string, string>;
  /**
   * Feeds that are catalogue entries: their health alerts name the entry, a quiet spell of
   * QUIET_DAYS is reported, and their pages are read with the entry's container first.
   */
  catalogue?: ReadonlyMap<string, CatalogueSource>;
  /** The fetch for one feed and its pages when not `fetch` (feeds added from Slack: SSRF-guarded). */
  fetchFor?: (feedUrl: string) => HttpFetch | undefined;
  /** Several instances (PostgreSQL): this instance's identity and how long a feed stays its own. */
  lease?: { owner: string; ms: number };
  /** Parses a feed's pages on worker threads when it brings PARALLEL_FROM new items or more. */
  parsePool?: ParsePool;
};

/** A feed with this many new items (a first poll, a backfill) has its pages parsed in parallel. */
const PARALLEL_FROM = 4;
/** Pages fetched and parsed ahead of the one being stored, at most. */
const PAGES_AHEAD = 4;
/** New readouts of a feed written in one transaction, at most (SQLite: one commit, one index flush). */
const STORE_GROUP = 8;

export type FeedOutcome = {
  feedUrl: string;
  /** 'skipped': backing off after errors, or disabled (410); not fetched this cycle. */
  status: 'ok' | 'not_modified' | 'error' | 'skipped';
  reason?: string;
  items: number;
  newReadouts: number;
  ms: number;
};

export type PollReport = {
  feeds: FeedOutcome[];
  newReadouts: number;
  completedPartials: number;
  postsPlanned: number;
  /** New pages stored but not posted: not readouts (readout/posting.ts). */
  heldBack: number;
  pageFetches: number;
  ms: number;
};

/** The identity of an item inside its feed: guid, else link, else a hash of its text. */
export function itemKey(item: FeedItem): string {
  if (item.guid) return item.guid;
  if (item.link) return item.link;
  return `sha1:${createHash('sha1')
    .update(`${item.title ?? ''}\n${item.summary ?? ''}`)
    .digest('hex')}`;
}

function dayOf(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}

/** What a readout shows when only the feed item is known: its title, link and summary, no facts. */
export function partialReadout(item: FeedItem, reason: string): Readout {
  return unknownReadout({
    source: detectSource(item.link, ''),
    url: item.link,
    title: item.title,
    published: dayOf(item.publishedAt),
    summary: item.summary ? [item.summary] : [],
    warnings: [`partial: the page could not be read (${reason}); only the feed item is shown`],
  });
}

/** Items in the order they happened, so that posts and readout ids run oldest to newest. */
function oldestFirst(items: FeedItem[]): FeedItem[] {
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

type PageResult = { ok: true; readout: Readout } | { ok: false; reason: string };

/**
 * `read` started on the items in order, at most `width` under way beyond the one last taken;
 * yields each item with its read, in order. A read that fails is awaited in its turn (no
 * unhandled rejection before then).
 */
function* readAhead<T, R>(items: readonly T[], width: number, read: (item: T) => Promise<R>) {
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

/**
 * Polls every feed once: conditional GET, new items' pages fetched and parsed, readouts stored,
 * posts planned for the channels. A failing feed or page is logged with its URL and reason and
 * the poll goes on; a feed's validators (ETag, Last-Modified) are kept only when every item was
 * stored, so that nothing is marked done that was not done.
 */
export async function pollFeeds(deps: PollDeps): Promise<PollReport> {
  const clock = deps.clock ?? (() => new Date());
  const baseHttp: LightFetch = deps.fetch ?? lightGet;
  // Set per feed below: a feed's pages are fetched the way the feed itself is.
  let http: LightFetch = baseHttp;
  // Set per feed below: the catalogue entry's page container, tried before the parser's rules.
  let container: readonly string[] | undefined;
  const started = performance.now();
  const report: PollReport = {
    feeds: [],
    newReadouts: 0,
    completedPartials: 0,
    postsPlanned: 0,
    heldBack: 0,
    pageFetches: 0,
    ms: 0,
  };

  const fetchPage = async (
    url: string,
    validators?: { etag: string | null; lastModified: string | null },
  ): Promise<FetchResult> => {
    report.pageFetches++;
    return fetchText(
      url,
      {
        ...validators,
        timeoutMs: deps.timeoutMs,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.8',
      },
      http,
    );
  };
  // What was last fetched of each page, kept to notice a later change (feeds/recheck.ts).
  const lastPage = new Map<
    string,
    { etag: string | null; lastModified: string | null; contentHash: string }
  >();

  const inline = async (input: ParseInput) => parseReadout(input);
  const readPage = async (
    item: FeedItem,
    parse: (input: ParseInput) => Promise<Readout> = inline,
  ): Promise<PageResult> => {
    const published = dayOf(item.publishedAt);
    if (!item.link) {
      if (item.contentHtml)
        return { ok: true, readout: await parse({ content: item.contentHtml, published, container }) };
      return { ok: false, reason: 'the item has no link' };
    }
    const page = await fetchPage(item.link);
    if (page.status === 'ok') {
      lastPage.set(item.link, {
        etag: page.etag,
        lastModified: page.lastModified,
        contentHash: sha1(page.body),
      });
      return {
        ok: true,
        readout: await parse({
          content: page.body,
          url: item.link,
          published,
          feedTitle: item.title,
          container,
        }),
      };
    }
    // A feed that carries the whole body (WordPress content:encoded) stands in for the page.
    if (item.contentHtml) {
      return {
        ok: true,
        readout: await parse({
          content: item.contentHtml,
          url: item.link,
          published,
          feedTitle: item.title,
          container,
        }),
      };
    }
    return { ok: false, reason: page.status === 'error' ? page.reason : 'HTTP 304 for a page never fetched' };
  };

  // Subscriptions are read once a cycle; one added now applies to readouts new from now on, so
  // subscribing never posts old readouts.
  const subscriptions = await deps.store.listSubscriptions();
  const plan = async (stored: StoredReadout) => {
    if (!stored.announce) return;
    if (stored.partial && stored.pageAttempts < PARTIAL_POST_AFTER) return;
    // Statements, fact sheets, announcements…: stored and searchable, counted in /readout feeds,
    // never posted.
    if (!isPosted(stored.readout)) {
      report.heldBack++;
      deps.logger.info(
        { feedUrl: stored.feedUrl, link: stored.link, docType: stored.readout.docType },
        'page held back: not a readout',
      );
      return;
    }
    // The other side's readout of an event already posted goes into that post's thread.
    report.postsPlanned += await planForChannels(
      deps.store,
      stored,
      channelsFor(stored.readout, deps.channels, subscriptions),
    );
    // Watches' direct messages and word-filtered subscriptions (deliver/watches.ts).
    report.postsPlanned += await planMatches(deps.store, stored, subscriptions);
  };

  // Back-off, 410s and 301s of every feed, in one query a cycle (feeds/health.ts).
  const healthOf = new Map((await deps.store.listFeedHealth()).map((h) => [h.url, h]));

  // Every feed's last state in one read (a poll of 100 unchanged feeds is mostly this overhead).
  const knownFeeds = new Map((await deps.store.listFeeds()).map((f) => [f.url, f]));
  // When each catalogue source last brought a new item (a quiet one may have moved).
  const lastNewOf = deps.catalogue?.size
    ? new Map((await deps.store.listFeedContent()).map((c) => [c.url, c.newItemAt]))
    : new Map<string, string | null>();
  // Feeds with a page due for its scheduled re-check, in one read rather than one per feed.
  const window = recheckWindow(clock());
  const dueFeeds = new Set(
    await deps.store.feedsWithDuePageChecks(window.createdSince, window.checkedBefore),
  );
  // Feeds with a readout left unplanned by a crash or a page still to fetch again: one read too.
  const leftovers = new Set(await deps.store.feedsWithLeftovers(MAX_PAGE_ATTEMPTS));
  for (const feedUrl of deps.feeds) {
    // Every line of this feed carries feedUrl once, from here: not again in the line's fields.
    const log = deps.logger.child({ feedUrl });
    const previousHealth = healthOf.get(feedUrl);
    // A feed backing off or disabled is skipped before any claim: no lease taken for nothing.
    if (previousHealth && !isDue(previousHealth, clock())) {
      const reason = skipReason(previousHealth);
      log.debug({ reason }, 'feed skipped this cycle');
      report.feeds.push({ feedUrl, status: 'skipped', reason, items: 0, newReadouts: 0, ms: 0 });
      continue;
    }
    // Several instances: the first to claim a feed polls it; the lease is not released, it runs
    // out, so no other instance polls that feed again within the same cycle.
    if (deps.lease && !(await deps.store.claimLease(`feed:${feedUrl}`, deps.lease.owner, deps.lease.ms)))
      continue;
    const t0 = performance.now();
    let health = previousHealth ?? noHealth(feedUrl);
    const healthAlerts: string[] = [];
    let healthChanged = false;
    const track = (change: HealthChange | null) => {
      if (!change || change.health === health) return;
      health = change.health;
      healthAlerts.push(...change.alerts);
      healthChanged = true;
    };
    http = deps.fetchFor?.(feedUrl) ?? baseHttp;
    const entry = deps.catalogue?.get(feedUrl);
    container = entry?.container;
    const linkPattern = deps.linkPatterns?.get(feedUrl);
    const previous = knownFeeds.get(feedUrl) ?? null;
    const state: FeedState = previous ?? {
      url: feedUrl,
      etag: null,
      lastModified: null,
      firstPolledAt: null,
      lastFetchedAt: null,
      lastSuccessAt: null,
      lastStatus: null,
      lastError: null,
      consecutiveErrors: 0,
    };
    const outcome: FeedOutcome = { feedUrl, status: 'ok', items: 0, newReadouts: 0, ms: 0 };
    const triedThisCycle = new Set<string>();
    const now = clock();
    state.lastFetchedAt = now.toISOString();
    const recheck: RecheckContext = { store: deps.store, log, now, fetchPage };

    const fail = async (reason: string, httpStatus: number | null, retryAfter?: string | null) => {
      state.lastError = reason;
      state.lastStatus = httpStatus;
      state.consecutiveErrors++;
      await deps.store.saveFeed(state);
      track(
        afterFailure(
          health,
          { consecutiveErrors: state.consecutiveErrors, reason, httpStatus, retryAfter },
          now,
          entry,
        ),
      );
      outcome.status = 'error';
      outcome.reason = reason;
      log.warn({ status: httpStatus, reason, consecutiveErrors: state.consecutiveErrors }, 'feed failed');
    };

    const failedBefore = state.consecutiveErrors;
    // A feed moved by a 301/308 is fetched at its new address; its items stay under `feedUrl`.
    const response = await fetchText(
      health.movedTo ?? feedUrl,
      {
        etag: state.etag,
        lastModified: state.lastModified,
        timeoutMs: deps.timeoutMs,
        accept:
          'application/rss+xml, application/rdf+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5',
      },
      http,
    );
    if (response.movedTo) track(afterMove(health, response.movedTo));
    if (response.status === 'error') {
      await fail(response.reason, response.httpStatus, response.retryAfter);
    } else if (response.status === 'not_modified') {
      track(afterSuccess(health, failedBefore));
      outcome.status = 'not_modified';
      state.lastStatus = 304;
      state.lastSuccessAt = now.toISOString();
      state.lastError = null;
      state.consecutiveErrors = 0;
      await deps.store.saveFeed(state);
      if (entry) track(afterQuiet(health, lastNewOf.get(feedUrl) ?? state.firstPolledAt, now, entry));
    } else {
      const feed = linkPattern
        ? parseHtmlIndex(response.body, response.finalUrl, linkPattern)
        : await parseFeed(response.body, response.finalUrl);
      if (!feed.ok) {
        await fail(feed.reason, response.httpStatus);
      } else {
        track(afterSuccess(health, failedBefore));
        outcome.items = feed.items.length;
        const currentKeys = new Set(feed.items.map(itemKey));
        const firstPoll = state.firstPolledAt === null;
        const windowStart = now.getTime() - deps.firstPollDays * 86_400_000;
        let allStored = true;
        const failed = (key: string, error: unknown) => {
          allStored = false;
          log.error({ item: key, err: error }, 'item not stored; it will be tried again next cycle');
        };
        // First the items already stored (a changed one may have its page checked again)…
        const fresh: { item: FeedItem; key: string }[] = [];
        for (const item of oldestFirst(feed.items)) {
          const key = itemKey(item);
          try {
            // Not found by its key: the same page under a rewritten guid or another scheme?
            const known =
              (await deps.store.findReadout(feedUrl, key)) ??
              (await findSamePage(deps.store, feedUrl, item.link, key, currentKeys));
            if (known) {
              // An item seen before, with another title, summary or date: its page may have changed.
              await recheckItem(recheck, known, item);
              continue;
            }
            fresh.push({ item, key });
          } catch (error) {
            failed(key, error);
          }
        }
        // A feed's first read, or a read with an item not seen before, restarts its quiet spell.
        const newItemAt = fresh.length > 0 || state.firstPolledAt === null ? now.toISOString() : null;
        await deps.store.recordFeedContent({
          url: feedUrl,
          kind: linkPattern ? 'html' : (xmlFeedKind(response.body) ?? 'rss'),
          title: feed.title,
          items: feed.items.length,
          seenAt: now.toISOString(),
          newItemAt,
        });
        if (entry)
          track(afterQuiet(health, newItemAt ?? lastNewOf.get(feedUrl) ?? state.firstPolledAt, now, entry));
        // …then the new ones, stored oldest first, a group at a time (one transaction each). With
        // many (a first poll, a backfill), the next pages are fetched, and parsed on worker
        // threads, while a group is being stored.
        const many = fresh.length >= PARALLEL_FROM;
        const parse = many && deps.parsePool ? deps.parsePool.parse : inline;
        let group: { item: FeedItem; key: string; page: PageResult }[] = [];
        const storeGroup = async () => {
          const rows = group;
          group = [];
          if (rows.length === 0) return;
          let results: { readout: StoredReadout; created: boolean }[];
          try {
            results = await deps.store.insertReadouts(
              rows.map(({ item, key, page }) => newReadout(item, key, page)),
            );
          } catch (error) {
            for (const { key } of rows) failed(key, error);
            return;
          }
          for (const [k, { readout: stored, created }] of results.entries()) {
            const { item, key, page } = rows[k] as (typeof rows)[number];
            if (!created) continue;
            try {
              triedThisCycle.add(stored.id);
              outcome.newReadouts++;
              report.newReadouts++;
              if (!page.ok)
                log.warn({ link: item.link, reason: page.reason }, 'page not read; stored as partial');
              await plan(stored);
              await deps.store.markReadoutPlanned(stored.id);
            } catch (error) {
              failed(key, error);
            }
          }
        };
        const newReadout = (item: FeedItem, key: string, page: PageResult): NewReadoutWithCheck => {
          const itemTime = item.publishedAt ? Date.parse(item.publishedAt) : Number.NaN;
          const seen = lastPage.get(item.link ?? '');
          lastPage.delete(item.link ?? '');
          return {
            readout: {
              feedUrl,
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
        };
        const pages = readAhead(fresh, many ? PAGES_AHEAD : 1, ({ item }) => readPage(item, parse));
        for (const [{ item, key }, pageRead] of pages) {
          try {
            group.push({ item, key, page: await pageRead });
          } catch (error) {
            failed(key, error);
          }
          if (group.length >= (many ? STORE_GROUP : 1)) await storeGroup();
        }
        await storeGroup();
        state.lastStatus = response.httpStatus;
        state.lastSuccessAt = now.toISOString();
        state.lastError = null;
        state.consecutiveErrors = 0;
        if (allStored) {
          state.etag = response.etag;
          state.lastModified = response.lastModified;
          state.firstPolledAt = state.firstPolledAt ?? now.toISOString();
        }
        await deps.store.saveFeed(state);
      }
    }

    if (healthChanged) {
      await deps.store.saveFeedHealth(health, healthAlerts.join('\n') || null);
      if (healthAlerts.length) log.warn({ alerts: healthAlerts.length }, 'feed alert queued');
    }

    // A readout stored by a cycle that stopped before planning its posts (a crash) is planned now.
    const unplanned = leftovers.has(feedUrl) ? await deps.store.unplannedReadouts(feedUrl) : [];
    for (const id of unplanned) {
      try {
        const stored = await deps.store.getReadout(id);
        if (stored) await plan(stored);
        await deps.store.markReadoutPlanned(id);
      } catch (error) {
        log.error({ readoutId: id, err: error }, 'posts not planned; tried again next cycle');
      }
    }

    // Pages that failed before are tried again on every cycle, whatever the feed answered.
    const partials = leftovers.has(feedUrl) ? await deps.store.listPartial(feedUrl, MAX_PAGE_ATTEMPTS) : [];
    for (const partial of partials) {
      if (triedThisCycle.has(partial.id)) continue;
      const item: FeedItem = {
        guid: partial.itemKey,
        link: partial.link,
        title: partial.itemTitle,
        summary: partial.itemSummary,
        publishedAt: partial.itemPublishedAt,
        contentHtml: null,
      };
      const page = await readPage(item);
      const attempts = partial.pageAttempts + 1;
      if (page.ok) {
        await deps.store.updateReadout(partial.id, {
          readout: page.readout,
          partial: false,
          pageAttempts: attempts,
          lastPageError: null,
        });
        report.completedPartials++;
        // A partial readout already posted is edited in place, never posted again.
        const edits = await deps.store.requestUpdates(partial.id);
        log.info({ link: partial.link, attempts, edits }, 'partial readout completed');
        await plan({ ...partial, readout: page.readout, partial: false, pageAttempts: attempts });
      } else {
        await deps.store.updateReadout(partial.id, {
          readout: partial.readout,
          partial: true,
          pageAttempts: attempts,
          lastPageError: page.reason,
        });
        log.warn({ link: partial.link, attempts, reason: page.reason }, 'page still not read');
        await plan({ ...partial, pageAttempts: attempts });
      }
    }
    // Recent posted readouts whose page was not checked for hours: a conditional GET each.
    if (dueFeeds.has(feedUrl)) await recheckDuePages(recheck, feedUrl);
    outcome.ms = Math.round(performance.now() - t0);
    report.feeds.push(outcome);
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}
