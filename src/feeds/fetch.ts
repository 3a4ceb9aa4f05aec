import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../app/paths.js';
import { type LightFetch, type LightResponse, lightGet } from './light-get.js';

const { version } = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as {
  version: string;
};

/** The User-Agent every request of the app carries: it names the app and where to learn more. */
export const USER_AGENT = `Readout/${version} (Slack app for diplomatic readouts; feed poller)`;

export type FetchOk = {
  status: 'ok';
  httpStatus: number;
  body: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  finalUrl: string;
  /** Where permanent redirects (301/308, every hop from the first) led; absent without one. */
  movedTo?: string;
};
export type FetchNotModified = { status: 'not_modified'; httpStatus: 304; movedTo?: string };
export type FetchFailed = {
  status: 'error';
  httpStatus: number | null;
  reason: string;
  /** A 429 or 503's Retry-After header, as sent. */
  retryAfter?: string | null;
  movedTo?: string;
};
export type FetchResult = FetchOk | FetchNotModified | FetchFailed;

export type FetchOptions = {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  accept?: string;
};

/** Injected so that tests and benchmarks can count or replace the network. */
export type HttpFetch = typeof fetch;

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Redirects followed per fetch, at most. */
const MAX_FETCH_REDIRECTS = 5;

/** What a 403 from a publisher means for the app, and what to try. */
export const FORBIDDEN_REASON =
  "HTTP 403 Forbidden: the publisher blocks this app's address (some, like MOFA, refuse data-centre and automated requests). Try running Readout from another network, or set HTTPS_PROXY (and HTTP_PROXY) to a proxy the publisher accepts";

/** The charset a response declares in its header, its XML declaration or an HTML meta. */
export function sniffCharset(contentType: string | null, head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const fromHeader = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
  if (fromHeader) return fromHeader.toLowerCase();
  const ascii = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  const declared =
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(ascii)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii)?.[1];
  return declared ? declared.toLowerCase() : 'utf-8';
}

/**
 * Bytes 0x80–0x9F in windows-1252 (curly quotes, dashes, €). Node 20's TextDecoder decodes
 * "windows-1252" as ISO-8859-1, which turns them into invisible control characters; the WHATWG
 * Encoding standard maps every Latin-1 label to windows-1252.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const LATIN1_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);

/**
 * Bytes that are valid UTF-8 and hold at least one multi-byte sequence: a body labelled Latin-1
 * that is really UTF-8 (servers and XML declarations get this wrong). Genuine Latin-1 text is
 * almost never valid UTF-8 once it has a byte above 0x7F.
 */
function utf8Mislabelled(bytes: Uint8Array): string | null {
  if (!bytes.some((b) => b >= 0x80)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes bytes by their declared charset; an unknown charset falls back to UTF-8, and a body
 * labelled Latin-1 or windows-1252 that is valid UTF-8 is read as UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const charset = sniffCharset(contentType, bytes);
  if (LATIN1_LABELS.has(charset)) {
    const utf8 = utf8Mislabelled(bytes);
    if (utf8 !== null) return utf8;
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      const chunk = bytes.subarray(i, i + 8192);
      out += String.fromCharCode(...chunk);
    }
    return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  }
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readCapped(response: LightResponse, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timed out';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
    if (cause?.message) return `${error.message}: ${cause.message}`;
    return error.message;
  }
  return String(error);
}

/**
 * GETs a URL with a timeout, a body cap and conditional headers. Never throws: a 304, an HTTP
 * error, a timeout or an oversized body are returned as values with a readable reason.
 */
export async function fetchText(
  url: string,
  options: FetchOptions = {},
  http: LightFetch = lightGet,
): Promise<FetchResult> {
  // One timer for the whole exchange (redirects and body). Not AbortSignal.timeout(): its
  // signal is made transferable, which was 4% of a no-change poll cycle's CPU (issue 7). The
  // timer keeps the process alive while the exchange lasts (idle keep-alive sockets do not).
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')),
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  try {
    return await fetchWithin(url, options, http, controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** The last answer of a chain of redirects, with where it ended and where it permanently moved. */
type Arrival = { response: LightResponse; finalUrl: string; permanent: string | undefined };

/**
 * Redirects are followed here, hop by hop, to tell a permanent move (301, 308) from a temporary
 * one: only an unbroken chain of permanent ones from the first hop moves the feed.
 */
async function followRedirects(
  url: string,
  headers: Record<string, string>,
  http: LightFetch,
  signal: AbortSignal,
): Promise<Arrival | FetchFailed> {
  let response: LightResponse;
  let current = url;
  let permanent: string | undefined;
  let allPermanent = true;
  for (let hop = 0; ; hop++) {
    try {
      response = await http(current, { headers, redirect: 'manual', signal });
    } catch (error) {
      return { status: 'error', httpStatus: null, reason: describe(error), movedTo: permanent };
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || response.status === 304 || !location) break;
    await response.body?.cancel().catch(() => undefined);
    if (hop >= MAX_FETCH_REDIRECTS)
      return {
        status: 'error',
        httpStatus: response.status,
        reason: `more than ${MAX_FETCH_REDIRECTS} redirects`,
        movedTo: permanent,
      };
    let next: string;
    try {
      next = new URL(location, current).toString();
    } catch {
      return { status: 'error', httpStatus: response.status, reason: `bad redirect to ${location}` };
    }
    allPermanent &&= response.status === 301 || response.status === 308;
    if (allPermanent) permanent = next;
    current = next;
  }
  return { response, finalUrl: current, permanent };
}

async function fetchWithin(
  url: string,
  options: FetchOptions,
  http: LightFetch,
  signal: AbortSignal,
): Promise<FetchResult> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: options.accept ?? '*/*',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const answer = await followRedirects(url, headers, http, signal);
  if ('status' in answer) return answer;
  const { response, finalUrl: current, permanent } = answer;
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: 'not_modified', httpStatus: 304, movedTo: permanent };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const reason =
      response.status === 403
        ? FORBIDDEN_REASON
        : `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return {
      status: 'error',
      httpStatus: response.status,
      reason,
      retryAfter: response.headers.get('retry-after'),
      movedTo: permanent,
    };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (error) {
    return { status: 'error', httpStatus: response.status, reason: describe(error) };
  }
  if (bytes === null) {
    return {
      status: 'error',
      httpStatus: response.status,
      reason: `body larger than ${options.maxBytes ?? DEFAULT_MAX_BYTES} bytes`,
    };
  }
  const contentType = response.headers.get('content-type');
  return {
    status: 'ok',
    httpStatus: response.status,
    body: decodeBody(bytes, contentType),
    contentType,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    finalUrl: current,
    movedTo: permanent,
  };
}
