import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { runCommand } from '../../../src/commands/run-command.js';
import { problemMessage } from '../../../src/deliver/problems.js';
import { renderHome } from '../../../src/home/home-view.js';
import type { Readout } from '../../../src/readout/types.js';
import {
  LIMITS,
  type RenderInput,
  renderOverflowReplies,
  renderReadout,
  renderUnfurl,
} from '../../../src/render/blocks.js';
import { renderDigest } from '../../../src/render/digest.js';
import { escapeMrkdwn } from '../../../src/render/format.js';
import { renderChangeNote, renderPairReply } from '../../../src/render/threads.js';
import type { Store, StoredReadout } from '../../../src/store/index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

/**
 * What a hostile feed or page can put in every field that reaches Slack, and what Slack must
 * never do with it: ping (<!channel>, <!here>, <@U…>, <!subteam^…>, or a bare @channel that
 * Slack's preprocessing would turn into one), open a link that is not http(s), take on block
 * structure from text, or exceed a limit.
 */
const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '@channel',
  '@here',
  '@everyone',
  '<@U123>',
  '<@U123|boss>',
  '<#C123>',
  '<#C123|general>',
  '<!subteam^S1>',
  '<!subteam^S1|@team>',
  '<!date^1392734382^{date}|x>',
  '<https://evil.example|click>',
  '<javascript:alert(1)|click>',
  '<slack://open?team=T1|open>',
  '*bold*',
  '*',
  '_x_',
  '~',
  '`',
  '```',
  '>',
  '&lt;!channel&gt;',
  '&amp;',
  '&',
  '|',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\n',
  '\n\n>',
  '{"type":"section","text":{"type":"mrkdwn","text":"<!channel>"}}',
  '"},{"type":"actions","elements":[{"type":"button","url":"javascript:alert(1)"}]},{"x":"',
  '\\"',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'slack://open',
  'https://evil.example/',
  // Words a plain object answers with Object.prototype's members (a source named toString once broke the thread reply).
  'toString',
  'constructor',
  '__proto__',
];

const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'slack://open?team=T1',
  'vbscript:msgbox',
  'file:///etc/passwd',
  'https://evil.example|click',
  'https://evil.example/<!channel>',
  'https://evil.example/a>b|<@U123>',
  'https://evil.example/\u202egnp.exe',
  'http://[::1',
  'not a url',
  '',
];

const hostileText = (max = 8) =>
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 })), {
      minLength: 1,
      maxLength: max,
    })
    .map((parts) => parts.join(''));
/** Now and then very long: limits must hold. */
const text = fc.oneof(
  { weight: 6, arbitrary: hostileText() },
  { weight: 1, arbitrary: hostileText(3).map((t) => `${t}${'<!channel> '.repeat(2000)}${t}`) },
);
const url = fc.oneof(fc.constantFrom(...HOSTILE_URLS), text);

const readoutArb: fc.Arbitrary<Readout> = fc.record({
  source: text,
  url: fc.option(url),
  title: fc.option(text),
  section: fc.option(text),
  kind: fc.constantFrom('telephone', 'video', 'meeting', 'courtesy_call', 'other'),
  docType: fc.constantFrom('readout', 'press_conference', 'other'),
  date: fc.option(fc.constantFrom('2026-11-20', '2024-02-29')),
  published: fc.constant(null),
  start: fc.constant(null),
  durationMinutes: fc.option(fc.integer({ min: 1, max: 300 })),
  durationApproximate: fc.boolean(),
  participants: fc.array(
    fc.record({ name: text, honorific: fc.option(text), title: fc.option(text), country: fc.option(text) }),
    { maxLength: 6 },
  ),
  countries: fc.array(text, { maxLength: 3 }),
  relation: fc.option(fc.constantFrom('japan-us', 'japan-korea')),
  keyPoints: fc
    .array(fc.record({ heading: fc.option(text), text, subPoints: fc.array(text, { maxLength: 3 }) }), {
      maxLength: 60,
    })
    .map((points) => points.map((p, i) => ({ ...p, n: i + 1 }))),
  summary: fc.array(text, { maxLength: 4 }),
  warnings: fc.array(text, { maxLength: 2 }),
}) as fc.Arbitrary<Readout>;

