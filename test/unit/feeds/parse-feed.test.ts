import { describe, expect, it } from 'vitest';
import { decodeBody, sniffCharset } from '../../../src/feeds/fetch.js';
import { normalizeFeedXml, parseFeed } from '../../../src/feeds/parse-feed.js';

const ascii = (text: string) => Buffer.from(text, 'ascii');
const bytes = (...parts: (Buffer | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (Array.isArray(p) ? Buffer.from(p) : p))));

describe('parseFeed RSS 2.0', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Readouts</title>
    <link>https://www.mofa.go.jp/</link>
    <item>
      <title>Japan-U.S. Summit Telephone Talk</title>
      <link>/na/na1/us/page4e_001186.html</link>
      <guid isPermaLink="false">mofa-001186</guid>
      <pubDate>Tue, 05 Oct 2021 09:00:00 +0900</pubDate>
      <description>The leaders spoke &amp; agreed.</description>
      <content:encoded><![CDATA[<p>On October 5, commencing at 7:05 a.m.</p>]]></content:encoded>
    </item>
    <item>
      <title>Japan-China Summit Telephone Talk</title>
      <guid>https://www.mofa.go.jp/a_o/c_m1/cn/page1e_000311.html</guid>
      <pubDate>not a date</pubDate>
    </item>
  </channel>
</rss>`;

  it('reads guid, absolute link, date, summary and content:encoded', async () => {
    const feed = await parseFeed(xml, 'https://www.mofa.go.jp/rss/readouts.xml');
    expect(feed.ok).toBe(true);
    if (!feed.ok) return;
    expect(feed.title).toBe('Readouts');
    expect(feed.items[0]).toEqual({
      guid: 'mofa-001186',
      link: 'https://www.mofa.go.jp/na/na1/us/page4e_001186.html',
      title: 'Japan-U.S. Summit Telephone Talk',
      summary: 'The leaders spoke & agreed.',
      publishedAt: '2021-10-05T00:00:00.000Z',
      contentHtml: '<p>On October 5, commencing at 7:05 a.m.</p>',
    });
  });

  it('takes a permalink guid as the link and an unreadable date as null', async () => {
    const feed = await parseFeed(xml, 'https://www.mofa.go.jp/rss/readouts.xml');
    if (!feed.ok) throw new Error(feed.reason);
    expect(feed.items[1]).toMatchObject({
      guid: 'https://www.mofa.go.jp/a_o/c_m1/cn/page1e_000311.html',
      link: 'https://www.mofa.go.jp/a_o/c_m1/cn/page1e_000311.html',
      publishedAt: null,
      contentHtml: null,
    });
  });
});

describe('parseFeed RSS 1.0 (RDF)', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://japan.kantei.go.jp/">
    <title>Prime Minister's Office of Japan</title>
    <link>https://japan.kantei.go.jp/</link>
    <description>News</description>
  </channel>
  <item rdf:about="https://japan.kantei.go.jp/101_kishida/diplomatic/202201/_00006.html">
    <title>Japan-Australia Summit Video Teleconference Meeting</title>
    <link>https://japan.kantei.go.jp/101_kishida/diplomatic/202201/_00006.html</link>
    <dc:date>2022-01-06T18:00:00+09:00</dc:date>
    <description>The Prime Minister held a meeting.</description>
  </item>
</rdf:RDF>`;

  it('reads title, link and dc:date', async () => {
    const feed = await parseFeed(xml, 'https://japan.kantei.go.jp/index-e2.rdf');
    expect(feed).toEqual({
      ok: true,
      title: "Prime Minister's Office of Japan",
      items: [
        {
          guid: null,
          link: 'https://japan.kantei.go.jp/101_kishida/diplomatic/202201/_00006.html',
          title: 'Japan-Australia Summit Video Teleconference Meeting',
          summary: 'The Prime Minister held a meeting.',
          publishedAt: '2022-01-06T09:00:00.000Z',
          contentHtml: null,
        },
      ],
    });
  });
});

