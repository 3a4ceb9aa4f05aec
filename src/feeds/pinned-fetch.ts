import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { nodeFetch, ownAgents } from '../app/http-fetch.js';
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

/** Pools of their own: a pinned request never reuses a socket another fetch connected unchecked. */
const pinnedAgents = ownAgents();

/**
 * A `fetch` on node:http/https (`nodeFetch`) whose sockets connect only to public addresses
 * (`publicOnlyLookup`), in connection pools of their own. It never follows redirects (the
 * caller re-checks each hop, see `guardedFetch`). Network failures reject with a TypeError
 * whose `cause` is the socket error, as fetch does.
 */
export function pinnedFetch(): HttpFetch {
  const http = nodeFetch({ lookup: publicOnlyLookup, agents: pinnedAgents });
  return ((input: string | URL | Request, init: RequestInit = {}) =>
    http(input, { ...init, redirect: 'manual' })) as HttpFetch;
}
