/**
 * Signed requests to the app's real HTTP receiver (`POST /slack/events`), built the way Slack builds
 * them: v0 HMAC-SHA256 signatures, form-encoded slash commands, JSON Events API envelopes.
 */
import { createHmac, randomBytes } from 'node:crypto';

export type SlackSignatureHeaders = { 'x-slack-signature': string; 'x-slack-request-timestamp': string };

export type SignedRequestOptions = {
  /** Unix seconds used in the signature and header. Default: now. */
  timestamp?: number;
  /** Send a well-formed signature that does not match (last hex digit flipped). */
  badSignature?: boolean;
  /** Send no signature headers at all. */
  unsigned?: boolean;
  /** Extra headers, e.g. `x-slack-retry-num`. */
  headers?: Record<string, string>;
};

export type EventRequestOptions = SignedRequestOptions & {
  /** Sets `X-Slack-Retry-Num` (and `X-Slack-Retry-Reason`, default `http_timeout`). */
  retryNum?: number;
  retryReason?: string;
};

export type SlackHttpResult = {
  status: number;
  body: string;
  json: unknown | null;
  ms: number;
  headers: Headers;
};

export type SlashCommandFields = {
  text: string;
  response_url: string;
  command?: string;
  user_id?: string;
  channel_id?: string;
  team_id?: string;
  trigger_id?: string;
};

/** Slack's v0 request signature: `v0=` + hex HMAC-SHA256(secret, `v0:{timestamp}:{body}`). */
export function signSlackRequest(
  secret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): SlackSignatureHeaders {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestamp) };
}

/** A slash command body as Slack sends it (x-www-form-urlencoded, field order as Slack's). */
export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'verification-token-unused',
    team_id: fields.team_id ?? 'T0001',
    team_domain: 'test',
    channel_id: fields.channel_id ?? 'C0001',
    channel_name: 'general',
    user_id: fields.user_id ?? 'U0001',
    user_name: 'tester',
    command: fields.command ?? '/readout',
    text: fields.text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: fields.trigger_id ?? `${Date.now()}.1.${randomBytes(8).toString('hex')}`,
  }).toString();
}

/** An Events API `event_callback` envelope around `event` (team T0001, app A0001, bot UBOT). */
export function eventCallback(
  event: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): object {
  const now = Math.floor(Date.now() / 1000);
  return {
    token: 'verification-token-unused',
    team_id: 'T0001',
    api_app_id: 'A0001',
    event: { event_ts: `${now}.000100`, ...event },
    type: 'event_callback',
    event_id: `Ev${randomBytes(5).toString('hex').toUpperCase()}`,
    event_time: now,
    authorizations: [{ team_id: 'T0001', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    ...overrides,
  };
}

/** POSTs a signed body with global fetch; never throws on HTTP status (only on network errors). */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  opts: SignedRequestOptions = {},
): Promise<SlackHttpResult> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (!opts.unsigned) {
    const signed = signSlackRequest(secret, body, opts.timestamp);
    if (opts.badSignature) {
      const sig = signed['x-slack-signature'];
      signed['x-slack-signature'] = sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0');
    }
    Object.assign(headers, signed);
  }
  Object.assign(headers, opts.headers);
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  const ms = performance.now() - started;
  let json: unknown | null = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, body: text, json, ms, headers: res.headers };
}

/** A signed slash command; `ms` is the time until the whole answer (the ack) arrived. */
export function postSlashCommand(
  url: string,
  secret: string,
  fields: SlashCommandFields,
  opts: SignedRequestOptions = {},
): Promise<SlackHttpResult> {
  return postSigned(url, secret, slashCommandBody(fields), 'application/x-www-form-urlencoded', opts);
}

/**
 * A signed Events API delivery (JSON). Works for `url_verification` (`json` then holds
 * `{ challenge }`) and `event_callback` payloads (see `eventCallback`).
 */
export function postEvent(
  url: string,
  secret: string,
  payload: object,
  opts: EventRequestOptions = {},
): Promise<SlackHttpResult> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = opts.retryReason ?? 'http_timeout';
  }
  return postSigned(url, secret, JSON.stringify(payload), 'application/json', { ...opts, headers });
}

/** A signed interactivity payload (block actions, view submissions): form field `payload` = JSON. */
export function postInteraction(
  url: string,
  secret: string,
  payload: object,
  opts: SignedRequestOptions = {},
): Promise<SlackHttpResult> {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSigned(url, secret, body, 'application/x-www-form-urlencoded', opts);
}
