/**
 * The App Home's relations: for each relation the workspace's channels subscribe to, its last
 * contact and a small chart of its readouts per month over the last 12 months. The chart is a
 * PNG drawn in the process (plain SVG bars, resvg), uploaded like the stats chart (files:write,
 * external upload) and shown with an image block naming the file (`slack_file`), which Home
 * tabs take. The uploaded file is kept per workspace and relation with the month and counts it
 * shows, so opening Home uploads again only when the month or the counts changed.
 */
import { subMonths } from 'date-fns';
import { svgToPng } from '../stats/chart.js';
import { type FilesApi, uploadChart } from '../stats/upload.js';
import type { Store } from '../store/index.js';

/** What the Home tab shows of one relation. */
export type HomeRelation = {
  relation: string;
  lastContact: string | null;
  /** The uploaded chart, or null (no readout in 12 months, or the upload failed: `note` says). */
  fileId: string | null;
  months: { month: string; count: number }[];
  note?: string;
};

/** Relations shown with a chart; Home tabs take 100 blocks. */
export const HOME_RELATIONS = 8;
export const SPARK_WIDTH = 360;
export const SPARK_HEIGHT = 72;

/** The 12 months up to and including today's ("2026-01" … "2026-12"). */
export function lastTwelveMonths(today: string): string[] {
  const end = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  return Array.from({ length: 12 }, (_, i) =>
    subMonths(end, 11 - i)
      .toISOString()
      .slice(0, 7),
  );
}

/** A bar per month, the tallest full height, the current month darker; a baseline under them. */
export function sparklineSvg(months: readonly { month: string; count: number }[]): string {
  const max = Math.max(1, ...months.map((m) => m.count));
  const step = SPARK_WIDTH / Math.max(1, months.length);
  const plot = SPARK_HEIGHT - 6;
  const bars = months.map((m, i) => {
    const h = m.count === 0 ? 0 : Math.max(2, (m.count / max) * (plot - 2));
    const fill = i === months.length - 1 ? '#2c5282' : '#63b3ed';
    return `<rect x="${(i * step + 2).toFixed(1)}" y="${(plot - h).toFixed(1)}" width="${(step - 4).toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SPARK_WIDTH}" height="${SPARK_HEIGHT}" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"><rect width="100%" height="100%" fill="#ffffff"/>${bars.join('')}<rect x="0" y="${plot}" width="${SPARK_WIDTH}" height="1" fill="#a0aec0"/></svg>`;
}

export type RelationChartDeps = {
  store: Store;
  files: FilesApi;
  /** The workspace the files belong to ('' for a single workspace). */
  team: string;
  today: string;
  fetchFn?: typeof fetch;
};

/** The Home tab's relations, their charts uploaded when not already (never throws). */
export async function homeRelations(
  deps: RelationChartDeps,
  relations: readonly string[],
): Promise<HomeRelation[]> {
  const months = lastTwelveMonths(deps.today);
  const out: HomeRelation[] = [];
  for (const relation of relations.slice(0, HOME_RELATIONS)) {
    const [agg, latest] = await Promise.all([
      deps.store.statsAggregate({ relation }, `${months[0]}-01`, deps.today),
      deps.store.latestByRelation(relation, 5),
    ]);
    const counts = months.map((month) => ({
      month,
      count: agg.months.filter((m) => m.month === month).reduce((n, m) => n + m.count, 0),
    }));
    const lastContact =
      latest.find((r) => r.readout.date && r.readout.docType !== 'other')?.readout.date ?? null;
    const entry: HomeRelation = { relation, lastContact, fileId: null, months: counts };
    if (agg.count > 0) Object.assign(entry, await chartFile(deps, relation, counts));
    out.push(entry);
  }
  return out;
}

/** The relation's chart file: the one uploaded for this month and these counts, else a new one. */
async function chartFile(
  deps: RelationChartDeps,
  relation: string,
  counts: { month: string; count: number }[],
): Promise<{ fileId: string | null; note?: string }> {
  const month = counts.at(-1)?.month ?? '';
  const signature = counts.map((c) => c.count).join(',');
  const cached = await deps.store.homeChart(deps.team, relation);
  if (cached && cached.month === month && cached.signature === signature) return { fileId: cached.fileId };
  try {
    const png = await svgToPng(sparklineSvg(counts));
    const uploaded = await uploadChart(
      deps.files,
      png,
      {
        filename: `readout-${relation}-${month}.png`,
        title: `${relation}: readouts per month`,
        altText: altText(relation, counts),
      },
      deps.fetchFn,
    );
    await deps.store.saveHomeChart(deps.team, relation, { month, signature, fileId: uploaded.fileId });
    return { fileId: uploaded.fileId };
  } catch (error) {
    return { fileId: null, note: error instanceof Error ? error.message : String(error) };
  }
}

/** The chart's alt text: the counts in words. */
export function altText(relation: string, counts: readonly { month: string; count: number }[]): string {
  const total = counts.reduce((n, c) => n + c.count, 0);
  return `${relation}: ${total} readout${total === 1 ? '' : 's'} in the 12 months to ${counts.at(-1)?.month ?? ''}, per month: ${counts.map((c) => c.count).join(', ')}.`;
}
