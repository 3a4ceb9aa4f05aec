import Database from 'better-sqlite3';
import { sql as sqlTag } from 'kysely';
import { describe, expect, it } from 'vitest';
import { sqliteSql } from '../../../src/store/sql.js';

/** A scratch SQLite database with the one table these checks write. */
function scratch() {
  const raw = new Database(':memory:');
  raw.exec(
    'CREATE TABLE installations (id TEXT PRIMARY KEY, team_id TEXT, enterprise_id TEXT, is_enterprise_install INTEGER NOT NULL DEFAULT 0, bot_token TEXT NOT NULL, bot_user_id TEXT, data TEXT NOT NULL, installed_at TEXT NOT NULL, updated_at TEXT NOT NULL)',
  );
  return { raw, sql: sqliteSql(raw, () => '2026-12-07T00:00:00.000Z') };
}

const install = (id: string, enterprise: boolean) => ({
  id,
  is_enterprise_install: enterprise,
  bot_token: `xoxb-${id}`,
  data: '{}',
  installed_at: 'then',
  updated_at: 'then',
});

describe('the SQLite side of the query executor', () => {
  it('stores a flag as 1/0 and finds it by a literal flag', async () => {
    const { raw, sql } = scratch();
    await sql.run(sql.db.insertInto('installations').values([install('T1', true), install('T2', false)]));
    expect(raw.prepare('SELECT id, is_enterprise_install AS e FROM installations ORDER BY id').all()).toEqual(
      [
        { id: 'T1', e: 1 },
        { id: 'T2', e: 0 },
      ],
    );
    const query = sql.db
      .selectFrom('installations')
      .select('id')
      .where('is_enterprise_install', '=', sql.flag(true));
    expect(query.compile().sql).toContain('= 1');
    expect(await sql.all(query)).toEqual([{ id: 'T1' }]);
  });

  it('runs a statement when it is called, before the caller awaits it', () => {
    const { raw, sql } = scratch();
    void sql.run(sql.db.insertInto('installations').values(install('T1', false)));
    expect(raw.prepare('SELECT COUNT(*) AS n FROM installations').get()).toEqual({ n: 1 });
  });

  it('counts the rows a statement changed', async () => {
    const { sql } = scratch();
    await sql.run(sql.db.insertInto('installations').values([install('T1', false), install('T2', false)]));
    expect((await sql.run(sql.db.deleteFrom('installations').where('id', '=', 'T1'))).changes).toBe(1);
    expect((await sql.run(sql.db.deleteFrom('installations').where('id', '=', 'T1'))).changes).toBe(0);
  });

  it('keeps nothing of a transaction whose work failed, and all of one that finished', async () => {
    const { raw, sql } = scratch();
    await expect(
      sql.tx(async ({ run }) => {
        await run(sql.db.insertInto('installations').values(install('T1', false)));
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
    expect(raw.inTransaction).toBe(false);
    expect(raw.prepare('SELECT COUNT(*) AS n FROM installations').get()).toEqual({ n: 0 });
    await sql.tx(async ({ run }) => {
      await run(sql.db.insertInto('installations').values(install('T2', false)));
    });
    expect(raw.prepare('SELECT id FROM installations').all()).toEqual([{ id: 'T2' }]);
  });
});

describe('a query compiled once (compiledOnce)', () => {
  const upsert = (sql: ReturnType<typeof scratch>['sql']) =>
    sql.compiledOnce((v: { id: string; token: string; enterprise: boolean }) =>
      sql.db
        .insertInto('installations')
        .values({ ...install(v.id, v.enterprise), bot_token: v.token })
        .onConflict((oc) => oc.column('id').doUpdateSet({ bot_token: v.token })),
    );

  it('writes each call its own values, constants kept', async () => {
    const { raw, sql } = scratch();
    const save = upsert(sql);
    await sql.run(save({ id: 'T1', token: 'xoxb-one', enterprise: true }));
    await sql.run(save({ id: 'T2', token: 'xoxb-two', enterprise: false }));
    await sql.run(save({ id: 'T1', token: 'xoxb-new', enterprise: true }));
    expect(
      raw
        .prepare('SELECT id, bot_token, is_enterprise_install AS e, data FROM installations ORDER BY id')
        .all(),
    ).toEqual([
      { id: 'T1', bot_token: 'xoxb-new', e: 1, data: '{}' },
      { id: 'T2', bot_token: 'xoxb-two', e: 0, data: '{}' },
    ]);
  });

  it('refuses a query whose value is written into the SQL text', () => {
    const { sql } = scratch();
    const inlined = sql.compiledOnce((v: { id: string }) =>
      sql.db.selectFrom('installations').select('id').where('id', '=', sqlTag.lit(v.id)),
    );
    expect(() => inlined({ id: 'T1' }).compile()).toThrow('inlined');
  });
});
