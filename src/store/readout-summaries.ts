import { type Selectable, sql as sqlTag } from 'kysely';
import { countrySlug } from '../readout/countries.js';
import type { Readout } from '../readout/types.js';
import type { StatsAggregate } from '../stats/aggregate.js';
import { type StatsLevel, statsKindOf, statsRowOf, TOPIC_READOUTS } from '../stats/figures.js';
import { type ReadoutTerms, type Topic, termsOf } from '../stats/topics.js';
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

/** The roll-ups of the summary rows (stats-rollup-migrations.ts), kept by triggers. */
type Rollups = {
  stats_relations: { relation: string; countries: string; n: number };
  stats_months: {
    relation: string;
    month: string;
    kind: string;
    level: string;
    countries: string;
    n: number;
  };
  stats_durations: { relation: string; month: string; duration: number; countries: string; n: number };
  stats_people: {
    relation: string;
    key: string;
    name: string;
    country: string;
    countries: string;
    n: number;
  };
  stats_topics: { target: string; signature: string; topics: string };
};
const rollups = (db: Sql['db']) => db.withTables<Rollups>();

/**
 * Whose rows a stats read counts: a relation's, or a country's relations (those whose slug
 * names the country's slug, as `statsRelationPatterns`) with the country among the readout's
 * countries (slugs over-match: "korea" is a part of "north-korea"). `country` is the country
 * whose partners are counted; `filter` the country the rows' countries must name, when some
 * rows of those relations do not (else every row of them is the country's, and the covering
 * indexes answer alone).
 */
type Scope = { relations: string[]; country: string | null; filter: string | null };

async function scopeOf({ db, all }: Sql, target: StatsTarget): Promise<Scope> {
  if ('relation' in target) return { relations: [target.relation], country: null, filter: null };
  const code = target.country;
  const slug = countrySlug(code);
  const rows = (
    await all(rollups(db).selectFrom('stats_relations').select(['relation', 'countries']))
  ).filter(
    ({ relation: r }) =>
      r === slug || r.startsWith(`${slug}-`) || r.endsWith(`-${slug}`) || r.includes(`-${slug}-`),
  );
  const names = (r: { countries: string }) => r.countries.split(',').includes(code);
  const relations = new Set(rows.filter(names).map((r) => r.relation));
  const mixed = rows.some((r) => relations.has(r.relation) && !names(r));
  return { relations: [...relations], country: code, filter: mixed ? code : null };
}

/** The condition on a row's countries (comma-joined) that a country's scope adds. */
const namesCountry = (country: string) => sqlTag<boolean>`',' || countries || ',' like ${`%,${country},%`}`;

/** The summary (or person) rows of a scope between two days, pages that are no readout left out. */
function selected<T extends 'readout_summaries' | 'readout_people'>(
  db: Sql['db'],
  table: T,
  scope: Scope,
  from: string,
  to: string,
) {
  // One shape for both tables: the columns named here are in each.
  const query = (db.selectFrom(table as 'readout_summaries') as SummariesQuery)
    .where('relation', 'in', scope.relations)
    .where('event_date', '>=', from)
    .where('event_date', '<=', to)
    .where('doc_type', '<>', 'other');
  return scope.filter === null ? query : query.where(namesCountry(scope.filter));
}

/**
 * The whole months inside [from, to] (first and last, YYYY-MM), read from the roll-ups, and the
 * days at either end that do not fill their month, read from the summary rows.
 */
export function monthParts(
  from: string,
  to: string,
): { months: [string, string] | null; edges: [string, string][] } {
  if (to < from) return { months: null, edges: [] };
  let first = from.slice(0, 7);
  let last = to.slice(0, 7);
  const edges: [string, string][] = [];
  const fromWhole = from.slice(8) === '01';
  const toWhole = to === lastDayOf(last);
  if (first === last && !(fromWhole && toWhole)) return { months: null, edges: [[from, to]] };
  if (!fromWhole) {
    edges.push([from, lastDayOf(first)]);
    first = shiftMonth(first, 1);
  }
  if (!toWhole) {
    edges.push([`${last}-01`, to]);
    last = shiftMonth(last, -1);
  }
  return { months: first <= last ? [first, last] : null, edges };
}

