// A loopback feed and page server for the benchmarks: RSS feeds with real conditional GET (ETag →
// 304) and readout pages made from the fixture pages (fixtures/pages/<source>/*.html, padded with
// site navigation to the 30–80 KB of real government pages). It counts what it serves.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { root } from './util.js';

/** Every fixture page (HTML), in a stable order. */
export function fixturePages() {
  const pages = [];
  const dir = join(root, 'fixtures/pages');
  for (const source of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(dir, source.name)).sort()) {
      if (file.endsWith('.html')) pages.push(readFileSync(join(dir, source.name, file), 'utf8'));
    }
  }
  return pages;
}

/** A site navigation menu of `n` links, as government pages carry around their text. */
export const nav = (n) =>
  `<ul class="menu">${Array.from({ length: n }, (_, i) => `<li><a href="/section/${i}.html">Section ${i} of the site navigation</a></li>`).join('')}</ul>`;

/**
 * Starts the server. `feeds` feeds at /feed/<i>.xml with `itemsPerFeed` items each, item j of
 * feed i linking to /page/<i * itemsPerFeed + j>.html. `addItem(i)` puts a new item on top of
 * feed i (a new ETag), so the next poll of that feed finds exactly one new item.
 */
export async function startFeedServer({ feeds, itemsPerFeed, firstDate = Date.UTC(2016, 0, 1) }) {
  const templates = fixturePages();
  const pads = [0, 200, 500, 800];
  const counts = { feedRequests: 0, notModified: 0, pages: 0 };
  const onPage = [];
  const items = Array.from({ length: feeds }, (_, i) =>
    Array.from({ length: itemsPerFeed }, (_, j) => i * itemsPerFeed + j),
  );
  const generation = new Array(feeds).fill(0);
  let nextPage = feeds * itemsPerFeed;

  // Pages are built once per (fixture, padding) and marked per request: the server's own CPU
  // stays small beside the poller's (they share the machine).
  const built = new Map();
  const pageHtml = (n) => {
    const t = n % templates.length;
    const pad = pads[Math.floor(n / templates.length) % pads.length];
    const key = `${t}:${pad}`;
    let parts = built.get(key);
    if (!parts) {
      const html = templates[t]
        .replace('<body>', pad ? `<body><header>${nav(pad)}</header>\u0000` : '<body>\u0000')
        .replace('</body>', `<footer>${nav(pad / 2)}</footer></body>`);
      const at = html.indexOf('\u0000');
      // A page without a <body> tag gets its mark at the start.
      parts = at < 0 ? ['', html] : [html.slice(0, at), html.slice(at + 1)];
      built.set(key, parts);
    }
    return `${parts[0]}<!-- bench page ${n} -->${parts[1]}`;
  };
  const pubDate = (n) => new Date(firstDate + n * 3_600_000).toUTCString();
  const feedXml = (i, base) => {
    const list = items[i]
      .slice()
      .reverse()
      .map(
        (n) =>
          `<item><title>Readout ${n}</title><link>${base}/page/${n}.html</link><guid isPermaLink="false">bench-${n}</guid><pubDate>${pubDate(n)}</pubDate><description>Summary of readout ${n}.</description></item>`,
      )
      .join('\n');
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${i}</title><link>${base}/</link><description>Bench feed ${i}</description>\n${list}\n</channel></rss>`;
  };

  const server = createServer((req, res) => {
    const url = req.url ?? '';
    const page = /^\/page\/(\d+)\.html$/.exec(url);
    if (page) {
      counts.pages++;
      for (const f of onPage) f(counts.pages);
      const body = pageHtml(Number(page[1]));
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    const feed = /^\/feed\/(\d+)\.xml$/.exec(url);
    const i = feed ? Number(feed[1]) : -1;
    if (i < 0 || i >= feeds) {
      res.writeHead(404).end();
      return;
    }
    counts.feedRequests++;
    const etag = `"f${i}-g${generation[i]}"`;
    if (req.headers['if-none-match'] === etag) {
      counts.notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    const body = feedXml(i, `http://127.0.0.1:${server.address().port}`);
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    counts,
    feedUrls: Array.from({ length: feeds }, (_, i) => `${base}/feed/${i}.xml`),
    /** The ETag feed i answers now (to pre-fill a store's validators). */
    etag: (i) => `"f${i}-g${generation[i]}"`,
    addItem(i) {
      items[i].push(nextPage++);
      if (items[i].length > itemsPerFeed + 5) items[i].shift();
      generation[i]++;
    },
    /** Calls `f(pagesServed)` after each page request. */
    onPage: (f) => onPage.push(f),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
