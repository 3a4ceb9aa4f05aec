import { STATUS_CODES } from 'node:http';
import { decoded, encodingOf, failed, send } from '../app/http-fetch.js';

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

/**
 * The poller's GET (feeds and pages): `httpFetch`'s request on node:http (Node's keep-alive
 * pools, Node's own HTTP parser), without the WHATWG Headers, Response and web stream it wraps
 * each answer in. A no-change cycle of 100 feeds spent about half its CPU inside `fetch`
 * (issue 7). Never follows redirects (`fetchText` does, hop by hop); decompresses gzip, deflate
 * and br; errors and aborts surface as `fetch`'s do, so `fetchText` reads both alike.
 */
export const lightGet: LightFetch = async (url, init) => {
  let target: URL;
  try {
    target = new URL(url);
  } catch (error) {
    throw failed(error);
  }
  const res = await send(
    target,
    'GET',
    { 'accept-encoding': 'gzip, deflate, br', ...init.headers },
    null,
    init.signal,
  );
  const status = res.statusCode ?? 502;
  const encoding = encodingOf(res);
  const header = (name: string): string | null => {
    // The body is decoded here (see `decoded`).
    if (encoding && (name === 'content-encoding' || name === 'content-length')) return null;
    const value = res.headers[name];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const bodyless = status === 204 || status === 304;
  if (bodyless) res.resume();
  const stream = bodyless ? null : decoded(res, encoding);
  return {
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
          throw init.signal.aborted ? init.signal.reason : failed(error);
        }
      },
    },
  };
};
