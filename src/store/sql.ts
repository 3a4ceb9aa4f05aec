import type BetterSqlite from 'better-sqlite3';
import {
  type Compilable,
  type CompiledQuery,
  DummyDriver,
  type Insertable,
  Kysely,
  type OrderByModifiers,
  PostgresDialect,
  type RawBuilder,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql as sqlTag,
} from 'kysely';
import type PgModule from 'pg';
import type { Database } from './schema.js';

/** Which database a query runs on: only where they really differ does code ask. */
export type Dialect = 'sqlite' | 'postgres';

/** What one statement gave back: its rows (a SELECT or a RETURNING) and the rows it changed. */
export type Result<R> = { rows: R[]; changes: number };

/** Some columns of a table's row. */
type Columns<T extends keyof Database> = Partial<Insertable<Database[T]>>;

/**
 * What the store's feature modules run their queries with: a query is built once with `db`
 * (Kysely, against the `Database` type) and run here on either dialect.
 */
export type Sql = {
  dialect: Dialect;
  /** The query builder; its queries are handed to `run`, `all` or `first`, never executed alone. */
  db: Kysely<Database>;
  now: () => string;
  run<R>(query: Compilable<R>): Promise<Result<R>>;
  all<R>(query: Compilable<R>): Promise<R[]>;
  first<R>(query: Compilable<R>): Promise<R | undefined>;
  /**
   * Inserts a row (`key`, `values` and `insertOnly`), or, when the table holds one with that key
   * (its columns a unique key), sets that row's `values`.
   */
  upsert<T extends keyof Database>(
    table: T,
    key: Columns<T>,
    values: Columns<T>,
    insertOnly?: Columns<T>,
  ): Promise<Result<unknown>>;
  /**
   * A flag as a literal in the SQL (1/0 on SQLite, TRUE/FALSE on PostgreSQL), for a condition a
   * partial index names (`WHERE partial = 1`): SQLite uses such an index only for a literal.
   */
  flag(value: boolean): RawBuilder<boolean>;
  /**
   * A text field of a JSON column (`readouts.data`): `json_extract(data, '$.key')` on SQLite,
   * `data->>'key'` on PostgreSQL. `key` is one of our own field names, never input.
   */
  jsonText(column: string, key: string): RawBuilder<string | null>;
  /**
   * A row read to be written in the same transaction, locked on PostgreSQL (FOR UPDATE) against
   * another instance; SQLite has no row locks and needs none (BEGIN IMMEDIATE holds the file).
   */
  forUpdate<Q extends { forUpdate(): Q }>(query: Q): Q;
  /** A statement written as SQL text (full-text search, where the dialects differ), to run here. */
  raw<R>(statement: RawBuilder<R>): Compilable<R>;
  /**
   * A query of a hot path (the poll cycle's per-feed write) compiled once, not at every call:
   * Kysely's compile costs 10–20 µs, as much as SQLite's work for a small write. `build` is
   * called once with a stand-in for each value it reads; each call puts its own values in
   * their places. Scalar values only (no arrays), undefined bound as NULL: the query's shape must
   * not depend on them.
   */
  compiledOnce<V extends object, R>(build: (values: V) => Compilable<R>): (values: V) => Compilable<R>;
  /**
   * Newest first with undated rows last, as the date indexes are built: plain DESC on SQLite
   * (NULL sorts first ascending), DESC NULLS LAST on PostgreSQL.
   */
  newestFirst: OrderByModifiers;
  /**
   * A column the planner is told not to use an index for (SQLite's unary `+`), where its own
   * choice was measured worse; the column itself on PostgreSQL.
   */
  unindexed<T>(column: string): RawBuilder<T>;
  /**
   * Runs work in one transaction (on PostgreSQL, on one connection). The work runs queries only:
   * no network call, no timer (see sqliteSql).
   */
  tx<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
};

function withShortcuts(
  base: Pick<Sql, 'dialect' | 'db' | 'now' | 'run' | 'tx'> & Partial<Pick<Sql, 'first'>>,
): Sql {
  return {
    async first(query) {
      return (await base.run(query)).rows[0];
    },
    ...base,
    flag: (value) =>
      (base.dialect === 'sqlite' ? sqlTag.lit(value ? 1 : 0) : sqlTag.lit(value)) as RawBuilder<boolean>,
    jsonText: (column, key) =>
      base.dialect === 'sqlite'
        ? sqlTag<string | null>`json_extract(${sqlTag.ref(column)}, ${sqlTag.lit(`$.${key}`)})`
        : sqlTag<string | null>`${sqlTag.ref(column)}->>${sqlTag.lit(key)}`,
    forUpdate: (query) => (base.dialect === 'postgres' ? query.forUpdate() : query),
    upsert: (table, key, values, insertOnly) =>
      base.run(
        base.db
          .insertInto(table)
          .values({ ...key, ...insertOnly, ...values } as never)
          .onConflict((oc) => oc.columns(Object.keys(key) as never).doUpdateSet(values as never)),
      ),
    raw: (statement) => ({ compile: () => statement.compile(base.db) }),
    compiledOnce,
    newestFirst: base.dialect === 'sqlite' ? 'desc' : (ob) => ob.desc().nullsLast(),
    unindexed: <T>(column: string) =>
      base.dialect === 'sqlite' ? sqlTag<T>`+${sqlTag.ref(column)}` : sqlTag<T>`${sqlTag.ref(column)}`,
    async all(query) {
      return (await base.run(query)).rows;
    },
  };
}