const inputArb: fc.Arbitrary<RenderInput> = fc.record({
  id: fc.integer({ min: 1, max: 1e6 }).map(String),
  readout: readoutArb,
  link: url,
  partial: fc.boolean(),
});

/** Mentions the app writes itself, of ids that come from Slack, never from a feed. */
const OWN_IDS = new Set(['#C0OWN', '@U0OWN', 'words', 'url', 'pattern']);

type Found = { where: string; problem: string };

/** Every rule a Slack message of the app must keep, whatever the feed said. */
function audit(message: unknown, where: string): Found[] {
  const found: Found[] = [];
  const flag = (problem: string) => found.push({ where, problem });
  const mrkdwn = (text: string, at: string) => {
    for (const m of text.matchAll(/<([^>]*)>?/g)) {
      const inner = m[1] ?? '';
      if (!m[0].endsWith('>')) continue; // an unclosed "<" is shown as it is, never parsed
      if (OWN_IDS.has(inner)) continue;
      const [target = '', label] = inner.split('|');
      if (!/^https?:\/\/[^\s|<>]+$/.test(target))
        flag(`${at}: <${inner.slice(0, 80)}> is not an http(s) link`);
      if (inner.split('|').length > 2) flag(`${at}: a link with two labels`);
      if (label !== undefined && /[<>]/.test(label)) flag(`${at}: a link label with < or >`);
    }
    // Inside a link's URL nothing is a mention.
    if (/@(channel|here|everyone)\b/i.test(text.replace(/<https?:[^|>]*/g, '<')))
      flag(`${at}: a bare @channel/@here/@everyone`);
    if (/[\u202a-\u202e\u2066-\u2069]/.test(text)) flag(`${at}: a bidirectional override`);
  };
  const visit = (node: unknown, path: string, kind: 'mrkdwn' | 'plain' | 'none') => {
    if (typeof node === 'string') {
      if (kind === 'mrkdwn') mrkdwn(node, path);
      else if (kind === 'plain' && /[\u202a-\u202e\u2066-\u2069]/.test(node))
        flag(`${path}: a bidirectional override`);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((n, i) => {
        visit(n, `${path}[${i}]`, kind);
      });
      return;
    }
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.url === 'string' && !/^https?:\/\//.test(o.url)) flag(`${path}.url is ${o.url}`);
      for (const [k, v] of Object.entries(o)) {
        const childKind =
          k === 'text' && typeof v === 'string' ? (o.type === 'plain_text' ? 'plain' : 'mrkdwn') : kind;
        visit(v, `${path}.${k}`, childKind);
      }
    }
  };
  const m = message as { text?: string; blocks?: Record<string, unknown>[] };
  if (typeof m.text === 'string') {
    mrkdwn(m.text, `${where}.text`);
    if (m.text.length > 40_000) flag(`${where}.text is ${m.text.length} characters`);
  }
  const blocks = m.blocks ?? [];
  if (blocks.length > 50) flag(`${where}: ${blocks.length} blocks`);
  const KNOWN = new Set(['header', 'section', 'context', 'divider', 'actions', 'rich_text']);
  for (const [i, b] of blocks.entries()) {
    if (!KNOWN.has(String(b.type))) flag(`${where}.blocks[${i}] has type ${String(b.type)}`);
    const t = (b.text as { text?: string; type?: string } | undefined)?.text ?? '';
    if (b.type === 'header' && t.length > LIMITS.headerText) flag(`${where}: header of ${t.length}`);
    if (b.type === 'section' && t.length > LIMITS.sectionText) flag(`${where}: section of ${t.length}`);
    for (const e of (b.elements as { text?: string; url?: string }[] | undefined) ?? []) {
      if (b.type === 'context' && (e.text?.length ?? 0) > 3000) flag(`${where}: context element too long`);
    }
    // Buttons are the app's own: their texts and values never come from a feed.
    if (b.type === 'actions' && JSON.stringify(b).includes('javascript'))
      flag(`${where}: a feed in a button`);
  }
  visit(blocks, `${where}.blocks`, 'none');
  return found;
}

