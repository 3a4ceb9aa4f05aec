import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { lookupTable } from '../app/lookup.js';

const TYPES = lookupTable<string>({
  '.xml': 'application/rss+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
});

/**
 * Serves the bundled fixtures on 127.0.0.1 so that the demo reads them over real HTTP, with
 * ETags and 304s like a publisher. `{{BASE}}` in a feed becomes this server's address.
 */
export async function startFixtureServer(root: string): Promise<{ base: string; close(): Promise<void> }> {
  let base = '';
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || req.method !== 'GET') {
      res.writeHead(404).end();
      return;
    }
    try {
      let body = await readFile(file, 'utf8');
      if (extname(file) === '.xml') body = body.replaceAll('{{BASE}}', base);
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', etag })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
