/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY for feed and page fetches. Node 20's fetch ignores them,
 * so fetches go through undici's EnvHttpProxyAgent, given the settings read by config.ts.
 *
 * Feeds added from Slack keep their SSRF guard: every hop's host is still resolved and checked
 * (`checkTarget`) before it is requested. A URL that goes through the proxy is connected to by
 * the proxy, so the connect-time address pin (pinned-fetch.ts, against DNS rebinding) cannot
 * apply to it; a URL that NO_PROXY exempts goes direct through the pinned fetch as before.
 */
import { createRequire } from 'node:module';
import type * as Undici from 'undici';
import type { Config } from '../app/config.js';
import type { HttpFetch } from './fetch.js';
import { pinnedFetch } from './pinned-fetch.js';

export type ProxySettings = Config['proxy'];

/** The fetches for feeds and pages: `trusted` (operator feeds), `untrustedBase` (under the SSRF guard). */
export type FeedFetches = { trusted: HttpFetch; untrustedBase: HttpFetch };

/** A proxy URL fit for a log: its user name and password replaced. Pure. */
export function redactProxy(url: string | null): string | null {
  if (!url) return url;
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = '***';
      parsed.password = '';
    }
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/**
 * Whether a URL goes through the proxy: undici's NO_PROXY rules (comma- or space-separated
 * hosts, a leading dot or "*." for subdomains, an optional port, "*" for every host). Pure.
 */
export function shouldProxy(url: string, settings: ProxySettings): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const proxy =
    parsed.protocol === 'https:' ? (settings.httpsProxy ?? settings.httpProxy) : settings.httpProxy;
  if (!proxy) return false;
  const noProxy = settings.noProxy?.trim() ?? '';
  if (noProxy === '*') return false;
  const host = parsed.hostname.toLowerCase();
  const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
  for (const entry of noProxy.split(/[,\s]/)) {
    if (!entry) continue;
    const m = /^(.+):(\d+)$/.exec(entry);
    const name = (m ? (m[1] ?? '') : entry).replace(/^\*?\./, '').toLowerCase();
    if (m && Number(m[2]) !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return false;
  }
  return true;
}

const cache = new Map<string, FeedFetches | null>();
// undici is loaded only when a proxy is set: it is 56 modules that every start would pay for.
const require = createRequire(import.meta.url);

/** The fetches that honour the proxy settings; null when no proxy is set (plain fetch then). */
export function proxiedFetches(settings: ProxySettings): FeedFetches | null {
  if (!settings.httpsProxy && !settings.httpProxy) return null;
  const key = JSON.stringify(settings);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const { EnvHttpProxyAgent, fetch: undiciFetch } = require('undici') as typeof Undici;
  const agent = new EnvHttpProxyAgent({
    // Given explicitly ('' = none), so that undici reads nothing from the environment itself.
    httpProxy: settings.httpProxy ?? '',
    httpsProxy: settings.httpsProxy ?? settings.httpProxy ?? '',
    noProxy: settings.noProxy ?? '',
    // http:// URLs as an absolute URL in the request line (as curl does); https:// by CONNECT.
    proxyTunnel: false,
  } as ConstructorParameters<typeof EnvHttpProxyAgent>[0]);
  const trusted = ((input: string | URL | Request, init?: RequestInit) =>
    undiciFetch(input as never, { ...(init as object), dispatcher: agent } as never)) as unknown as HttpFetch;
  const pinned = pinnedFetch();
  const untrustedBase = ((input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    return shouldProxy(url, settings) ? trusted(input, init) : pinned(input, init);
  }) as HttpFetch;
  const fetches = { trusted, untrustedBase };
  cache.set(key, fetches);
  return fetches;
}
