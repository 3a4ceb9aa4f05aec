import { type ExpressionBuilder, type Selectable, sql } from 'kysely';
import type { Readout } from '../readout/types.js';
import { type StatsLevel, type StatsRow, statsKindOf, statsRowOf } from '../stats/figures.js';
import { type ReadoutTerms, termsOf } from '../stats/topics.js';
import type { Database } from './schema.js';
import type { Sql } from './sql.js';
import { statsRelationPatterns } from './stats-query.js';
import type { HomeChart, StatsTarget, Store } from './store.js';

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

/** One summary row read back as one text ("id|date|kind|level|duration|countries|principals"). */
function parseLine(line: string, parsed: Map<string, StatsRow['principals']>): StatsRow {
  const cut: number[] = [];
  for (let i = 0, at = -1; i < 6; i++) {
    at = line.indexOf('|', at + 1);
    cut.push(at);
  }
  const [a, b, c, d, e, f] = cut as [number, number, number, number, number, number];
  const text = line.slice(f + 1);
  let principals = parsed.get(text);
  if (!principals) {
    principals = (JSON.parse(text) as [string, string, string | null][]).map(([key, name, country]) => ({
      key,
      name,
      country,
    }));
    parsed.set(text, principals);
  }
  const duration = line.slice(d + 1, e);
  return {
    id: line.slice(0, a),
    date: line.slice(a + 1, b),
    kind: statsKindOf({ kind: line.slice(b + 1, c) }),
    level: line.slice(c + 1, d) as StatsLevel,
    durationMinutes: duration === '' ? null : Number(duration),
    countries: line
      .slice(e + 1, f)
      .split(',')
      .filter(Boolean),
    principals,
  };
}

export function readoutSummaries({
  db,
  all,
  run,
  tx,
  forUpdate,
}: Sql): Pick<Store, 'statsRows' | 'statsTerms' | 'homeChart' | 'saveHomeChart'> {
  /** Summarizes queued readouts and writes their rows, in one transaction per batch. */
  async function refresh(ids: readonly (number | string)[]): Promise<void> {
    for (let i = 0; i < ids.length; i += REFRESH_BATCH) {
      const chunk = ids.slice(i, i + REFRESH_BATCH).map(Number);
      await tx(async ({ all: read, run: write }) => {
        // Locked on PostgreSQL: a change to one of them waits, then queues it again.
        const rows = await read(
          forUpdate(db.selectFrom('readouts').select(['id', 'data']).where('id', 'in', chunk)),
        );
        const summaries: Summary[] = [];
        const terms: { readout_id: number; terms: string }[] = [];
        for (const r of rows) {
          const readout = (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Readout;
          if (readout.date === null) continue;
          summaries.push(summaryOf(String(r.id), { ...readout, date: readout.date }));
          terms.push({ readout_id: Number(r.id), terms: JSON.stringify(termsOf(readout)) });
        }
        await write(db.deleteFrom('readout_summaries').where('readout_id', 'in', chunk));
        await write(db.deleteFrom('readout_terms').where('readout_id', 'in', chunk));
        if (summaries.length > 0) {
          await write(db.insertInto('readout_summaries').values(summaries));
          await write(db.insertInto('readout_terms').values(terms));
        }
        await write(db.deleteFrom('summary_queue').where('readout_id', 'in', chunk));
      });
    }
  }

  /** The condition on a relation column that a stats target names. */
  const onTarget =
    (target: StatsTarget, column: 'relation' | 's.relation') =>
    (eb: ExpressionBuilder<Database & { s: Database['readout_summaries'] }, 'readout_summaries' | 's'>) => {
      if ('relation' in target) return eb(column, '=', target.relation);
      const [exact, ...like] = statsRelationPatterns(target) as [string, string, string, string];
      return eb.or([eb(column, '=', exact), ...like.map((p) => eb(column, 'like', p))]);
    };

  return {
    async statsRows(target, from, to) {
      const queued = await all(
        db
          .selectFrom('summary_queue as s')
          .select('s.readout_id')
          .where(onTarget(target, 's.relation') as never),
      );
      if (queued.length > 0) await refresh(queued.map((q) => q.readout_id));
      let query = db
        .selectFrom('readout_summaries as s')
        .select(
          sql<string>`cast(s.readout_id as text) || '|' || s.event_date || '|' || s.kind || '|' || s.level || '|' || coalesce(cast(s.duration as text), '') || '|' || s.countries || '|' || s.principals`.as(
            'line',
          ),
        )
        .where(onTarget(target, 's.relation') as never)
        .where('s.event_date', '>=', from)
        .where('s.event_date', '<=', to)
        .where('s.doc_type', '<>', 'other');
      // A country's relations are found by their slugs, which over-match: its code decides.
      if ('country' in target)
        query = query.where(sql<string>`',' || s.countries || ','`, 'like', `%,${target.country},%`);
      const lines = await all(query.orderBy('s.event_date').orderBy('s.readout_id'));
      const parsed = new Map<string, StatsRow['principals']>();
      return lines.map((l) => parseLine(l.line, parsed));
    },
    async statsTerms(ids) {
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
    async homeChart(team, relation) {
      const row = await all(
        db.selectFrom('home_charts').selectAll().where('team', '=', team).where('relation', '=', relation),
      );
      const r = row[0];
      return r ? { month: r.month, signature: r.signature, fileId: r.file_id } : null;
    },
    async saveHomeChart(team, relation, chart: HomeChart) {
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
