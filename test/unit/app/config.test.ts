import { describe, expect, it } from 'vitest';
import { type Config, DEFAULT_FEEDS, loadConfig, readProxy } from '../../../src/app/config.js';
import { ConfigError } from '../../../src/app/errors.js';

/** The ConfigError loadConfig throws for an environment; fails the test when it does not throw. */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe('CONFIG_INVALID');
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

const BOT = 'xoxb-1111-2222-bottokenvalue';
const SECRET = 'signing-secret-d41d8cd98f00b204';
const APP = 'xapp-1-A0001-apptokenvalue';

describe('loadConfig defaults', () => {
  const config = loadConfig({});

  it('runs in dry-run mode without Slack credentials', () => {
    expect(config.slack).toEqual({
      botToken: null,
      signingSecret: null,
      appToken: null,
      apiUrl: 'https://slack.com/api/',
      mode: 'off',
    });
  });

  it('uses the documented defaults', () => {
    expect(config).toMatchObject({
      port: 3000,
      pollCron: '*/10 * * * *',
      timeZone: 'UTC',
      firstPollDays: 7,
      digestThreshold: 10,
      alertChannel: null,
      channel: null,
      allowPrivateNetworks: false,
    });
    expect(config.databaseUrl).toMatch(/^\.\/data\/.+\.db$/);
  });

  it('polls the built-in feeds: the catalogue default set', () => {
    expect(config.feeds).toEqual(DEFAULT_FEEDS);
    expect(config.sources).toEqual(['kantei', 'pm-canada-readouts', 'gov-uk-pm', 'gov-uk-fcdo', 'gac']);
    expect(config.feeds).toEqual([
      'https://japan.kantei.go.jp/index-e2.rdf',
      'https://www.pm.gc.ca/en/news/readouts',
      'https://www.gov.uk/government/organisations/prime-ministers-office-10-downing-street.atom',
      'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office.atom',
      'https://api.io.canada.ca/io-server/gc/news/en/v2?dept=departmentofforeignaffairstradeanddevelopment&sort=publishedDate&orderBy=desc&publishedDate>=2015-01-01&pick=5&format=atom&atomtitle=Global+Affairs+Canada+news',
    ]);
  });

  it('does not read process.env when given an environment', () => {
    const saved = process.env.PORT;
    process.env.PORT = '4567';
    try {
      expect(loadConfig({}).port).toBe(3000);
    } finally {
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });
});

describe('loadConfig modes', () => {
  it('runs over HTTP with a bot token and a signing secret', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET });
    expect(config.slack).toMatchObject({
      mode: 'http',
      botToken: BOT,
      signingSecret: SECRET,
      appToken: null,
    });
  });

  it('runs in Socket Mode with a bot token and an app token', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP });
    expect(config.slack).toMatchObject({ mode: 'socket', botToken: BOT, appToken: APP });
  });

  it('takes the other settings as given', () => {
    const config = loadConfig({
      PORT: '8080',
      READOUT_POLL_CRON: '*/30 * * * * *',
      READOUT_TIMEZONE: 'Asia/Tokyo',
      READOUT_CHANNEL: 'C0123ABCD',
      READOUT_ALERT_CHANNEL: 'C0999ZZZZ',
      READOUT_FIRST_POLL_DAYS: '0',
      READOUT_DIGEST_THRESHOLD: '3',
      READOUT_ALLOW_PRIVATE_NETWORKS: '1',
      READOUT_LEASE_SECONDS: '10',
      DATABASE_URL: 'file:/tmp/readout-test.db',
    });
    expect(config).toMatchObject({
      port: 8080,
      pollCron: '*/30 * * * * *',
      timeZone: 'Asia/Tokyo',
      channel: 'C0123ABCD',
      alertChannel: 'C0999ZZZZ',
      firstPollDays: 0,
      digestThreshold: 3,
      allowPrivateNetworks: true,
      leaseSeconds: 10,
      databaseUrl: 'file:/tmp/readout-test.db',
    });
  });

  it('reads a comma-separated feed list, trimmed and without duplicates', () => {
    const config = loadConfig({
      READOUT_FEEDS: ' https://a.example/rss.xml, http://127.0.0.1:8080/feed ,https://a.example/rss.xml,',
    });
    expect(config.feeds).toEqual(['https://a.example/rss.xml', 'http://127.0.0.1:8080/feed']);
  });
});

