import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse-command.js';
import { runCommand } from '../../src/commands/run-command.js';
import { deliverPending } from '../../src/deliver/deliver.js';
import { planDigests } from '../../src/deliver/digest.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import { unknownReadout } from '../../src/readout/types.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, type FakeSlackMessage, startFakeSlack } from '../helpers/fake-slack.js';

const silent = pino({ level: 'silent' });
const THRESHOLD = 3;

/**
 * Delivery with digests, at the outbox level: the real @slack/web-api client against the fake
 * Slack, an SQLite file, and a clock the test moves. "Restart" closes the store and opens the
 * same file again.
 */
describe('digests through the outbox, with the real Web API client and a fake Slack', () => {
  let slack: FakeSlack;
  let dir: string;
  let dbPath: string;
  let store: Store;
  let now: Date;
  const clock = () => now;
  let seq = 0;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-d' });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(() => {
    slack.reset();
    dir = mkdtempSync(join(tmpdir(), 'readout-digest-'));
    dbPath = join(dir, 'r.db');
    now = new Date('2026-11-26T13:00:00Z'); // a Thursday
    store = openSqliteStore(dbPath, clock);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const client = () => new WebClient('xoxb-d', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
  const deliver = () =>
    deliverPending({
      store,
      poster: createSlackPoster(client()),
      logger: silent,
      render: { timeZone: 'UTC' },
      digest: { threshold: THRESHOLD, clock },
    });
  const restart = async () => {
    await store.close();
    store = openSqliteStore(dbPath, clock);
  };
  const command = (channel: string, text: string) =>
    runCommand(
      parseCommand(text),
      { store, render: { timeZone: 'UTC' } },
      { channelId: channel, userId: 'U1' },
    );

  /** Stores a readout and plans it for channels as the poller does (fresh). */
  const arrive = async (relation: string, channels: string[]): Promise<string> => {
    seq++;
    const countries = relation === 'japan-us' ? ['JP', 'US'] : ['JP', 'KR'];
    const { readout } = await store.insertReadout({
      feedUrl: 'https://feeds.example/f.xml',
      itemKey: `item-${seq}`,
      link: `https://www.mofa.go.jp/p/${seq}.html`,
      itemPublishedAt: null,
      itemTitle: null,
      itemSummary: null,
      readout: unknownReadout({
        source: 'mofa',
        title: `Readout number ${seq} (${relation})`,
        date: '2026-11-26',
        kind: 'telephone',
        relation,
        countries,
      }),
      partial: false,
      pageAttempts: 1,
      lastPageError: null,
      announce: true,
    });
    for (const channel of channels) await store.planPost(readout.id, channel, { fresh: true });
    return readout.id;
  };
  const digestsIn = (messages: FakeSlackMessage[]) =>
    messages.filter((m) => m.metadata?.event_type === 'readout_digest');
  const idsOf = (m: FakeSlackMessage | undefined) =>
    String(m?.metadata?.event_payload.readout_ids ?? '').split(',');

  it('holds a daily channel’s readouts, sends one digest at the first delivery from 08:00, and never again', async () => {
    expect((await command('C0DAY', 'digest daily')).text).toContain(
      '<#C0DAY> now gets a daily digest of everything it receives',
    );
    const ids = [
      await arrive('japan-us', ['C0DAY', 'C0ONE']),
      await arrive('japan-korea', ['C0DAY', 'C0ONE']),
    ];
    await deliver();
    // The other channel gets its posts one by one; the daily channel gets nothing yet.
    expect(slack.messages('C0ONE')).toHaveLength(2);
    expect(slack.messages('C0DAY')).toHaveLength(0);

    now = new Date('2026-11-27T07:59:00Z');
    ids.push(await arrive('japan-us', ['C0DAY']));
    await deliver();
    expect(slack.messages('C0DAY')).toHaveLength(0);

    now = new Date('2026-11-27T08:10:00Z');
    const report = await deliver();
    expect(report.digests).toBe(1);
    const [digest, ...more] = slack.messages('C0DAY');
    expect(more).toHaveLength(0);
    expect(digest?.metadata?.event_type).toBe('readout_digest');
    expect(idsOf(digest).sort()).toEqual([...ids].sort());
    expect(JSON.stringify(digest?.blocks)).toContain('Readout daily digest: 3 readouts, 26 Nov 2026');
    expect(digest?.text).toContain('Readout number 1');

    // Each readout is recorded as delivered in that message.
    for (const id of ids) {
      const [post] = (await store.postsFor(id)).filter((p) => p.channel === 'C0DAY');
      expect(post).toMatchObject({ status: 'posted', ts: digest?.ts });
    }
    // Later deliveries, a restart, and a readout arriving after 08:00 send nothing more today.
    await deliver();
    await restart();
    const late = await arrive('japan-korea', ['C0DAY']);
    now = new Date('2026-11-27T20:00:00Z');
    await deliver();
    expect(slack.messages('C0DAY')).toHaveLength(1);
    // The next morning the late one comes in the next digest, alone.
    now = new Date('2026-11-28T08:00:00Z');
    await deliver();
    const days = slack.messages('C0DAY');
    expect(days).toHaveLength(2);
    expect(idsOf(days[1])).toEqual([late]);
  });

  it('sends nothing for an empty period', async () => {
    await command('C0DAY', 'digest daily');
    now = new Date('2026-11-27T08:10:00Z');
    await deliver();
    now = new Date('2026-11-28T08:10:00Z');
    await deliver();
    expect(slack.messages('C0DAY')).toHaveLength(0);
  });

  it('puts only the chosen relation in a weekly digest (Monday 08:00) and posts the rest one by one', async () => {
    await command('C0REL', 'digest weekly us-japan');
    const us1 = await arrive('japan-us', ['C0REL']);
    const kr = await arrive('japan-korea', ['C0REL']);
    const us2 = await arrive('japan-us', ['C0REL']);
    await deliver();
    const single = slack.messages('C0REL');
    expect(single.map((m) => m.metadata?.event_payload.readout_id)).toEqual([kr]);

    now = new Date('2026-11-30T07:59:00Z'); // Monday, before 08:00
    await deliver();
    expect(slack.messages('C0REL')).toHaveLength(1);
    now = new Date('2026-11-30T08:00:00Z');
    await deliver();
    const digests = digestsIn(slack.messages('C0REL'));
    expect(digests).toHaveLength(1);
    expect(idsOf(digests[0])).toEqual([us1, us2]);
    expect(JSON.stringify(digests[0]?.blocks)).toContain('Readout weekly digest (japan-us): 2 readouts');
  });

  it('turns a burst of more than READOUT_DIGEST_THRESHOLD new readouts for one channel into one message', async () => {
    const ids: string[] = [];
    for (let i = 0; i < THRESHOLD + 1; i++)
      ids.push(await arrive(i % 2 ? 'japan-us' : 'japan-korea', ['C0BURST']));
    for (let i = 0; i < THRESHOLD; i++) await arrive('japan-us', ['C0CALM']);
    const report = await deliver();
    const burst = slack.messages('C0BURST');
    expect(burst).toHaveLength(1);
    expect(idsOf(burst[0])).toEqual(ids);
    expect(JSON.stringify(burst[0]?.blocks)).toContain(`Readout digest: ${THRESHOLD + 1} new readouts`);
    // At the threshold itself each readout is posted on its own.
    expect(slack.messages('C0CALM')).toHaveLength(THRESHOLD);
    expect(report).toMatchObject({ digests: 1, posted: THRESHOLD });
    await restart();
    await deliver();
    expect(slack.messages()).toHaveLength(THRESHOLD + 1);
  });

  it('posts a backfill one by one even above the threshold: it was asked for', async () => {
    for (let i = 0; i < THRESHOLD + 2; i++) await arrive('japan-us', []);
    expect((await command('C0BACK', `backfill japan-us ${THRESHOLD + 2}`)).text).toContain(
      'Posting the last 5',
    );
    await deliver();
    const posted = slack.messages('C0BACK').filter((m) => !m.thread_ts); // context replies aside
    expect(posted).toHaveLength(THRESHOLD + 2);
    expect(digestsIn(posted)).toHaveLength(0);
  });

  it('keeps a digest Slack refused and posts it once on a later delivery, after a restart', async () => {
    const ids: string[] = [];
    for (let i = 0; i < THRESHOLD + 1; i++) ids.push(await arrive('japan-us', ['C0FAIL']));
    slack.failNext('chat.postMessage', { error: 'internal_error' });
    const first = await deliver();
    expect(first).toMatchObject({ digests: 0, failed: 1 });
    expect(slack.messages('C0FAIL')).toHaveLength(0);
    await restart();
    await deliver();
    await deliver();
    const posted = slack.messages('C0FAIL');
    expect(posted).toHaveLength(1);
    expect(idsOf(posted[0])).toEqual(ids);
    // Slack answered the refusal, so nothing had been posted: no need to look in the channel.
    expect(slack.callsTo('conversations.history')).toHaveLength(0);
  });

  it('records a digest whose answer was lost, found in the channel by its metadata, instead of posting it again', async () => {
    const ids: string[] = [];
    for (let i = 0; i < THRESHOLD + 1; i++) ids.push(await arrive('japan-us', ['C0LOST']));
    // Slack stores the message, and the connection drops before the answer.
    slack.failNext('chat.postMessage', { applied: true, hangUp: true });
    expect(await deliver()).toMatchObject({ digests: 0, failed: 1 });
    const [reached] = slack.messages('C0LOST');
    expect(idsOf(reached)).toEqual(ids);
    await restart();
    expect(await deliver()).toMatchObject({ digests: 1, failed: 0 });
    expect(slack.messages('C0LOST')).toHaveLength(1);
    expect(slack.callsTo('conversations.history').length).toBeGreaterThan(0);
    for (const id of ids)
      expect((await store.postsFor(id))[0]).toMatchObject({ status: 'posted', ts: reached?.ts });
    await deliver();
    expect(slack.messages('C0LOST')).toHaveLength(1);
  });

  it('posts a digest again when the channel cannot be searched (no history scope)', async () => {
    for (let i = 0; i < THRESHOLD + 1; i++) await arrive('japan-us', ['C0SCOPE']);
    slack.failNext('chat.postMessage', { hangUp: true });
    await deliver();
    slack.failNext('conversations.history', { error: 'missing_scope' });
    expect(await deliver()).toMatchObject({ digests: 1, failed: 0 });
    expect(slack.messages('C0SCOPE')).toHaveLength(1);
  });

  it('posts a digest again when the lost attempt never reached Slack', async () => {
    for (let i = 0; i < THRESHOLD + 1; i++) await arrive('japan-us', ['C0DROP']);
    slack.failNext('chat.postMessage', { hangUp: true });
    await deliver();
    expect(slack.messages('C0DROP')).toHaveLength(0);
    await deliver();
    expect(slack.messages('C0DROP')).toHaveLength(1);
    await deliver();
    expect(slack.messages('C0DROP')).toHaveLength(1);
  });

  it('plans a burst once even when the process stops between planning and posting', async () => {
    for (let i = 0; i < THRESHOLD + 1; i++) await arrive('japan-us', ['C0CRASH']);
    // The digest is planned, then the process stops before posting it.
    await planDigests({ store, logger: silent, threshold: THRESHOLD, timeZone: 'UTC', clock });
    await restart();
    // New readouts arriving meanwhile are a new batch, not added to the planned digest.
    await arrive('japan-us', ['C0CRASH']);
    await deliver();
    const posted = slack.messages('C0CRASH');
    expect(digestsIn(posted)).toHaveLength(1);
    expect(idsOf(digestsIn(posted)[0])).toHaveLength(THRESHOLD + 1);
    expect(posted).toHaveLength(2);
  });

  it('releases the readouts a digest held when the channel turns it off, as one message when they are many', async () => {
    await command('C0OFF', 'digest daily');
    await command('C0FEW', 'digest daily');
    for (let i = 0; i < THRESHOLD + 1; i++) await arrive('japan-us', ['C0OFF']);
    await arrive('japan-korea', ['C0FEW']);
    await deliver();
    expect(slack.messages()).toHaveLength(0);
    expect((await command('C0OFF', 'digest off')).text).toContain('no longer gets a digest of everything');
    expect((await command('C0FEW', 'digest off')).text).toContain('no longer gets a digest');
    await deliver();
    expect(digestsIn(slack.messages('C0OFF'))).toHaveLength(1);
    expect(slack.messages('C0OFF')).toHaveLength(1);
    expect(slack.messages('C0FEW')).toHaveLength(1);
    expect(digestsIn(slack.messages('C0FEW'))).toHaveLength(0);
  });
});
