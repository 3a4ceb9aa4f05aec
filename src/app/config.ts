import cron from 'node-cron';
import { z } from 'zod';
import { CATALOGUE, catalogueSource, DEFAULT_SOURCES } from '../feeds/catalogue.js';
import { ConfigError } from './errors.js';

/** SQLite under ./data/, the one database directory created when missing. */
export const DEFAULT_DATABASE_URL = './data/readout.db';

/** The feed URLs of the catalogue's default set (src/feeds/catalogue-data.ts says why these). */
export const DEFAULT_FEEDS: readonly string[] = DEFAULT_SOURCES.map(
  (id) => (catalogueSource(id) as { url: string }).url,
);

/** READOUT_SOURCES as written: catalogue ids, comma-separated, blanks dropped, lower-cased. */
const sourceIds = (value: string) =>
  value
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** A proxy URL (HTTPS_PROXY, HTTP_PROXY): http:// or https://, a user and password allowed. */
const proxyUrl = optionalString.refine(
  (v) => {
    if (v === undefined) return true;
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  },
  { message: 'expected a proxy URL such as http://proxy.example:3128' },
);

/** A whole number written in decimal digits only ("0x50" and "1e3" are refused). */
const wholeNumber = (what: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `expected ${what}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: `expected ${what} from ${min} to ${max}` })
    .default(fallback);

/** The zone's canonical name ("asia/tokyo" → "Asia/Tokyo"), or null when unknown. */
function canonicalZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const schema = z
  .object({
    SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xox'), {
      message: 'expected a bot token starting with "xoxb-"',
    }),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), {
      message: 'expected an app-level token starting with "xapp-"',
    }),
    SLACK_CLIENT_ID: optionalString.refine((v) => v === undefined || /^\d+\.\d+$/.test(v), {
      message: 'expected a client id such as 1234567890.1234567890 (Basic Information, App Credentials)',
    }),
    SLACK_CLIENT_SECRET: optionalString,
    SLACK_STATE_SECRET: optionalString.refine((v) => v === undefined || v.length >= 16, {
      message: 'expected a random string of at least 16 characters (it signs the install state)',
    }),
    SLACK_API_URL: z
      .string()
      .trim()
      .default('https://slack.com/api/')
      .refine((v) => /^https?:\/\//.test(v), {
        message: 'expected an http(s) URL such as https://slack.com/api/',
      })
      .transform((v) => (v.endsWith('/') ? v : `${v}/`)),
    PORT: wholeNumber('a port number', 0, 65535, 3000),
    DATABASE_URL: z
      .string()
      .trim()
      .default(DEFAULT_DATABASE_URL)
      .refine((v) => !/^[a-z][a-z0-9+.-]+:/i.test(v) || /^(file:|postgres(ql)?:\/\/)/i.test(v), {
        message: 'expected postgres://… for PostgreSQL, or a file path or file: URL for SQLite',
      }),
    READOUT_FEEDS: optionalString,
    READOUT_SOURCES: optionalString,
    READOUT_FIRST_POLL_DAYS: wholeNumber('a whole number of days', 0, 36_500_000, 7),
    READOUT_DIGEST_THRESHOLD: wholeNumber('a whole number', 1, 100_000, 10),
    READOUT_ALERT_CHANNEL: optionalString,
    READOUT_CHANNEL: optionalString.refine((v) => v === undefined || /^[CGD][A-Z0-9]{2,}$/.test(v), {
      message: 'expected a channel id such as C0123ABCD (not a #name)',
    }),
    READOUT_POLL_CRON: z
      .string()
      .trim()
      .default('*/10 * * * *')
      .refine((v) => cron.validate(v), { message: 'expected a cron expression such as "*/10 * * * *"' }),
    READOUT_TIMEZONE: z
      .string()
      .trim()
      .default('UTC')
      .refine(isTimeZone, { message: 'expected an IANA time zone such as Asia/Tokyo or UTC' })
      .transform((zone) => canonicalZone(zone) ?? zone),
    READOUT_ALLOW_PRIVATE_NETWORKS: z.enum(['', '0', '1']).default(''),
    READOUT_LEASE_SECONDS: wholeNumber('a whole number of seconds', 5, 3600, 60),
    HTTPS_PROXY: proxyUrl,
    https_proxy: proxyUrl,
    HTTP_PROXY: proxyUrl,
    http_proxy: proxyUrl,
    NO_PROXY: optionalString,
    no_proxy: optionalString,
    NODE_ENV: optionalString,
  })
  .superRefine((env, ctx) => {
    const oauth = checkOAuth(env, ctx);
    if (oauth) return;
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
    if (env.SLACK_APP_TOKEN && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'required with SLACK_APP_TOKEN (Socket Mode needs the bot token too)',
      });
    }
    if (env.READOUT_SOURCES) {
      const unknown = sourceIds(env.READOUT_SOURCES).filter((id) => !catalogueSource(id));
      if (unknown.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['READOUT_SOURCES'],
          message: `expected catalogue ids (\`/readout sources\` lists them: ${CATALOGUE.map((s) => s.id).join(', ')}), got unknown ${unknown.map((id) => `"${id}"`).join(', ')}`,
        });
    }
    if (env.READOUT_FEEDS) {
      for (const url of env.READOUT_FEEDS.split(',').map((u) => u.trim())) {
        if (url && !/^https?:\/\/[^\s]+$/.test(url)) {
          ctx.addIssue({
            code: 'custom',
            path: ['READOUT_FEEDS'],
            message: `expected http(s) URLs, got "${url}"`,
          });
        }
      }
    }
  });

