import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCycle } from '../../src/app/cycle.js';
import { createSlackPoster } from '../../src/deliver/poster.js';
import { CATALOGUE, type CatalogueSource } from '../../src/feeds/catalogue.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const fixture = (name: string) => readFileSync(join(fixtures, 'feeds/catalogue', name), 'utf8');
const CHANNEL = 'C0DESK';
const ALERTS = 'C0ALERTS';
const DAY = 86_400_000;

/** Where each catalogue source's feed is served on the loopback feed server, in its publisher's shape. */
const SERVED: Record<string, { path: string; file: string; contentType: string }> = {
  whitehouse: {
    path: '/news/feed/',
    file: 'whitehouse-news.xml',
    contentType: 'application/rss+xml; charset=UTF-8',
  },
  state: {
    path: '/rss-feed/press-releases/feed/',
    file: 'state-press.xml',
    contentType: 'application/rss+xml; charset=UTF-8',
  },
  'gov-uk-pm': {
    path: '/government/organisations/prime-ministers-office-10-downing-street.atom',
    file: 'gov-uk-pm.atom',
    contentType: 'application/atom+xml; charset=utf-8',
  },
  kantei: { path: '/index-e2.rdf', file: 'kantei.rdf', contentType: 'application/rdf+xml' },
  'pm-canada-readouts': {
    path: '/en/news/readouts',
    file: 'pm-canada-readouts.html',
    contentType: 'text/html; charset=utf-8',
  },
};

