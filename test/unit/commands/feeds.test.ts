import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoleCheck } from '../../../src/commands/feeds.js';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { type CommandResponse, runCommand } from '../../../src/commands/run-command.js';
import { unknownReadout } from '../../../src/readout/types.js';
import type { Store } from '../../../src/store/index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

const OPERATOR = 'https://japan.kantei.go.jp/index-e2.rdf';
const ADDED = 'https://pm.example/feed.xml';
const FCDO = 'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office.atom';
const WHITEHOUSE = 'https://www.whitehouse.gov/news/feed/';

const atom = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Foreign Office - Activity on GOV.UK</title><id>urn:x</id><updated>2026-11-26T10:00:00Z</updated>
<entry><id>urn:e1</id><title>Foreign Secretary call with the Foreign Minister of Japan</title><link rel="alternate" type="text/html" href="https://www.gov.uk/government/news/fs-call-japan"/><updated>2026-11-26T10:00:00Z</updated><summary>A short line.</summary></entry>
</feed>`;

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>PM &lt;news&gt; &amp; notes</title><link>https://pm.example/</link><description>d</description>
<item><title>Summit Telephone Talk with the Prime Minister of Japan</title><link>https://pm.example/a</link><pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>
<item><title>Budget statement</title><link>https://pm.example/b</link><pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item>
</channel></rss>`;

const roles: Record<string, RoleCheck> = {
  UADMIN: { ok: true, admin: true, role: 'admin' },
  UOWNER: { ok: true, admin: true, role: 'primary owner' },
  UMEMBER: { ok: true, admin: false, role: 'member' },
  USCOPE: { ok: false, error: 'missing_scope' },
};

let store: Store;
let fetched: string[];

beforeEach(() => {
  store = openSqliteStore(':memory:', () => new Date('2026-11-27T10:00:00Z'));
  fetched = [];
});
afterEach(async () => {
  await store.close();
});

const run = (text: string, user = 'UADMIN'): Promise<CommandResponse> =>
  runCommand(
    parseCommand(text),
    {
      store,
      render: { timeZone: 'UTC' },
      feeds: {
        operatorFeeds: [OPERATOR],
        allowPrivateNetworks: false,
        firstPollDays: 7,
        roleOf: async (id) => roles[id] ?? { ok: false, error: 'user_not_found' },
        check: {
          resolve: async () => ['93.184.216.34'],
          fetch: (async (url: string) => {
            fetched.push(String(url));
            if (String(url) === ADDED || String(url) === WHITEHOUSE)
              return new Response(rss, { headers: { 'content-type': 'application/rss+xml' } });
            if (String(url) === FCDO)
              return new Response(atom, { headers: { 'content-type': 'application/atom+xml' } });
            return new Response('Access Denied', { status: 403 });
          }) as typeof fetch,
        },
      },
    },
    { channelId: 'C1', userId: user },
  );

