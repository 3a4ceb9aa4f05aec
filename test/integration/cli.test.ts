import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { runReadout } from '../helpers/run-cli.js';

const repo = join(import.meta.dirname, '../..');
const seedPath = join(repo, 'fixtures/pages/mofa/seed-2018-03-09-telephone.txt');

const readout = runReadout;

describe('readout parse', () => {
  it('prints the seed readout as JSON that follows readout.schema.json', async () => {
    const { status, stdout } = await readout(['parse', seedPath, '--format', 'json']);
    expect(status).toBe(0);
    const r = JSON.parse(stdout);
    const validate = new Ajv({ strict: false }).compile(
      JSON.parse(readFileSync(join(repo, 'schema/readout.schema.json'), 'utf8')),
    );
    expect(validate(r)).toBe(true);
    expect(r.date).toBe('2018-03-09');
    expect(r.start).toEqual({ time: '08:50', approximate: true, timeZone: 'Asia/Tokyo' });
    expect(r.durationMinutes).toBe(30);
    expect(r.relation).toBe('japan-us');
    expect(r.kind).toBe('telephone');
    expect(r.keyPoints).toHaveLength(5);
    expect(r.participants).toEqual([
      { name: 'Shinzo Abe', honorific: 'Mr.', title: 'Prime Minister of Japan', country: 'JP' },
      {
        name: 'Donald Trump',
        honorific: 'the Honorable',
        title: 'President of the United States of America',
        country: 'US',
      },
    ]);
    const names = JSON.stringify(r.participants);
    expect(names).not.toContain('Chung');
    expect(names).not.toContain('Kim Jong-un');
  });

  it('reads standard input and prints text or Block Kit', async () => {
    const seed = readFileSync(seedPath, 'utf8');
    const text = await readout(['parse', '-', '--format', 'text'], {}, seed);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Date:      Fri 9 Mar 2018');
    expect(text.stdout).toContain('Duration:  about 30 min');
    const blocks = await readout(['parse', '-', '--format', 'blocks'], {}, seed);
    const message = JSON.parse(blocks.stdout);
    expect(message.blocks[0].type).toBe('header');
    expect(message.text).toContain('Shinzo Abe');
  });

  it('exits 0 with nulls and warnings for a page it cannot read facts from, 1 for a missing file', async () => {
    const odd = await readout(['parse', '-'], {}, 'Nothing to see here.');
    expect(odd.status).toBe(0);
    const r = JSON.parse(odd.stdout);
    expect(r.date).toBeNull();
    expect(r.warnings.length).toBeGreaterThan(0);
    const missing = await readout(['parse', '/nonexistent/page.html']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read /nonexistent/page.html');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('takes --url and --published for a file', async () => {
    const { stdout } = await readout(
      [
        'parse',
        '-',
        '--url',
        'https://www.mofa.go.jp/na/na1/us/page1e_000001.html',
        '--published',
        '2018-03-10',
      ],
      {},
      readFileSync(seedPath, 'utf8').replace('March 9, 2018\n', ''),
    );
    const r = JSON.parse(stdout);
    expect(r.url).toBe('https://www.mofa.go.jp/na/na1/us/page1e_000001.html');
    expect(r.source).toBe('mofa');
    expect(r.date).toBe('2018-03-09');
  });
});

describe('readout poll --once and the demo', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-cli' });
    feeds = await startFeedServer();
    feeds.serveDir('/feeds', join(repo, 'fixtures/feeds'), { template: true });
    feeds.serveDir('/pages', join(repo, 'fixtures/pages'));
    dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
    env = {
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: `${feeds.base}/feeds/demo.xml`,
      READOUT_CHANNEL: 'C0CLI',
      READOUT_FIRST_POLL_DAYS: '100000',
      // Each of the 15 fixtures as a post of its own, not one burst digest.
      READOUT_DIGEST_THRESHOLD: '100',
      SLACK_API_URL: slack.apiUrl,
    };
  });
  afterAll(async () => {
    await slack.close();
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run prints what it would post, posts nothing and changes nothing the next run sees', async () => {
    const dry = await readout(['poll', '--once', '--dry-run'], {
      ...env,
      SLACK_BOT_TOKEN: 'xoxb-cli',
      SLACK_SIGNING_SECRET: 's',
    });
    expect(dry.status).toBe(0);
    expect(dry.stdout.match(/--- would post to C0CLI ---/g)).toHaveLength(15);
    expect(dry.stderr).toContain('Dry run: 1 feeds polled (0 failed), 15 new readouts, 15 messages printed');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);

    const live = await readout(['poll', '--once'], {
      ...env,
      SLACK_BOT_TOKEN: 'xoxb-cli',
      SLACK_SIGNING_SECRET: 's',
    });
    expect(live.status).toBe(0);
    expect(slack.messages('C0CLI').filter((m) => !m.thread_ts)).toHaveLength(15); // posts; context replies aside
    const again = await readout(['poll', '--once'], {
      ...env,
      SLACK_BOT_TOKEN: 'xoxb-cli',
      SLACK_SIGNING_SECRET: 's',
    });
    expect(again.status).toBe(0);
    expect(slack.messages('C0CLI').filter((m) => !m.thread_ts)).toHaveLength(15); // posts; context replies aside
    // 15 posts to one channel at one a second are 15 s on their own, then three app starts.
  }, 60_000);

  it('poll --once skips a feed that is backing off after a failure, and says until when', async () => {
    feeds.set('/broken.xml', { body: 'oops', status: 500 });
    const broken = {
      ...env,
      SLACK_BOT_TOKEN: 'xoxb-cli',
      SLACK_SIGNING_SECRET: 's',
      DATABASE_URL: join(dir, 'broken.db'),
      READOUT_FEEDS: feeds.url('/broken.xml'),
    };
    const first = await readout(['poll', '--once'], broken);
    expect(first.stderr).toMatch(/1 feeds polled \(1 failed\)[\s\S]*broken\.xml: HTTP 500/);
    const second = await readout(['poll', '--once'], broken);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(
      /1 feeds polled \(0 failed, 1 skipped\)[\s\S]*broken\.xml: skipped, backing off until 20/,
    );
    expect(feeds.count('/broken.xml')).toBe(1);
  });

  it('without a bot token, poll --once is a dry run', async () => {
    const r = await readout(['poll', '--once'], { ...env, DATABASE_URL: join(dir, 'other.db') });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('SLACK_BOT_TOKEN is unset: dry run');
    expect(r.stdout).toContain('--- would post to C0CLI ---');
  });

  it('npm start without credentials runs the demo: fixture feed on loopback, every message printed', async () => {
    const r = await readout(['serve'], { READOUT_TIMEZONE: 'UTC' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('No SLACK_BOT_TOKEN: running the demo');
    expect(r.stdout.match(/--- would post to C0DEMO ---/g)).toHaveLength(15);
    expect(r.stdout).toContain('Demo: 15 readouts read from http://127.0.0.1:');
    expect(r.stdout).toContain('/readout japan-us list 3 would answer');
    const blocks = await readout(['demo', '--blocks']);
    // One message a line (NDJSON).
    const first = JSON.parse(blocks.stdout.split('\n')[0] ?? '');
    expect(first.metadata.event_type).toBe('readout_posted');
    expect(first.blocks[0].type).toBe('header');
    // Two whole runs of the binary, each parsing every demo page: room for a loaded machine.
  }, 45_000);

  it('stops at start-up on a bad setting, naming the variable and what it expected', async () => {
    const r = await readout(['poll', '--once'], { ...env, PORT: 'abc', READOUT_CHANNEL: '#general' });
    expect(r.status).toBe(78);
    expect(r.stderr).toContain('PORT: expected a port number');
    expect(r.stderr).toContain('READOUT_CHANNEL: expected a channel id');
    const source = await readout(['poll', '--once'], { ...env, READOUT_SOURCES: 'kantei,white-house' });
    expect(source.status).toBe(78);
    expect(source.stderr).toMatch(/READOUT_SOURCES: expected catalogue ids .* got unknown "white-house"/);
    const secret = await readout(['serve'], { SLACK_BOT_TOKEN: 'xoxb-very-secret' });
    expect(secret.stderr).toContain('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN');
    expect(secret.stderr).not.toContain('very-secret');
  });
});