const stored = (input: RenderInput): StoredReadout =>
  ({
    id: input.id,
    feedUrl: 'https://feeds.example/x.xml',
    itemKey: input.id,
    link: input.link,
    itemPublishedAt: null,
    itemTitle: null,
    itemSummary: null,
    readout: input.readout,
    partial: input.partial,
    pageAttempts: 0,
    lastPageError: null,
  }) as StoredReadout;

const options = { timeZone: 'UTC' };

describe('no mrkdwn or Block Kit injection from a feed, through every renderer that reaches Slack', () => {
  it('audit itself flags a ping, a link that is not http(s), a bare @here and a javascript: button', () => {
    const problems = (message: unknown) => audit(message, 'm').map((f) => f.problem);
    expect(problems({ text: 'Talks <!channel>' })).toEqual(['m.text: <!channel> is not an http(s) link']);
    expect(problems({ text: 'See <javascript:alert(1)|click>' })).toEqual([
      'm.text: <javascript:alert(1)|click> is not an http(s) link',
    ]);
    expect(problems({ text: 'Read this @here' })).toEqual(['m.text: a bare @channel/@here/@everyone']);
    expect(
      problems({ blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Call with <@U123>' } }] }),
    ).toEqual(['m.blocks[0].text.text: <@U123> is not an http(s) link']);
    expect(
      problems({
        blocks: [
          {
            type: 'actions',
            elements: [
              { type: 'button', text: { type: 'plain_text', text: 'Open' }, url: 'javascript:alert(1)' },
            ],
          },
        ],
      }),
    ).toEqual(['m: a feed in a button', 'm.blocks[0].elements[0].url is javascript:alert(1)']);
    // What the app writes itself passes: an http(s) link (an @here inside its URL is no mention), its own ids.
    expect(
      problems({
        text: 'See <https://ok.example/@here|the page> in <#C0OWN>',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Asked by <@U0OWN>' } }],
      }),
    ).toEqual([]);
  });

  it('escapeMrkdwn leaves no mention, link, bare @channel or direction override', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(audit({ text: escapeMrkdwn(t) }, 'escape')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('posts, unfurls, overflow replies, thread comparisons, change notes, digests and the App Home', () => {
    fc.assert(
      fc.property(inputArb, inputArb, text, url, (a, b, note, link) => {
        const found = [
          ...audit(renderReadout(a, options), 'post'),
          ...audit(renderUnfurl(a, options), 'unfurl'),
          ...renderOverflowReplies(a.readout.keyPoints).flatMap((m, i) => audit(m, `overflow ${i}`)),
          ...audit(renderPairReply(a, b, options), 'thread reply'),
          ...audit(renderChangeNote(note, link), 'change note'),
          ...audit(renderDigest({ digestId: '1', kind: 'burst', target: '', items: [a, b] }), 'digest'),
          ...audit(
            renderHome({
              subscriptions: [],
              latest: [stored(a), stored(b)],
              feeds: [
                {
                  url: link,
                  etag: null,
                  lastModified: null,
                  firstPolledAt: null,
                  lastFetchedAt: null,
                  lastSuccessAt: null,
                  lastStatus: 500,
                  lastError: note,
                  consecutiveErrors: 2,
                },
              ],
              feedUrls: [link],
              nextPoll: null,
              problems: [
                // The channel is ours (a command's channel id); the error text is shown escaped.
                {
                  channel: 'C0OWN',
                  error: note,
                  since: '2026-12-01T09:00:00.000Z',
                  nextTryAt: '2026-12-01T10:00:00.000Z',
                  tries: 2,
                },
              ],
            }),
            'home',
          ),
          ...audit(problemMessage('C0OWN', note), 'channel problem DM'),
        ];
        expect(found).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('command answers over hostile readouts and feeds: lookups, lists, search snippets, /readout feeds', () => {
  let store: Store;
  const EVIL = '<!channel> <@U123> <!subteam^S1> @here <https://evil.example|click> *x* \u202eevil\u202c';
  const readout = (n: number): Readout => ({
    source: `Ministry ${EVIL}`,
    url:
      ['javascript:alert(1)', 'slack://open', 'https://evil.example|click', 'data:text/html,x'][n % 4] ??
      null,
    title: `Telephone talk ${EVIL} summit${n}`,
    section: EVIL,
    kind: 'telephone',
    docType: 'readout',
    date: `2026-11-${String(10 + n).padStart(2, '0')}`,
    published: null,
    start: null,
    durationMinutes: 20,
    durationApproximate: false,
    participants: [{ name: `Mallory ${EVIL}`, honorific: null, title: EVIL, country: EVIL }],
    countries: ['Japan', 'United States'],
    relation: 'japan-us',
    keyPoints: [{ n: 1, heading: EVIL, text: `Summit ${EVIL} talks`, subPoints: [EVIL] }],
    summary: [`Summit ${EVIL}`],
    warnings: [],
  });

  beforeAll(async () => {
    store = openSqliteStore(':memory:', () => new Date('2026-11-27T00:00:00Z'));
    for (let n = 0; n < 4; n++) {
      await store.insertReadout({
        feedUrl: 'https://feeds.example/x.xml',
        itemKey: `k${n}`,
        link:
          ['javascript:alert(2)', 'https://ok.example/a', 'slack://x', 'https://evil.example/<!here>'][n] ??
          '',
        itemPublishedAt: null,
        itemTitle: EVIL,
        itemSummary: EVIL,
        readout: readout(n),
        partial: n === 3,
        pageAttempts: 0,
        lastPageError: null,
        announce: true,
      });
    }
    const feedUrl = 'https://feeds.example/<!channel>|x';
    await store.addFeedSource({
      url: feedUrl,
      kind: 'rss',
      linkPattern: null,
      title: EVIL,
      addedBy: 'U0OWN',
    });
    await store.recordFeedContent({
      url: feedUrl,
      kind: 'rss',
      title: EVIL,
      items: 3,
      seenAt: '2026-11-26T00:00:00Z',
      newItemAt: null,
    });
    await store.saveFeed({
      url: feedUrl,
      etag: null,
      lastModified: null,
      firstPolledAt: null,
      lastFetchedAt: '2026-11-26T00:00:00Z',
      lastSuccessAt: null,
      lastStatus: 500,
      lastError: `HTTP 500 ${EVIL}`,
      consecutiveErrors: 3,
    });
  });
  afterAll(async () => {
    await store.close();
  });

  it.each([
    'japan-us latest',
    'japan-us list 4',
    'search summit',
    'search mallory',
    'who mallory',
    'feeds',
    'subscriptions',
  ])('/readout %s answers without a ping, a foreign link or a broken block', async (command) => {
    const answer = await runCommand(
      parseCommand(command),
      {
        store,
        render: options,
        feeds: {
          operatorFeeds: ['https://operator.example/<@U123>.xml'],
          allowPrivateNetworks: false,
          firstPollDays: 7,
        },
      },
      { channelId: 'C0OWN', userId: 'U0OWN' },
    );
    expect(JSON.stringify(answer)).toMatch(/evil|Mallory|feeds\.example|operator|no subscriptions/i);
    expect(audit(answer, command)).toEqual([]);
  });
});
