import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { HttpFetch } from './fetch.js';
import { blockedAddressReason } from './ssrf.js';

/**
 * A DNS lookup for sockets that refuses every private, loopback, link-local or metadata
 * address, so the check applies to the address actually connected to: a name that resolved
 * to a public address for `checkTarget` and to a private one a moment later (DNS rebinding)
 * is still refused. The error carries code `ERR_SSRF_REFUSED`.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) {
      callback(error, '', 0);
      return;
    }
    for (const a of addresses) {
      const why = blockedAddressReason(a.address);
      if (why) {
        const refused = Object.assign(
          new Error(
            `${hostname} is ${a.address}, a ${why} address; user-added feeds may only reach public addresses`,
          ),
          { code: 'ERR_SSRF_REFUSED' },
        );
        callback(refused, '', 0);
        return;
      }
    }
    const first = addresses[0];
    if (!first) {
      callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    // Node asks for every address (`all: true`) when it races IPv4 and IPv6.
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    else callback(null, first.address, first.family);
  });
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

/**
 * A GET-only `fetch` on node:http/https whose sockets connect only to public addresses
 * (`publicOnlyLookup`). It never follows redirects (the caller re-checks each hop, see
 * `guardedFetch`), decompresses gzip/deflate/br, and honours `init.signal` and `init.headers`.
 * Network failures reject with a TypeError whose `cause` is the socket error, as fetch does.
 */
export function pinnedFetch(): HttpFetch {
  return ((input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    headers['accept-encoding'] ??= 'gzip, deflate, br';
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Response>((resolve, reject) => {
      const req = send(url, {
        method: 'GET',
        headers,
        lookup: publicOnlyLookup,
        signal: init.signal ?? undefined,
      });
      req.on('error', (error) => {
        const aborted = init.signal?.aborted ? init.signal.reason : null;
        reject(aborted ?? new TypeError('fetch failed', { cause: error }));
      });
      req.on('response', (res) => {
        const status = res.statusCode ?? 500;
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) responseHeaders.append(name, v);
        }
        // The body is decoded here, so its encoding and length no longer describe it.
        responseHeaders.delete('content-encoding');
        if (res.headers['content-encoding']) responseHeaders.delete('content-length');
        const bodyless = status === 204 || status === 304 || status < 200;
        const body = bodyless ? null : (Readable.toWeb(decoded(res)) as ReadableStream<Uint8Array>);
        if (bodyless) res.resume();
        const response = new Response(body, {
          status: status < 200 ? 502 : status,
          statusText: res.statusMessage ?? '',
          headers: responseHeaders,
        });
        Object.defineProperty(response, 'url', { value: url.toString() });
        resolve(response);
      });
      req.end();
    });
  }) as HttpFetch;
}
