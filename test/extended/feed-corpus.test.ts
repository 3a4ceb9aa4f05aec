import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/feeds/fetch.js';
import { parseFeed } from '../../src/feeds/parse-feed.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { filesUnder as files, requireFeedCorpus } from '../helpers/feed-corpus.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { type PolledApp, pollWithApp } from '../helpers/poll-with-app.js';

/**
 * The extended test: the third-party feed corpus named by READOUT_FEED_CORPUS (see
 * test/helpers/feed-corpus.ts), run by `npm run test:extended` and by `.ci/run`. The base suite's
 * own hostile feeds (fixtures/feeds/hostile/) cover the same ground in our own files.
 */
const corpus = requireFeedCorpus();

/**
 * The real app polls every ill-formed, encoding and entity feed of the corpus, served over
 * loopback. Every absolute URL in them (namespace names aside) is pointed at the loopback
 * server, so the pages the app fetches are asked of it (and answered 404), never of the network;
 * a feed whose items would still lead elsewhere is left out.
 */
describe('the real app polls the ill-formed corpus: no unhandled rejection, no crash, /health answers', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let polled: PolledApp;
  const served: string[] = [];

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-corpus' });
    feeds = await startFeedServer();
    const all = ['illformed', 'encoding', 'entities'].flatMap((d) => files(join(corpus, d)));
    for (const file of all) {
      const name = file.slice(corpus.length + 1).replace(/[^\w./-]/g, '_');
      // latin1 both ways keeps every byte as it was; only ASCII URLs change.
      const body = readFileSync(file)
        .toString('latin1')
        .replace(/(?<!xmlns(?::\w+)?\s*=\s*["'])https?:\/\//gi, `${feeds.base}/ext/`);
      const path = `/corpus/${name}`;
      const bytes = Buffer.from(body, 'latin1');
      // The same decoding and parsing the app does: every item link must be the loopback server's.
      const parsed = await parseFeed(decodeBody(new Uint8Array(bytes), null), feeds.url(path));
      if (parsed.ok && parsed.items.some((i) => i.link && !i.link.startsWith(`${feeds.base}/`))) continue;
      feeds.set(path, { body: bytes, contentType: 'application/xml' });
      served.push(feeds.url(path));
    }
    polled = await pollWithApp(slack, served, {
      token: 'xoxb-corpus',
      channel: 'C0CORPUS',
      healthEveryMs: 200,
      timeoutMs: 240_000,
    });
  }, 300_000);

  afterAll(async () => {
    await polled?.close();
    await slack?.close();
    await feeds?.close();
  });

  it('polls every corpus feed, logs no unhandled rejection or exception, and still answers /health', async () => {
    const { app, healthStatuses } = polled;
    expect(served.length).toBeGreaterThan(300);
    console.log(
      `corpus poll: ${served.length} feeds served, ${feeds.requests.filter((r) => r.path.startsWith('/ext/')).length} page requests, /health asked ${healthStatuses.length} times during the poll`,
    );
    // Every served feed was asked for.
    const asked = new Set(feeds.requests.map((r) => r.path));
    for (const url of served) expect(asked.has(new URL(url).pathname)).toBe(true);
    const logs = app.stderr();
    expect(logs).not.toMatch(/unhandled rejection|unhandledRejection|uncaughtException|unhandled error/i);
    expect(app.proc.exitCode).toBe(null);
    const res = await fetch(`http://127.0.0.1:${app.port}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(healthStatuses.length).toBeGreaterThan(0);
    expect(healthStatuses.filter((status) => status !== 200)).toEqual([]);
  });
});

describe('parseFeed over the whole feed corpus: well-formed, ill-formed, encodings, entities', () => {
  const all = ['wellformed', 'illformed', 'encoding', 'entities'].flatMap((d) => files(join(corpus, d)));

  it('finds the corpus', () => {
    expect(all.length).toBeGreaterThan(2000);
  });

  it('reads every file or refuses it with a reason, never throwing', async () => {
    const problems: string[] = [];
    const read = new Map<string, { ok: number; all: number }>();
    for (const file of all) {
      const name = file.slice(corpus.length + 1);
      const group = name.split('/')[0] ?? '';
      try {
        const text = decodeBody(new Uint8Array(readFileSync(file)), null);
        const feed = await parseFeed(text, 'https://feeds.example/corpus.xml');
        const tally = read.get(group) ?? { ok: 0, all: 0 };
        tally.all++;
        if (feed.ok) tally.ok++;
        read.set(group, tally);
        if (feed.ok) {
          if (!Array.isArray(feed.items)) problems.push(`${name}: ok without items`);
        } else if (typeof feed.reason !== 'string' || feed.reason.trim() === '') {
          problems.push(`${name}: refused without a reason`);
        }
      } catch (error) {
        problems.push(`${name}: threw ${String(error)}`);
      }
    }
    expect(problems).toEqual([]);
    // Well-formed feeds and entity tests are read, not merely survived (CDF is refused).
    const share = (g: string) => (read.get(g)?.ok ?? 0) / (read.get(g)?.all ?? 1);
    expect(share('wellformed')).toBeGreaterThan(0.98);
    expect(share('entities')).toBeGreaterThan(0.9);
  });
});
