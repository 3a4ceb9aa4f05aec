/**
 * A fake Slack Web API (and response_url endpoint) on 127.0.0.1, for integration tests that run the
 * real @slack/web-api client and Bolt against it. Only Node built-ins; state lives in memory.
 *
 * Fidelity notes (deliberate, they catch real bugs):
 * - `conversations.history` returns `metadata` only when `include_all_metadata` is true, as Slack does.
 *   It lists top-level messages (and `reply_broadcast` replies) only, newest first.
 * - `chat.update` keeps the previous `blocks` / `metadata` when the call omits them, and answers
 *   `message_not_found` for an unknown `ts`.
 * - A `response_url` accepts 5 posts (Slack's limit); later posts get HTTP 404 `used_url`.
 * - Many workspaces: each bot token belongs to one team; `auth.test` answers that team and posts
 *   carry that team's bot. With `oauth`, a workspace's token exists only once a code granted for
 *   it went through `oauth.v2.access` (client id and secret as form fields or HTTP Basic, as
 *   Slack takes them; each code works once), and a revoked token answers `token_revoked`.
 * - Files go in through the external upload flow: `files.getUploadURLExternal` hands out an
 *   upload URL on this server and a file id, the bytes are POSTed there, and
 *   `files.completeUploadExternal` completes the file (no channel: it stays the app's own). Those
 *   methods need `files:write`: with `scopes` set without it they answer `missing_scope`. An
 *   image block whose `slack_file` names no completed file makes a post or a response_url post
 *   fail with `invalid_blocks` (a response_url with HTTP 404, as Slack answers).
 * - `chat.getPermalink` answers Slack's documented form
 *   (`https://<domain>.slack.com/archives/<channel>/p<ts without its dot>`), or `message_not_found`.
 * - Direct messages: `chat.postMessage` to a user id (U…/W…) posts in the app's DM with them,
 *   answered with the DM's id (`D` + the user id); the message is kept under the user id
 *   (`messages('U…')`). `conversations.open` (`im:write`) gives that DM id, and
 *   `conversations.history` reads a DM by it (`im:history`); by a user id it answers
 *   `channel_not_found`, as Slack does.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeWorkspace = {
  teamId: string;
  teamName?: string;
  /** The bot token an install of this workspace gets (`xoxb-…`). */
  token: string;
  botUserId?: string;
  botId?: string;
  enterpriseId?: string;
};

export type FakeSlackOptions = {
  /** When set, a call with another (or no) token gets `invalid_auth` (`not_authed` when missing). */
  token?: string;
  /**
   * Workspaces, each with its own bot token. When set (or `token` is), a call with any other token
   * gets `invalid_auth`. `token`, when also set, stays valid for the default team T0001.
   */
  workspaces?: FakeWorkspace[];
  /** The app's OAuth credentials: `oauth.v2.access` checks them, and workspace tokens are issued by it. */
  oauth?: { clientId: string; clientSecret: string; appId?: string };
  /** When set, `chat.postMessage` to one channel faster than this gets 429 with `Retry-After: 1`. */
  ratePerChannelPerSec?: number;
  /** Posts a single response_url accepts; Slack allows 5. */
  responseUrlMaxUses?: number;
  /** App-level token `apps.connections.open` requires (Socket Mode); other methods use `token`. */
  appToken?: string;
  /** The WebSocket URL `apps.connections.open` hands out (a fake Socket Mode server). */
  socketModeUrl?: string;
  /**
   * Whether the app holds `chat:write.public` (default true): without it, posting to a public
   * channel the bot is not a member of gets `not_in_channel`, as on Slack.
   */
  chatWritePublic?: boolean;
  /**
   * The app's granted scopes (default: every scope). Methods that need one it lacks answer
   * `missing_scope` with `needed` and `provided`; only the file methods are checked.
   */
  scopes?: string[];
  /**
   * Workspace members `users.info` knows, by user id, with Slack's role flags; an unknown id
   * gets `user_not_found`. Missing flags are false.
   */
  users?: Record<string, FakeSlackUser>;
};

export type FakeSlackUser = {
  name?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  is_restricted?: boolean;
  is_ultra_restricted?: boolean;
  is_bot?: boolean;
};

/**
 * What the fake knows of a channel set with `setChannel`. Channels never set accept every post
 * (the bot is taken to be a member).
 */
export type FakeSlackChannel = {
  private?: boolean;
  archived?: boolean;
  /** Deleted: every call answers `channel_not_found`. */
  deleted?: boolean;
  /** Whether the bot is a member (default false). `conversations.join` makes it one. */
  member?: boolean;
};

