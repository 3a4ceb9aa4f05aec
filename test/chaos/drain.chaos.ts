/**
 * Drain time of a backlog: 200 planned posts over 5 channels, delivered by `deliverPending` with
 * the paced poster and the posting client, against a fake Slack that answers 429 (Retry-After 1)
 * to a second post in one channel within a second. Slack's floor is 40 s (40 posts a channel at
 * one a second). DRAIN_BASELINE=1 also measures one channel at a time (the old sequential drain).
 * Writes bench/results/drain.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { deliverPending } from '../../src/deliver/deliver.js';
import { pacedPoster } from '../../src/deliver/pace.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import { POSTING_RETRY, POSTING_TIMEOUT_MS } from '../../src/deliver/slack-client.js';
import { unknownReadout } from '../../src/readout/types.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { startFakeSlack } from '../helpers/fake-slack.js';

const CHANNELS = ['C0D1', 'C0D2', 'C0D3', 'C0D4', 'C0D5'];
const POSTS = 200;

async function drain(
  workers: number,
): Promise<{ workers: number; seconds: number; posted: number; rateLimited: number }> {
  const slack = await startFakeSlack({ token: 'xoxb-drain', ratePerChannelPerSec: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'readout-drain-'));
  const store = openSqliteStore(join(dir, 'r.db'));
  try {
    for (let i = 0; i < POSTS; i++) {
      const { readout } = await store.insertReadout({
        feedUrl: 'https://feeds.example/f.xml',
        itemKey: `item-${i}`,
        link: `https://www.mofa.go.jp/p/${i}.html`,
        itemPublishedAt: null,
        itemTitle: null,
        itemSummary: null,
        readout: unknownReadout({ source: 'mofa', title: `Readout ${i}`, relation: `japan-r${i}` }),
        partial: false,
        pageAttempts: 1,
        lastPageError: null,
        announce: true,
      });
      await store.planPost(readout.id, CHANNELS[i % CHANNELS.length] ?? 'C0D1');
    }
    const client = new WebClient('xoxb-drain', {
      slackApiUrl: slack.apiUrl,
      retryConfig: POSTING_RETRY,
      timeout: POSTING_TIMEOUT_MS,
    });
    const started = performance.now();
    const report = await deliverPending({
      store,
      poster: pacedPoster(createSlackPoster(client)),
      logger: pino({ level: 'silent' }),
      render: { timeZone: 'UTC' },
      channelWorkers: workers,
    });
    const seconds = (performance.now() - started) / 1000;
    const rateLimited = slack.callsTo('chat.postMessage').filter((c) => c.status === 429).length;
    return { workers, seconds: Math.round(seconds * 10) / 10, posted: report.posted, rateLimited };
  } finally {
    await store.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

it('drains 200 posts over 5 channels near the 40 s floor', async () => {
  const runs = [await drain(CHANNELS.length)];
  if (process.env.DRAIN_BASELINE === '1') runs.push(await drain(1));
  for (const r of runs)
    process.stdout.write(
      `drain ${POSTS} posts / ${CHANNELS.length} channels, ${r.workers} channel worker(s): ${r.seconds} s, ${r.posted} posted, ${r.rateLimited} answered 429\n`,
    );
  const dir = join(import.meta.dirname, '../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'drain.json'),
    `${JSON.stringify({ at: new Date().toISOString(), runs }, null, 2)}\n`,
  );
  for (const r of runs) expect(r.posted).toBe(POSTS);
}, 900_000);