/** A short page of our own for an item that is not a readout. */
const otherPage = (title: string, text: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('catalogue sources, each in its publisher’s shape, from poll to post against the fake Slack', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let dir: string;
  let store: Store;
  let now = new Date('2026-11-21T00:00:00Z');
  let catalogue: CatalogueSource[];

  beforeAll(async () => {
    slack = await startFakeSlack({ token: 'xoxb-cat' });
    feeds = await startFeedServer();
    dir = mkdtempSync(join(tmpdir(), 'readout-catalogue-'));
    store = openSqliteStore(join(dir, 'r.db'), () => now);
    feeds.serveDir('/pages', join(fixtures, 'pages'));
    for (const { path, file, contentType } of Object.values(SERVED))
      feeds.template(path, fixture(file), { contentType });
    feeds.set('/government/news/pm-marks-the-start-of-apprenticeship-week', {
      body: otherPage(
        'PM marks the start of Apprenticeship Week',
        'The Prime Minister visited a training college.',
      ),
      contentType: 'text/html; charset=utf-8',
    });
    feeds.set('/105/actions/202611/20disaster.html', {
      body: otherPage(
        'Meeting of the Headquarters for Disaster Management',
        'The Prime Minister chaired the meeting.',
      ),
      contentType: 'text/html; charset=utf-8',
    });
    // The catalogue as it is, each served source at its loopback address.
    catalogue = CATALOGUE.map((s) => (SERVED[s.id] ? { ...s, url: feeds.url(SERVED[s.id]?.path ?? '') } : s));
  });
  afterAll(async () => {
    await store.close();
    await feeds.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cycle = () =>
    createCycle({
      store,
      poster: createSlackPoster(
        new WebClient('xoxb-cat', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
      ),
      logger: pino({ level: 'silent' }),
      config: {
        feeds: Object.values(SERVED).map((s) => feeds.url(s.path)),
        firstPollDays: 100_000,
        timeZone: 'UTC',
        channel: CHANNEL,
        alertChannel: ALERTS,
      },
      catalogue,
      clock: () => now,
    }).run();
  const posted = () => slack.messages(CHANNEL).map((m) => m.text);

  it('reads WordPress RSS, GOV.UK Atom and Kantei RDF, and posts their readouts; an HTML index starts with a baseline', async () => {
    const report = await cycle();
    expect(report.poll.feeds.map((f) => [f.feedUrl.slice(feeds.base.length), f.status, f.items])).toEqual([
      ['/news/feed/', 'ok', 2],
      ['/rss-feed/press-releases/feed/', 'ok', 2],
      ['/government/organisations/prime-ministers-office-10-downing-street.atom', 'ok', 2],
      ['/index-e2.rdf', 'ok', 2],
      // The catalogue's link pattern: the two readouts, not the pager, menu or related statement.
      ['/en/news/readouts', 'ok', 2],
    ]);
    const texts = posted().join('\n');
    // The White House readout's page is not served: the body in content:encoded stands in for it.
    expect(texts).toContain('Takaichi');
    expect(texts).toContain('Rubio');
    expect(texts).toContain('Ishiba');
    expect(texts).toMatch(/Yoon|Korea/);
    // The index's first read stores its links and posts none of them.
    expect(texts).not.toContain('European Commission');
    expect(texts).not.toContain('Australia');
    // Items that are not readouts are read and stored (found by /readout), and held back by the
    // classifier: never posted, counted per feed.
    for (const [path, key] of [
      ['/news/feed/', `${feeds.base}/?p=70198`],
      ['/rss-feed/press-releases/feed/', `${feeds.base}/?p=31102`],
      ['/index-e2.rdf', `${feeds.base}/105/actions/202611/20disaster.html`],
    ] as const) {
      const stored = await store.findReadout(feeds.url(path), key);
      expect(stored?.partial, key).toBe(false);
    }
    expect(report.poll.heldBack).toBe(4);
    for (const title of ['Farm Safety', 'Coastal Resilience', 'Apprenticeship Week', 'Disaster Management'])
      expect(texts).not.toContain(title);
    const held = await store.heldBackByFeed();
    expect(
      Object.entries(held)
        .map(([url, h]) => [url.slice(feeds.base.length), h.count])
        .sort(),
    ).toEqual([
      ['/government/organisations/prime-ministers-office-10-downing-street.atom', 1],
      ['/index-e2.rdf', 1],
      ['/news/feed/', 1],
      ['/rss-feed/press-releases/feed/', 1],
    ]);
    const content = await store.listFeedContent();
    expect(content.map((c) => [c.url.slice(feeds.base.length), c.kind])).toEqual(
      expect.arrayContaining([
        ['/news/feed/', 'rss'],
        ['/government/organisations/prime-ministers-office-10-downing-street.atom', 'atom'],
        ['/index-e2.rdf', 'rdf'],
        ['/en/news/readouts', 'html'],
      ]),
    );
  });

  it('posts a readout that appears on the HTML index later, read with the entry’s container', async () => {
    const before = posted().length;
    feeds.template(
      '/en/news/readouts',
      fixture('pm-canada-readouts.html').replace(
        '<div class="view-content">',
        '<div class="view-content"><div class="views-row"><article class="node node--type-news node--view-mode-teaser"><h2 class="node__title"><a href="/en/news/readouts/2026/11/20/prime-minister-carney-speaks-prime-minister-japan-takaichi-sanae">Prime Minister Carney speaks with Prime Minister of Japan Takaichi Sanae</a></h2></article></div>',
      ),
      { contentType: 'text/html; charset=utf-8' },
    );
    feeds.set(
      '/en/news/readouts/2026/11/20/prime-minister-carney-speaks-prime-minister-japan-takaichi-sanae',
      {
        body: fixture('pm-canada-readout-japan.html'),
        contentType: 'text/html; charset=utf-8',
      },
    );
    now = new Date(now.getTime() + 10 * 60_000);
    const report = await cycle();
    expect(report.poll.newReadouts).toBe(1);
    const fresh = posted().slice(before);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toContain('Carney');
    // The featured teaser sits in <main> outside the <article> the catalogue names.
    const message = JSON.stringify(slack.messages(CHANNEL).at(-1));
    expect(message).toContain('liquefied natural gas');
    expect(message).not.toContain('Sheinbaum');
  });

  it('says in the alert channel which catalogue entry to check when its feed answers 404', async () => {
    feeds.remove('/news/feed/');
    for (let i = 0; i < 3; i++) {
      now = new Date(now.getTime() + 70 * 60_000);
      await cycle();
    }
    const alerts = slack.messages(ALERTS).map((m) => m.text);
    expect(alerts.join('\n')).toMatch(
      /Feed http:\/\/127\.0\.0\.1:\d+\/news\/feed\/ fails \(2 polls in a row\): HTTP 404[^\n]*catalogue source `whitehouse` \(The White House, News \(WordPress RSS\)\)/,
    );
  });

  it('says which catalogue entry to check when a source brings no new item for 30 days', async () => {
    now = new Date(now.getTime() + 31 * DAY);
    await cycle();
    const alerts = slack
      .messages(ALERTS)
      .map((m) => m.text)
      .join('\n');
    expect(alerts).toMatch(
      /:hourglass: Feed [^\n]*\/index-e2\.rdf has brought no new item for 31 days[^\n]*catalogue source `kantei`/,
    );
    // Said once, not at every cycle.
    const count = () =>
      slack.messages(ALERTS).filter((m) => (m.text ?? '').includes('/index-e2.rdf has brought')).length;
    now = new Date(now.getTime() + 10 * 60_000);
    await cycle();
    expect(count()).toBe(1);
  });
});
