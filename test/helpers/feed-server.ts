/**
 * A feed and page server on 127.0.0.1 for integration tests: fixed routes with real conditional-GET
 * semantics (ETag / Last-Modified → 304), status codes, redirects, delays and gzip. Only Node built-ins.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export type FeedRoute = {
  body: string | Buffer;
  /** Default: by path extension, else sniffed (XML → application/rss+xml, HTML → text/html). */
  contentType?: string;
  /** Answered as given (e.g. 403, 410, 500, 301 with `headers.Location`). Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** Delay before answering; the connection stays open meanwhile (client timeouts). */
  delayMs?: number;
  /** Default: quoted sha1 of the body (strong). A string is sent as given (quoted if bare); false: none. */
  etag?: string | false;
  /** Default: the time `set` was called (HTTP date, strictly later than the route's previous one). */
  lastModified?: string | false;
  /** Send `Content-Encoding: gzip` when the request accepts it. */
  gzip?: boolean;
};

export type FeedRequest = {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Path with the query string. */
  url: string;
  headers: Record<string, string | undefined>;
  status: number;
  at: number;
};

export type FeedServer = {
  /** `http://127.0.0.1:PORT` */
  readonly base: string;
  /** Every request in arrival order (status is what the server answers, even when delayed). */
  readonly requests: FeedRequest[];
  /** `base + path` */
  url(path: string): string;
  set(path: string, route: FeedRoute): void;
  /** Like `set`, with every `{{BASE}}` in `body` replaced by `base`. */
  template(path: string, body: string, route?: Omit<FeedRoute, 'body'>): void;
  /** Later GETs of `path` answer 404. */
  remove(path: string): void;
  /** Serves the files under `dir` at `urlPrefix/<relative path>` (read per request; `set` routes win). */
  serveDir(urlPrefix: string, dir: string, opts?: { template?: boolean }): void;
  count(path: string): number;
  /** Clears recorded requests (routes stay). */
  clearRequests(): void;
  /** Closes the server and destroys open sockets, delayed requests included. */
  close(): Promise<void>;
};

type StoredRoute = FeedRoute & { resolvedLastModified?: string };

const TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml',
  '.rss': 'application/rss+xml',
  '.rdf': 'application/rdf+xml',
  '.atom': 'application/atom+xml',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, StoredRoute>();
  const dirs: Array<{ prefix: string; dir: string; template: boolean }> = [];
  let requests: FeedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let base = '';

  const answer = (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    route: StoredRoute | undefined,
  ) => {
    const record: FeedRequest = {
      method: req.method ?? 'GET',
      path,
      url: req.url ?? path,
      headers: flattenHeaders(req),
      status: 404,
      at: Date.now(),
    };
    requests.push(record);

    let status: number;
    let headers: Record<string, string | number> = {};
    let body: Buffer = Buffer.alloc(0);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      status = 405;
      headers = { allow: 'GET, HEAD', 'content-type': 'text/plain' };
      body = Buffer.from('method not allowed');
    } else if (!route) {
      status = 404;
      headers = { 'content-type': 'text/plain' };
      body = Buffer.from('not found');
    } else {
      status = route.status ?? 200;
      const raw = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : route.body;
      headers['content-type'] = route.contentType ?? guessType(path, raw);
      const validators: Record<string, string> = {};
      if (status >= 200 && status < 300) {
        const etag = resolveEtag(route, raw);
        if (etag) validators.etag = etag;
        if (route.resolvedLastModified) validators['last-modified'] = route.resolvedLastModified;
      }
      Object.assign(headers, validators, route.headers);
      if (status >= 200 && status < 300 && notModified(req, validators.etag, validators['last-modified'])) {
        status = 304;
        headers = { ...validators, ...route.headers };
      } else if (route.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(raw);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      } else {
        body = raw;
      }
    }
    record.status = status;
    if (status !== 304 && status !== 204) headers['content-length'] = body.length;

    const finish = () => {
      if (res.destroyed) return;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' || status === 304 || status === 204 ? undefined : body);
    };
    const delay = route?.delayMs ?? 0;
    if (delay > 0) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        finish();
      }, delay);
      timers.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        timers.delete(timer);
      });
    } else {
      finish();
    }
  };

  const fromDir = async (path: string): Promise<StoredRoute | undefined> => {
    for (const { prefix, dir, template } of dirs) {
      if (!path.startsWith(prefix)) continue;
      let rel: string;
      try {
        rel = decodeURIComponent(path.slice(prefix.length));
      } catch {
        return undefined;
      }
      const file = resolve(dir, `.${sep}${rel}`);
      if (!file.startsWith(dir + sep)) return undefined;
      try {
        const info = await stat(file);
        if (!info.isFile()) continue;
        const content = await readFile(file);
        return {
          body: template ? content.toString('utf8').replaceAll('{{BASE}}', base) : content,
          contentType: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
          resolvedLastModified: new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString(),
        };
      } catch {
        // Missing file: try the next directory, then 404.
      }
    }
    return undefined;
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routes.get(path);
    if (route || dirs.length === 0) {
      answer(req, res, path, route);
      return;
    }
    fromDir(path).then(
      (found) => answer(req, res, path, found),
      () => answer(req, res, path, undefined),
    );
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const set = (path: string, route: FeedRoute): void => {
    const previous = routes.get(path)?.resolvedLastModified;
    let resolvedLastModified: string | undefined;
    if (typeof route.lastModified === 'string') resolvedLastModified = route.lastModified;
    else if (route.lastModified !== false) {
      // HTTP dates have 1 s resolution: keep a re-set route strictly newer so If-Modified-Since sees the change.
      let seconds = Math.floor(Date.now() / 1000);
      const prevSeconds = previous ? Math.floor(Date.parse(previous) / 1000) : Number.NaN;
      if (!Number.isNaN(prevSeconds) && seconds <= prevSeconds) seconds = prevSeconds + 1;
      resolvedLastModified = new Date(seconds * 1000).toUTCString();
    }
    routes.set(path, { ...route, resolvedLastModified });
  };

  return {
    get base() {
      return base;
    },
    get requests() {
      return requests;
    },
    url: (path) => `${base}${path}`,
    set,
    template: (path, body, route = {}) => set(path, { ...route, body: body.replaceAll('{{BASE}}', base) }),
    remove: (path) => {
      routes.delete(path);
    },
    serveDir: (urlPrefix, dir, opts = {}) => {
      const prefix = urlPrefix.endsWith('/') ? urlPrefix : `${urlPrefix}/`;
      dirs.push({ prefix, dir: resolve(dir), template: opts.template ?? false });
    },
    count: (path) => requests.filter((r) => r.path === path).length,
    clearRequests: () => {
      requests = [];
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}

function flattenHeaders(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function resolveEtag(route: FeedRoute, body: Buffer): string | undefined {
  if (route.etag === false) return undefined;
  if (typeof route.etag === 'string') return /^(W\/)?"/.test(route.etag) ? route.etag : `"${route.etag}"`;
  return `"${createHash('sha1').update(body).digest('hex')}"`;
}

/** RFC 9110 §13.2.2: If-None-Match (weak comparison) wins; If-Modified-Since only without it. */
function notModified(
  req: IncomingMessage,
  etag: string | undefined,
  lastModified: string | undefined,
): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    if (!etag) return false;
    const bare = (tag: string) => tag.trim().replace(/^W\//, '');
    return inm.trim() === '*' || inm.split(',').some((tag) => bare(tag) === bare(etag));
  }
  const ims = req.headers['if-modified-since'];
  if (ims === undefined || !lastModified) return false;
  const since = Date.parse(ims);
  const modified = Date.parse(lastModified);
  return !Number.isNaN(since) && !Number.isNaN(modified) && since >= modified;
}

function guessType(path: string, body: Buffer): string {
  const byExt = TYPES[extname(path).toLowerCase()];
  if (byExt) return byExt;
  const head = body.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'text/html; charset=utf-8';
  if (head.startsWith('<?xml') || head.startsWith('<rss') || head.startsWith('<rdf')) {
    return 'application/rss+xml';
  }
  if (head.startsWith('<feed')) return 'application/atom+xml';
  return 'text/plain; charset=utf-8';
}
