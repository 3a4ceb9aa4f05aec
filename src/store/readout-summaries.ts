import type { Readout } from '../readout/types.js';
import { type StatsLevel, type StatsRow, statsKindOf, statsRowOf } from '../stats/figures.js';
import { type ReadoutTerms, termsOf } from '../stats/topics.js';
import type { Sql } from './sql.js';
import { statsRelationPatterns } from './stats-query.js';
import type { HomeChart, StatsTarget, Store } from './store.js';

/**
 * What `/readout … stats` reads: one small summary row per readout (SQLite migration 19,
 * PostgreSQL 15) with its kind, level, talk time, countries, principals and key terms, so that
 * the figures of 15,000 readouts come from small rows, not from every readout's JSON.
 *
 * A summary row carries the `updated_at` of the readout it was made from and the version of the
 * code that made it. Each read takes the readouts of the target from an index
 * (`readouts_stats`: relation, event date, updated_at, id) and their summaries beside them; a
 * readout with no summary, or one made before the readout changed or by older code, is
 * summarized there and then and written back. So readouts stored before the migration, or
 * changed by any write path, are summarized when first asked for: no write path carries a hook.
 */
export const SUMMARY_VERSION = 1;

/** Readouts summarized in one statement (and one transaction) when a read finds them missing. */
const REFRESH_BATCH = 400;

type Summary = {
  readout_id: number;
  version: number;
  updated_at: string;
  doc_type: string;
  kind: string;
  level: string;
  duration: number | null;
  countries: string;
  principals: string;
  terms: string;
};

/** The summary row of a readout as stored: countries comma-joined, the rest as JSON. */
export function summaryOf(id: string, updatedAt: string, readout: Readout): Summary {
  const row = statsRowOf({ ...readout, date: readout.date ?? '' });
  return {
    readout_id: Number(id),
    version: SUMMARY_VERSION,
    updated_at: updatedAt,
    doc_type: readout.docType ?? 'readout',
    kind: statsKindOf(readout),
    level: row.level,
    duration: readout.durationMinutes,
    countries: row.countries.join(','),
    principals: JSON.stringify(row.principals.map((p) => [p.key, p.name, p.country])),
    terms: JSON.stringify(termsOf(readout)),
  };
}

type Listed = {
  id: number | string;
  event_date: string | null;
  updated_at: string;
  version: number | null;
  summary_updated_at: string | null;
  doc_type: string | null;
  kind: string | null;
  level: string | null;
  duration: number | null;
  countries: string | null;
  principals: string | null;
};

export function readoutSummaries({
  db,
  all,
  run,
  tx,
}: Sql): Pick<Store, 'statsRows' | 'statsTerms' | 'homeChart' | 'saveHomeChart'> {
  /** Summarizes the readouts of these ids and writes their rows; returns them by id. */
  async function refresh(ids: string[]): Promise<Map<string, Summary>> {
    const made = new Map<string, Summary>();
    for (let i = 0; i < ids.length; i += REFRESH_BATCH) {
      const chunk = ids.slice(i, i + REFRESH_BATCH).map(Number);
      const rows = await all(
        db.selectFrom('readouts').select(['id', 'updated_at', 'data']).where('id', 'in', chunk),
      );
      const summaries = rows.map((r) => {
        const readout = (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as Readout;
        return summaryOf(String(r.id), r.updated_at, readout);
      });
      if (summaries.length === 0) continue;
      await tx(({ run: write }) =>
        write(
          db
            .insertInto('readout_summaries')
            .values(summaries)
            .onConflict((oc) =>
              oc.column('readout_id').doUpdateSet((eb) => ({
                version: eb.ref('excluded.version'),
                updated_at: eb.ref('excluded.updated_at'),
                doc_type: eb.ref('excluded.doc_type'),
                kind: eb.ref('excluded.kind'),
                level: eb.ref('excluded.level'),
                duration: eb.ref('excluded.duration'),
                countries: eb.ref('excluded.countries'),
                principals: eb.ref('excluded.principals'),
                terms: eb.ref('excluded.terms'),
              })),
            ),
        ),
      );
      for (const s of summaries) made.set(String(s.readout_id), s);
    }
    return made;
  }

  function listed(target: StatsTarget, from: string, to: string) {
    let query = db
      .selectFrom('readouts as r')
      .leftJoin('readout_summaries as s', 's.readout_id', 'r.id')
      .select([
        'r.id',
        'r.event_date',
        'r.updated_at',
        's.version',
        's.updated_at as summary_updated_at',
        's.doc_type',
        's.kind',
        's.level',
        's.duration',
        's.countries',
        's.principals',
      ])
      .where('r.event_date', '>=', from)
      .where('r.event_date', '<=', to);
    if ('relation' in target) query = query.where('r.relation', '=', target.relation);
    else {
      const [exact, ...like] = statsRelationPatterns(target) as [string, string, string, string];
      query = query.where((eb) =>
        eb.or([eb('r.relation', '=', exact), ...like.map((p) => eb('r.relation', 'like', p))]),
      );
    }
    return query.orderBy('r.event_date').orderBy('r.id');
  }

  return {
    async statsRows(target, from, to) {
      const rows = (await all(listed(target, from, to))) as Listed[];
      const stale = rows.filter(
        (r) => r.version !== SUMMARY_VERSION || r.summary_updated_at !== r.updated_at,
      );
      const fresh = stale.length > 0 ? await refresh(stale.map((r) => String(r.id))) : new Map();
      const country = 'country' in target ? target.country : null;
      const parsed = new Map<string, StatsRow['principals']>();
      const out: StatsRow[] = [];
      for (const listedRow of rows) {
        const id = String(listedRow.id);
        const s = fresh.get(id) ?? listedRow;
        if (s.doc_type === 'other' || listedRow.event_date === null) continue;
        const countries = (s.countries ?? '').split(',').filter(Boolean);
        if (country && !countries.includes(country)) continue;
        const text = s.principals ?? '[]';
        let principals = parsed.get(text);
        if (!principals) {
          principals = (JSON.parse(text) as [string, string, string | null][]).map(([key, name, c]) => ({
            key,
            name,
            country: c,
          }));
          parsed.set(text, principals);
        }
        out.push({
          id,
          date: listedRow.event_date,
          kind: statsKindOf({ kind: s.kind ?? 'other' }),
          level: (s.level ?? 'other') as StatsLevel,
          durationMinutes: s.duration === null ? null : Number(s.duration),
          countries,
          principals,
        });
      }
      return out;
    },
    async statsTerms(ids) {
      const terms: ReadoutTerms[] = [];
      for (let i = 0; i < ids.length; i += 1000) {
        const rows = await all(
          db
            .selectFrom('readout_summaries')
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
