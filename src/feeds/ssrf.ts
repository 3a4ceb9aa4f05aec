import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { HttpFetch } from './fetch.js';

/**
 * Why an address may not be reached from a user-added feed, or null when it is a public
 * unicast address. Pure. Takes an IPv4 or IPv6 literal (brackets allowed); anything else is
 * refused as "not an IP address". IPv4 embedded in IPv6 (mapped, compatible, NAT64, 6to4) is
 * judged as the IPv4 address it carries.
 */
export function blockedAddressReason(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (family === 4) return blockedV4(v4ToNumber(ip));
  if (family === 6) return blockedV6(v6ToBigInt(ip));
  return 'not an IP address';
}

function v4ToNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

const inV4 = (n: number, base: string, bits: number) => {
  const size = 2 ** (32 - bits);
  const start = v4ToNumber(base);
  return n >= start && n < start + size;
};

const V4_RANGES: [string, number, string][] = [
  ['0.0.0.0', 8, '"this network" (0.0.0.0/8)'],
  ['10.0.0.0', 8, 'private (10.0.0.0/8)'],
  ['100.64.0.0', 10, 'carrier-grade NAT (100.64.0.0/10)'],
  ['127.0.0.0', 8, 'loopback (127.0.0.0/8)'],
  ['169.254.169.254', 32, 'cloud metadata (169.254.169.254)'],
  ['169.254.0.0', 16, 'link-local (169.254.0.0/16)'],
  ['172.16.0.0', 12, 'private (172.16.0.0/12)'],
  ['192.0.0.0', 24, 'IETF protocol assignments (192.0.0.0/24)'],
  ['192.0.2.0', 24, 'documentation (192.0.2.0/24)'],
  ['192.168.0.0', 16, 'private (192.168.0.0/16)'],
  ['198.18.0.0', 15, 'benchmarking (198.18.0.0/15)'],
  ['198.51.100.0', 24, 'documentation (198.51.100.0/24)'],
  ['203.0.113.0', 24, 'documentation (203.0.113.0/24)'],
  ['224.0.0.0', 4, 'multicast (224.0.0.0/4)'],
  ['240.0.0.0', 4, 'reserved (240.0.0.0/4, broadcast included)'],
];

function blockedV4(n: number): string | null {
  for (const [base, bits, reason] of V4_RANGES) if (inV4(n, base, bits)) return reason;
  return null;
}

/** The 128-bit value of an IPv6 literal (:: and a trailing dotted IPv4 allowed). */
function v6ToBigInt(ip: string): bigint {
  let text = ip.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const n = v4ToNumber(dotted);
    text = `${text.slice(0, -dotted.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((acc, g) => (acc << 16n) + BigInt(Number.parseInt(g || '0', 16)), 0n);
}

const inV6 = (n: bigint, prefix: bigint, bits: number) =>
  n >> BigInt(128 - bits) === prefix >> BigInt(128 - bits);

function blockedV6(n: bigint): string | null {
  const low32 = Number(n & 0xffffffffn);
  if (n === 0n) return 'unspecified (::)';
  if (n === 1n) return 'loopback (::1)';
  // IPv4-mapped ::ffff:a.b.c.d and the deprecated IPv4-compatible ::a.b.c.d.
  if (n >> 32n === 0xffffn || n >> 32n === 0n) return blockedV4(low32) ?? null;
  // NAT64 64:ff9b::/96 carries an IPv4 address in its last 32 bits.
  if (inV6(n, 0x0064ff9bn << 96n, 96)) return blockedV4(low32);
  // 6to4 2002:AABB:CCDD::/48 carries one in bits 16–48.
  if (inV6(n, 0x2002n << 112n, 16)) return blockedV4(Number((n >> 80n) & 0xffffffffn));
  if (n === 0xfd00_0ec2_0000_0000_0000_0000_0000_0254n) return 'cloud metadata (fd00:ec2::254)';
  if (inV6(n, 0xfc00n << 112n, 7)) return 'unique local (fc00::/7)';
  if (inV6(n, 0xfe80n << 112n, 10)) return 'link-local (fe80::/10)';
  if (inV6(n, 0xfec0n << 112n, 10)) return 'site-local (fec0::/10)';
  if (inV6(n, 0xff00n << 112n, 8)) return 'multicast (ff00::/8)';
  if (inV6(n, 0x2001_0db8n << 96n, 32)) return 'documentation (2001:db8::/32)';
  if (inV6(n, 0x0100n << 112n, 64)) return 'discard-only (100::/64)';
  return null;
}

/** Resolves a host name to every address it has (injected in tests). */
export type ResolveHost = (host: string) => Promise<string[]>;

/** How long a name may take to resolve before the URL is refused. */
export const DNS_TIMEOUT_MS = 5000;

export const resolveHost: ResolveHost = async (host) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('DNS timeout'), { code: 'ETIMEOUT' })),
      DNS_TIMEOUT_MS,
    );
  });
  try {
    const found = await Promise.race([dnsLookup(host, { all: true, verbatim: true }), timeout]);
    return found.map((a) => a.address);
  } finally {
    clearTimeout(timer);
  }
};

export type TargetCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a user-added URL may be fetched: http(s) only, and every address its host resolves
 * to must be public. IP literals in any spelling ("2130706433", "0x7f.1", "[::ffff:7f00:1]")
 * are normalised by the URL parser and judged without DNS. Never throws.
 */
export async function checkTarget(url: string, resolve: ResolveHost = resolveHost): Promise<TargetCheck> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { ok: false, reason: `only http and https URLs can be fetched (got ${parsed.protocol})` };
  if (parsed.username || parsed.password)
    return { ok: false, reason: 'URLs with a user name or password are refused' };
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { ok: false, reason: `the name ${host} does not resolve${code ? ` (${code})` : ''}` };
    }
    if (addresses.length === 0) return { ok: false, reason: `the name ${host} has no address` };
  }
  for (const address of addresses) {
    const why = blockedAddressReason(address);
    if (why)
      return {
        ok: false,
        reason: `${host} is ${isIP(host) ? '' : `${address}, `}a ${why} address; user-added feeds may only reach public addresses`,
      };
  }
  return { ok: true };
}

/**
 * A fetch for user-added feeds and their pages: the URL passes `checkTarget` before it is
 * requested, and redirects are not followed but answered, so `fetchText`, which follows them
 * itself (at most MAX_FETCH_REDIRECTS), calls again for each hop and each hop is checked. A
 * refused target rejects with a TypeError whose cause carries code `ERR_SSRF_REFUSED` and the
 * reason, which `fetchText` reports as a failed fetch. Give it `pinnedFetch()` as `http` so that
 * the address actually connected to is checked as well (DNS rebinding); tests give their own.
 */
export function guardedFetch(http: HttpFetch, resolve: ResolveHost = resolveHost): HttpFetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const check = await checkTarget(url, resolve);
    if (!check.ok)
      throw new TypeError('refused', { cause: { code: 'ERR_SSRF_REFUSED', message: check.reason } });
    return http(url, { ...init, redirect: 'manual' });
  }) as HttpFetch;
}
