import { type Selectable, sql as sqlTag } from 'kysely';
import type { Readout } from '../readout/types.js';
import type { StatsAggregate } from '../stats/aggregate.js';
import { type StatsLevel, statsKindOf, statsRowOf, TOPIC_READOUTS } from '../stats/figures.js';
import { type ReadoutTerms, termsOf } from '../stats/topics.js';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';
import { statsRelationPatterns } from './stats-query.js';
import type { HomeChart, StatsTarget } from './store.js';

/**
 * What `/readout … stats` reads: one small summary row per readout (SQLite migration 19,
 * PostgreSQL 15) with its kind, level, talk time, countries and principals, and its key terms
 * beside it, so that the figures of 15,000 readouts come from small rows, not from every
 * readout's JSON.
 *
 * Triggers queue every readout stored or changed (`summary_queue`, written in the same
 * transaction as the readout); a stats read first summarizes what is queued for its relations,
 * so readouts stored before the migration (which queued them all), or changed by any write
 * path, are summarized when first asked for, and no write path carries a hook. A change to how
 * summaries are made (SUMMARY_VERSION) comes with a migration that queues every readout again.
 */
export const SUMMARY_VERSION = 1;

/** Readouts summarized in one transaction when a read finds them queued. */
const REFRESH_BATCH = 400;

type Summary = Selectable<Database['readout_summaries']>;

/** The columns a person's row copies from the summary row, to be selected the same way. */
const pick = (s: Summary) => ({
  readout_id: s.readout_id,
  relation: s.relation,
  event_date: s.event_date,
  doc_type: s.doc_type,
  countries: s.countries,
});

/** The summary row of a dated readout as stored: countries comma-joined, principals as JSON. */
export function summaryOf(id: string, readout: Readout & { date: string }): Summary {
  const row = statsRowOf(readout);
  return {
    readout_id: Number(id),
    relation: readout.relation,
    event_date: readout.date,
    doc_type: readout.docType ?? 'readout',
    kind: row.kind,
    level: row.level,
    duration: readout.durationMinutes,
    countries: row.countries.join(','),
    principals: JSON.stringify(row.principals.map((p) => [p.key, p.name, p.country])),
  };
}

