import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.js';
import { ConfigError } from '../../../src/app/errors.js';
import {
  checkDatabasePath,
  checkToken,
  describePostgres,
  portError,
  StartupError,
} from '../../../src/app/startup.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DATABASE_URL at start-up', () => {
  it.each(['mysql://user:hunter2@db/readout', 'sqlite://x.db', 'redis://cache:6379'])(
    'refuses the unknown scheme of %s, naming DATABASE_URL and never echoing the value',
    (url) => {
      expect(() => loadConfig({ DATABASE_URL: url })).toThrow(ConfigError);
      try {
        loadConfig({ DATABASE_URL: url });
      } catch (error) {
        const message = (error as Error).message;
        expect(message).toMatch(/^invalid configuration: DATABASE_URL: expected postgres:\/\//);
        expect(message).not.toContain('hunter2');
        expect(message.split('\n')).toHaveLength(1);
      }
    },
  );

  it.each([
    './data/readout.db',
    '/var/lib/readout/readout.db',
    'file:/tmp/r.db',
    'postgres://u@h/db',
    'postgresql://u@h/db',
    'readout.db',
  ])('takes %s', (url) => {
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it('a missing parent directory is a StartupError (exit 78), and nothing is created', () => {
    const url = join(dir, 'missing', 'x.db');
    let error: unknown;
    try {
      checkDatabasePath(url);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).exitCode).toBe(78);
    expect((error as Error).message).toContain(
      `DATABASE_URL: the directory ${join(dir, 'missing')} does not exist`,
    );
    expect(() => checkDatabasePath(`file:${url}`)).toThrow(/does not exist/);
  });

  it('a file where the directory should be is refused; an existing directory is taken', () => {
    writeFileSync(join(dir, 'plain'), 'x');
    expect(() => checkDatabasePath(join(dir, 'plain', 'x.db'))).toThrow(/is not a directory/);
    expect(() => checkDatabasePath(join(dir, 'x.db'))).not.toThrow();
  });

  it('describes PostgreSQL without its user and password', () => {
    expect(describePostgres('postgres://admin:s3cret@db.internal:6543/readout')).toBe(
      'PostgreSQL at db.internal:6543/readout',
    );
  });
});

describe('NODE_ENV', () => {
  it('production is a flag of the config; anything else is not', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).production).toBe(false);
    expect(loadConfig({}).production).toBe(false);
  });
});

describe('checkToken (auth.test once, no retries)', () => {
  const answering =
    (status: number, body: string): typeof fetch =>
    async () =>
      new Response(body, { status });

  it('ok: the bot ids', async () => {
    const r = await checkToken(
      'https://slack.example/api/',
      'xoxb-1',
      1000,
      answering(200, '{"ok":true,"bot_id":"B1","user_id":"U1","team_id":"T1"}'),
    );
    expect(r).toEqual({ status: 'ok', botId: 'B1', botUserId: 'U1', teamId: 'T1' });
  });

  it.each(['invalid_auth', 'token_revoked', 'account_inactive', 'not_authed'])(
    'refused: %s',
    async (error) => {
      const r = await checkToken(
        'https://slack.example/api/',
        'xoxb-1',
        1000,
        answering(200, `{"ok":false,"error":"${error}"}`),
      );
      expect(r).toEqual({ status: 'refused', error });
    },
  );

  it('unreachable: a network failure, a page that is not the Web API, a Slack-side error', async () => {
    const down: typeof fetch = async () => {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    };
    expect(await checkToken('https://slack.example/api/', 'x', 1000, down)).toMatchObject({
      status: 'unreachable',
      reason: expect.stringContaining('ECONNREFUSED'),
    });
    expect(await checkToken('https://slack.example/api/', 'x', 1000, answering(404, '<html>'))).toEqual({
      status: 'unreachable',
      reason: 'HTTP 404, not a Web API answer',
    });
    expect(
      await checkToken(
        'https://slack.example/api/',
        'x',
        1000,
        answering(200, '{"ok":false,"error":"internal_error"}'),
      ),
    ).toEqual({ status: 'unreachable', reason: 'internal_error' });
  });
});

describe('portError', () => {
  it('names PORT for a port in use or one needing privileges, and nothing else', () => {
    expect(
      portError(Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' }), 3000)?.message,
    ).toBe('PORT: 3000 is already in use by another process; stop it or set PORT to a free port');
    expect(portError(Object.assign(new Error('x'), { code: 'EACCES' }), 80)?.exitCode).toBe(78);
    expect(portError(new Error('other'), 3000)).toBeNull();
  });
});

describe('openCheckedStore', () => {
  it('a failing migration stops the start with exit 70, naming DATABASE_URL and the migration', async () => {
    const { openCheckedStore } = await import('../../../src/app/startup.js');
    const { ReadoutError } = await import('../../../src/app/errors.js');
    const url = join(dir, 'migrating.db');
    const failing = () => {
      throw new ReadoutError('STORE_MIGRATION', 'migration 16 failed', {
        cause: new Error('no such table: posts'),
      });
    };
    await expect(openCheckedStore(url, failing)).rejects.toMatchObject({
      exitCode: 70,
      message: expect.stringMatching(
        /^DATABASE_URL: SQLite file .*migrating\.db: migration 16 failed \(no such table: posts\)/,
      ),
    });
  });

  it('an SQLite file that is not a database is a setting to fix (78)', async () => {
    const { openCheckedStore } = await import('../../../src/app/startup.js');
    const { openStore } = await import('../../../src/store/index.js');
    const path = join(dir, 'not-a-db.db');
    writeFileSync(
      path,
      'this is not an SQLite database, just text long enough to fill a header page '.repeat(20),
    );
    await expect(openCheckedStore(path, (u) => openStore(u))).rejects.toMatchObject({
      exitCode: 78,
      message: expect.stringMatching(/^DATABASE_URL: SQLite file .* refuses it \(SQLITE_NOTADB/),
    });
  });
});