describe('/readout feeds add and remove', () => {
  it('adds a feed that checks out, reporting what it found, escaped', async () => {
    const answer = await run(`feeds add ${ADDED}`);
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain(
      `Added ${ADDED}. RSS feed “PM &lt;news&gt; &amp; notes”: 2 items, newest “Summit Telephone Talk with the Prime Minister of Japan” of 2026-11-20; 1 looks like readouts.`,
    );
    expect(answer.text).toContain('items older than 7 days are stored, not posted');
    expect(await store.listFeedSources()).toEqual([
      {
        url: ADDED,
        kind: 'rss',
        linkPattern: null,
        title: 'PM <news> & notes',
        addedBy: 'UADMIN',
        addedAt: '2026-11-27T10:00:00.000Z',
      },
    ]);
    expect((await run(`feeds add ${ADDED}`, 'UOWNER')).text).toContain(
      'is already polled (added on 2026-11-27)',
    );
  });

  it('does not add a feed that fails its check, and says why', async () => {
    const answer = await run(
      'feeds add https://www.mofa.go.jp/press/release/index.html links:/press/release/*.html',
    );
    expect(answer.text).toMatch(
      /^Not added: https:\/\/www\.mofa\.go\.jp\/press\/release\/index\.html: HTTP 403 Forbidden: the publisher blocks/,
    );
    expect(answer.text).toMatch(/try another network, or set HTTPS_PROXY/);
    expect(await store.listFeedSources()).toEqual([]);
  });

  it('refuses members, naming who can, and says when the role cannot be read', async () => {
    const member = await run(`feeds add ${ADDED}`, 'UMEMBER');
    expect(member.text).toBe(
      'Only workspace admins and owners can add feeds; you are a member of this workspace. Ask an admin or owner, or see `/readout feeds` for what is polled.',
    );
    expect((await run(`feeds remove ${ADDED}`, 'UMEMBER')).text).toMatch(
      /^Only workspace admins and owners can remove feeds/,
    );
    expect((await run(`feeds add ${ADDED}`, 'USCOPE')).text).toMatch(
      /could not check your role with Slack \(`missing_scope`\).*`users:read`/,
    );
    expect(fetched).toEqual([]);
    expect(await store.listFeedSources()).toEqual([]);
  });

  it("never adds or removes the operator's feeds from Slack", async () => {
    expect((await run(`feeds add ${OPERATOR}`)).text).toContain(
      'is already polled: the operator set it in READOUT_SOURCES, READOUT_FEEDS or the default set',
    );
    expect((await run(`feeds remove ${OPERATOR}`)).text).toContain(
      'is set by the operator in READOUT_SOURCES, READOUT_FEEDS or the default set and cannot be removed from Slack; ask whoever runs Readout to change READOUT_SOURCES',
    );
  });

  it('re-enables a feed a 410 disabled; a feed removed and added again starts with a clean health', async () => {
    const gone = (url: string) => ({
      url,
      nextAttemptAt: null,
      disabledAt: '2026-11-26T10:00:00.000Z',
      disabledReason: 'HTTP 410 Gone',
      movedTo: null,
      alertedError: 'HTTP 410',
    });
    await store.saveFeedHealth(gone(OPERATOR));
    expect((await run('feeds')).text).toMatch(/disabled since 2026-11-26 10:00 UTC \(HTTP 410 Gone\)/);
    expect((await run(`feeds add ${OPERATOR}`, 'UMEMBER')).text).toMatch(/^Only workspace admins/);
    expect((await run(`feeds add ${OPERATOR}`)).text).toMatch(
      /^Re-enabled https:\/\/japan\.kantei.*polled again/,
    );
    expect(await store.listFeedHealth()).toEqual([]);

    await run(`feeds add ${ADDED}`);
    await run(`feeds remove ${ADDED}`);
    await store.saveFeedHealth(gone(ADDED));
    expect((await run(`feeds add ${ADDED}`)).text).toMatch(/^Added /);
    expect((await store.listFeedSources()).map((s) => s.url)).toEqual([ADDED]);
    expect(await store.listFeedHealth()).toEqual([]);
  });

  it('removes a feed added from Slack, and says when there is none', async () => {
    await run(`feeds add ${ADDED}`);
    expect((await run(`feeds remove ${ADDED}`)).text).toBe(
      `Stopped polling ${ADDED}. Readouts already stored from it stay findable with \`/readout\`.`,
    );
    expect(await store.listFeedSources()).toEqual([]);
    expect((await run(`feeds remove ${ADDED}`)).text).toContain('is not a feed added from Slack');
  });
});