describe('parseFeed Atom', () => {
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Readouts</title>
  <id>urn:example:readouts</id>
  <updated>2024-10-03T00:00:00Z</updated>
  <entry>
    <title>Japan-ROK Summit Telephone Talk</title>
    <id>tag:example.org,2024:581</id>
    <link rel="alternate" href="pages/581.html"/>
    <updated>2024-10-03T01:02:03+09:00</updated>
    <summary>The leaders talked late at night.</summary>
  </entry>
</feed>`;

  it('reads id, a relative link made absolute, updated and summary', async () => {
    const feed = await parseFeed(xml, 'https://example.org/feeds/atom.xml');
    expect(feed).toEqual({
      ok: true,
      title: 'Atom Readouts',
      items: [
        {
          guid: 'tag:example.org,2024:581',
          link: 'https://example.org/feeds/pages/581.html',
          title: 'Japan-ROK Summit Telephone Talk',
          summary: 'The leaders talked late at night.',
          publishedAt: '2024-10-02T16:02:03.000Z',
          contentHtml: null,
          updatedAt: '2024-10-02T16:02:03.000Z',
        },
      ],
    });
  });
});

describe('parseFeed refusals', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>Access Denied</title></head><body>403</body></html>'],
    ['an empty body', ''],
    ['JSON', '{"items": []}'],
    ['broken XML', '<rss version="2.0"><channel><title>x</title><item><title>a</item></channel></rss>'],
    ['a truncated feed', '<?xml version="1.0"?><rss version="2.0"><channel><title>Readouts</title><item><ti'],
    ['an unknown root', '<?xml version="1.0"?><rss-like><channel><title>x</title></channel></rss-like>'],
  ])('answers %s with ok:false and a reason, never a throw', async (_what, body) => {
    const feed = await parseFeed(body, 'https://feeds.example/x.xml');
    expect(feed.ok).toBe(false);
    if (feed.ok) return;
    expect(feed.reason.trim().length).toBeGreaterThan(0);
  });

  it('says an HTML page is not a feed', async () => {
    const feed = await parseFeed('<html><body>Access Denied</body></html>', 'https://feeds.example/');
    expect(feed).toEqual({ ok: false, reason: expect.stringMatching(/^not a feed/) });
  });

  it('says broken XML is invalid XML', async () => {
    const feed = await parseFeed(
      '<rss version="2.0"><channel><item></channel></rss>',
      'https://feeds.example/',
    );
    expect(feed).toEqual({ ok: false, reason: expect.stringMatching(/^invalid XML: \S/) });
  });
});

describe('decodeBody and sniffCharset', () => {
  // 外務省 and 日米首脳電話会談 in Shift_JIS.
  const sjisMinistry = [0x8a, 0x4f, 0x96, 0xb1, 0x8f, 0xc8];
  const sjisTalk = [
    0x93, 0xfa, 0x95, 0xc4, 0x8e, 0xf1, 0x94, 0x5d, 0x93, 0x64, 0x98, 0x62, 0x89, 0xef, 0x92, 0x6b,
  ];
  const sjisFeed = (declaration: string) =>
    bytes(
      ascii(`<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>`),
      sjisMinistry,
      ascii('</title><item><title>'),
      sjisTalk,
      ascii('</title><link>https://www.mofa.go.jp/mofaj/a.html</link></item></channel></rss>'),
    );

  // "Tête-à-tête" in windows-1252 (the letters it shares with ISO-8859-1).
  const cp1252Letters = [0x54, 0xea, 0x74, 0x65, 0x2d, 0xe0, 0x2d, 0x74, 0xea, 0x74, 0x65];
  const cp1252Feed = (declaration: string, title: number[]) =>
    bytes(
      ascii(`<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>x</title><item><title>`),
      title,
      ascii('</title></item></channel></rss>'),
    );

  const titles = async (text: string) => {
    const feed = await parseFeed(text, 'https://feeds.example/');
    if (!feed.ok) throw new Error(feed.reason);
    return [feed.title, ...feed.items.map((i) => i.title)];
  };

  it('decodes Shift_JIS named by the XML declaration', async () => {
    const body = sjisFeed(' encoding="Shift_JIS"');
    expect(sniffCharset(null, body)).toBe('shift_jis');
    expect(await titles(decodeBody(body, null))).toEqual(['外務省', '日米首脳電話会談']);
  });

  it('decodes Shift_JIS named by the Content-Type header', async () => {
    const body = sjisFeed('');
    expect(sniffCharset('application/rss+xml; charset=Shift_JIS', body)).toBe('shift_jis');
    expect(await titles(decodeBody(body, 'application/rss+xml; charset=Shift_JIS'))).toEqual([
      '外務省',
      '日米首脳電話会談',
    ]);
  });

  it('decodes windows-1252 named by the XML declaration', async () => {
    const body = cp1252Feed(" encoding='windows-1252'", cp1252Letters);
    expect(sniffCharset(null, body)).toBe('windows-1252');
    expect(await titles(decodeBody(body, null))).toEqual(['x', 'Tête-à-tête']);
  });

  it('decodes windows-1252 named by a quoted Content-Type charset', async () => {
    const body = cp1252Feed('', cp1252Letters);
    expect(await titles(decodeBody(body, 'text/xml; charset="windows-1252"'))).toEqual(['x', 'Tête-à-tête']);
  });

  it('decodes the windows-1252 characters that ISO-8859-1 lacks: curly quotes, dashes, euro', async () => {
    // “talks” – €: 0x93 and 0x94 are curly quotes, 0x96 an en dash, 0x80 the euro sign.
    const title = [0x93, ...ascii('talks'), 0x94, 0x20, 0x96, 0x20, 0x80];
    const body = cp1252Feed(' encoding="windows-1252"', title);
    expect(await titles(decodeBody(body, null))).toEqual(['x', '“talks” – €']);
  });

  it('lets the Content-Type header win over the XML declaration', () => {
    const body = sjisFeed(' encoding="UTF-8"');
    expect(sniffCharset('text/xml; charset=shift_jis', body)).toBe('shift_jis');
    expect(decodeBody(body, 'text/xml; charset=shift_jis')).toContain('日米首脳電話会談');
  });

  it('reads UTF-8 without a declaration, and a UTF-8 BOM, dropping the BOM', async () => {
    const text =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>日米関係</title><item><title>Tête-à-tête</title></item></channel></rss>';
    const plain = new Uint8Array(Buffer.from(text, 'utf8'));
    const withBom = bytes([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8'));
    expect(sniffCharset(null, withBom)).toBe('utf-8');
    // The BOM wins over a header that says otherwise.
    expect(sniffCharset('text/xml; charset=Shift_JIS', withBom)).toBe('utf-8');
    for (const body of [plain, withBom]) {
      const decoded = decodeBody(body, null);
      expect(decoded.charCodeAt(0)).not.toBe(0xfeff);
      expect(await titles(decoded)).toEqual(['日米関係', 'Tête-à-tête']);
    }
  });

  it('falls back to UTF-8 for an unknown charset', () => {
    const body = new Uint8Array(Buffer.from('<rss><channel><title>日本</title></channel></rss>', 'utf8'));
    expect(decodeBody(body, 'text/xml; charset=x-no-such-charset')).toContain('日本');
  });
});

describe('normalizeFeedXml: shapes rss-parser refuses though their meaning is plain', () => {
  it('reads an <rss> root without a version as RSS 2.0', async () => {
    const feed = await parseFeed(
      '<rss><channel><title>T &#160; x</title><item><title>A</title><link>https://a.example/1</link></item></channel></rss>',
      'https://a.example/feed',
    );
    expect(feed.ok && feed.items.map((i) => i.link)).toEqual(['https://a.example/1']);
    expect(normalizeFeedXml('<rss version="0.91"><channel/></rss>')).toBe(
      '<rss version="0.91"><channel/></rss>',
    );
  });

  it('reads RSS 1.0 and Atom written with a namespace prefix instead of a default namespace', async () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:r="http://purl.org/rss/1.0/">
      <r:channel rdf:about="https://b.example/"><r:title>B</r:title><r:link>https://b.example/</r:link></r:channel>
      <r:item rdf:about="https://b.example/2"><r:title>Second</r:title><r:link>https://b.example/2</r:link></r:item></rdf:RDF>`;
    const atom = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>C</a:title>
      <a:entry><a:id>tag:c,1</a:id><a:title>Third</a:title><a:link href="https://c.example/3"/></a:entry></a:feed>`;
    const one = await parseFeed(rdf, 'https://b.example/rss');
    const two = await parseFeed(atom, 'https://c.example/atom');
    expect(one.ok && one.items.map((i) => i.title)).toEqual(['Second']);
    expect(two.ok && two.items.map((i) => i.link)).toEqual(['https://c.example/3']);
  });

  it('takes an empty feed root as a feed with no items, and refuses CDF by name', async () => {
    expect(await parseFeed('<rss version="2.0">\n</rss>', 'https://d.example/')).toEqual({
      ok: true,
      title: null,
      items: [],
    });
    const cdf = await parseFeed(
      '<CHANNEL HREF="https://e.example/"><TITLE>x</TITLE></CHANNEL>',
      'https://e.example/',
    );
    expect(cdf.ok === false && cdf.reason).toMatch(/Channel Definition Format/);
  });
});