describe('loadConfig result', () => {
  it('is frozen, nested parts included', () => {
    const config: Config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.slack)).toBe(true);
    expect(Object.isFrozen(config.feeds)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(config.port).toBe(3000);
  });

  it('gives SLACK_API_URL a trailing slash', () => {
    expect(loadConfig({ SLACK_API_URL: 'http://127.0.0.1:9999/api' }).slack.apiUrl).toBe(
      'http://127.0.0.1:9999/api/',
    );
    expect(loadConfig({ SLACK_API_URL: 'http://127.0.0.1:9999/api/' }).slack.apiUrl).toBe(
      'http://127.0.0.1:9999/api/',
    );
  });
});

describe('loadConfig refuses bad values', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT', /port number/, 'abc'],
    [{ PORT: '70000' }, 'PORT', /from 0 to 65535/, '70000'],
    [{ PORT: '80.5' }, 'PORT', /expected a port number/, '80.5'],
    [{ READOUT_POLL_CRON: 'every minute' }, 'READOUT_POLL_CRON', /cron expression/, 'every minute'],
    [{ READOUT_TIMEZONE: 'Mars/Olympus' }, 'READOUT_TIMEZONE', /IANA time zone/, 'Mars/Olympus'],
    [{ READOUT_CHANNEL: '#general' }, 'READOUT_CHANNEL', /channel id/, '#general'],
    [{ READOUT_FEEDS: 'ftp://x' }, 'READOUT_FEEDS', /http\(s\) URLs/, 'ftp://x'],
    [{ READOUT_FEEDS: 'https://ok.example/rss, not a url' }, 'READOUT_FEEDS', /http\(s\) URLs/, 'not a url'],
    [{ READOUT_FIRST_POLL_DAYS: '-1' }, 'READOUT_FIRST_POLL_DAYS', /whole number of days/, '-1'],
    [{ READOUT_DIGEST_THRESHOLD: '0' }, 'READOUT_DIGEST_THRESHOLD', /from 1 to/, '0'],
    [{ SLACK_API_URL: 'ftp://slack.example/' }, 'SLACK_API_URL', /http\(s\) URL/, 'ftp://slack.example/'],
  ])('%j names %s and what it expected', (env, variable, expected, value) => {
    const { message } = configError(env);
    const line = message.split('\n').find((l) => l.includes(`${variable}:`));
    expect(line).toBeDefined();
    expect(line).toMatch(expected);
    // Values that are not secret are shown, so the operator sees what was read.
    expect(line).toContain(value);
  });

  it('requires SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN in HTTP mode', () => {
    const { message } = configError({ SLACK_BOT_TOKEN: BOT });
    expect(message).toMatch(/SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN/);
    expect(message).toContain('SLACK_APP_TOKEN');
  });

  it('requires an app token to start with xapp-', () => {
    const { message } = configError({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'abc' });
    expect(message).toMatch(/SLACK_APP_TOKEN: .*"xapp-"/);
  });

  it('requires SLACK_BOT_TOKEN with SLACK_APP_TOKEN', () => {
    const { message } = configError({ SLACK_APP_TOKEN: APP });
    expect(message).toMatch(/SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN/);
  });

  it('requires a bot token to look like one', () => {
    const { message } = configError({ SLACK_BOT_TOKEN: 'bot-token-not-xox', SLACK_SIGNING_SECRET: SECRET });
    expect(message).toMatch(/SLACK_BOT_TOKEN: .*"xoxb-"/);
  });

  it('lists every bad variable at once', () => {
    const { message } = configError({ PORT: 'abc', READOUT_TIMEZONE: 'Mars/Olympus' });
    expect(message).toContain('PORT:');
    expect(message).toContain('READOUT_TIMEZONE:');
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'not-a-token-VERYSECRET1', SLACK_SIGNING_SECRET: SECRET }, 'not-a-token-VERYSECRET1'],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'abc-VERYSECRET2' }, 'abc-VERYSECRET2'],
    [{ SLACK_APP_TOKEN: 'wrong-VERYSECRET3' }, 'wrong-VERYSECRET3'],
    [{ SLACK_BOT_TOKEN: BOT }, BOT],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: 'abc' }, SECRET],
  ])('never echoes a secret value (%#)', (env, secret) => {
    const { message } = configError(env);
    expect(message).not.toContain(secret);
    expect(message).not.toContain('VERYSECRET');
  });

  // An empty variable (`PORT=` in an env file) is unset, or a mistake; it must not become 0.
  it.each([
    ['PORT', 'port', 3000],
    ['READOUT_FIRST_POLL_DAYS', 'firstPollDays', 7],
  ] as const)('treats an empty %s as its default or refuses it, never as 0', (variable, key, fallback) => {
    for (const value of ['', '  ']) {
      let config: Config | undefined;
      try {
        config = loadConfig({ [variable]: value });
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as Error).message).toContain(`${variable}:`);
        continue;
      }
      expect(config[key]).toBe(fallback);
    }
  });
});

