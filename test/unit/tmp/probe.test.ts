import { it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../../src/feeds/parse-feed.js';
import { decodeBody, sniffCharset } from '../../../src/feeds/fetch.js';
const rss2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>MOFA Readouts</title><link>https://www.mofa.go.jp/</link>
<item><title>Japan-U.S. Summit Telephone Talk</title><link>/na/na1/us/page4e_001186.html</link>
<guid isPermaLink="false">mofa-001186</guid><pubDate>Tue, 05 Oct 2021 09:00:00 +0900</pubDate>
<description>Short summary &amp; more</description>
<content:encoded><![CDATA[<p>On October 5, commencing at 7:05 a.m.</p>]]></content:encoded></item>
</channel></rss>`;
const rdf = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://japan.kantei.go.jp/"><title>Kantei</title><link>https://japan.kantei.go.jp/</link><description>x</description></channel>
<item rdf:about="https://japan.kantei.go.jp/101_kishida/diplomatic/202201/_00006.html"><title>Japan-Australia Summit Video Teleconference Meeting</title><link>https://japan.kantei.go.jp/101_kishida/diplomatic/202201/_00006.html</link><dc:date>2022-01-06T18:00:00+09:00</dc:date><description>The Prime Minister held a meeting.</description></item>
</rdf:RDF>`;
const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Readouts</title><id>urn:x</id><updated>2024-10-03T00:00:00Z</updated>
<entry><title>Japan-ROK Summit Telephone Talk</title><id>tag:example.org,2024:581</id><link rel="alternate" href="page581.html"/><updated>2024-10-03T01:02:03+09:00</updated><summary>The leaders talked.</summary></entry>
</feed>`;
it('probe', async () => {
  console.log(JSON.stringify(await parseFeed(rss2, 'https://www.mofa.go.jp/rss/feed.xml'), null, 1));
  console.log(JSON.stringify(await parseFeed(rdf, 'https://japan.kantei.go.jp/index-e2.rdf'), null, 1));
  console.log(JSON.stringify(await parseFeed(atom, 'https://example.org/feeds/atom.xml'), null, 1));
  console.log(JSON.stringify(await parseFeed('<!DOCTYPE html><html><head><title>Access Denied</title></head><body>no</body></html>', 'https://x/')));
  console.log(JSON.stringify(await parseFeed('<rss version="2.0"><channel><title>x</title><item><title>a</item></channel>', 'https://x/')));
  console.log(JSON.stringify(await parseFeed('', 'https://x/')));
  console.log(JSON.stringify(await parseFeed('<rss version="2.0"><channel><title>x &bogus; y</title></channel></rss>', 'https://x/')));
  const t0 = Date.now(); let n = 0; const res: Record<string, number> = {};
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]);
  for (const dir of ['illformed', 'encoding']) for (const f of walk(join('/work/shared/feed-corpus', dir))) {
    const bytes = new Uint8Array(readFileSync(f));
    try { const r = await parseFeed(decodeBody(bytes, null), 'https://feed.example/'); n++; const k = r.ok ? 'ok' : 'fail'; res[k] = (res[k] ?? 0) + 1; if (!r.ok && !r.reason) console.log('EMPTY REASON', f); }
    catch (e) { console.log('THREW', f, sniffCharset(null, bytes), (e as Error).message); }
  }
  console.log(n, res, Date.now() - t0, 'ms');
});
