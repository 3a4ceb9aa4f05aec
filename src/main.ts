import { WebClient } from '@slack/web-api';
import cron from 'node-cron';
import { createSlackApp } from '../handlers/app.js';
import type { Config } from './config.js';
import { createCycle, shareWorkFor } from './cycle.js';
import { POST_INTERVAL_MS } from './deliver/pace.js';
import { createSlackPoster } from './deliver/poster.js';
import { POSTING_RETRY, POSTING_TIMEOUT_MS } from './deliver/slack-client.js';
import { redactProxy } from './feeds/proxy.js';
import { httpFetch } from './http-fetch.js';
import type { Logger } from './logger.js';
import { openStore } from './store/index.js';

/**
 * The Web API client that posts (`serve` and `poll --once`), apart from Bolt's: bounded retries
 * (`POSTING_RETRY`: 429 after Retry-After, 5xx with back-off, at most 5 retries; a call without
 * an answer is left to the look-up of the next cycle), SLACK_API_URL.
 */
export function createWebClient(config: Config): WebClient {
  return new WebClient(config.slack.botToken ?? undefined, {
    slackApiUrl: config.slack.apiUrl,
    retryConfig: POSTING_RETRY,
    timeout: POSTING_TIMEOUT_MS,
    fetch: httpFetch,
  });
}

/**
 * `readout serve`: the Bolt app (HTTP or Socket Mode) and the cron poller in one process. A
 * cycle runs at start and then on READOUT_POLL_CRON; SIGTERM and SIGINT stop the schedule, let
 * the running cycle finish, stop the receiver and close the database. Resolves when stopped.
 */
export async function serve(config: Config, logger: Logger): Promise<number> {
  const store = openStore(config.databaseUrl);
  const render = { timeZone: config.timeZone };
  // The cycle needs Bolt's client and the command needs the cycle: the command reaches it late.
  const slack = createSlackApp(config, {
    store,
    logger,
    render,
    deliverSoon: () => cycle.deliverSoon(),
    nextPoll: () => task.getNextRun(),
    multiWorkspace: config.slack.mode === 'oauth',
  });
  // Many workspaces: each post goes with the token of its channel's workspace.
  const poster = createSlackPoster(
    createWebClient(config),
    config.slack.mode === 'oauth' ? { tokenFor: (channel) => store.botTokenForChannel(channel) } : {},
  );
  const cycle = createCycle({
    store,
    poster,
    logger,
    config,
    shareWork: shareWorkFor(config),
    paceMs: POST_INTERVAL_MS,
  });
  if (!config.channel) {
    logger.warn('READOUT_CHANNEL is unset: readouts are stored and answered by /readout but not posted');
  }

  // A listener's or cycle's stray rejection is logged, never a crash of the whole app.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  const runCycle = () =>
    cycle.run().catch((error: unknown) => {
      logger.error({ err: error }, 'poll cycle failed; the next one will try again');
    });
  const task = cron.schedule(config.pollCron, runCycle, { name: 'readout-poll', noOverlap: true });

  await slack.start();
  logger.info(
    {
      mode: config.slack.mode,
      port: config.slack.mode !== 'socket' ? config.port : undefined,
      feeds: config.feeds.length,
      // The catalogue ids behind them (READOUT_SOURCES, or the default set).
      sources: config.sources.join(',') || undefined,
      cron: config.pollCron,
      // Without its user name and password.
      proxy: redactProxy(config.proxy.httpsProxy ?? config.proxy.httpProxy) ?? undefined,
    },
    config.slack.mode === 'oauth'
      ? 'Readout is listening on POST /slack/events; workspaces install at GET /slack/install'
      : config.slack.mode === 'http'
        ? 'Readout is listening on POST /slack/events'
        : 'Readout is connected through Socket Mode',
  );
  void runCycle();

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down: finishing the current cycle');
      await task.stop();
      await task.destroy();
      await cycle.idle();
      await slack
        .stop()
        .catch((error: unknown) => logger.warn({ err: error }, 'receiver did not stop cleanly'));
      await store.close();
      logger.info('stopped');
      resolve(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  });
}
