/**
 * The log as an operator reads it, from the real binary: one key per field, and a Slack outage
 * said once with what failed and where to look.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/app-process.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { jsonLines, repeatedKeys } from '../helpers/log-lines.js';
import { runReadout } from '../helpers/run-cli.js';

const repo = join(import.meta.dirname, '../..');
const fixtures = join(repo, 'fixtures');

const readout = runReadout;

describe('logs an operator can act on', () => {
  let feeds: FeedServer;
  let dir: string;
  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.serveDir('/feeds', join(fixtures, 'feeds'), { template: true });
    feeds.serveDir('/pages', join(fixtures, 'pages'));
    feeds.set('/broken.xml', { body: 'oops', status: 500 });
    dir = mkdtempSync(join(tmpdir(), 'readout-logs-'));
  });
  afterAll(async () => {
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a poll with a failing feed and Slack refusing connections: one key per field, one Slack error line', async () => {
    const closed = await freePort();
    const r = await readout(['poll'], {
      LOG_LEVEL: 'debug',
      SLACK_BOT_TOKEN: 'xoxb-logs',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: `http://127.0.0.1:${closed}/api/`,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: `${feeds.base}/feeds/demo.xml,${feeds.base}/broken.xml`,
      READOUT_CHANNEL: 'C0LOGS',
      READOUT_FIRST_POLL_DAYS: '100000',
      READOUT_DIGEST_THRESHOLD: '100',
    });
    const raw = r.stderr.split('\n').filter((l) => l.startsWith('{'));
    expect(raw.length).toBeGreaterThan(20);
    for (const line of raw) expect(repeatedKeys(line), line).toEqual([]);
    const lines = jsonLines(r.stderr);
    // The failing feed: its URL once, as feedUrl.
    const failed = lines.find((l) => l.msg === 'feed failed');
    expect(failed?.feedUrl).toBe(`${feeds.base}/broken.xml`);

    // Every post failed against the closed port: the outage is one error line, not one per try.
    const slackErrors = lines.filter(
      (l) => l.level === 50 && String(l.msg).startsWith('Slack API unreachable'),
    );
    expect(slackErrors).toHaveLength(1);
    expect(slackErrors[0]).toMatchObject({ host: `127.0.0.1:${closed}` });
    expect(String(slackErrors[0]?.method)).toMatch(/^(chat\.postMessage|conversations\.history)$/);
    expect(String(slackErrors[0]?.cause)).toContain('SLACK_API_URL');
    expect(lines.filter((l) => l.msg === 'Slack API still unreachable').length).toBeGreaterThan(3);
    expect(lines.filter((l) => l.level === 40 && String(l.msg).includes('http request failed'))).toEqual([]);
    expect(r.stderr).toMatch(/15 posts failed/);
  }, 60_000);
});