describe('loadConfig with OAuth install (many workspaces)', () => {
  const CLIENT_ID = '1234567890.9876543210';
  const CLIENT_SECRET = 'client-secret-VERYSECRET4';
  const STATE_SECRET = 'state-secret-VERYSECRET5-long';
  const oauth = {
    SLACK_CLIENT_ID: CLIENT_ID,
    SLACK_CLIENT_SECRET: CLIENT_SECRET,
    SLACK_STATE_SECRET: STATE_SECRET,
  };

  it('is off by default: single-token mode keeps no OAuth settings', () => {
    expect(loadConfig({}).oauth).toBeNull();
    const single = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET });
    expect(single.oauth).toBeNull();
    expect(single.slack.mode).toBe('http');
  });

  it('runs in mode "oauth" with the three variables and a signing secret, without a bot token', () => {
    const config = loadConfig({ ...oauth, SLACK_SIGNING_SECRET: SECRET });
    expect(config.slack).toMatchObject({
      mode: 'oauth',
      botToken: null,
      signingSecret: SECRET,
      appToken: null,
    });
    expect(config.oauth).toEqual({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      stateSecret: STATE_SECRET,
    });
    expect(Object.isFrozen(config.oauth)).toBe(true);
  });

  it.each([
    ['SLACK_CLIENT_ID', ['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET']],
    ['SLACK_CLIENT_SECRET', ['SLACK_CLIENT_ID', 'SLACK_STATE_SECRET']],
    ['SLACK_STATE_SECRET', ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET']],
  ] as const)('refuses %s alone, naming both missing variables', (only, missing) => {
    const { message } = configError({ [only]: oauth[only], SLACK_SIGNING_SECRET: SECRET });
    for (const name of missing) expect(message).toMatch(new RegExp(`${name}: required with ${only}`));
    expect(message).toContain('all three');
  });

  it.each([
    ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'],
    ['SLACK_CLIENT_SECRET', 'SLACK_CLIENT_ID', 'SLACK_STATE_SECRET'],
    ['SLACK_STATE_SECRET', 'SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET'],
  ] as const)('refuses two of the three: %s missing', (missing, a, b) => {
    const { message } = configError({ [a]: oauth[a], [b]: oauth[b], SLACK_SIGNING_SECRET: SECRET });
    expect(message).toMatch(new RegExp(`${missing}: required with`));
    // One bad variable: one line, "invalid configuration: NAME: …"; several: one indented line each.
    expect(
      message.split('\n').filter((l) => /(^invalid configuration: | {2})SLACK_(CLIENT|STATE)_/.test(l)),
    ).toHaveLength(1);
  });

  it('requires SLACK_SIGNING_SECRET with OAuth', () => {
    const { message } = configError(oauth);
    expect(message).toMatch(/SLACK_SIGNING_SECRET: required with SLACK_CLIENT_ID/);
  });

  it('refuses a bot token beside OAuth: each workspace gets its token by installing', () => {
    const { message } = configError({ ...oauth, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: BOT });
    expect(message).toMatch(/SLACK_BOT_TOKEN: not used with SLACK_CLIENT_ID/);
    expect(message).toContain('/slack/install');
  });

  it('refuses Socket Mode beside OAuth, without also asking for a bot token', () => {
    const { message } = configError({ ...oauth, SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: APP });
    expect(message).toMatch(/SLACK_APP_TOKEN: not used with SLACK_CLIENT_ID/);
    expect(message).not.toMatch(/SLACK_BOT_TOKEN: required/);
  });

  it('refuses a client id that is not Slack-shaped and a short state secret', () => {
    const { message } = configError({
      ...oauth,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_CLIENT_ID: 'my-app',
      SLACK_STATE_SECRET: 'short',
    });
    expect(message).toMatch(
      /SLACK_CLIENT_ID: expected a client id such as 1234567890\.1234567890.*\(got "my-app"\)/,
    );
    expect(message).toMatch(/SLACK_STATE_SECRET: expected a random string of at least 16 characters/);
    expect(message).not.toContain('"short"');
  });

  it('never echoes the client secret or the state secret', () => {
    const { message } = configError({ ...oauth, SLACK_BOT_TOKEN: BOT });
    expect(message).not.toContain('VERYSECRET');
    expect(message).not.toContain(BOT);
  });
});