const OAUTH_VARIABLES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/**
 * The OAuth rules: all three variables or none; with them a signing secret, and neither a bot
 * token (each workspace's token comes from its install) nor an app token (the install pages need
 * the HTTP receiver). Returns whether any OAuth variable is set (the single-token rules then
 * do not apply).
 */
type SlackVariables = Partial<
  Record<
    (typeof OAUTH_VARIABLES)[number] | 'SLACK_SIGNING_SECRET' | 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN',
    string
  >
>;

function checkOAuth(env: SlackVariables, ctx: z.RefinementCtx): boolean {
  const set = OAUTH_VARIABLES.filter((name) => env[name] !== undefined);
  if (set.length === 0) return false;
  for (const name of OAUTH_VARIABLES) {
    if (env[name] === undefined)
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `required with ${set.join(' and ')} (OAuth install needs all three of ${OAUTH_VARIABLES.join(', ')})`,
      });
  }
  if (!env.SLACK_SIGNING_SECRET)
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_SIGNING_SECRET'],
      message: 'required with SLACK_CLIENT_ID (OAuth install: every request from Slack is verified)',
    });
  if (env.SLACK_BOT_TOKEN)
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_BOT_TOKEN'],
      message:
        'not used with SLACK_CLIENT_ID: with OAuth install each workspace gets its token by installing through /slack/install; unset one or the other',
    });
  if (env.SLACK_APP_TOKEN)
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_APP_TOKEN'],
      message:
        'not used with SLACK_CLIENT_ID: OAuth install runs on the HTTP receiver, not Socket Mode; unset it',
    });
  return true;
}

export type Config = Readonly<{
  slack: Readonly<{
    botToken: string | null;
    signingSecret: string | null;
    appToken: string | null;
    apiUrl: string;
    /**
     * "http" with a signing secret, "socket" with an app token, "off" without a bot token;
     * "oauth" with SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (many workspaces,
     * each installed through /slack/install, tokens in the database).
     */
    mode: 'http' | 'socket' | 'off' | 'oauth';
  }>;
  /** OAuth install (mode "oauth"); null in single-token mode. */
  oauth: Readonly<{ clientId: string; clientSecret: string; stateSecret: string }> | null;
  port: number;
  databaseUrl: string;
  /**
   * The feeds polled always, never removable from Slack: READOUT_SOURCES' catalogue URLs and
   * READOUT_FEEDS' URLs; the catalogue's default set when neither is set.
   */
  feeds: readonly string[];
  /** The catalogue ids behind `feeds` (READOUT_SOURCES, or the default set); empty with READOUT_FEEDS alone. */
  sources: readonly string[];
  firstPollDays: number;
  digestThreshold: number;
  alertChannel: string | null;
  channel: string | null;
  pollCron: string;
  timeZone: string;
  allowPrivateNetworks: boolean;
  /** Several instances on PostgreSQL: how long a channel stays one instance's without a post. */
  leaseSeconds: number;
  /**
   * The proxy for feed and page fetches (HTTPS_PROXY, HTTP_PROXY, NO_PROXY; the lower-case
   * spellings when the upper-case ones are unset). May carry credentials: never log it as is.
   */
  proxy: Readonly<{ httpsProxy: string | null; httpProxy: string | null; noProxy: string | null }>;
  /** NODE_ENV=production: no bot token is an error, never the demo or a dry run. */
  production: boolean;
}>;

