import { WebClient } from '@slack/web-api';
import cron from 'node-cron';
import { createSlackApp } from '../../handlers/app.js';
import { POST_INTERVAL_MS } from '../deliver/pace.js';
import { createSlackPoster, type SlackPosterOptions, withPermalinks } from '../deliver/poster.js';
import { POSTING_RETRY, POSTING_TIMEOUT_MS } from '../deliver/slack-client.js';
import { createSlackReachability, slackSdkLogger } from '../deliver/slack-reachability.js';
import { redactProxy } from '../feeds/proxy.js';
import { openStore, type Store } from '../store/index.js';
import type { Config } from './config.js';
import { createCycle, shareWorkFor } from './cycle.js';
import { httpFetch } from './http-fetch.js';
import type { Logger } from './logger.js';
import { createMetrics } from './metrics.js';
import { createHealth, cronIntervalMs } from './readiness.js';
import { checkToken, hostOf, openCheckedStore, portError, refusedTokenError, within } from './startup.js';

/**
 * The Web API client that posts (`serve` and `poll --once`), apart from Bolt's: bounded retries
 * (`POSTING_RETRY`: 429 after Retry-After, 5xx with back-off, at most 5 retries; a call without
 * an answer is left to the look-up of the next cycle), SLACK_API_URL.
 */
export function createWebClient(
  config: Pick<Config, 'slack'>,
  options: { fetch?: typeof fetch; logger?: Logger } = {},
): WebClient {
  return new WebClient(config.slack.botToken ?? undefined, {
    slackApiUrl: config.slack.apiUrl,
    retryConfig: POSTING_RETRY,
    timeout: POSTING_TIMEOUT_MS,
    fetch: options.fetch ?? httpFetch,
    // The client's own per-retry "http request failed" is the reachability watch's to report.
    ...(options.logger ? { logger: slackSdkLogger(options.logger) as never } : {}),
  });
}

/** How long a stop may take, whatever Slack and the feeds are doing. */
export const STOP_BOUND_MS = 10_000;
/** Of that, how long the running cycle may go on (its posts are on record either way). */
const CYCLE_GRACE_MS = 7_000;

/**
 * SIGTERM and SIGINT: the first asks `stop` to run, bounded by STOP_BOUND_MS (then the process
 * exits 1 and says so); a second exits at once (128 + signal). Before `stop` exists (start-up
 * still checking the database or Slack), the first signal ends the process with 0: nothing has
 * been done yet that needs finishing.
 */
