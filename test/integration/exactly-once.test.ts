import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/deliver/deliver.js';
import { pacedPoster } from '../../src/deliver/pace.js';
import { createSlackPoster, type Poster } from '../../src/deliver/poster.js';
import { POSTING_RETRY } from '../../src/deliver/slack-client.js';
import { unknownReadout } from '../../src/readout/types.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';

/** Log lines, to check what an operator is told. */
function memoryLogger() {
  const lines: { level: number; msg: string; error?: string }[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[number]) },
  );
  return { logger, lines };
}

/**
 * Exactly once per channel at the outbox level: the real @slack/web-api client with the posting
 * retry policy against the fake Slack, an SQLite file; "restart" opens the same file again.
 */
describe('exactly once per channel, through lost answers, crashes and a failing Slack', () => {
  let slack: FakeSlack;
  let dir: string;
  let dbPath: string;
  let store: Store;
  let seq = 0;
  let log: ReturnType<typeof memoryLogger>;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-x' });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(() => {
    slack.reset();
    dir = mkdtempSync(join(tmpdir(), 'readout-once-'));
    dbPath = join(dir, 'r.db');
    store = openSqliteStore(dbPath);
    log = memoryLogger();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const client = (token = 'xoxb-x') =>
    new WebClient(token, { slackApiUrl: slack.apiUrl, retryConfig: POSTING_RETRY, timeout: 10_000 });
  const deliver = (poster: Poster = createSlackPoster(client()), alertChannel: string | null = null) =>
    deliverPending({ store, poster, logger: log.logger, render: { timeZone: 'UTC' }, alertChannel });
  const restart = async () => {
    await store.close();
    store = openSqliteStore(dbPath);
  };
  const arrive = async (channels: string[], relation = `japan-x${seq}`): Promise<string> => {
    seq++;
    const { readout } = await store.insertReadout({
      feedUrl: 'https://feeds.example/f.xml',
      itemKey: `item-${seq}`,
      link: `https://www.mofa.go.jp/p/${seq}.html`,
      itemPublishedAt: null,
      itemTitle: null,
      itemSummary: null,
      readout: unknownReadout({
        source: 'mofa',
        title: `Readout number ${seq}`,
        relation,
        kind: 'telephone',
      }),
      partial: false,
      pageAttempts: 1,
      lastPageError: null,
      announce: true,
    });
    for (const channel of channels) await store.planPost(readout.id, channel);
    return readout.id;
  };
  const copies = (channel: string, readoutId: string) =>
    slack
      .messages(channel)
      .filter(
        (m) =>
          m.metadata?.event_type === 'readout_posted' && m.metadata.event_payload.readout_id === readoutId,
      );

  it('records a post whose answer was lost, found in the channel by its metadata, instead of posting it again', async () => {
    const id = await arrive(['C0LOST']);
    slack.failNext('chat.postMessage', { applied: true, hangUp: true });
    expect(await deliver()).toMatchObject({ posted: 0, failed: 1 });
    expect(copies('C0LOST', id)).toHaveLength(1);
    await restart();
    expect(await deliver()).toMatchObject({ posted: 1, failed: 0 });
    expect(copies('C0LOST', id)).toHaveLength(1);
    const [post] = await store.postsFor(id);
    expect(post).toMatchObject({ status: 'posted', ts: copies('C0LOST', id)[0]?.ts });
    expect(slack.callsTo('conversations.history')[0]?.args.include_all_metadata).toBeTruthy();
    await deliver();
    expect(copies('C0LOST', id)).toHaveLength(1);
  });

  it('posts again when the attempt without an answer never reached Slack', async () => {
    const id = await arrive(['C0DROP']);
    slack.failNext('chat.postMessage', { hangUp: true });
    await deliver();
    expect(copies('C0DROP', id)).toHaveLength(0);
    expect(await deliver()).toMatchObject({ posted: 1 });
    expect(copies('C0DROP', id)).toHaveLength(1);
  });

  it('does not let the Web API client repeat a post whose answer was lost within one call', async () => {
    const id = await arrive(['C0ONE']);
    slack.failNext('chat.postMessage', { applied: true, hangUp: true });
    await deliver();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(copies('C0ONE', id)).toHaveLength(1);
  });

  it('records a thread reply whose answer was lost, found in the parent’s thread', async () => {
    const first = await arrive(['C0THR'], 'japan-us');
    await deliver();
    const [parent] = await store.postsFor(first);
    seq++;
    const { readout: second } = await store.insertReadout({
      feedUrl: 'https://feeds.example/g.xml',
      itemKey: `item-${seq}`,
      link: `https://www.whitehouse.gov/p/${seq}.html`,
      itemPublishedAt: null,
      itemTitle: null,
      itemSummary: null,
      readout: unknownReadout({ source: 'whitehouse', title: 'The other side', relation: 'japan-us' }),
      partial: false,
      pageAttempts: 1,
      lastPageError: null,
      announce: true,
    });
    await store.planThreadPost(second.id, 'C0THR', parent?.id ?? 0);
    slack.failNext('chat.postMessage', { applied: true, hangUp: true });
    await deliver();
    await restart();
    expect(await deliver()).toMatchObject({ posted: 1, failed: 0 });
    const replies = slack.replies('C0THR', parent?.ts ?? '');
    expect(replies.filter((m) => m.metadata?.event_payload.readout_id === second.id)).toHaveLength(1);
    expect(slack.callsTo('conversations.replies').length).toBeGreaterThan(0);
  });

  it('posts again, with a warning, when the channel cannot be searched (no history scope)', async () => {
    const id = await arrive(['C0SCOPE']);
    slack.failNext('chat.postMessage', { hangUp: true });
    await deliver();
    slack.failNext('conversations.history', { error: 'missing_scope' });
    expect(await deliver()).toMatchObject({ posted: 1 });
    expect(copies('C0SCOPE', id)).toHaveLength(1);
    expect(
      log.lines.some(
        (l) => l.msg.includes('cannot look for an earlier attempt') && l.error === 'missing_scope',
      ),
    ).toBe(true);
  });

  it('waits out a 429 for its Retry-After and retries a 500, in the same delivery, through web-api', async () => {
    const a = await arrive(['C0RATE']);
    slack.failNext('chat.postMessage', { retryAfter: 1 });
    expect(await deliver()).toMatchObject({ posted: 1, failed: 0 });
    const [limited, retried] = slack.callsTo('chat.postMessage');
    expect(limited?.status).toBe(429);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(copies('C0RATE', a)).toHaveLength(1);

    const b = await arrive(['C0RATE']);
    slack.failNext('chat.postMessage', { status: 500, count: 2 });
    expect(await deliver()).toMatchObject({ posted: 1, failed: 0 });
    expect(copies('C0RATE', b)).toHaveLength(1);
  });

  it('gives up on a call after 5 retries and keeps the readout planned', async () => {
    const id = await arrive(['C0DOWN']);
    slack.failNext('chat.postMessage', { status: 503, count: 6 });
    const client503 = new WebClient('xoxb-x', {
      slackApiUrl: slack.apiUrl,
      retryConfig: { ...POSTING_RETRY, minTimeout: 10, maxTimeout: 20 },
    });
    expect(await deliver(createSlackPoster(client503))).toMatchObject({ posted: 0, failed: 1 });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(6);
    expect((await store.postsFor(id))[0]?.status).toBe('planned');
    expect(await deliver()).toMatchObject({ posted: 1 });
    expect(copies('C0DOWN', id)).toHaveLength(1);
  });

  it('spaces posts to one channel by a second from the previous answer, while channels go side by side', async () => {
    for (let i = 0; i < 3; i++) await arrive(['C0PA', 'C0PB']);
    const paced = pacedPoster(createSlackPoster(client()), 1000);
    expect(await deliver(paced)).toMatchObject({ posted: 6, failed: 0 });
    const calls = slack.callsTo('chat.postMessage');
    for (const channel of ['C0PA', 'C0PB']) {
      const at = calls.filter((c) => c.args.channel === channel).map((c) => c.at);
      expect(at).toHaveLength(3);
      for (let i = 1; i < at.length; i++)
        expect((at[i] ?? 0) - (at[i - 1] ?? 0)).toBeGreaterThanOrEqual(1000);
    }
    // Side by side: the second channel's first post did not wait for the first channel's three.
    const firstB = calls.find((c) => c.args.channel === 'C0PB')?.at ?? 0;
    const lastA = calls.filter((c) => c.args.channel === 'C0PA').at(-1)?.at ?? 0;
    expect(firstB).toBeLessThan(lastA);
  });

  it('tells once that Slack refuses the token, keeps the readouts planned, and posts them once it works', async () => {
    const id = await arrive(['C0AUTH']);
    const dead = createSlackPoster(client('xoxb-dead'));
    expect(await deliver(dead, 'C0ALERT')).toMatchObject({ posted: 0, failed: 1 });
    await deliver(dead, 'C0ALERT');
    const told = log.lines.filter((l) => l.msg.includes('refuses the bot token'));
    expect(told).toHaveLength(1);
    expect(log.lines.some((l) => l.msg.includes('could not post the token alert'))).toBe(true);
    expect((await store.postsFor(id))[0]?.status).toBe('planned');
    expect(await deliver(undefined, 'C0ALERT')).toMatchObject({ posted: 1 });
    expect(copies('C0AUTH', id)).toHaveLength(1);
    // Working again clears it: a later refusal is told again.
    await arrive(['C0AUTH']);
    await deliver(dead, 'C0ALERT');
    expect(log.lines.filter((l) => l.msg.includes('refuses the bot token'))).toHaveLength(2);
  });
});
