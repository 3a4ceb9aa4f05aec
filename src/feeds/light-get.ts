import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, STATUS_CODES } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** What `fetchText` reads of a response. fetch's `Response` has it; so has `lightGet`'s answer. */
export type LightResponse = {
  status: number;
  statusText: string;
  ok: boolean;
  headers: { get(name: string): string | null };
  /** The body's bytes; `cancel` drops the rest. */
  body: (AsyncIterable<Uint8Array> & { cancel(): Promise<void> }) | null;
};

/** What `fetchText` calls to GET a URL: `fetch` itself fits, as does `lightGet`. */
export type LightFetch = (
  url: string,
  init: { headers: Record<string, string>; redirect: 'manual'; signal: AbortSignal },
) => Promise<LightResponse>;

// Keep-alive connections of the poller's own, per origin (feeds and their pages).
const agents = {
  http: new HttpAgent({ keepAlive: true, maxSockets: 8 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 8 }),
};

function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  // pipeline, not pipe: an aborted or broken response must end the decoded stream too.
  const done = () => undefined;
  if (encoding === 'gzip' || encoding === 'x-gzip') return pipeline(res, createGunzip(), done);
  if (encoding === 'deflate') return pipeline(res, createInflate(), done);
  if (encoding === 'br') return pipeline(res, createBrotliDecompress(), done);
  return res;
}

/** An error as `fetch` raises it: the abort reason when aborted, else a TypeError with a cause. */
function asFetchError(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason;
  return new TypeError('fetch failed', { cause: error });
}

/**
 * The poller's GET (feeds and pages), on node:http with keep-alive, answering only what
 * `fetchText` reads: no WHATWG Request, Response or stream per call. A no-change cycle of 100
 * feeds spent about half its CPU inside `fetch` (issue 7). node:http parses with the llhttp built
 * into Node, not undici's WebAssembly copy, whose compilation costs the idle app memory (see
 * http-fetch.ts). Never follows redirects (`fetchText` does, hop by hop); decompresses gzip,
 * deflate and br; errors and aborts surface as `fetch`'s do, so `fetchText` reads both alike.
 */
export const lightGet: LightFetch = (url, init) => {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  if (!secure && target.protocol !== 'http:')
    return Promise.reject(
      new TypeError('fetch failed', { cause: new Error(`${target.protocol} URLs are not fetched`) }),
    );
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(target, {
      method: 'GET',
      headers: { 'accept-encoding': 'gzip, deflate, br', ...init.headers },
      agent: secure ? agents.https : agents.http,
      signal: init.signal,
    });
    req.on('error', (error) => reject(asFetchError(error, init.signal)));
    req.on('response', (res) => {
      const status = res.statusCode ?? 502;
      const encoded = Boolean(res.headers['content-encoding']);
      const header = (name: string): string | null => {
        // The body is decoded here, so its encoding and length no longer describe it.
        if (encoded && (name === 'content-encoding' || name === 'content-length')) return null;
        const value = res.headers[name];
        if (value === undefined) return null;
        return Array.isArray(value) ? value.join(', ') : value;
      };
      const bodyless = status === 204 || status === 304;
      if (bodyless) res.resume();
      const stream = bodyless ? null : decoded(res);
      resolve({
        status,
        statusText: res.statusMessage ?? STATUS_CODES[status] ?? '',
        ok: status >= 200 && status < 300,
        headers: { get: (name) => header(name.toLowerCase()) },
        body: stream && {
          // The rest is dropped and the connection closed: it may be endless.
          async cancel() {
            stream.on('error', () => undefined);
            res.on('error', () => undefined);
            stream.destroy();
            res.destroy();
          },
          async *[Symbol.asyncIterator]() {
            try {
              for await (const chunk of stream) yield chunk as Uint8Array;
            } catch (error) {
              throw asFetchError(error, init.signal);
            }
          },
        },
      });
    });
    req.end();
  });
};
