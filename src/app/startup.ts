import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isPostgresUrl, sqlitePath } from '../store/database-url.js';
import type { Store } from '../store/index.js';
import { DEFAULT_DATABASE_URL } from './config.js';
import { ReadoutError } from './errors.js';
import { httpFetch } from './http-fetch.js';

/** sysexits.h: a setting is wrong (EX_CONFIG); a service the app needs does not answer (EX_UNAVAILABLE). */
export const EXIT_CONFIG = 78;
export const EXIT_UNAVAILABLE = 69;
/** A migration failed (EX_SOFTWARE): the database stays at the version before it. */
export const EXIT_SOFTWARE = 70;

/**
 * A start-up check that failed: one line naming the variable to look at, and the exit code the
 * process ends with (78 for a setting to change, 69 for a service that does not answer).
 */
export class StartupError extends ReadoutError {
  readonly exitCode: number;
  constructor(exitCode: number, message: string, options?: { cause?: unknown }) {
    super(
      exitCode === EXIT_CONFIG
        ? 'CONFIG_INVALID'
        : exitCode === EXIT_SOFTWARE
          ? 'STORE_MIGRATION'
          : 'SERVICE_UNAVAILABLE',
      message,
      options,
    );
    this.name = 'StartupError';
    this.exitCode = exitCode;
  }
}

/**
 * SQLite's file must sit in a directory that exists: only the default (`./data/`) is created.
 * A typo in DATABASE_URL then stops the start instead of creating a database nobody looks at.
 */
export function checkDatabasePath(databaseUrl: string): void {
  if (isPostgresUrl(databaseUrl)) return;
  const path = sqlitePath(databaseUrl);
  if (path === ':memory:') return;
  const parent = dirname(resolve(path));
  if (databaseUrl === DEFAULT_DATABASE_URL) {
    mkdirSync(parent, { recursive: true });
    return;
  }
  if (!existsSync(parent))
    throw new StartupError(
      EXIT_CONFIG,
      `DATABASE_URL: the directory ${parent} does not exist; create it, or point DATABASE_URL at a file in an existing directory`,
    );
  if (!statSync(parent).isDirectory())
    throw new StartupError(EXIT_CONFIG, `DATABASE_URL: ${parent} is not a directory`);
}

/** The host, port and database of a PostgreSQL URL, without its user and password. */
export function describePostgres(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    return `PostgreSQL at ${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname || '/'}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** PostgreSQL's answers that mean a setting is wrong: password, role, database, permission. */
const PG_REFUSALS = new Set(['28P01', '28000', '3D000', '42501', '3F000']);
const SQLITE_REFUSALS = new Set(['SQLITE_CANTOPEN', 'SQLITE_NOTADB', 'SQLITE_READONLY', 'SQLITE_PERM']);

function errorCode(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { code?: unknown; errors?: unknown[]; cause?: unknown };
  if (typeof e.code === 'string') return e.code;
  // node:net's AggregateError (every address of a host refused) carries the codes inside.
  if (Array.isArray(e.errors)) return errorCode(e.errors[0]);
  return e.cause ? errorCode(e.cause) : undefined;
}

function errorText(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error && error.message ? error.message : code;
  return code && message && !message.includes(code) ? `${code}: ${message}` : (message ?? String(error));
}

/** Resolves with the work's result, or rejects after `ms` with "no answer within …". */
export async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens the store and asks it one cheap question (which also runs the migrations), within
 * `timeoutMs`. An unreachable, unauthorised or unopenable database becomes a StartupError naming
 * DATABASE_URL, never a stack trace per cycle.
 */
export async function openCheckedStore(
  databaseUrl: string,
  open: (url: string) => Store,
  timeoutMs = 10_000,
): Promise<Store> {
  checkDatabasePath(databaseUrl);
  const postgres = isPostgresUrl(databaseUrl);
  const where = postgres ? describePostgres(databaseUrl) : `SQLite file ${sqlitePath(databaseUrl)}`;
  let store: Store | null = null;
  try {
    store = open(databaseUrl);
    await within(store.listFeeds(), timeoutMs, where);
    return store;
  } catch (error) {
    if (store) void store.close().catch(() => undefined);
    if (error instanceof ReadoutError && error.code === 'STORE_MIGRATION')
      throw new StartupError(
        EXIT_SOFTWARE,
        `DATABASE_URL: ${where}: ${error.message} (${errorText(error.cause)}); the database stays at the version before it`,
        { cause: error },
      );
    const code = errorCode(error);
    const refused = code !== undefined && (PG_REFUSALS.has(code) || SQLITE_REFUSALS.has(code));
    throw new StartupError(
      refused ? EXIT_CONFIG : EXIT_UNAVAILABLE,
      refused
        ? `DATABASE_URL: ${where} refuses it (${errorText(error)})`
        : `DATABASE_URL: ${where} does not answer (${errorText(error)})`,
      { cause: error },
    );
  }
}

/** Slack's answers to auth.test that mean the token itself is no good. */
export const REFUSED_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'not_allowed_token_type',
]);

export type TokenCheck =
  | { status: 'ok'; botId: string | undefined; botUserId: string | undefined; teamId: string | undefined }
  | { status: 'refused'; error: string }
  | { status: 'unreachable'; reason: string };

/**
 * `auth.test` once, without retries, within `timeoutMs`: whether Slack takes the bot token. A
 * network failure, a timeout or an answer that is not the Web API's is "unreachable" (the app
 * starts and reports it on /ready); a refusal is "refused".
 */
export async function checkToken(
  apiUrl: string,
  token: string,
  timeoutMs = 10_000,
  fetch: typeof globalThis.fetch = httpFetch,
): Promise<TokenCheck> {
  const url = `${apiUrl}auth.test`;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: '',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: { ok?: boolean; error?: string; bot_id?: string; user_id?: string; team_id?: string };
    try {
      body = JSON.parse(text);
    } catch {
      return { status: 'unreachable', reason: `HTTP ${res.status}, not a Web API answer` };
    }
    if (body.ok) return { status: 'ok', botId: body.bot_id, botUserId: body.user_id, teamId: body.team_id };
    const error = body.error ?? `HTTP ${res.status}`;
    if (REFUSED_TOKEN.has(error)) return { status: 'refused', error };
    return { status: 'unreachable', reason: error };
  } catch (error) {
    return { status: 'unreachable', reason: errorText(error) };
  }
}

/** The one line for a bot token Slack refuses at start. */
export function refusedTokenError(apiUrl: string, error: string): StartupError {
  return new StartupError(
    EXIT_CONFIG,
    `SLACK_BOT_TOKEN: Slack refuses it (auth.test at ${hostOf(apiUrl)}: ${error}); copy the Bot User OAuth Token again from the app's OAuth & Permissions page, or reinstall the app`,
  );
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A listen error of the HTTP receiver, as the one line that names PORT. */
export function portError(error: unknown, port: number): StartupError | null {
  const code = errorCode(error);
  if (code === 'EADDRINUSE')
    return new StartupError(
      EXIT_CONFIG,
      `PORT: ${port} is already in use by another process; stop it or set PORT to a free port`,
    );
  if (code === 'EACCES')
    return new StartupError(EXIT_CONFIG, `PORT: ${port} needs privileges this process does not have`);
  return null;
}
