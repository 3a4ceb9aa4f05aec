import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/deliver/deliver.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import { unknownReadout } from '../../src/readout/types.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';

const silent = pino({ level: 'silent' });

describe('a channel the app cannot post to: joined where possible, else its subscribers told once', () => {
  let slack: FakeSlack;
  let dir: string;
  let store: Store;
  let n = 0;
  // The clock parked channels rest by: moved on by hand, never waited for.
  let now = Date.parse('2026-12-01T09:00:00Z');
  const clock = () => new Date(now);
  const minutes = (m: number) => {
    now += m * 60_000;
  };

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-p', chatWritePublic: false });
  });
  afterAll(async () => {
    await slack.close();
  });
  beforeEach(() => {
    slack.reset();
    dir = mkdtempSync(join(tmpdir(), 'readout-problems-'));
    store = openSqliteStore(join(dir, 'r.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A stored readout planned for a channel, as a poll would leave it. */
  const planned = async (channel: string) => {
    n++;
    const { readout } = await store.insertReadout({
      feedUrl: 'http://feeds.test/rss',
      itemKey: `item-${n}`,
      link: `https://www.mofa.go.jp/p/${n}.html`,
      itemPublishedAt: null,
      itemTitle: null,
      itemSummary: null,
      readout: unknownReadout({ source: 'mofa', title: `Japan-U.S. Telephone Talk no. ${n}` }),
      partial: false,
      pageAttempts: 1,
      lastPageError: null,
      announce: true,
    });
    await store.planPost(readout.id, channel);
    return readout;
  };
  const deliver = (alertChannel: string | null = null) =>
    deliverPending({
      store,
      poster: createSlackPoster(
        new WebClient('xoxb-p', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
      ),
      logger: silent,
      render: { timeZone: 'UTC' },
      alertChannel,
      parking: { clock },
    });
  const callsIn = (channel: string) =>
    slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel).length;
  const subscribe = (channel: string, user: string, target = 'all') =>
    store.addSubscription({ channel, target, kind: null, level: null, createdBy: user });
  const directMessages = (user: string) => slack.messages(user).map((m) => m.text ?? '');

  it('joins a public channel it is not in, then posts there; nobody is bothered', async () => {
    slack.setChannel('CPUBLIC', { member: false });
    await subscribe('CPUBLIC', 'UANN');
    await planned('CPUBLIC');

    const report = await deliver();

    expect(report.posted).toBe(1);
    expect(slack.callsTo('conversations.join').map((c) => c.args.channel)).toEqual(['CPUBLIC']);
    expect(slack.messages('CPUBLIC')).toHaveLength(1);
    expect(directMessages('UANN')).toEqual([]);
  });

  it('tells each subscriber of a private channel once, keeps the readouts, and posts them once invited', async () => {
    slack.setChannel('CPRIV', { private: true, member: false });
    await subscribe('CPRIV', 'UANN', 'japan-us');
    await subscribe('CPRIV', 'UBOB');
    await subscribe('CPRIV', 'UANN', 'KR');
    await planned('CPRIV');

    const first = await deliver('CALERT');
    expect(first.posted).toBe(0);
    expect(first.errors.map((e) => e.error)).toEqual(['channel_not_found']);
    expect(directMessages('UANN')).toHaveLength(1);
    expect(directMessages('UBOB')).toHaveLength(1);
    expect(directMessages('UANN')[0]).toContain('<#CPRIV>');
    expect(directMessages('UANN')[0]).toContain('/invite @Readout');
    expect(slack.messages('CALERT')).toHaveLength(1);

    // The channel rests: later cycles before its next try call Slack for it no more.
    await planned('CPRIV');
    minutes(5);
    await deliver('CALERT');
    await deliver('CALERT');
    expect(callsIn('CPRIV')).toBe(1);
    // Its next try (10 minutes on) is one post, refused again: nobody is told twice.
    minutes(5);
    await deliver('CALERT');
    expect(callsIn('CPRIV')).toBe(2);
    expect(directMessages('UANN')).toHaveLength(1);
    expect(directMessages('UBOB')).toHaveLength(1);
    expect(slack.messages('CPRIV')).toHaveLength(0);

    // Invited: at the next try (20 minutes on), both readouts that waited are posted, once each.
    slack.setChannel('CPRIV', { private: true, member: true });
    minutes(19);
    expect((await deliver('CALERT')).posted).toBe(0);
    minutes(1);
    const after = await deliver('CALERT');
    expect(after.posted).toBe(2);
    expect(slack.messages('CPRIV')).toHaveLength(2);
    expect(await store.listChannelProblems()).toEqual([]);
    await deliver('CALERT');
    expect(slack.messages('CPRIV')).toHaveLength(2);
  });

  it('tells again after a new problem: a channel that worked, then was archived', async () => {
    slack.setChannel('CTEAM', { member: true });
    await subscribe('CTEAM', 'UCAT');
    await planned('CTEAM');
    await deliver();
    expect(slack.messages('CTEAM')).toHaveLength(1);

    slack.setChannel('CTEAM', { member: true, archived: true });
    await planned('CTEAM');
    await deliver();
    minutes(10);
    await deliver();
    expect(callsIn('CTEAM')).toBe(3);
    const told = directMessages('UCAT');
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('archived');
    expect(slack.callsTo('conversations.join')).toHaveLength(0);
  });

  it('joins first; parks a channel only after the join failed, and joins again at its next try', async () => {
    slack.setChannel('CPUB', { member: false });
    await subscribe('CPUB', 'UFAY');
    await planned('CPUB');
    await planned('CPUB');
    slack.failNext('conversations.join', { error: 'missing_scope' });
    const methods = () => slack.calls.filter((c) => c.args.channel === 'CPUB').map((c) => c.method);

    await deliver();
    expect(methods()).toEqual(['chat.postMessage', 'conversations.join']);
    expect(directMessages('UFAY')[0]).toContain('/invite @Readout');
    minutes(5);
    await deliver();
    expect(methods()).toHaveLength(2);
    // The scope was granted meanwhile: the next try joins, posts, and the other one follows.
    minutes(5);
    expect((await deliver()).posted).toBe(2);
    expect(methods()).toEqual([
      'chat.postMessage',
      'conversations.join',
      'chat.postMessage',
      'conversations.join',
      'chat.postMessage',
      'chat.postMessage',
    ]);
    expect(slack.messages('CPUB')).toHaveLength(2);
    expect(await store.listChannelProblems()).toEqual([]);
  });

  it('rests for edits and digests too: the first of them is its one try, and all go once it is back', async () => {
    slack.setChannel('CDIG', { member: true });
    await subscribe('CDIG', 'UEVE');
    const first = await planned('CDIG');
    await deliver();
    // Deleted; then the page of the posted readout changes (an edit and a note), and a digest is planned.
    slack.setChannel('CDIG', { deleted: true });
    await store.applyPageChange(
      first.id,
      {
        readout: { ...first.readout, durationMinutes: 35 },
        partial: false,
        pageAttempts: 2,
        lastPageError: null,
      },
      'The source page changed: duration about 35 minutes.',
    );
    const second = await planned('CDIG');
    const [held] = (await store.postsFor(second.id)).filter((p) => p.channel === 'CDIG');
    await store.holdPosts([held?.id ?? 0], 'digest');
    await store.planDigest({ channel: 'CDIG', kind: 'daily', target: '', periodKey: 'p1' }, [held?.id ?? 0]);
    const since = slack.calls.length;
    const callsTo = () =>
      slack.calls
        .slice(since)
        .filter((c) => c.args.channel === 'CDIG')
        .map((c) => c.method);

    await deliver();
    expect(callsTo()).toEqual(['chat.update']);
    minutes(9);
    await deliver();
    expect(callsTo()).toEqual(['chat.update']);
    minutes(1);
    await deliver();
    expect(callsTo()).toEqual(['chat.update', 'chat.update']);
    expect(directMessages('UEVE')).toHaveLength(1);

    // Back: at its next try the edit, the note in its thread and the digest go, once each.
    slack.setChannel('CDIG', { member: true });
    minutes(20);
    const back = await deliver();
    expect(back).toMatchObject({ updated: 1, notes: 1, digests: 1 });
    expect(callsTo()).toEqual([
      'chat.update',
      'chat.update',
      'chat.update',
      'chat.postMessage',
      'chat.postMessage',
    ]);
    expect(await store.listChannelProblems()).toEqual([]);
  });

  it('says the channel is gone when it was deleted, without trying to join it', async () => {
    slack.setChannel('CGONE', { deleted: true });
    await subscribe('CGONE', 'UDAN');
    await planned('CGONE');
    await deliver();
    expect(directMessages('UDAN')).toHaveLength(1);
    expect(directMessages('UDAN')[0]).toContain('deleted');
    expect(slack.callsTo('conversations.join')).toHaveLength(0);
    expect((await store.pendingPosts(10)).map((p) => p.channel)).toEqual(['CGONE']);
  });
});
