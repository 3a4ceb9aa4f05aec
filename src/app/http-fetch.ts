import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/**
 * `fetch` on node:http and node:https, for every request the app makes itself: feeds, pages,
 * the Slack Web API (WebClient's `fetch` option) and response URLs. Node 20's fetch (undici)
 * parses responses with llhttp compiled to WebAssembly, and its first response makes V8 compile
 * that parser again with TurboFan in the background: ~30 MB of compiler memory at once, of which
 * several MB stay resident in the process for good. node:http parses with the llhttp built into
 * Node. (With HTTPS_PROXY set, feeds still go through undici's proxy agent: feeds/proxy.ts.)
 *
 * Of fetch it does what the app and the Slack SDK use: methods and bodies (string, bytes; form
 * data, URLSearchParams, blobs and streams encoded as fetch encodes them), headers, `signal`,
 * `redirect` ('follow' up to 20 hops, 'manual', 'error'), gzip/deflate/br bodies, a streamed
 * web Response with `url` and `redirected`. A network failure rejects with a TypeError whose
 * `cause` is the socket error, as fetch does; an abort rejects with the signal's reason.
 */
export type HttpFetchOptions = {
  /** Resolves each connection's host (pinned-fetch.ts: public addresses only). */
  lookup?: LookupFunction;
  /** Connection pools of their own; Node's global agents (keep-alive) when absent. */
  agents?: { http: HttpAgent; https: HttpsAgent };
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** Dropped when a redirect turns the request into a GET without a body. */
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];
/** Not sent to another origin after a redirect (as fetch does). */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** A network failure as fetch reports it: a TypeError whose `cause` is the socket error. */
export const failed = (cause: unknown) => new TypeError('fetch failed', { cause });

async function encodeBody(body: RequestInit['body'], headers: Headers): Promise<Buffer | null> {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') {
    if (!headers.has('content-type')) headers.set('content-type', 'text/plain;charset=UTF-8');
    return Buffer.from(body);
  }
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  // FormData, URLSearchParams, Blob, streams: encoded with the content type fetch gives them.
  const encoded = new Response(body);
  const type = encoded.headers.get('content-type');
  if (type && !headers.has('content-type')) headers.set('content-type', type);
  return Buffer.from(await encoded.arrayBuffer());
}

/**
 * One request on node:http/https, no redirect followed: the response's head, its body still to
 * read. Rejects as fetch does (`failed`, or the abort reason). Also the poller's GET (lightGet).
 */
export function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: Buffer | null,
  signal: AbortSignal | undefined,
  options: HttpFetchOptions = {},
): Promise<IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return Promise.reject(failed(new Error(`${url.protocol} URLs are not fetched`)));
  const secure = url.protocol === 'https:';
  const outgoing = body ? { ...headers, 'content-length': String(body.byteLength) } : headers;
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(url, {
      method,
      headers: outgoing,
      signal,
      ...(options.lookup ? { lookup: options.lookup } : {}),
      ...(options.agents ? { agent: secure ? options.agents.https : options.agents.http } : {}),
    });
    req.on('error', (error) => reject(signal?.aborted ? signal.reason : failed(error)));
    req.on('response', resolve);
    req.end(body ?? undefined);
  });
}

/** A response's Content-Encoding, lower case; '' when none. */
export function encodingOf(res: IncomingMessage): string {
  return String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
}

/**
 * The body of a response as sent before its Content-Encoding (gzip, deflate, br), or as is.
 * Once decoded, the response's Content-Encoding and Content-Length no longer describe it.
 */
export function decoded(res: IncomingMessage, encoding = encodingOf(res)): Readable {
  // pipeline, not pipe: an aborted or broken response must end the decoded stream too.
  const done = () => undefined;
  if (encoding === 'gzip' || encoding === 'x-gzip') return pipeline(res, createGunzip(), done);
  if (encoding === 'deflate') return pipeline(res, createInflate(), done);
  if (encoding === 'br') return pipeline(res, createBrotliDecompress(), done);
  return res;
}

function toResponse(res: IncomingMessage, url: URL, method: string, redirected: boolean): Response {
  const status = res.statusCode ?? 500;
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  let body: ReadableStream<Uint8Array> | null = null;
  if (method === 'HEAD' || status === 204 || status === 205 || status === 304 || status < 200) {
    res.resume();
  } else {
    const encoding = encodingOf(res);
    headers.delete('content-encoding');
    if (encoding) headers.delete('content-length');
    body = Readable.toWeb(decoded(res, encoding)) as ReadableStream<Uint8Array>;
  }
  const response = new Response(body, {
    status: status < 200 ? 502 : status,
    statusText: res.statusMessage ?? '',
    headers,
  });
  Object.defineProperty(response, 'url', { value: url.toString() });
  if (redirected) Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

/** A fetch on node:http/https with its own options; `httpFetch` is the app's plain one. */
export function nodeFetch(options: HttpFetchOptions = {}): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const request = input instanceof Request ? input : null;
    let url: URL;
    try {
      url = new URL(request ? request.url : input.toString());
    } catch (error) {
      throw failed(error);
    }
    let method = (init.method ?? request?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers ?? request?.headers);
    if (!headers.has('accept')) headers.set('accept', '*/*');
    if (!headers.has('accept-encoding')) headers.set('accept-encoding', 'gzip, deflate, br');
    const signal = init.signal ?? request?.signal ?? undefined;
    const redirect = init.redirect ?? request?.redirect ?? 'follow';
    let body = await encodeBody(
      init.body !== undefined ? init.body : request?.body ? await request.arrayBuffer() : null,
      headers,
    );
    if (body && (method === 'GET' || method === 'HEAD'))
      throw new TypeError(`a ${method} request cannot have a body`);
    for (let hop = 0; ; hop++) {
      signal?.throwIfAborted();
      const res = await send(url, method, Object.fromEntries(headers), body, signal, options);
      const location = res.headers.location;
      if (!REDIRECT_STATUSES.has(res.statusCode ?? 0) || !location || redirect === 'manual')
        return toResponse(res, url, method, hop > 0);
      res.resume();
      if (redirect === 'error') throw failed(new Error(`redirected to ${location}`));
      if (hop >= MAX_REDIRECTS) throw failed(new Error(`more than ${MAX_REDIRECTS} redirects`));
      let next: URL;
      try {
        next = new URL(location, url);
      } catch (error) {
        throw failed(error);
      }
      const status = res.statusCode;
      if (
        (status === 303 && method !== 'HEAD') ||
        ((status === 301 || status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = null;
        for (const name of BODY_HEADERS) headers.delete(name);
      }
      if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) headers.delete(name);
      url = next;
    }
  }) as typeof fetch;
}

/** The app's fetch: Node's own connection pools (keep-alive), any address. */
export const httpFetch = nodeFetch();

/** Connection pools as Node's global ones are, for fetches that must not share those. */
export function ownAgents(): { http: HttpAgent; https: HttpsAgent } {
  const settings = { keepAlive: true, scheduling: 'lifo' as const, timeout: 5000 };
  return { http: new HttpAgent(settings), https: new HttpsAgent(settings) };
}