describe('/readout feeds', () => {
  it("lists the operator's feeds and the added ones with kind, origin and health", async () => {
    await run(`feeds add ${ADDED}`);
    await store.saveFeed({
      url: OPERATOR,
      etag: null,
      lastModified: null,
      firstPolledAt: '2026-11-26T00:00:00Z',
      lastFetchedAt: '2026-11-27T09:50:00Z',
      lastSuccessAt: '2026-11-27T09:00:00.000Z',
      lastStatus: 500,
      lastError: 'HTTP 500 <oops> & more',
      consecutiveErrors: 2,
    });
    await store.recordFeedContent({
      url: OPERATOR,
      kind: 'rdf',
      title: 'Kantei',
      items: 20,
      seenAt: '2026-11-27T09:00:00Z',
      newItemAt: null,
    });
    const answer = await run('feeds', 'UMEMBER');
    expect(answer.text).toBe(
      [
        '*Feeds Readout polls* (2)',
        `*1.* ${OPERATOR}`,
        'RSS 1.0/RDF feed “Kantei” · set by the operator (READOUT_SOURCES, READOUT_FEEDS or the default set) · catalogue source `kantei`',
        ':red_circle: 2 consecutive errors, last: HTTP 500 &lt;oops&gt; &amp; more · last success 2026-11-27 09:00 UTC · 20 items seen at the last read · 0 readouts stored',
        `*2.* ${ADDED}`,
        'RSS feed “PM &lt;news&gt; &amp; notes” · added from Slack by <@UADMIN> on 2026-11-27',
        ':white_circle: not polled yet: it is read at the next poll cycle',
      ].join('\n'),
    );
    expect(answer.blocks).toHaveLength(3);
  });
});

describe('/readout feeds add and remove by catalogue id', () => {
  it('adds a catalogue source by its id, naming the entry and what it carries', async () => {
    const answer = await run('feeds add gov-uk-fcdo');
    expect(answer.text).toMatch(
      /^Added `gov-uk-fcdo` \(Foreign, Commonwealth &amp; Development Office \(GOV\.UK\), https:\/\/www\.gov\.uk\/government\/organisations\/foreign-commonwealth-development-office\.atom\)\. Atom feed “Foreign Office - Activity on GOV\.UK”: 1 item/,
    );
    expect(answer.text).toContain('the others are stored and held back, not posted');
    expect(answer.text).not.toContain('unconfirmed');
    expect((await store.listFeedSources()).map((s) => [s.url, s.kind, s.addedBy])).toEqual([
      [FCDO, 'atom', 'UADMIN'],
    ]);
    expect((await run('feeds add gov-uk-fcdo', 'UOWNER')).text).toContain(
      'is already polled (added on 2026-11-27)',
    );
    expect((await run('feeds remove gov-uk-fcdo')).text).toMatch(/^Stopped polling `gov-uk-fcdo`/);
    expect(await store.listFeedSources()).toEqual([]);
  });

  it('says when a catalogue entry is unconfirmed', async () => {
    const answer = await run('feeds add whitehouse');
    expect(answer.text).toMatch(
      /^Added `whitehouse` \(The White House, https:\/\/www\.whitehouse\.gov\/news\/feed\/\)/,
    );
    expect(answer.text).toContain(
      'This catalogue entry is unconfirmed: The paths change with each administration',
    );
  });

  it('adds an HTML index source with its link pattern, or says why it could not', async () => {
    const answer = await run('feeds add mofa-us');
    expect(answer.text).toMatch(
      /^Not added: `mofa-us` \(Ministry of Foreign Affairs of Japan \(MOFA\), https:\/\/www\.mofa\.go\.jp\/na\/na1\/us\/index\.html\): HTTP 403/,
    );
    expect(fetched).toEqual(['https://www.mofa.go.jp/na/na1/us/index.html']);
    expect(await store.listFeedSources()).toEqual([]);
  });

  it('leaves adding a catalogue source to admins and owners', async () => {
    expect((await run('feeds add gov-uk-fcdo', 'UMEMBER')).text).toMatch(
      /^Only workspace admins and owners can add feeds/,
    );
    expect(fetched).toEqual([]);
  });

  it('tells an operator source by its catalogue id apart: it cannot be added or removed from Slack', async () => {
    expect((await run('feeds add kantei')).text).toBe(
      "`kantei` (Prime Minister's Office of Japan (Kantei), https://japan.kantei.go.jp/index-e2.rdf) is already polled: the operator set it in READOUT_SOURCES, READOUT_FEEDS or the default set.",
    );
    expect((await run('feeds remove kantei')).text).toContain('cannot be removed from Slack');
  });
});

