import { App, type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Config } from '../src/config.js';
import type { Logger } from '../src/logger.js';
import type { RenderOptions } from '../src/render/blocks.js';
import type { Store } from '../src/store/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';

/** Bolt's logger interface over the app's pino logger. */
function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ module: 'bolt' });
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => log.debug(msg.map(String).join(' ')),
    info: (...msg) => log.info(msg.map(String).join(' ')),
    warn: (...msg) => log.warn(msg.map(String).join(' ')),
    error: (...msg) => log.error(msg.map(String).join(' ')),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
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
  },
): SlackApp {
  const { slack } = config;
  if (!slack.botToken) throw new Error('createSlackApp needs SLACK_BOT_TOKEN');
  const common = {
    token: slack.botToken,
    logger: boltLogger(deps.logger),
    clientOptions: { slackApiUrl: slack.apiUrl },
  };
  const app =
    slack.mode === 'socket'
      ? new App({
          ...common,
          appToken: slack.appToken ?? undefined,
          socketMode: true,
          // The Socket Mode client has its own Web API client (apps.connections.open).
          installerOptions: { clientOptions: { slackApiUrl: slack.apiUrl } },
        })
      : new App({
          ...common,
          signingSecret: slack.signingSecret ?? '',
          port: config.port,
          customRoutes: [
            {
              path: '/health',
              method: ['GET'],
              handler: (_req, res) => {
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end('{"ok":true}');
              },
            },
          ],
        });
  registerCommands(app, {
    ...deps,
    feeds: {
      operatorFeeds: config.feeds,
      allowPrivateNetworks: config.allowPrivateNetworks,
      firstPollDays: config.firstPollDays,
    },
  });
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
