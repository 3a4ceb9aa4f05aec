/**
 * Several instances sharing one database: a parked channel that falls due is tried by one of
 * them, once. Instance B reads its work (a due parked channel among it) before instance A tries
 * that channel and parks it again; B reaches the channel only afterwards, under its lease, and
 * must then leave it alone. Run on PostgreSQL (how several instances share work) and on two
 * handles of one SQLite file (the same code path, the leases included).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/deliver/deliver.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import { unknownReadout } from '../../src/readout/types.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { dropSchema, POSTGRES_URL, postgresAvailable, scratchSchema } from '../helpers/postgres.js';

const silent = pino({ level: 'silent' });
const DEAD = 'C0DEAD';
const available = await postgresAvailable();
if (!available)
  console.warn(`\n*** PostgreSQL parking with several instances NOT RUN: no server at ${POSTGRES_URL} ***\n`);

type Pair = { a: Store; b: Store; cleanup: () => Promise<void> };

const backends: [string, () => Pair][] = [
  [
    'two handles of one SQLite file',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'readout-parking-two-'));
      const path = join(dir, 'r.db');
      return {
        a: openSqliteStore(path, clock),
        b: openSqliteStore(path, clock),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
];
if (available)
  backends.push([
    'PostgreSQL',
    () => {
      const schema = scratchSchema();
      return {
        a: openPostgresStore(POSTGRES_URL, { schema, clock }),
        b: openPostgresStore(POSTGRES_URL, { schema, clock }),
        cleanup: () => dropSchema(schema),
      };
    },
  ]);

let now = Date.parse('2026-12-01T09:00:00Z');
function clock() {
  return new Date(now);
}

describe.each(backends)('a due parked channel with two instances: %s', (_name, open) => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-two' });
    slack.setChannel(DEAD, { deleted: true });
  });
  afterAll(async () => {
    await slack.close();
  });

  it('is tried by one instance, once, even by one that read its work before the try', async () => {
    const { a, b, cleanup } = open();
    try {
      const { readout } = await a.insertReadout({
        feedUrl: 'http://feeds.test/rss',
        itemKey: 'one',
        link: 'https://www.mofa.go.jp/p/1.html',
        itemPublishedAt: null,
        itemTitle: null,
        itemSummary: null,
        readout: unknownReadout({ source: 'mofa', title: 'Japan-U.S. Telephone Talk' }),
        partial: false,
        pageAttempts: 1,
        lastPageError: null,
        announce: true,
      });
      await a.planPost(readout.id, DEAD);
      await a.parkChannel(DEAD, 'channel_not_found', new Date(now).toISOString(), 3);
      now += 60_000;

      // B stops just before it takes its lease on the channel, its work read.
      let reachedLease!: () => void;
      let goOn!: () => void;
      const atLease = new Promise<void>((resolve) => {
        reachedLease = resolve;
      });
      const held = new Promise<void>((resolve) => {
        goOn = resolve;
      });
      const slowB: Store = {
        ...b,
        async claimLease(key, owner, ms) {
          reachedLease();
          await held;
          return b.claimLease(key, owner, ms);
        },
      };
      const deliver = (store: Store, owner: string) =>
        deliverPending({
          store,
          poster: createSlackPoster(
            new WebClient('xoxb-two', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
          ),
          logger: silent,
          render: { timeZone: 'UTC' },
          lease: { owner, ms: 60_000 },
          parking: { clock },
        });
      const second = deliver(slowB, 'instance-b');
      await atLease;
      await deliver(a, 'instance-a');
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
      goOn();
      await second;
      expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
      expect((await b.listChannelProblems())[0]).toMatchObject({ channel: DEAD, tries: 4 });
      expect((await a.pendingPosts(5)).map((p) => p.channel)).toEqual([DEAD]);
    } finally {
      await a.close();
      await b.close();
      await cleanup();
    }
  });
});