describe('/readout feeds: operator sources from the catalogue', () => {
  it("names the catalogue entry and shows an HTML index's pattern from it", async () => {
    const mofaUs = 'https://www.mofa.go.jp/na/na1/us/index.html';
    const answer = await runCommand(parseCommand('feeds'), {
      store,
      render: { timeZone: 'UTC' },
      feeds: { operatorFeeds: [mofaUs], allowPrivateNetworks: false, firstPollDays: 7 },
    });
    expect(answer.text).toContain(
      `*1.* ${mofaUs}\nHTML index, links \`/na/na1/us/page*.html\` · set by the operator (READOUT_SOURCES, READOUT_FEEDS or the default set) · catalogue source \`mofa-us\``,
    );
  });
});

describe('/readout feeds: pages held back as not readouts', () => {
  const stored = async (key: string, title: string, docType: 'readout' | 'other' | 'press_conference') =>
    store.insertReadout({
      feedUrl: OPERATOR,
      itemKey: key,
      link: `https://japan.kantei.go.jp/${key}.html`,
      itemPublishedAt: '2026-11-26T00:00:00Z',
      itemTitle: title,
      itemSummary: null,
      readout: unknownReadout({ source: 'kantei', title, docType }),
      partial: false,
      pageAttempts: 1,
      lastPageError: null,
      announce: true,
    });

  beforeEach(async () => {
    await stored('a', 'Japan-Australia Summit Telephone Talk', 'readout');
    await stored('b', 'Prime Minister Visits the Areas Affected by the Earthquake', 'other');
    await stored('c', 'Press Conference by the Prime Minister', 'press_conference');
    await stored('d', 'Statement on <the> budget & more', 'other');
  });

  it('counts them per feed with the latest title, escaped, and says how to list them', async () => {
    const answer = await run('feeds', 'UMEMBER');
    expect(answer.text).toContain(
      'it is read at the next poll cycle' +
        '\nheld back, not readouts: 3 — latest: “Statement on &lt;the&gt; budget &amp; more” (`/readout feeds held 1` lists them)',
    );
  });

  it('lists the last held-back titles of a feed, by number or address, newest first, for admins', async () => {
    const byNumber = await run('feeds held 1');
    expect(byNumber.text).toBe(
      [
        `*Held back from ${OPERATOR}*: 3 pages stored and searchable but not posted:`,
        '• 2026-11-27 <https://japan.kantei.go.jp/d.html|Statement on &lt;the&gt; budget &amp; more> (not a readout)',
        '• 2026-11-27 <https://japan.kantei.go.jp/c.html|Press Conference by the Prime Minister> (press conference, no talk named)',
        '• 2026-11-27 <https://japan.kantei.go.jp/b.html|Prime Minister Visits the Areas Affected by the Earthquake> (not a readout)',
      ].join('\n'),
    );
    expect((await run(`feeds held ${OPERATOR}`)).text).toBe(byNumber.text);
    expect((await run('feeds held 1', 'UMEMBER')).text).toContain(
      'Only workspace admins and owners can see the held-back pages of feeds; you are a member',
    );
    expect((await run('feeds held 9')).text).toBe(
      'There is no feed number 9; `/readout feeds` lists them with their numbers.',
    );
    expect((await run(`feeds held ${ADDED}`)).text).toBe(
      `${ADDED} has held back no page: everything it brought was posted as a readout.`,
    );
  });
});
