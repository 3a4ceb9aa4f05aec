/**
 * Stage 6, parse: a page into a readout (readout/parse), on this thread or, for a feed that
 * brings many new items at once (a first poll, a backfill), on worker threads. A page that could
 * not be read gives a partial readout made of its feed item.
 */
import { detectSource, type ParseInput, parseReadout } from '../../readout/parse/index.js';
import { type Readout, unknownReadout } from '../../readout/types.js';
import type { FeedItem } from '../parse-feed.js';
import type { Cycle } from './state.js';

/** A feed with this many new items (a first poll, a backfill) has its pages parsed in parallel. */
export const PARALLEL_FROM = 4;

export type Parse = (input: ParseInput) => Promise<Readout>;

/** Parses on this thread. */
export const parseInline: Parse = async (input) => parseReadout(input);

/** Whether a feed's new items are many: their pages are then read ahead and parsed in parallel. */
export function isMany(fresh: readonly unknown[]): boolean {
  return fresh.length >= PARALLEL_FROM;
}

/** The parser for a feed's new pages: the worker pool when they are many and there is one. */
export function parserFor(cycle: Cycle, fresh: readonly unknown[]): Parse {
  const pool = cycle.deps.parsePool;
  return isMany(fresh) && pool ? pool.parse : parseInline;
}

export function dayOf(iso: string | null): string | null {
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