function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function lastDayOf(month: string): string {
  const date = new Date(0);
  date.setUTCFullYear(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0);
  return `${month}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

const monthOf = sqlTag<string>`substr(event_date, 1, 7)`;
type MonthRow = { month: string; kind: string; level: string; countries: string; n: number | string };

/**
 * The readouts by month, kind, level and countries inside [from, to]: the whole months from the
 * roll-up, the days at the ends from the summary rows; with every month's total of the scope.
 */
async function monthsIn(sql: Sql, scope: Scope, from: string, to: string) {
  const { db, all } = sql;
  const parts = monthParts(from, to);
  let query = rollups(db)
    .selectFrom('stats_months')
    .select(['month', 'kind', 'level', 'countries', 'n'])
    .where('relation', 'in', scope.relations);
  if (scope.filter !== null) query = query.where(namesCountry(scope.filter));
  const rolled: MonthRow[] = await all(query);
  const rows: MonthRow[] = [];
  let total = 0;
  const [first, last] = parts.months ?? ['~', ''];
  for (const r of rolled) {
    total += Number(r.n);
    if (r.month >= first && r.month <= last) rows.push(r);
  }
  for (const [a, b] of parts.edges)
    rows.push(
      ...(await all(
        selected(db, 'readout_summaries', scope, a, b)
          .select([
            'kind',
            'level',
            'countries',
            monthOf.as('month'),
            (eb) => eb.fn.countAll<number>().as('n'),
          ])
          .groupBy([monthOf, 'kind', 'level', 'countries']),
      )),
    );
  return { rows, total, parts };
}

/** The readouts per stated talk time inside [from, to], as `monthsIn`. */
async function durationsIn(sql: Sql, scope: Scope, parts: ReturnType<typeof monthParts>) {
  const { db, all } = sql;
  const counts = new Map<number, number>();
  const add = (rows: { duration: number | string | null; n: number | string | null }[]) => {
    for (const r of rows) counts.set(Number(r.duration), (counts.get(Number(r.duration)) ?? 0) + Number(r.n));
  };
  if (parts.months) {
    let query = rollups(db)
      .selectFrom('stats_durations')
      .select(['duration', (eb) => eb.fn.sum<number>('n').as('n')])
      .where('relation', 'in', scope.relations)
      .where('month', '>=', parts.months[0])
      .where('month', '<=', parts.months[1])
      .groupBy('duration');
    if (scope.filter !== null) query = query.where(namesCountry(scope.filter));
    add(await all(query));
  }
  for (const [a, b] of parts.edges)
    add(
      await all(
        selected(db, 'readout_summaries', scope, a, b)
          .select(['duration', (eb) => eb.fn.countAll<number>().as('n')])
          .where('duration', 'is not', null)
          .groupBy('duration'),
      ),
    );
  return [...counts].map(([minutes, count]) => ({ minutes, count }));
}

const DAY_MS = 86_400_000;

/** First and last contact and the longest gap, from the distinct days of contact, in order. */
async function datesIn({ db, all }: Sql, scope: Scope, from: string, to: string) {
  const rows = await all(
    selected(db, 'readout_summaries', scope, from, to).select('event_date').distinct().orderBy('event_date'),
  );
  let gap: StatsAggregate['gap'] = null;
  for (let i = 1; i < rows.length; i++) {
    const [p, d] = [
      (rows[i - 1] as { event_date: string }).event_date,
      (rows[i] as { event_date: string }).event_date,
    ];
    const days = Math.round((Date.parse(d) - Date.parse(p)) / DAY_MS);
    // The earliest of equal gaps.
    if (days > 0 && (!gap || days > gap.days)) gap = { from: p, to: d, days };
  }
  return { first: rows[0]?.event_date ?? null, last: rows.at(-1)?.event_date ?? null, gap };
}

type PersonRow = { key: string; name: string; country: string | null; n: number | string | null };

/**
 * Readouts per person inside [from, to] (`inside` of the scope's `total` readouts): the
 * all-time roll-up when the span holds every readout; else the people of the span, or of the
 * rest subtracted from the roll-up, whichever holds fewer readouts.
 */
async function peopleIn(sql: Sql, scope: Scope, from: string, to: string, inside: number, total: number) {
  const { db, all } = sql;
  const outside = total - inside;
  const raw = (a: string, b: string) =>
    all(
      selected(db, 'readout_people', scope, a, b)
        .select((eb) => [
          sqlTag<string>`key`.as('key'),
          sqlTag<string>`name`.as('name'),
          sqlTag<string | null>`country`.as('country'),
          eb.fn.countAll<number>().as('n'),
        ])
        .groupBy([sqlTag`key`, sqlTag`name`, sqlTag`country`]),
    ) as Promise<PersonRow[]>;
  if (outside > 0 && inside <= outside) return tally([await raw(from, to)], []);
  let query = rollups(db)
    .selectFrom('stats_people')
    .select(['key', 'name', 'country', (eb) => eb.fn.sum<number>('n').as('n')])
    .where('relation', 'in', scope.relations)
    .groupBy(['key', 'name', 'country']);
  if (scope.filter !== null) query = query.where(namesCountry(scope.filter));
  const rolled = (await all(query)).map((r) => ({ ...r, country: r.country === '' ? null : r.country }));
  if (outside === 0) return tally([rolled], []);
  // The rest: before the span, and after it.
  return tally([rolled], [await raw('', shiftDay(from, -1)), await raw(shiftDay(to, 1), '9999-12-31')]);
}

function shiftDay(iso: string, by: number): string {
  const date = new Date(Date.parse(`${iso}T00:00:00Z`) + by * DAY_MS);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
}

/** People rows added up (`plus`) less others (`minus`); people left with none dropped. */
function tally(plus: PersonRow[][], minus: PersonRow[][]): StatsAggregate['people'] {
  const people = new Map<string, StatsAggregate['people'][number]>();
  const add = (rows: PersonRow[], sign: number) => {
    for (const r of rows) {
      const k = `${r.key}|${r.name}|${r.country ?? ''}`;
      const person = people.get(k) ?? { key: r.key, name: r.name, country: r.country, count: 0 };
      person.count += sign * Number(r.n);
      people.set(k, person);
    }
  };
  for (const rows of plus) add(rows, 1);
  for (const rows of minus) add(rows, -1);
  return [...people.values()].filter((p) => p.count > 0);
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

/**
 * The first day of the month from which on the span holds the latest TOPIC_READOUTS (or `from`):
 * their query reads those months, not the whole span.
 */
function latestFrom(rows: readonly MonthRow[], from: string): string {
  const byMonth = new Map<string, number>();
  for (const r of rows) byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + Number(r.n));
  let seen = 0;
  for (const [month, n] of [...byMonth].sort(([a], [b]) => b.localeCompare(a))) {
    seen += n;
    if (seen >= TOPIC_READOUTS) return `${month}-01` > from ? `${month}-01` : from;
  }
  return from;
}

const EMPTY: StatsAggregate & { latest: string[] } = {
  count: 0,
  months: [],
  durations: [],
  first: null,
  last: null,
  gap: null,
  people: [],
  partners: [],
  latest: [],
};

/**
 * The counts of a stats target's readouts (`Store.statsAggregate`): whole months from the
 * roll-ups, the days at the ends and the days of contact from the summary rows.
 */
async function aggregate(
  sql: Sql,
  target: StatsTarget,
  from: string,
  to: string,
): Promise<StatsAggregate & { latest: string[] }> {
  await catchUp(sql, target);
  const scope = await scopeOf(sql, target);
  if (scope.relations.length === 0) return EMPTY;
  const { rows, total, parts } = await monthsIn(sql, scope, from, to);
  const count = rows.reduce((n, r) => n + Number(r.n), 0);
  if (count === 0) return EMPTY;
  const months = new Map<string, StatsAggregate['months'][number]>();
  const partners = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.month}|${r.kind}|${r.level}`;
    const entry = months.get(key) ?? {
      month: r.month,
      kind: statsKindOf(r),
      level: r.level as StatsLevel,
      count: 0,
    };
    entry.count += Number(r.n);
    months.set(key, entry);
    partners.set(r.countries, (partners.get(r.countries) ?? 0) + Number(r.n));
  }
  const dates = await datesIn(sql, scope, from, to);
  const latest = await sql.all(
    selected(sql.db, 'readout_summaries', scope, latestFrom(rows, from), to)
      .select('readout_id')
      .orderBy('event_date', 'desc')
      .orderBy('readout_id', 'desc')
      .limit(TOPIC_READOUTS),
  );
  return {
    count,
    months: [...months.values()],
    durations: await durationsIn(sql, scope, parts),
    ...dates,
    people: await peopleIn(sql, scope, from, to, count, total),
    partners:
      scope.country === null
        ? []
        : [...partners].map(([set, n]) => ({ countries: set.split(',').filter(Boolean), count: n })),
    latest: latest.map((r) => String(r.readout_id)),
  };
}