export type FakeSlackCall = {
  method: string;
  args: Record<string, unknown>;
  at: number;
  token?: string;
  /** HTTP status answered (0 when the fake hung up). */
  status: number;
  /** `error` of an `{ ok: false }` answer. */
  error?: string;
};

export type FakeSlackMetadata = { event_type: string; event_payload: Record<string, unknown> };

export type FakeSlackMessage = {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown[];
  metadata?: FakeSlackMetadata;
  thread_ts?: string;
  reply_broadcast?: boolean;
  user: string;
  bot_id: string;
  /** How many times chat.update changed it. */
  edits: number;
  /** The arguments of the chat.postMessage that created it. */
  args: Record<string, unknown>;
};

export type FakeSlackEphemeral = {
  channel: string;
  user?: string;
  message_ts: string;
  text?: string;
  blocks?: unknown[];
};

export type FakeSlackResponse = { id: string; body: unknown; at: number };

export type FakeSlackFault = {
  /** HTTP status to answer; 429 adds `Retry-After`. Default 200 with `{ ok: false, error }`. */
  status?: number;
  /** `error` in the `{ ok: false }` body. Default `ratelimited` for 429, else `internal_error`. */
  error?: string;
  /** Seconds for `Retry-After`; implies status 429 when `status` is not given. Default 1. */
  retryAfter?: number;
  /** How many consecutive calls fail. Default 1. */
  count?: number;
  /** Apply the call (store/update the message) and still answer the failure: a lost answer. */
  applied?: boolean;
  /** Destroy the socket without answering (a network error for the client). */
  hangUp?: boolean;
};

export type WaitOptions = { timeoutMs?: number };

export type FakeSlack = {
  /** e.g. `http://127.0.0.1:PORT/api/`; pass as `slackApiUrl` / `SLACK_API_URL`. */
  readonly apiUrl: string;
  /** e.g. `http://127.0.0.1:PORT`. */
  readonly baseUrl: string;
  /** Every Web API request, in arrival order (failed and rejected ones included). */
  readonly calls: FakeSlackCall[];
  /** chat.postMessage calls answered 429 by the per-channel rate limit. */
  readonly rateLimited: number;
  callsTo(method: string): FakeSlackCall[];
  /**
   * A one-time OAuth code, as Slack hands it to the redirect URL after the user approves: its
   * exchange installs `teamId` with these scopes (comma-separated, as in the authorize URL).
   */
  grantCode(code: string, teamId: string, grant?: { scope?: string; userId?: string }): void;
  /** Revokes a token: later calls with it get `token_revoked`. */
  revokeToken(token: string): void;
  /** Stored top-level and thread messages in post order (snapshots). */
  messages(channel?: string): FakeSlackMessage[];
  /** Replies of one thread in post order (parent excluded). */
  replies(channel: string, threadTs: string): FakeSlackMessage[];
  ephemerals(channel?: string): FakeSlackEphemeral[];
  failNext(method: string, fault?: FakeSlackFault): void;
  /** Sets (or changes) what the fake knows of a channel: private, archived, deleted, member. */
  setChannel(id: string, channel: FakeSlackChannel): void;
  /** Adds or replaces a member `users.info` knows. */
  setUser(id: string, user: FakeSlackUser): void;
  /** `http://127.0.0.1:PORT/response/<id>`; `failNext('response_url', …)` faults these posts. */
  responseUrl(id?: string): string;
  /** JSON bodies posted to response URLs (all, or one id's), in order. */
  responses(id?: string): unknown[];
  waitForResponse(id: string, timeoutMs?: number): Promise<unknown>;
  waitForMessages(n: number, opts?: WaitOptions & { channel?: string }): Promise<FakeSlackMessage[]>;
  waitForCalls(method: string, n?: number, opts?: WaitOptions): Promise<FakeSlackCall[]>;
  /** Resolves with the first truthy value of `check`, re-evaluated after every request. */
  waitFor<T>(check: () => T | undefined | null | false, opts?: WaitOptions & { what?: string }): Promise<T>;
  /** Clears calls, messages, responses, faults and rate-limit state (ts keep increasing). */
  /** Changes the granted scopes (undefined: every scope), as a reinstall would. */
  setScopes(scopes: string[] | undefined): void;
  /** Files uploaded through the external upload flow, in order (snapshots). */
  files(): FakeSlackFile[];
  reset(): void;
  close(): Promise<void>;
};

