import { httpFetch } from '../app/http-fetch.js';
import type { Logger } from '../app/logger.js';

/** The socket error code inside fetch's "fetch failed" (or an abort's reason). */
function causeCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, name, errors } = e as { code?: unknown; name?: unknown; errors?: unknown[] };
    if (typeof code === 'string') return code;
    if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
    if (Array.isArray(errors) && errors.length) e = errors[0];
    else e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * What an operator should look at when the Slack Web API does not answer: SLACK_API_URL when it
 * is not Slack's own (a typo, a stopped proxy or fake), else the network, DNS or the proxy.
 */
export function likelyCause(code: string | undefined, apiUrl: string): string {
  const custom = !/^https:\/\/slack\.com\/api\/?$/.test(apiUrl);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return custom
      ? `the host of SLACK_API_URL (${apiUrl}) does not resolve: check SLACK_API_URL`
      : 'slack.com does not resolve: check DNS and the network';
  if (code === 'ECONNREFUSED')
    return custom
      ? `nothing listens at SLACK_API_URL (${apiUrl}): check SLACK_API_URL`
      : 'the connection is refused: check the network, a firewall or HTTPS_PROXY';
  if (code === 'TIMEOUT' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT')
    return 'no answer in time: check the network (a firewall dropping packets) or Slack status';
  if (code?.startsWith('HTTP 5')) return 'Slack answers with a server error: see Slack status; posts wait';
  if (code === 'CERT_HAS_EXPIRED' || code?.includes('CERT') || code?.includes('TLS'))
    return 'the TLS connection fails: check a proxy that intercepts HTTPS, or the system clock';
  return custom ? 'check SLACK_API_URL and the network' : 'check the network and HTTPS_PROXY';
}

export type SlackReachability = {
  /** fetch for every Web API client and response URL of the process. */
  fetch: typeof fetch;
  /** Whether the last call got an answer (null before any call). */
  reachable(): boolean | null;
};

/**
 * Watches every request to Slack. The first that fails without an answer (network error,
 * timeout, HTTP 5xx) logs ONE error line naming the method, the host and the likely cause; the
 * next failures of that outage are debug lines; the first answer after it logs one info line
 * with how many calls failed and for how long. Token refusals are answers (`invalid_auth`):
 * they are the delivery's to report.
 */
export function createSlackReachability(deps: {
  logger: Logger;
  apiUrl: string;
  fetch?: typeof fetch;
  onFailure?: (method: string) => void;
  clock?: () => number;
}): SlackReachability {
  const send = deps.fetch ?? httpFetch;
  const clock = deps.clock ?? Date.now;
  let outage: { since: number; failures: number } | null = null;
  let last: boolean | null = null;
  const describe = (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = url.href.startsWith(deps.apiUrl)
      ? url.href.slice(deps.apiUrl.length).split('?')[0] || '/'
      : url.pathname;
    return { method, host: url.host };
  };
  const failed = (where: { method: string; host: string }, code: string | undefined, reason: string) => {
    last = false;
    deps.onFailure?.(where.method);
    if (outage) {
      outage.failures++;
      deps.logger.debug({ ...where, reason, failures: outage.failures }, 'Slack API still unreachable');
      return;
    }
    outage = { since: clock(), failures: 1 };
    deps.logger.error(
      { ...where, reason, cause: likelyCause(code, deps.apiUrl) },
      'Slack API unreachable: posts wait in the outbox; said once until it answers again',
    );
  };
  const answered = (where: { method: string; host: string }) => {
    last = true;
    if (!outage) return;
    deps.logger.info(
      { ...where, failures: outage.failures, seconds: Math.round((clock() - outage.since) / 1000) },
      'Slack API answers again',
    );
    outage = null;
  };
  const watched = (async (input: string | URL | Request, init?: RequestInit) => {
    const where = describe(input);
    let res: Response;
    try {
      res = await send(input, init);
    } catch (error) {
      const code = causeCode(error);
      failed(where, code, error instanceof Error ? `${code ?? error.name}: ${error.message}` : String(error));
      throw error;
    }
    if (res.status >= 500) failed(where, `HTTP ${res.status}`, `HTTP ${res.status}`);
    else answered(where);
    return res;
  }) as typeof fetch;
  return { fetch: watched, reachable: () => last };
}

/**
 * The Slack SDK's own "http request failed" warning, one per retry and without the URL, is
 * left to the reachability watch above (debug here).
 */
export function isSdkRequestFailure(message: string): boolean {
  return message.startsWith('http request failed');
}

/** The Slack SDK's logger interface (`@slack/logger`), as the Web API client takes it. */
type SdkLogger = {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
  setLevel(level: string): void;
  getLevel(): string;
  setName(name: string): void;
};

/** The Web API client's log lines on the app's logger; its per-retry request failures at debug. */
export function slackSdkLogger(logger: Logger): SdkLogger {
  const log = logger.child({ module: 'slack-web-api' });
  let level = 'info';
  const text = (msg: unknown[]) => msg.map(String).join(' ');
  return {
    debug: (...msg) => log.debug(text(msg)),
    info: (...msg) => log.info(text(msg)),
    warn: (...msg) => (isSdkRequestFailure(text(msg)) ? log.debug(text(msg)) : log.warn(text(msg))),
    error: (...msg) => log.error(text(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