describe('proxy settings (HTTPS_PROXY, HTTP_PROXY, NO_PROXY)', () => {
  it('has no proxy by default', () => {
    expect(loadConfig({}).proxy).toEqual({ httpsProxy: null, httpProxy: null, noProxy: null });
  });

  it('reads the upper-case names, else the lower-case ones', () => {
    expect(
      loadConfig({
        HTTPS_PROXY: 'http://proxy.example:3128',
        http_proxy: 'http://other.example:8080',
        no_proxy: 'localhost,.internal',
      }).proxy,
    ).toEqual({
      httpsProxy: 'http://proxy.example:3128',
      httpProxy: 'http://other.example:8080',
      noProxy: 'localhost,.internal',
    });
    expect(
      loadConfig({ HTTP_PROXY: 'http://a.example:1', http_proxy: 'http://b.example:2' }).proxy.httpProxy,
    ).toBe('http://a.example:1');
  });

  it('reads the proxy alone for commands that need nothing else, ignoring other variables', () => {
    expect(readProxy({ HTTP_PROXY: 'http://p.example:3128', PORT: 'abc' })).toEqual({
      httpsProxy: null,
      httpProxy: 'http://p.example:3128',
      noProxy: null,
    });
    expect(() => readProxy({ HTTP_PROXY: 'ftp://user:pa55word@p.example' })).toThrow(
      /HTTP_PROXY: expected a proxy URL/,
    );
  });

  it('refuses a proxy that is not an http(s) URL without echoing its credentials', () => {
    const error = configError({ HTTPS_PROXY: 'socks5://user:pa55word@proxy.example:1080' });
    expect(error.message).toMatch(/HTTPS_PROXY: expected a proxy URL/);
    expect(error.message).not.toContain('pa55word');
    expect(configError({ HTTP_PROXY: 'not a url' }).message).toMatch(/HTTP_PROXY/);
  });
});

describe('READOUT_SOURCES and READOUT_FEEDS', () => {
  it('picks catalogue entries by id, in any case, each once', () => {
    const config = loadConfig({ READOUT_SOURCES: 'gov-uk-pm, Kremlin,gov-uk-pm,' });
    expect(config.sources).toEqual(['gov-uk-pm', 'kremlin']);
    expect(config.feeds).toEqual([
      'https://www.gov.uk/government/organisations/prime-ministers-office-10-downing-street.atom',
      'https://en.kremlin.ru/events/president/news/feed',
    ]);
  });

  it('lets READOUT_FEEDS replace the default set', () => {
    const config = loadConfig({ READOUT_FEEDS: 'https://example.org/feed.xml' });
    expect(config.sources).toEqual([]);
    expect(config.feeds).toEqual(['https://example.org/feed.xml']);
  });

  it('polls both when both are set, the catalogue entries first', () => {
    const config = loadConfig({ READOUT_SOURCES: 'kantei', READOUT_FEEDS: 'https://example.org/feed.xml' });
    expect(config.feeds).toEqual(['https://japan.kantei.go.jp/index-e2.rdf', 'https://example.org/feed.xml']);
  });

  it('stops start-up on an unknown id, naming the variable, the id and the ids it knows', () => {
    const error = configError({ READOUT_SOURCES: 'whitehouse,white-house' });
    expect(error.message).toContain('READOUT_SOURCES: expected catalogue ids');
    expect(error.message).toContain('"white-house"');
    expect(error.message).not.toContain('"whitehouse"');
    expect(error.message).toContain('gov-uk-fcdo');
  });
});