export type FakeSlackFile = {
  id: string;
  filename: string;
  /** The length `files.getUploadURLExternal` was told. */
  length: number;
  altText?: string;
  /** The bytes POSTed to the upload URL; undefined until then. */
  bytes?: Buffer;
  /** Set by `files.completeUploadExternal`. */
  completed: boolean;
  title?: string;
};

/** The scope each checked method needs. */
const METHOD_SCOPES: Record<string, string> = {
  'conversations.open': 'im:write',
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
};

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

const BOT = { user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001', team: 'Test Team', user: 'readout' };
const TS_BASE_SECONDS = 1_700_000_000;
const TS_STEP_MICROS = 100;

// Fields whose form value is JSON text (web-api JSON-encodes every non-scalar argument).
const JSON_FIELDS = new Set([
  'blocks',
  'attachments',
  'metadata',
  'unfurls',
  'view',
  'user_auth_blocks',
  'user_auth_message',
  'elements',
  'options',
  'channels',
  'file_uploads',
  'files',
]);
// Free-text fields that must never be JSON-parsed even if they look like JSON.
const TEXT_FIELDS = new Set([
  'text',
  'markdown_text',
  'username',
  'icon_emoji',
  'icon_url',
  'query',
  'title',
]);
const BOOLEAN_FIELDS = new Set([
  'unfurl_links',
  'unfurl_media',
  'reply_broadcast',
  'include_all_metadata',
  'inclusive',
  'as_user',
  'mrkdwn',
  'link_names',
  'exclude_archived',
]);
const NUMBER_FIELDS = new Set(['limit', 'length']);

/**
 * Starts the fake on 127.0.0.1 with an ephemeral port. Close it with `close()`; pending waiters
 * are rejected then.
 */
export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const maxUses = opts.responseUrlMaxUses ?? 5;

  let calls: FakeSlackCall[] = [];
  let messages: FakeSlackMessage[] = [];
  let ephemerals: FakeSlackEphemeral[] = [];
  let responses: FakeSlackResponse[] = [];
  let responseUses = new Map<string, number>();
  let faults = new Map<string, Array<Required<Pick<FakeSlackFault, 'count'>> & FakeSlackFault>>();
  let lastPostAt = new Map<string, number>();
  let channels = new Map<string, FakeSlackChannel>();
  let rateLimited = 0;
  let tsCounter = 0;
  let scopes = opts.scopes;
  let files: FakeSlackFile[] = [];
  const users = new Map(Object.entries(opts.users ?? {}));
  let closed = false;
  const waiterRejects = new Set<(err: Error) => void>();
  const workspaces = new Map((opts.workspaces ?? []).map((w) => [w.token, w]));
  const codes = new Map<string, { teamId: string; scope: string; userId: string }>();
  const usedCodes = new Set<string>();
  // Without OAuth every workspace token works from the start; with it, only once issued.
  const issued = new Set(opts.oauth ? [] : workspaces.keys());
  const revoked = new Set<string>();

  /** Who a token speaks for, or the error Slack would answer. */
  const identify = (token: string | undefined): { bot: typeof BOT } | { error: string } => {
    if (token !== undefined && revoked.has(token)) return { error: 'token_revoked' };
    const workspace = token !== undefined ? workspaces.get(token) : undefined;
    if (workspace && issued.has(workspace.token)) return { bot: botOf(workspace) };
    if (opts.token === undefined && workspaces.size === 0) return { bot: BOT };
    if (token !== undefined && token === opts.token) return { bot: BOT };
    return { error: token ? 'invalid_auth' : 'not_authed' };
  };

  /** `oauth.v2.access`: client credentials, then a one-time code, then the install's token. */
  const exchange = (args: Record<string, unknown>, authorization: string | undefined): Answer => {
    const fail = (error: string): Answer => ({ status: 200, body: { ok: false, error } });
    const app = opts.oauth;
    if (!app) return fail('invalid_client_id');
    let clientId = str(args.client_id);
    let clientSecret = str(args.client_secret);
    const basic = authorization ? /^Basic\s+(\S+)$/i.exec(authorization) : null;
    if (basic?.[1]) {
      const [id, ...secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      clientId = id;
      clientSecret = secret.join(':');
    }
    if (clientId !== app.clientId) return fail('invalid_client_id');
    if (clientSecret !== app.clientSecret) return fail('bad_client_secret');
    if (args.grant_type !== undefined && args.grant_type !== 'authorization_code')
      return fail('invalid_grant_type');
    const code = str(args.code);
    if (!code) return fail('invalid_code');
    if (usedCodes.has(code)) return fail('code_already_used');
    const grant = codes.get(code);
    const workspace = grant ? [...workspaces.values()].find((w) => w.teamId === grant.teamId) : undefined;
    if (!grant || !workspace) return fail('invalid_code');
    usedCodes.add(code);
    codes.delete(code);
    issued.add(workspace.token);
    revoked.delete(workspace.token);
    const bot = botOf(workspace);
    return {
      status: 200,
      body: {
        ok: true,
        app_id: app.appId ?? 'A0001',
        authed_user: { id: grant.userId },
        scope: grant.scope,
        token_type: 'bot',
        access_token: workspace.token,
        bot_user_id: bot.user_id,
        team: { id: workspace.teamId, name: bot.team },
        enterprise: workspace.enterpriseId ? { id: workspace.enterpriseId, name: 'Enterprise' } : null,
        is_enterprise_install: false,
      },
    };
  };

  const nextTs = (): string => {
    tsCounter += 1;
    const micros = tsCounter * TS_STEP_MICROS;
    const seconds = TS_BASE_SECONDS + Math.floor(micros / 1_000_000);
    return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`;
  };

  const takeFault = (method: string): FakeSlackFault | undefined => {
    const queue = faults.get(method);
    const fault = queue?.[0];
    if (!queue || !fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) queue.shift();
    return fault;
  };

  const faultAnswer = (fault: FakeSlackFault): Answer => {
    const status = fault.status ?? (fault.retryAfter !== undefined ? 429 : 200);
    const error = fault.error ?? (status === 429 ? 'ratelimited' : 'internal_error');
    const headers: Record<string, string> = {};
    if (status === 429) headers['retry-after'] = String(fault.retryAfter ?? 1);
    return { status, body: { ok: false, error }, headers };
  };

  const findMessage = (channel: string, ts: string) =>
    messages.find((m) => m.channel === channel && m.ts === ts);

  const toHistoryItem = (m: FakeSlackMessage, withMetadata: boolean): Record<string, unknown> => {
    const item: Record<string, unknown> = { type: 'message', user: m.user, bot_id: m.bot_id, ts: m.ts };
    item.text = m.text ?? '';
    if (m.blocks) item.blocks = m.blocks;
    if (m.metadata && withMetadata) item.metadata = m.metadata;
    if (m.thread_ts) item.thread_ts = m.thread_ts;
    if (m.reply_broadcast) item.subtype = 'thread_broadcast';
    const replies = messages.filter((r) => r.channel === m.channel && r.thread_ts === m.ts && r.ts !== m.ts);
    if (!m.thread_ts && replies.length > 0) {
      item.thread_ts = m.ts;
      item.reply_count = replies.length;
      item.latest_reply = replies[replies.length - 1]?.ts;
    }
    if (m.edits > 0) item.edited = { user: m.user, ts: m.ts };
    return item;
  };

  const isUser = (id: string) => /^[UW][A-Z0-9]+$/.test(id);
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

  // Applies a Web API call to the state and returns its answer.
  const apply = (method: string, args: Record<string, unknown>, bot: typeof BOT = BOT): Answer => {
    const ok = (extra: Record<string, unknown> = {}): Answer => ({
      status: 200,
      body: { ok: true, ...extra },
    });
    const fail = (error: string): Answer => ({ status: 200, body: { ok: false, error } });
    switch (method) {
      case 'auth.test':
        return ok({
          ...bot,
          url: `https://${bot.team_id.toLowerCase()}.slack.com/`,
          is_enterprise_install: false,
        });
      case 'chat.postMessage': {
        const channel = str(args.channel);
        if (!channel) return fail('channel_not_found');
        const known = channels.get(channel);
        if (known) {
          // Slack's answers: a private channel the bot is not in looks like no channel at all.
          if (known.deleted || (known.private && !known.member)) return fail('channel_not_found');
          if (known.archived) return fail('is_archived');
          if (!known.member && opts.chatWritePublic === false) return fail('not_in_channel');
        }
        if (args.text === undefined && args.blocks === undefined && args.attachments === undefined) {
          return fail('no_text');
        }
        if (!slackFilesKnown(args.blocks)) return fail('invalid_blocks');
        const message: FakeSlackMessage = {
          channel,
          ts: nextTs(),
          text: typeof args.text === 'string' ? args.text : undefined,
          blocks: Array.isArray(args.blocks) ? args.blocks : undefined,
          metadata: isMetadata(args.metadata) ? args.metadata : undefined,
          thread_ts: str(args.thread_ts),
          reply_broadcast: args.reply_broadcast === true ? true : undefined,
          user: bot.user_id,
          bot_id: bot.bot_id,
          edits: 0,
          args,
        };
        messages.push(message);
        lastPostAt.set(channel, Date.now());
        const answered = isUser(channel) ? `D${channel}` : channel;
        return ok({ channel: answered, ts: message.ts, message: toHistoryItem(message, true) });
      }
      case 'chat.update': {
        const channel = str(args.channel);
        const ts = str(args.ts);
        if (!channel || channels.get(channel)?.deleted) return fail('channel_not_found');
        const message = ts ? findMessage(channel, ts) : undefined;
        if (!message) return fail('message_not_found');
        if (typeof args.text === 'string') message.text = args.text;
        // Slack keeps previous blocks/metadata when omitted; an empty value removes them.
        if (Array.isArray(args.blocks)) message.blocks = args.blocks.length > 0 ? args.blocks : undefined;
        if (args.metadata !== undefined)
          message.metadata = isMetadata(args.metadata) ? args.metadata : undefined;
        message.edits += 1;
        return ok({
          channel,
          ts: message.ts,
          text: message.text ?? '',
          message: toHistoryItem(message, true),
        });
      }
      case 'chat.getPermalink': {
        // Slack's form: the workspace's domain, the channel, and the ts without its dot.
        const channel = str(args.channel);
        const ts = str(args.message_ts);
        if (!channel || channels.get(channel)?.deleted) return fail('channel_not_found');
        const message = ts ? findMessage(channel, ts) : undefined;
        if (!message) return fail('message_not_found');
        const domain = `https://${bot.team_id.toLowerCase()}.slack.com`;
        return ok({ channel, permalink: `${domain}/archives/${channel}/p${message.ts.replace('.', '')}` });
      }
      case 'chat.postEphemeral': {
        const channel = str(args.channel);
        if (!channel) return fail('channel_not_found');
        const eph: FakeSlackEphemeral = {
          channel,
          user: str(args.user),
          message_ts: nextTs(),
          text: typeof args.text === 'string' ? args.text : undefined,
          blocks: Array.isArray(args.blocks) ? args.blocks : undefined,
        };
        ephemerals.push(eph);
        return ok({ message_ts: eph.message_ts });
      }
      case 'conversations.open': {
        const user = str(args.users);
        if (!user || !isUser(user)) return fail('user_not_found');
        return ok({ channel: { id: `D${user}` } });
      }
      case 'conversations.history': {
        // A DM is read by its D… id; its messages are kept under the user id.
        const asked = str(args.channel);
        if (!asked || isUser(asked)) return fail('channel_not_found');
        if (/^D[UW]/.test(asked) && scopes && !scopes.includes('im:history')) return fail('missing_scope');
        const channel = /^D[UW]/.test(asked) ? asked.slice(1) : asked;
        const limit = typeof args.limit === 'number' && args.limit > 0 ? Math.min(args.limit, 999) : 100;
        const offset = decodeCursor(args.cursor);
        const inclusive = args.inclusive === true;
        const oldest = Number(args.oldest ?? 0);
        const latest = args.latest === undefined ? Number.POSITIVE_INFINITY : Number(args.latest);
        const visible = messages
          .filter((m) => m.channel === channel && (!m.thread_ts || m.thread_ts === m.ts || m.reply_broadcast))
          .filter((m) => {
            const t = Number(m.ts);
            return inclusive ? t >= oldest && t <= latest : t > oldest && t < latest;
          })
          .reverse();
        const page = visible.slice(offset, offset + limit);
        const hasMore = offset + limit < visible.length;
        return ok({
          messages: page.map((m) => toHistoryItem(m, args.include_all_metadata === true)),
          has_more: hasMore,
          pin_count: 0,
          response_metadata: { next_cursor: hasMore ? encodeCursor(offset + limit) : '' },
        });
      }
      case 'conversations.replies': {
        const channel = str(args.channel);
        const ts = str(args.ts);
        const parent = channel && ts ? findMessage(channel, ts) : undefined;
        if (!channel || !ts || !parent) return fail('thread_not_found');
        const thread = [parent, ...messages.filter((m) => m.channel === channel && m.thread_ts === ts)];
        const withMetadata = args.include_all_metadata === true;
        return ok({ messages: thread.map((m) => toHistoryItem(m, withMetadata)), has_more: false });
      }
      case 'conversations.join': {
        const id = str(args.channel) ?? '';
        const known = channels.get(id);
        if (known?.deleted || !id) return fail('channel_not_found');
        if (known?.private) return fail('method_not_supported_for_channel_type');
        if (known?.archived) return fail('is_archived');
        if (known) known.member = true;
        return ok({ channel: { id, is_member: true } });
      }
      case 'users.info': {
        const id = str(args.user);
        if (!id) return fail('user_not_found');
        const user = users.get(id);
        if (!user) return fail('user_not_found');
        const name = user.name ?? id.toLowerCase();
        return ok({
          user: {
            id,
            team_id: BOT.team_id,
            name,
            deleted: false,
            real_name: name,
            tz: 'Asia/Tokyo',
            is_admin: user.is_admin ?? false,
            is_owner: user.is_owner ?? false,
            is_primary_owner: user.is_primary_owner ?? false,
            is_restricted: user.is_restricted ?? false,
            is_ultra_restricted: user.is_ultra_restricted ?? false,
            is_bot: user.is_bot ?? false,
            is_app_user: false,
            updated: TS_BASE_SECONDS,
            profile: { real_name: name, display_name: name },
          },
        });
      }
      case 'files.getUploadURLExternal': {
        const filename = str(args.filename);
        const length = Number(args.length);
        if (!filename || !Number.isInteger(length) || length <= 0) return fail('missing_argument');
        const id = `F${randomBytes(5).toString('hex').toUpperCase()}`;
        files.push({ id, filename, length, altText: str(args.alt_text), completed: false });
        return ok({ upload_url: `${baseUrl}/upload/${id}`, file_id: id });
      }
      case 'files.completeUploadExternal': {
        const list = Array.isArray(args.files) ? (args.files as { id?: string; title?: string }[]) : [];
        if (list.length === 0) return fail('invalid_arguments');
        const found = list.map((f) => files.find((x) => x.id === f.id));
        // A file whose bytes never arrived (or not all of them) cannot be completed.
        if (found.some((f) => !f?.bytes || f.bytes.length !== f.length)) return fail('file_not_found');
        for (const [i, f] of found.entries()) {
          if (!f) continue;
          f.completed = true;
          f.title = list[i]?.title ?? f.filename;
        }
        return ok({
          files: found.map((f) => ({ id: f?.id, name: f?.filename, title: f?.title, mimetype: 'image/png' })),
        });
      }
      case 'views.publish':
        return ok({
          view: { id: `V${randomBytes(4).toString('hex').toUpperCase()}`, ...asObject(args.view) },
        });
      default:
        return ok();
    }
  };

  const handleApi = async (method: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    let args: Record<string, unknown>;
    try {
      args = await parseArgs(raw, req.headers['content-type']);
    } catch {
      const call: FakeSlackCall = { method, args: {}, at: Date.now(), status: 200, error: 'invalid_json' };
      calls.push(call);
      send(res, { status: 200, body: { ok: false, error: 'invalid_json' } });
      return;
    }
    const token = bearer(req.headers.authorization) ?? str(args.token);
    const call: FakeSlackCall = { method, args, at: Date.now(), token, status: 200 };
    calls.push(call);

    let answer: Answer;
    const fault = takeFault(method);
    if (fault) {
      if (fault.applied) apply(method, args);
      if (fault.hangUp) {
        call.status = 0;
        events.emit('change');
        res.socket?.destroy();
        return;
      }
      answer = faultAnswer(fault);
    } else if (method === 'apps.connections.open') {
      answer =
        opts.appToken !== undefined && token !== opts.appToken
          ? { status: 200, body: { ok: false, error: token ? 'invalid_auth' : 'not_authed' } }
          : opts.socketModeUrl
            ? { status: 200, body: { ok: true, url: opts.socketModeUrl } }
            : { status: 200, body: { ok: false, error: 'not_allowed_token_type' } };
    } else if (method === 'oauth.v2.access') {
      answer = exchange(args, req.headers.authorization);
    } else {
      const who = identify(token);
      if ('error' in who) {
        answer = { status: 200, body: { ok: false, error: who.error } };
      } else if (METHOD_SCOPES[method] && scopes && !scopes.includes(METHOD_SCOPES[method])) {
        answer = {
          status: 200,
          body: {
            ok: false,
            error: 'missing_scope',
            needed: METHOD_SCOPES[method],
            provided: scopes.join(','),
          },
        };
      } else if (method === 'chat.postMessage' && isRateLimited(args)) {
        rateLimited += 1;
        answer = { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '1' } };
      } else {
        answer = apply(method, args, who.bot);
      }
    }
    call.status = answer.status;
    const body = answer.body as { ok?: boolean; error?: string };
    if (body.ok === false) call.error = body.error;
    send(res, answer);
    events.emit('change');
  };

  const isRateLimited = (args: Record<string, unknown>): boolean => {
    const rate = opts.ratePerChannelPerSec;
    const channel = str(args.channel);
    if (!rate || !channel) return false;
    const last = lastPostAt.get(channel);
    return last !== undefined && Date.now() - last < 1000 / rate;
  };

  const handleResponseUrl = async (id: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = (await readBody(req)).toString('utf8');
    const fault = takeFault('response_url');
    if (fault?.hangUp) {
      res.socket?.destroy();
      return;
    }
    if (fault) {
      const status = fault.status ?? 500;
      res.writeHead(status, {
        'content-type': 'text/plain',
        ...(status === 429 ? { 'retry-after': '1' } : {}),
      });
      res.end(fault.error ?? 'internal_error');
      return;
    }
    const used = responseUses.get(id) ?? 0;
    if (used >= maxUses) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('used_url');
      return;
    }
    responseUses.set(id, used + 1);
    let body: unknown = raw;
    try {
      body = JSON.parse(raw);
    } catch {
      // Bolt always posts JSON; keep anything else as text so a test can see what arrived.
    }
    if (!slackFilesKnown((body as { blocks?: unknown } | null)?.blocks)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'invalid_blocks' }));
      events.emit('change');
      return;
    }
    responses.push({ id, body, at: Date.now() });
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
    events.emit('change');
  };

  // Image blocks may name only completed files.
  const slackFilesKnown = (blocks: unknown): boolean => {
    if (!Array.isArray(blocks)) return true;
    return blocks.every((b) => {
      const ref = (b as { type?: string; slack_file?: { id?: string } } | null)?.slack_file;
      if ((b as { type?: string } | null)?.type !== 'image' || !ref) return true;
      return files.some((f) => f.id === ref.id && f.completed);
    });
  };

  const handleUpload = async (id: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const bytes = await readBody(req);
    const file = files.find((f) => f.id === id);
    if (!file || file.completed) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } else {
      file.bytes = bytes;
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`OK - ${bytes.length}`);
    }
    events.emit('change');
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const api = /^\/api\/([\w.]+)$/.exec(path);
    const response = /^\/response\/([\w.-]+)$/.exec(path);
    const upload = /^\/upload\/(F[0-9A-F]+)$/.exec(path);
    let work: Promise<void>;
    if (req.method === 'POST' && api?.[1]) work = handleApi(api[1], req, res);
    else if (req.method === 'POST' && response?.[1]) work = handleResponseUrl(response[1], req, res);
    else if (req.method === 'POST' && upload?.[1]) work = handleUpload(upload[1], req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    work.catch((err: unknown) => {
      if (!res.headersSent)
        send(res, { status: 500, body: { ok: false, error: `fake_slack: ${String(err)}` } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const waitFor = <T>(
    check: () => T | undefined | null | false,
    waitOpts: WaitOptions & { what?: string } = {},
  ): Promise<T> => {
    const timeoutMs = waitOpts.timeoutMs ?? 5000;
    return new Promise<T>((resolve, reject) => {
      const first = check();
      if (first) {
        resolve(first);
        return;
      }
      if (closed) {
        reject(new Error(`fake Slack is closed; still waiting for ${waitOpts.what ?? 'a condition'}`));
        return;
      }
      const finish = () => {
        clearTimeout(timer);
        events.off('change', onChange);
        waiterRejects.delete(onClose);
      };
      const onChange = () => {
        const value = check();
        if (value) {
          finish();
          resolve(value);
        }
      };
      const onClose = (err: Error) => {
        finish();
        reject(err);
      };
      const timer = setTimeout(() => {
        finish();
        const seen = calls.map((c) => c.method).join(', ') || 'none';
        reject(
          new Error(
            `fake Slack: timed out after ${timeoutMs} ms waiting for ${waitOpts.what ?? 'a condition'} ` +
              `(${messages.length} messages stored, ${responses.length} response_url posts, calls: ${seen})`,
          ),
        );
      }, timeoutMs);
      events.on('change', onChange);
      waiterRejects.add(onClose);
    });
  };

  const snapshot = (m: FakeSlackMessage): FakeSlackMessage => structuredClone(m);

  const fake: FakeSlack = {
    apiUrl: `${baseUrl}/api/`,
    baseUrl,
    get calls() {
      return calls;
    },
    get rateLimited() {
      return rateLimited;
    },
    callsTo: (method) => calls.filter((c) => c.method === method),
    grantCode: (code, teamId, grant = {}) => {
      codes.set(code, {
        teamId,
        scope: grant.scope ?? 'commands,chat:write',
        userId: grant.userId ?? 'UINSTALLER',
      });
    },
    revokeToken: (token) => {
      revoked.add(token);
    },
    messages: (channel) =>
      messages.filter((m) => channel === undefined || m.channel === channel).map(snapshot),
    replies: (channel, threadTs) =>
      messages
        .filter((m) => m.channel === channel && m.thread_ts === threadTs && m.ts !== threadTs)
        .map(snapshot),
    ephemerals: (channel) => ephemerals.filter((e) => channel === undefined || e.channel === channel),
    failNext: (method, fault = {}) => {
      const queue = faults.get(method) ?? [];
      queue.push({ ...fault, count: fault.count ?? 1 });
      faults.set(method, queue);
    },
    setUser: (id, user) => {
      users.set(id, user);
    },
    responseUrl: (id = randomBytes(8).toString('hex')) => `${baseUrl}/response/${id}`,
    responses: (id) => responses.filter((r) => id === undefined || r.id === id).map((r) => r.body),
    waitForResponse: (id, timeoutMs = 5000) =>
      waitFor(() => responses.find((r) => r.id === id), {
        timeoutMs,
        what: `a post to response URL ${id}`,
      }).then((r) => r.body),
    waitForMessages: (n, waitOpts = {}) =>
      waitFor(
        () => {
          const found = fake.messages(waitOpts.channel);
          return found.length >= n ? found : undefined;
        },
        {
          timeoutMs: waitOpts.timeoutMs,
          what: `${n} messages${waitOpts.channel ? ` in ${waitOpts.channel}` : ''}`,
        },
      ),
    waitForCalls: (method, n = 1, waitOpts = {}) =>
      waitFor(
        () => {
          const found = fake.callsTo(method);
          return found.length >= n ? found : undefined;
        },
        { timeoutMs: waitOpts.timeoutMs, what: `${n} ${method} calls` },
      ),
    waitFor,
    setChannel: (id, channel) => {
      channels.set(id, { ...channel });
    },
    reset: () => {
      calls = [];
      messages = [];
      ephemerals = [];
      responses = [];
      responseUses = new Map();
      faults = new Map();
      lastPostAt = new Map();
      channels = new Map();
      rateLimited = 0;
      files = [];
    },
    setScopes: (granted) => {
      scopes = granted;
    },
    files: () => files.map((f) => ({ ...f, bytes: f.bytes ? Buffer.from(f.bytes) : undefined })),
    close: async () => {
      if (closed) return;
      closed = true;
      for (const rejectWaiter of [...waiterRejects])
        rejectWaiter(new Error('fake Slack closed while waiting'));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return fake;
}

function botOf(w: FakeWorkspace): typeof BOT {
  return {
    user_id: w.botUserId ?? `UBOT${w.teamId}`,
    bot_id: w.botId ?? `BBOT${w.teamId}`,
    team_id: w.teamId,
    team: w.teamName ?? `Team ${w.teamId}`,
    user: 'readout',
  };
}

function send(res: ServerResponse, answer: Answer): void {
  const payload = JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...answer.headers,
  });
  res.end(payload);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function bearer(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** Parses a Web API body (form, JSON or multipart) into plain arguments with typed known fields. */
async function parseArgs(raw: Buffer, contentType = ''): Promise<Record<string, unknown>> {
  if (raw.length === 0) return {};
  if (contentType.includes('application/json')) {
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    return asObject(parsed);
  }
  const fields: Array<[string, string]> = [];
  if (contentType.includes('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    form.forEach((value, key) => {
      fields.push([key, typeof value === 'string' ? value : `[file ${value.name}]`]);
    });
  } else {
    for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) fields.push([key, value]);
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of fields) args[key] = decodeField(key, value);
  return args;
}

function decodeField(key: string, value: string): unknown {
  if (BOOLEAN_FIELDS.has(key) && /^(true|false|1|0)$/.test(value)) return value === 'true' || value === '1';
  if (NUMBER_FIELDS.has(key) && /^\d+$/.test(value)) return Number(value);
  const looksJson = /^\s*[[{]/.test(value);
  if (looksJson && (JSON_FIELDS.has(key) || !TEXT_FIELDS.has(key))) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function isMetadata(value: unknown): value is FakeSlackMetadata {
  const v = asObject(value);
  return typeof v.event_type === 'string' && v.event_type !== '';
}

function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64');
}

function decodeCursor(cursor: unknown): number {
  if (typeof cursor !== 'string' || cursor === '') return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match?.[1] ? Number(match[1]) : 0;
}