const summariesOf = (db: Sql['db']) => db.selectFrom('readout_summaries');
type SummariesQuery = ReturnType<typeof summariesOf>;
/** Summarizes queued readouts and writes their rows, in one transaction per batch. */
async function refresh(sql: Sql, ids: readonly (number | string)[]): Promise<void> {
  const { db, tx, forUpdate } = sql;
  for (let i = 0; i < ids.length; i += REFRESH_BATCH) {
    const chunk = ids.slice(i, i + REFRESH_BATCH).map(Number);
    await tx(async ({ all: read, run: write }) => {
      // Locked on PostgreSQL: a change to one of them waits, then queues it again.
      const rows = await read(
        forUpdate(db.selectFrom('readouts').select(['id', 'data']).where('id', 'in', chunk)),
      );
      const summaries: Summary[] = [];
      const terms: { readout_id: number; terms: string }[] = [];
      const people: Selectable<Database['readout_people']>[] = [];
      for (const r of rows) {
        const readout = (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Readout;
        if (readout.date === null) continue;
        const dated = { ...readout, date: readout.date };
        const summary = summaryOf(String(r.id), dated);
        summaries.push(summary);
        terms.push({ readout_id: Number(r.id), terms: JSON.stringify(termsOf(readout)) });
        for (const p of statsRowOf(dated).principals)
          people.push({ ...pick(summary), key: p.key, name: p.name, country: p.country });
      }
      for (const table of ['readout_summaries', 'readout_terms', 'readout_people'] as const)
        await write(db.deleteFrom(table).where('readout_id', 'in', chunk));
      if (summaries.length > 0) {
        await write(db.insertInto('readout_summaries').values(summaries));
        await write(db.insertInto('readout_terms').values(terms));
      }
      for (let j = 0; j < people.length; j += REFRESH_BATCH)
        await write(db.insertInto('readout_people').values(people.slice(j, j + REFRESH_BATCH)));
      await write(db.deleteFrom('summary_queue').where('readout_id', 'in', chunk));
    });
  }
}

/**
 * The rows of a table a stats target selects: its relations (a country's by their slugs, which
 * over-match: its code decides), the dates, and no page that is not a readout.
 */
function selected<T extends 'readout_summaries' | 'readout_people'>(
  db: Sql['db'],
  table: T,
  target: StatsTarget,
  from: string,
  to: string,
) {
  // One shape for both tables: the columns named here are in each.
  let query = (db.selectFrom(table as 'readout_summaries') as SummariesQuery)
    .where('event_date', '>=', from)
    .where('event_date', '<=', to)
    .where('doc_type', '<>', 'other');
  if ('relation' in target) return query.where('relation', '=', target.relation);
  const [exact, ...like] = statsRelationPatterns(target) as [string, string, string, string];
  query = query.where((eb) =>
    eb.or([eb('relation', '=', exact), ...like.map((p) => eb('relation', 'like', p))]),
  );
  return query.where(sqlTag<string>`',' || countries || ','`, 'like', `%,${target.country},%`);
}

/** Summarizes what is queued for the target's relations. */
async function catchUp(sql: Sql, target: StatsTarget): Promise<void> {
  const { db, all } = sql;
  let query = db.selectFrom('summary_queue').select('readout_id');
  if ('relation' in target) query = query.where('relation', '=', target.relation);
  else {
    const [exact, ...like] = statsRelationPatterns(target) as [string, string, string, string];
    query = query.where((eb) =>
      eb.or([eb('relation', '=', exact), ...like.map((p) => eb('relation', 'like', p))]),
    );
  }
  const queued = await all(query);
  if (queued.length > 0)
    await refresh(
      sql,
      queued.map((q) => q.readout_id),
    );
}

/** The longest stretch between consecutive dates: a window over the dates, then the largest. */
async function longestGap(
  { db, first, dialect }: Sql,
  target: StatsTarget,
  from: string,
  to: string,
): Promise<StatsAggregate['gap']> {
  const dates = selected(db, 'readout_summaries', target, from, to).select((eb) => [
    'event_date as d',
    eb.fn
      .agg<string | null>('lag', ['event_date'])
      .over((o) => o.orderBy('event_date'))
      .as('p'),
  ]);
  const days =
    dialect === 'sqlite'
      ? sqlTag<number>`cast(round(julianday(g.d) - julianday(g.p)) as integer)`
      : sqlTag<number>`(cast(g.d as date) - cast(g.p as date))`;
  const row = await first(
    db
      .selectFrom(dates.as('g'))
      .select(['g.p', 'g.d', days.as('days')])
      .where('g.p', 'is not', null)
      .orderBy('days', 'desc')
      .orderBy('g.d')
      .limit(1),
  );
  return row?.p && Number(row.days) > 0 ? { from: row.p, to: row.d, days: Number(row.days) } : null;
}

/** The counts of a stats target's summary rows (`Store.statsAggregate`). */
async function aggregate(
  sql: Sql,
  target: StatsTarget,
  from: string,
  to: string,
): Promise<StatsAggregate & { latest: string[] }> {
  const { db, all, first } = sql;
  await catchUp(sql, target);
  const base = () => selected(db, 'readout_summaries', target, from, to);
  const month = sqlTag<string>`substr(event_date, 1, 7)`;
  const [months, durations, span, people, partners, latest] = [
    await all(
      base()
        .select(['kind', 'level', month.as('month'), (eb) => eb.fn.countAll().as('n')])
        .groupBy([month, 'kind', 'level']),
    ),
    await all(
      base()
        .select(['duration', (eb) => eb.fn.countAll().as('n')])
        .where('duration', 'is not', null)
        .groupBy('duration'),
    ),
    await first(
      base().select((eb) => [
        eb.fn.min('event_date').as('first'),
        eb.fn.max('event_date').as('last'),
        eb.fn.countAll().as('n'),
      ]),
    ),
    await all(
      selected(db, 'readout_people', target, from, to)
        .select((eb) => [
          sqlTag<string>`key`.as('key'),
          sqlTag<string>`name`.as('name'),
          sqlTag<string | null>`country`.as('country'),
          eb.fn.countAll().as('n'),
        ])
        .groupBy([sqlTag`key`, sqlTag`name`, sqlTag`country`]),
    ),
    'country' in target
      ? await all(
          base()
            .select(['countries', (eb) => eb.fn.countAll().as('n')])
            .groupBy('countries'),
        )
      : [],
    await all(
      base()
        .select('readout_id')
        .orderBy('event_date', 'desc')
        .orderBy('readout_id', 'desc')
        .limit(TOPIC_READOUTS),
    ),
  ];
  const count = Number(span?.n ?? 0);
  return {
    count,
    months: months.map((m) => ({
      month: m.month,
      kind: statsKindOf(m),
      level: m.level as StatsLevel,
      count: Number(m.n),
    })),
    durations: durations.map((d) => ({ minutes: Number(d.duration), count: Number(d.n) })),
    first: count > 0 ? (span?.first ?? null) : null,
    last: count > 0 ? (span?.last ?? null) : null,
    gap: count > 1 ? await longestGap(sql, target, from, to) : null,
    people: people.map((p) => ({ key: p.key, name: p.name, country: p.country, count: Number(p.n) })),
    partners: partners.map((p) => ({
      countries: p.countries.split(',').filter(Boolean),
      count: Number(p.n),
    })),
    latest: latest.map((r) => String(r.readout_id)),
  };
}

export function readoutSummaries(sql: Sql) {
  const { db, all, run } = sql;
  return {
    /**
     * The counts the figures of `/readout … stats` are computed from, over the dated readouts of a
     * target whose event date lies in [from, to], pages that are no readout (docType "other") left
     * out; with the ids of the latest TOPIC_READOUTS of them. Readouts stored or changed since
     * their summary was made are summarized first.
     */
    statsAggregate: (target: StatsTarget, from: string, to: string) => aggregate(sql, target, from, to),
    /** The same readouts as chart marks (date, kind, talk time), oldest first. */
    async statsMarks(target: StatsTarget, from: string, to: string) {
      await catchUp(sql, target);
      const rows = await all(
        selected(db, 'readout_summaries', target, from, to)
          .select(['event_date', 'kind', 'duration'])
          .orderBy('event_date')
          .orderBy('readout_id'),
      );
      return rows.map((r) => ({
        date: r.event_date,
        kind: r.kind,
        durationMinutes: r.duration === null ? null : Number(r.duration),
      }));
    },
    /** The key terms of these readouts (from their summary rows), for the recurring topics. */
    async statsTerms(ids: readonly string[]) {
      const terms: ReadoutTerms[] = [];
      for (let i = 0; i < ids.length; i += 1000) {
        const rows = await all(
          db
            .selectFrom('readout_terms')
            .select('terms')
            .where('readout_id', 'in', ids.slice(i, i + 1000).map(Number)),
        );
        for (const r of rows) terms.push(JSON.parse(r.terms) as ReadoutTerms);
      }
      return terms;
    },
    /** The Home tab's chart of a relation last uploaded to a workspace (team id), if any. */
    async homeChart(team: string, relation: string): Promise<HomeChart | null> {
      const row = await all(
        db.selectFrom('home_charts').selectAll().where('team', '=', team).where('relation', '=', relation),
      );
      const r = row[0];
      return r ? { month: r.month, signature: r.signature, fileId: r.file_id } : null;
    },
    async saveHomeChart(team: string, relation: string, chart: HomeChart) {
      await run(
        db
          .insertInto('home_charts')
          .values({
            team,
            relation,
            month: chart.month,
            signature: chart.signature,
            file_id: chart.fileId,
          })
          .onConflict((oc) =>
            oc.columns(['team', 'relation']).doUpdateSet((eb) => ({
              month: eb.ref('excluded.month'),
              signature: eb.ref('excluded.signature'),
              file_id: eb.ref('excluded.file_id'),
            })),
          ),
      );
    },
  };
}
