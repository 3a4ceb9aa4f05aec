import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '../../src/feeds/fetch.js';
import { parseFeed } from '../../src/feeds/parse-feed.js';
import { pollFeeds } from '../../src/feeds/poll.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

/**
 * Bytes of `text` in a legacy charset, by inverting the platform's own decoder over every one-
 * and two-byte sequence (no encoder library needed; a character it cannot map fails the test).
 */
const tables = new Map<string, Map<string, number[]>>();
/** windows-1252's own bytes 0x80–0x9F used here (Node 20's decoder reads them as ISO-8859-1). */
const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

function encode(charset: string, text: string): Buffer {
  if (charset === 'windows-1252')
    return Buffer.from(
      [...text].map((ch) => {
        const code = CP1252_EXTRA[ch] ?? ch.charCodeAt(0);
        if (code > 0xff) throw new Error(`windows-1252 has no ${ch}`);
        return code;
      }),
    );
  let table = tables.get(charset);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(charset, { fatal: true });
    const tryBytes = (bytes: number[]) => {
      try {
        const ch = decoder.decode(new Uint8Array(bytes));
        if ([...ch].length === 1 && !table?.has(ch)) table?.set(ch, bytes);
      } catch {
        // Not a whole character.
      }
    };
    for (let a = 0; a < 256; a++) tryBytes([a]);
    for (let a = 0x80; a < 256; a++) for (let b = 0x40; b < 256; b++) tryBytes([a, b]);
    tables.set(charset, table);
  }
  const out: number[] = [];
  for (const ch of text) {
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`${charset} has no ${ch}`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (order === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

const TITLE_JA = '日米首脳電話会談';
const TITLE_CP1252 = '“Tête-à-tête” – €';
const rss = (declaration: string, title: string) =>
  `<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>${title}</title><link>https://www.mofa.go.jp/</link><description>d</description><item><title>${title}</title><link>https://www.mofa.go.jp/a.html</link><guid>a</guid></item></channel></rss>`;
const html = (head: string, title: string) =>
  `<!DOCTYPE html><html><head>${head}<title>${title}</title></head><body><h1>${title}</h1></body></html>`;

describe('charsets from the HTTP header, the XML declaration, the HTML meta or a BOM', () => {
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await startFeedServer();
  });
  afterAll(async () => {
    await feeds.close();
  });

  const feedCases: [string, Buffer, string, string][] = [
    [
      'Shift_JIS named by the header',
      encode('shift_jis', rss('', TITLE_JA)),
      'application/rss+xml; charset=Shift_JIS',
      TITLE_JA,
    ],
    [
      'EUC-JP named by the XML declaration',
      encode('euc-jp', rss(' encoding="EUC-JP"', TITLE_JA)),
      'application/rss+xml',
      TITLE_JA,
    ],
    [
      'Shift_JIS named by the XML declaration',
      encode('shift_jis', rss(" encoding='Shift_JIS'", TITLE_JA)),
      'text/xml',
      TITLE_JA,
    ],
    [
      'windows-1252 named by the XML declaration',
      encode('windows-1252', rss(' encoding="windows-1252"', TITLE_CP1252)),
      'application/rss+xml',
      TITLE_CP1252,
    ],
    [
      'UTF-16LE with a BOM',
      utf16(rss(' encoding="UTF-16"', TITLE_JA), 'le'),
      'application/rss+xml',
      TITLE_JA,
    ],
    [
      'UTF-16BE with a BOM',
      utf16(rss(' encoding="UTF-16"', TITLE_JA), 'be'),
      'application/rss+xml',
      TITLE_JA,
    ],
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss('', TITLE_JA))]),
      'application/rss+xml',
      TITLE_JA,
    ],
  ];

  for (const [name, body, contentType, title] of feedCases) {
    it(`reads a feed in ${name}`, async () => {
      const path = `/feed-${name.replace(/\W+/g, '-')}.xml`;
      feeds.set(path, { body, contentType });
      const answer = await fetchText(feeds.url(path));
      expect(answer.status).toBe('ok');
      if (answer.status !== 'ok') return;
      const feed = await parseFeed(answer.body, answer.finalUrl);
      expect(feed.ok).toBe(true);
      if (!feed.ok) return;
      expect(feed.title).toBe(title);
      expect(feed.items.map((i) => i.title)).toEqual([title]);
    });
  }

  const pageCases: [string, Buffer, string, string][] = [
    [
      'Shift_JIS named by <meta charset>',
      encode('shift_jis', html('<meta charset="Shift_JIS">', TITLE_JA)),
      'text/html',
      TITLE_JA,
    ],
    [
      'EUC-JP named by <meta http-equiv>',
      encode(
        'euc-jp',
        html('<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', TITLE_JA),
      ),
      'text/html',
      TITLE_JA,
    ],
    [
      'windows-1252 named by the header',
      encode('windows-1252', html('', TITLE_CP1252)),
      'text/html; charset=windows-1252',
      TITLE_CP1252,
    ],
    ['UTF-16LE with a BOM', utf16(html('', TITLE_JA), 'le'), 'text/html', TITLE_JA],
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html('', TITLE_JA))]),
      'text/html',
      TITLE_JA,
    ],
  ];

  for (const [name, body, contentType, title] of pageCases) {
    it(`reads a page in ${name}`, async () => {
      const path = `/page-${name.replace(/\W+/g, '-')}.html`;
      feeds.set(path, { body, contentType });
      const answer = await fetchText(feeds.url(path));
      expect(answer.status === 'ok' && answer.body).toContain(`<h1>${title}</h1>`);
      expect(answer.status === 'ok' && answer.body.startsWith('\ufeff')).toBe(false);
    });
  }

  it('stores the items of a Shift_JIS feed and its EUC-JP pages decoded, through a poll', async () => {
    const store = openSqliteStore(':memory:', () => new Date('2026-11-20T12:00:00Z'));
    try {
      feeds.set('/ja/a.html', {
        body: encode('euc-jp', html('<meta charset="EUC-JP">', TITLE_JA)),
        contentType: 'text/html',
      });
      feeds.set('/ja/feed.rdf', {
        body: encode(
          'shift_jis',
          rss(' encoding="Shift_JIS"', TITLE_JA).replace(
            'https://www.mofa.go.jp/a.html',
            feeds.url('/ja/a.html'),
          ),
        ),
        contentType: 'application/rss+xml',
      });
      const report = await pollFeeds({
        store,
        logger: pino({ level: 'silent' }),
        feeds: [feeds.url('/ja/feed.rdf')],
        channels: [],
        firstPollDays: 7,
      });
      expect(report.newReadouts).toBe(1);
      const stored = await store.findReadout(feeds.url('/ja/feed.rdf'), 'a');
      expect(stored?.itemTitle).toBe(TITLE_JA);
      expect(stored?.partial).toBe(false);
      expect(stored?.readout.title).toBe(TITLE_JA);
    } finally {
      await store.close();
    }
  });
});