/** A stand-in for the value named `key`, as a parameter of a query compiled once. */
const STAND_IN = '\u0000readout-value:';

/**
 * See Sql.compiledOnce. The query is compiled at its first use (with stand-ins, so on the
 * dialect of the Sql that built it); a stand-in found in the SQL text (a value inlined, not a
 * parameter) is refused.
 */
function compiledOnce<V extends object, R>(
  build: (values: V) => Compilable<R>,
): (values: V) => Compilable<R> {
  let compiled: CompiledQuery<R> | undefined;
  let slots: (string | undefined)[] = [];
  const standIns = new Proxy({}, { get: (_, key) => `${STAND_IN}${String(key)}` }) as V;
  const once = (): CompiledQuery<R> => {
    if (compiled) return compiled;
    const query = build(standIns).compile();
    if (query.sql.includes(STAND_IN)) throw new Error('compiledOnce: a value is inlined in the SQL');
    slots = query.parameters.map((p) =>
      typeof p === 'string' && p.startsWith(STAND_IN) ? p.slice(STAND_IN.length) : undefined,
    );
    compiled = query;
    return query;
  };
  return (values) => ({
    compile() {
      const query = once();
      const parameters = query.parameters.map((p, i) => {
        const key = slots[i];
        // Kysely leaves an undefined value's column out; here the shape is fixed, so it is NULL.
        return key === undefined ? p : ((values as Record<string, unknown>)[key] ?? null);
      });
      return { ...query, parameters };
    },
  });
}

/** SQLite binds no booleans: flags are stored as 1/0. */
const bindable = (v: unknown): unknown => (v === true ? 1 : v === false ? 0 : v);

/** Statements kept prepared, by SQL text; the few shapes the store uses stay under this. */
const PREPARED_MAX = 500;

/**
 * SQLite: Kysely compiles, better-sqlite3 runs the statement at once, synchronously, from a
 * cache of prepared statements. So a method runs its SQL before its first `await`, as the
 * hand-written statements did (sqlite-durability.ts relies on it), and a query costs one
 * compile, not one compile and one prepare.
 *
 * A transaction is BEGIN IMMEDIATE … COMMIT around the work; one already open (a caller's, or
 * better-sqlite3's own `db.transaction`) is joined. Its work runs queries only, no other I/O: each
 * statement runs at once, so the whole transaction completes within one turn of the event loop
 * and no timer or network callback ever runs inside it (sqlite-durability.ts relies on it).
 */
export function sqliteSql(database: BetterSqlite.Database, now: () => string): Sql {
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new SqliteIntrospector(k),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
  const prepared = new Map<string, BetterSqlite.Statement>();
  const statement = (sql: string): BetterSqlite.Statement => {
    let stmt = prepared.get(sql);
    if (!stmt) {
      if (prepared.size >= PREPARED_MAX) prepared.clear();
      stmt = database.prepare(sql);
      prepared.set(sql, stmt);
    }
    return stmt;
  };
  const execute = <R>(compiled: CompiledQuery<R>): Result<R> => {
    const stmt = statement(compiled.sql);
    const params = compiled.parameters.map(bindable);
    if (stmt.reader) {
      const rows = stmt.all(...params) as R[];
      return { rows, changes: rows.length };
    }
    return { rows: [], changes: stmt.run(...params).changes };
  };
  const sql: Sql = withShortcuts({
    dialect: 'sqlite',
    db,
    now,
    async run(query) {
      return execute(query.compile());
    },
    // The first row only: SQLite stops there (a full-text match with a rowid would go on
    // through every other match, 200 s on 50,000 readouts for a common word).
    async first<R>(query: Compilable<R>) {
      const compiled = query.compile();
      const stmt = statement(compiled.sql);
      if (!stmt.reader) return execute(compiled).rows[0];
      return stmt.get(...compiled.parameters.map(bindable)) as R | undefined;
    },
    async tx(work) {
      if (database.inTransaction) return work(sql);
      database.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(sql);
        database.exec('COMMIT');
        return result;
      } catch (error) {
        if (database.inTransaction) database.exec('ROLLBACK');
        throw error;
      }
    },
  });
  return sql;
}

/**
 * PostgreSQL: Kysely's own dialect on the store's pool. `pool` is awaited before the first
 * query, so that migrations have run.
 */
export function postgresSql(pool: () => Promise<PgModule.Pool>, now: () => string): Sql {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const on = (k: Kysely<Database>): Sql =>
    withShortcuts({
      dialect: 'postgres',
      db: k,
      now,
      async run<R>(query: Compilable<R>) {
        const result = await k.executeQuery(query.compile());
        return { rows: result.rows, changes: Number(result.numAffectedRows ?? result.rows.length) };
      },
      async tx(work) {
        if (k.isTransaction) return work(on(k));
        return k.transaction().execute((trx) => work(on(trx)));
      },
    });
  return on(db);
}