/** The recurring topics stored per target and span (`Store.statsTopics`). */
function storedTopics({ db, first, run }: Sql) {
  return {
    /**
     * The recurring topics last stored for a target and span (`target`, e.g. "japan-us|2017|"),
     * if they were counted from the readouts `signature` names; dropped when a readout's key
     * terms change.
     */
    async statsTopics(target: string, signature: string): Promise<Topic[] | null> {
      const row = await first(
        rollups(db).selectFrom('stats_topics').select(['signature', 'topics']).where('target', '=', target),
      );
      return row?.signature === signature ? (JSON.parse(row.topics) as Topic[]) : null;
    },
    async saveStatsTopics(target: string, signature: string, topics: Topic[]): Promise<void> {
      await run(
        rollups(db)
          .insertInto('stats_topics')
          .values({ target, signature, topics: JSON.stringify(topics) })
          .onConflict((oc) =>
            oc.column('target').doUpdateSet((eb) => ({
              signature: eb.ref('excluded.signature'),
              topics: eb.ref('excluded.topics'),
            })),
          ),
      );
    },
  };
}

export function readoutSummaries(sql: Sql) {
  const { db, all, run } = sql;
  return {
    ...storedTopics(sql),
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
      const scope = await scopeOf(sql, target);
      if (scope.relations.length === 0) return [];
      const rows = await all(
        selected(db, 'readout_summaries', scope, from, to)
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