function handleStopSignals(logger: Logger): { onStop(stop: (signal: string) => Promise<void>): void } {
  let stop: ((signal: string) => Promise<void>) | null = null;
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    signalled = true;
    if (!stop) {
      logger.info({ signal }, 'stopped during start-up');
      process.exit(0);
    }
    setTimeout(() => {
      logger.error({ boundMs: STOP_BOUND_MS }, 'did not stop in time; exiting now');
      process.exit(1);
    }, STOP_BOUND_MS).unref();
    void stop(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return {
    onStop(fn) {
      stop = fn;
    },
  };
}

/** The bot token checked with auth.test before anything listens (not in OAuth mode). */
async function tokenAtStart(config: Config, store: Store, logger: Logger, fetch: typeof globalThis.fetch) {
  const token = config.slack.botToken
    ? await checkToken(config.slack.apiUrl, config.slack.botToken, 10_000, fetch)
    : { status: 'oauth' as const };
  if (token.status === 'refused') {
    await store.close();
    throw refusedTokenError(config.slack.apiUrl, token.error);
  }
  if (token.status === 'unreachable')
    logger.warn(
      { method: 'auth.test', host: hostOf(config.slack.apiUrl), reason: token.reason },
      'Slack did not answer auth.test at start: starting anyway; the token is checked at the first request',
    );
  return token;
}

/** What Bolt is told of the token: ours answered (no auth.test of its own), or check it later. */
function boltAuth(token: Awaited<ReturnType<typeof tokenAtStart>>) {
  if (token.status === 'ok') return { botId: token.botId, botUserId: token.botUserId };
  return token.status === 'unreachable' ? ('deferred' as const) : undefined;
}

/** What /ready and /metrics answer. */
function probesOf(health: ReturnType<typeof createHealth>, metrics: ReturnType<typeof createMetrics>) {
  return {
    readiness: () => health.readiness(),
    async metrics() {
      const r = await health.readiness();
      return metrics.render({
        outboxDepth: r.outboxDepth,
        parkedChannels: r.parkedChannels?.length ?? null,
        ready: r.ready,
        lastCycleAt: health.lastCycleAt(),
      });
    },
  };
}

/** The line that says the app is up, and how it is reached. */
function logListening(config: Config, logger: Logger): void {
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
}

/**
 * Resolves 0 once a signal stopped the schedule and the receiver, the running cycle had up to
 * CYCLE_GRACE_MS, and the database closed.
 */
function stopOnSignal(
  signals: ReturnType<typeof handleStopSignals>,
  logger: Logger,
  parts: {
    task: ReturnType<typeof cron.createTask>;
    cycle: ReturnType<typeof createCycle>;
    slack: { stop(): Promise<unknown> };
    store: Store;
  },
): Promise<number> {
  const { task, cycle, slack, store } = parts;
  return new Promise<number>((resolve) => {
    signals.onStop(async (signal) => {
      logger.info({ signal }, 'shutting down: finishing the current cycle');
      await task.stop();
      await task.destroy();
      const bounded = (work: Promise<unknown>, ms: number, what: string) =>
        within(work, ms, what).catch((error: unknown) =>
          logger.warn(
            { reason: error instanceof Error ? error.message : String(error) },
            `${what} cut short`,
          ),
        );
      await Promise.all([
        bounded(cycle.idle(), CYCLE_GRACE_MS, 'the running cycle'),
        bounded(slack.stop(), CYCLE_GRACE_MS, 'the receiver'),
      ]);
      await bounded(store.close(), 1_000, 'closing the database');
      logger.info('stopped');
      resolve(0);
    });
  });
}

/**
 * `readout serve`: the Bolt app (HTTP or Socket Mode) and the cron poller in one process.
 * Start-up checks, each failing with a StartupError (one line naming the variable, exit 78 or
 * 69) before anything listens: the database opens and answers (migrations run), Slack takes the
 * bot token (auth.test; an unreachable Slack is logged and the app starts), the port is free.
 * A cycle runs at start and then on READOUT_POLL_CRON. SIGTERM and SIGINT stop the schedule and
 * the receiver, give the running cycle up to 7 s (a post left without an answer is settled by
 * the next start's look-up), close the database, and resolve 0 within STOP_BOUND_MS; the caller
 * exits the process (Bolt's and the Web API client's timers are not waited for).
 */
export async function serve(config: Config, logger: Logger): Promise<number> {
  const signals = handleStopSignals(logger);
  const store = await openCheckedStore(config.databaseUrl, (url) => openStore(url));
  const metrics = createMetrics();
  // Every request to Slack goes through it: one error line per outage, naming method and host.
  const reach = createSlackReachability({
    logger,
    apiUrl: config.slack.apiUrl,
    onFailure: (method) => metrics.slackUnreachable(method),
  });
  const token = await tokenAtStart(config, store, logger, reach.fetch);
  const render = { timeZone: config.timeZone };
  // Created now, started once the receiver listens: a port in use must not leave a poller behind.
  const task = cron.createTask(config.pollCron, () => runCycle(), { name: 'readout-poll', noOverlap: true });
  const health = createHealth({
    store,
    cronIntervalMs: cronIntervalMs(task.getNextRuns(6)),
    slackAtStart: token.status,
  });
  const probes = probesOf(health, metrics);
  // The cycle needs Bolt's client and the command needs the cycle: the command reaches it late.
  const slack = createSlackApp(config, {
    store,
    logger,
    render,
    deliverSoon: () => cycle.deliverSoon(),
    nextPoll: () => task.getNextRun(),
    multiWorkspace: config.slack.mode === 'oauth',
    // Bolt's own auth.test (ten retries over half an hour) is not needed when ours answered.
    auth: boltAuth(token),
    probes,
    slackFetch: reach.fetch,
    observeLookup: (command, seconds) => metrics.lookup(command, seconds),
  });
  // Many workspaces: each post goes with the token of its channel's workspace.
  const webClient = createWebClient(config, { fetch: reach.fetch, logger });
  const posterOptions: SlackPosterOptions =
    config.slack.mode === 'oauth' ? { tokenFor: (channel) => store.botTokenForChannel(channel) } : {};
  // With chat.getPermalink: a context reply links the previous readout's post (deliver/threads.ts).
  const poster = withPermalinks(createSlackPoster(webClient, posterOptions), webClient, posterOptions);
  const runCycle = () =>
    cycle.run().then(
      (report) => {
        metrics.cycle(report);
        health.cycleEnded();
      },
      (error: unknown) => {
        metrics.cycle(null);
        logger.error({ err: error }, 'poll cycle failed; the next one will try again');
      },
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

  try {
    await slack.start();
  } catch (error) {
    await store.close();
    throw portError(error, config.port) ?? error;
  }
  await task.start();
  logListening(config, logger);
  void runCycle();

  return stopOnSignal(signals, logger, { task, cycle, slack, store });
}
