import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppProcess } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { type PolledApp, pollWithApp } from '../helpers/poll-with-app.js';

const dir = join(import.meta.dirname, '../../fixtures/feeds/hostile');
const expected: Record<string, { refused?: string; items?: { link: string | null }[] }> = JSON.parse(
  readFileSync(join(dir, 'expected.json'), 'utf8'),
);
const feedFiles = readdirSync(dir).filter((name) => name in expected);
/** The item links every feed the app can read must lead to, as paths on the loopback server. */
const itemPaths = [
  ...new Set(
    Object.values(expected).flatMap((want) =>
      (want.items ?? []).flatMap((item) => (item.link ? [new URL(item.link).pathname] : [])),
    ),
  ),
].sort();

/** The feed's bytes with `https://feeds.example/` pointed at `base`, in the feed's own encoding. */
function pointedAt(bytes: Buffer, base: string): Buffer {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : null;
  const swap = (b: Buffer) => Buffer.from(b).swap16();
  if (utf16) {
    const text = (utf16 === 'be' ? swap(bytes) : bytes).toString('utf16le');
    const out = Buffer.from(text.replaceAll('https://feeds.example/', `${base}/`), 'utf16le');
    return utf16 === 'be' ? swap(out) : out;
  }
  // latin1 both ways keeps every byte; only the ASCII host of the item links changes.
  return Buffer.from(bytes.toString('latin1').replaceAll('https://feeds.example/', `${base}/`), 'latin1');
}

/**
 * The real app polls every one of our hostile feeds (fixtures/feeds/hostile), served over
 * loopback with their item links pointed at the same server (whose pages answer 404). It must
 * neither crash nor stop answering, and it must say which feeds it could not read and why.
 */
describe('the real app polls our hostile feeds: no crash, /health answers, each refusal logged with its reason', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let polled: PolledApp;
  let app: AppProcess;
  let healthStatuses: number[];
  const served = new Map<string, string>();

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-hostile' });
    feeds = await startFeedServer();
    for (const name of feedFiles) {
      const path = `/hostile/${name}`;
      feeds.set(path, {
        body: pointedAt(readFileSync(join(dir, name)), feeds.base),
        contentType: 'application/xml',
      });
      served.set(name, feeds.url(path));
    }
    polled = await pollWithApp(slack, [...served.values()], { token: 'xoxb-hostile', channel: 'C0HOSTILE' });
    ({ app, healthStatuses } = polled);
  }, 180_000);

  afterAll(async () => {
    await polled?.close();
    await slack?.close();
    await feeds?.close();
  });

  it('asks for every feed, logs no unhandled error, and answers /health all through the poll', async () => {
    const asked = new Set(feeds.requests.map((r) => r.path));
    for (const url of served.values()) expect(asked.has(new URL(url).pathname)).toBe(true);
    expect(app.stderr()).not.toMatch(
      /unhandled rejection|unhandledRejection|uncaughtException|unhandled error/i,
    );
    expect(app.proc.exitCode).toBe(null);
    expect(healthStatuses.length).toBeGreaterThan(0);
    expect(healthStatuses.filter((status) => status !== 200)).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${app.port}/health`)).status).toBe(200);
  });

  it('logs each feed it cannot read once, with its address and the reason', () => {
    const failures = app
      .stderr()
      .split('\n')
      .filter((line) => line.includes('"feed failed"'))
      .map((line) => JSON.parse(line) as { feedUrl: string; reason: string });
    for (const [name, want] of Object.entries(expected)) {
      const url = served.get(name);
      const logged = failures.filter((f) => f.feedUrl === url);
      if (want.refused) {
        expect(logged, name).toHaveLength(1);
        expect(logged[0]?.reason, name).toMatch(new RegExp(`^${want.refused}`));
      } else {
        expect(logged, name).toEqual([]);
      }
    }
  });

  it('asks for the page of every item it could read, once, and for no other page', () => {
    const pages = feeds.requests.filter((r) => !r.path.startsWith('/hostile/')).map((r) => r.path);
    console.log(`hostile poll: ${served.size} feeds, ${pages.length} page requests`);
    expect(pages.sort()).toEqual(itemPaths);
  });
});
