import type { ServerResponse } from 'node:http';
import { App, type Logger as BoltLogger, type CustomRoute, LogLevel } from '@slack/bolt';
import type { Config } from '../src/app/config.js';
import { httpFetch } from '../src/app/http-fetch.js';
import type { Logger } from '../src/app/logger.js';
import { METRICS_CONTENT_TYPE } from '../src/app/metrics.js';
import { manifestBotScopes } from '../src/deliver/manifest-scopes.js';
import { isSdkRequestFailure } from '../src/deliver/slack-reachability.js';
import { proxiedFetches } from '../src/feeds/proxy.js';
import type { RenderOptions } from '../src/render/blocks.js';
import type { Store } from '../src/store/index.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';
import { oauthAppOptions } from './oauth/index.js';

/**
 * The Web API client's debug lines print request bodies; tokens are masked there but the
 * client secret of oauth.v2.access is not, so it is masked here.
 */
const masked = (msg: unknown[]) =>
  msg
    .map(String)
    .join(' ')
    .replace(/("?client_secret"?\s*[:=]\s*"?)[^"&\s]+/g, '$1[[REDACTED]]');

/** Bolt's logger interface over the app's pino logger. */
function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ module: 'bolt' });
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => log.debug(masked(msg)),
    info: (...msg) => log.info(masked(msg)),
    // The SDK's per-retry "http request failed" (no URL, no method) is left to the app's
    // reachability watch, which says once per outage what failed and why.
    warn: (...msg) => (isSdkRequestFailure(masked(msg)) ? log.debug(masked(msg)) : log.warn(masked(msg))),
    error: (...msg) => log.error(masked(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/** What GET /ready and GET /metrics answer from. */
export type Probes = {
  readiness(): Promise<{ ready: boolean } & Record<string, unknown>>;
  metrics(): Promise<string>;
};

/**
 * GET /health: the process answers (liveness; no database, no Slack). GET /ready: 200 or 503
 * with the reasons, for a load balancer or an orchestrator. GET /metrics: Prometheus text.
 */
function probeRoutes(probes: Probes | undefined, logger: Logger): CustomRoute[] {
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const routes: CustomRoute[] = [
    { path: '/health', method: ['GET'], handler: (_req, res) => json(res, 200, { ok: true }) },
  ];
  if (!probes) return routes;
  routes.push(
    {
      path: '/ready',
      method: ['GET'],
      handler: (_req, res) => {
        probes.readiness().then(
          (r) => json(res, r.ready ? 200 : 503, r),
          (error: unknown) => {
            logger.error({ err: error }, '/ready failed');
            json(res, 503, { ready: false, reasons: ['the readiness check failed'] });
          },
        );
      },
    },
    {
      path: '/metrics',
      method: ['GET'],
      handler: (_req, res) => {
        probes.metrics().then(
          (text) => {
            res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' });
            res.end(text);
          },
          (error: unknown) => {
            logger.error({ err: error }, '/metrics failed');
            res.writeHead(500).end();
          },
        );
      },
    },
  );
  return routes;
}

export type SlackApp = {
  app: App;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * The Bolt app: HTTP receiver on PORT (`POST /slack/events`, signed requests only) or Socket
 * Mode with an app token. Every Web API call goes to SLACK_API_URL.
 */
export function createSlackApp(
  config: Config,
  deps: {
    store: Store;
    logger: Logger;
    render: RenderOptions;
    deliverSoon?: () => Promise<unknown>;
    /** When the poller runs next, for the App Home. */
    nextPoll?: () => Date | null;
    /** Many workspaces (OAuth): listeners keep each workspace to its own channels. */
    multiWorkspace?: boolean;
    /**
     * What start-up's own auth.test found: the bot's ids (Bolt then calls no auth.test of its
     * own), or 'deferred' when Slack did not answer (Bolt asks at the first request instead of
     * retrying for half an hour from the start). Absent: Bolt's default.
     */
    auth?: { botId: string | undefined; botUserId: string | undefined } | 'deferred';
    /** Readiness and metrics for GET /ready and GET /metrics; without them only /health answers. */
    probes?: Probes;
    /** fetch for Bolt's Web API clients and response URLs (the reachability watch); httpFetch when absent. */
    slackFetch?: typeof fetch;
    /** Each `/readout` lookup answered, with its time in seconds (the metrics' histogram). */
    observeLookup?: (command: string, seconds: number) => void;
  },
): SlackApp {
  const { slack } = config;
  if (!slack.botToken && slack.mode !== 'oauth')
    throw new Error('createSlackApp needs SLACK_BOT_TOKEN or OAuth install');
  const common = {
    // Many workspaces: no token here; Bolt finds each request's in the installation store.
    ...(slack.mode === 'oauth'
      ? oauthAppOptions(config, { ...deps, scopes: manifestBotScopes() })
      : {
          token: slack.botToken ?? undefined,
          ...(deps.auth === 'deferred'
            ? { tokenVerificationEnabled: false }
            : deps.auth
              ? { botId: deps.auth.botId, botUserId: deps.auth.botUserId }
              : {}),
        }),
    logger: boltLogger(deps.logger),
    // Bolt's Web API clients and `respond` (response URLs) fetch on node:http (src/app/http-fetch.ts).
    clientOptions: { slackApiUrl: slack.apiUrl, fetch: deps.slackFetch ?? httpFetch },
  };
  const app =
    slack.mode === 'socket'
      ? new App({
          ...common,
          appToken: slack.appToken ?? undefined,
          socketMode: true,
          // /health, /ready and /metrics on PORT in Socket Mode too (Bolt's own small HTTP server).
          customRoutes: probeRoutes(deps.probes, deps.logger),
          // The Socket Mode client has its own Web API client (apps.connections.open).
          installerOptions: {
            port: config.port,
            clientOptions: { slackApiUrl: slack.apiUrl, fetch: deps.slackFetch ?? httpFetch },
          },
        })
      : new App({
          ...common,
          signingSecret: slack.signingSecret ?? '',
          port: config.port,
          customRoutes: probeRoutes(deps.probes, deps.logger),
        });
  const feeds = {
    operatorFeeds: config.feeds,
    allowPrivateNetworks: config.allowPrivateNetworks,
    firstPollDays: config.firstPollDays,
    check: { proxy: proxiedFetches(config.proxy) },
  };
  registerCommands(app, { ...deps, feeds });
  // The App Home's **Add** buttons add catalogue sources as `/readout feeds add <id>` does.
  registerActions(app, { ...deps, feeds, feedUrls: config.feeds });
  registerEvents(app, { ...deps, feedUrls: config.feeds });
  app.error(async (error) => {
    deps.logger.error({ err: error }, 'unhandled error in a Slack listener');
  });
  return {
    app,
    async start() {
      await app.start(config.port);
    },
    async stop() {
      await app.stop();
    },
  };
}
