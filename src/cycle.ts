import type { Config } from './config.js';
import { type DeliveryReport, deliverPending } from './deliver/deliver.js';
import type { Poster } from './deliver/poster.js';
import type { HttpFetch } from './feeds/fetch.js';
import { type PollReport, pollFeeds } from './feeds/poll.js';
import type { Logger } from './logger.js';
import type { Store } from './store/index.js';

export type CycleReport = { poll: PollReport; delivery: DeliveryReport };

export type CycleDeps = {
  store: Store;
  poster: Poster;
  logger: Logger;
  config: Pick<Config, 'feeds' | 'firstPollDays' | 'timeZone' | 'channel'>;
  /** Channels beside READOUT_CHANNEL (the demo's, a dry run's). */
  channels?: readonly string[];
  fetch?: HttpFetch;
  clock?: () => Date;
};

/**
 * One poll cycle: read every feed, then deliver every planned post. Cycles never overlap: a
 * call while one runs waits for it and returns its report.
 */
export function createCycle(deps: CycleDeps): { run(): Promise<CycleReport>; idle(): Promise<void> } {
  let running: Promise<CycleReport> | null = null;
  const channels = deps.channels ?? (deps.config.channel ? [deps.config.channel] : []);
  const once = async (): Promise<CycleReport> => {
    const poll = await pollFeeds({
      store: deps.store,
      logger: deps.logger,
      feeds: deps.config.feeds,
      channels,
      firstPollDays: deps.config.firstPollDays,
      fetch: deps.fetch,
      clock: deps.clock,
    });
    const delivery = await deliverPending({
      store: deps.store,
      poster: deps.poster,
      logger: deps.logger,
      render: { timeZone: deps.config.timeZone },
    });
    deps.logger.info(
      {
        feeds: poll.feeds.length,
        feedErrors: poll.feeds.filter((f) => f.status === 'error').length,
        newReadouts: poll.newReadouts,
        posted: delivery.posted,
        edited: delivery.updated,
        postFailures: delivery.failed,
        ms: poll.ms,
      },
      'poll cycle done',
    );
    return { poll, delivery };
  };
  return {
    run() {
      if (!running) {
        running = once().finally(() => {
          running = null;
        });
      }
      return running;
    },
    async idle() {
      if (running) await running.catch(() => undefined);
    },
  };
}