/**
 * The only reader of the environment. Returns a frozen Config, or throws a ConfigError whose
 * message names each bad variable and what it expected.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // A variable set to nothing ("PORT=" in an env file) means its default.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || 'environment';
      const got = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
      const shown =
        got === undefined || /TOKEN|SECRET|PROXY|DATABASE_URL/i.test(name) || issue.message.includes('got ')
          ? ''
          : ` (got "${got}")`;
      return `${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(
      lines.length === 1
        ? `invalid configuration: ${lines[0]}`
        : `invalid configuration:\n  ${lines.join('\n  ')}`,
    );
  }
  const e = parsed.data;
  const oauth =
    e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
      ? Object.freeze({
          clientId: e.SLACK_CLIENT_ID,
          clientSecret: e.SLACK_CLIENT_SECRET,
          stateSecret: e.SLACK_STATE_SECRET,
        })
      : null;
  const mode = oauth ? 'oauth' : !e.SLACK_BOT_TOKEN ? 'off' : e.SLACK_APP_TOKEN ? 'socket' : 'http';
  // READOUT_FEEDS replaces the default set; READOUT_SOURCES adds catalogue entries beside it.
  const sources = e.READOUT_SOURCES
    ? [...new Set(sourceIds(e.READOUT_SOURCES))]
    : e.READOUT_FEEDS
      ? []
      : [...DEFAULT_SOURCES];
  const feeds = [
    ...sources.map((id) => (catalogueSource(id) as { url: string }).url),
    ...(e.READOUT_FEEDS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
  ];
  return Object.freeze({
    slack: Object.freeze({
      botToken: e.SLACK_BOT_TOKEN ?? null,
      signingSecret: e.SLACK_SIGNING_SECRET ?? null,
      appToken: e.SLACK_APP_TOKEN ?? null,
      apiUrl: e.SLACK_API_URL,
      mode,
    }),
    oauth,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    feeds: Object.freeze([...new Set(feeds)]),
    sources: Object.freeze(sources),
    firstPollDays: e.READOUT_FIRST_POLL_DAYS,
    digestThreshold: e.READOUT_DIGEST_THRESHOLD,
    alertChannel: e.READOUT_ALERT_CHANNEL ?? null,
    channel: e.READOUT_CHANNEL ?? null,
    pollCron: e.READOUT_POLL_CRON,
    timeZone: e.READOUT_TIMEZONE,
    allowPrivateNetworks: e.READOUT_ALLOW_PRIVATE_NETWORKS === '1',
    leaseSeconds: e.READOUT_LEASE_SECONDS,
    proxy: Object.freeze({
      httpsProxy: e.HTTPS_PROXY ?? e.https_proxy ?? null,
      httpProxy: e.HTTP_PROXY ?? e.http_proxy ?? null,
      noProxy: e.NO_PROXY ?? e.no_proxy ?? null,
    }),
    production: e.NODE_ENV === 'production',
  });
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** LOG_LEVEL for the logger, read before the rest of the config (an unknown level means info). */
export function readLogLevel(env: NodeJS.ProcessEnv = process.env): string {
  const level = env.LOG_LEVEL?.trim().toLowerCase();
  return level && LOG_LEVELS.includes(level) ? level : 'info';
}

/**
 * The proxy settings alone, for commands that need no other setting (`readout parse <url>`): a
 * bad proxy URL throws a ConfigError like `loadConfig` does, without showing the value.
 */
export function readProxy(env: NodeJS.ProcessEnv = process.env): Config['proxy'] {
  const names = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
  const subset = Object.fromEntries(names.flatMap((n) => (env[n] === undefined ? [] : [[n, env[n]]])));
  return loadConfig(subset).proxy;
}

/**
 * READOUT_TIMEZONE alone, for commands that need no other setting (`readout parse`): a bad
 * zone throws a ConfigError like `loadConfig` does.
 */
export function readDisplayZone(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.READOUT_TIMEZONE?.trim();
  if (!zone) return 'UTC';
  const canonical = canonicalZone(zone);
  if (!canonical)
    throw new ConfigError(
      `invalid configuration:\n  READOUT_TIMEZONE: expected an IANA time zone such as Asia/Tokyo or UTC (got "${zone}")`,
    );
  return canonical;
}
