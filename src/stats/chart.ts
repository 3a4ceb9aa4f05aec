/**
 * The chart of `/readout … stats`: a timeline of the contacts (one mark per readout, coloured by
 * kind, sized by talk time, leader changes marked from the office-holder table) above bars per
 * period. Drawn in the process, with no browser and no system font: Apache ECharts renders SVG
 * on the server, resvg turns it into PNG with the DejaVu Sans file of an npm package.
 */
import { createRequire } from 'node:module';
import { countryName } from '../readout/countries.js';
import { leaderOffice, OFFICE_HOLDERS } from '../readout/office-holders.js';
import type { Readout } from '../readout/types.js';
import { STATS_KINDS, type StatsFigures, type StatsKind, statsKindOf } from './figures.js';
import { statsTitle } from './render-stats.js';

const require = createRequire(import.meta.url);

export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 560;
const FONT = 'DejaVu Sans';

export const KIND_COLOURS: Record<StatsKind, string> = {
  telephone: '#2b6cb0',
  video: '#2f855a',
  meeting: '#c05621',
  other: '#718096',
};
const KIND_NAMES: Record<StatsKind, string> = {
  telephone: 'Telephone',
  video: 'Video',
  meeting: 'Meeting',
  other: 'Other',
};

/** A new leader taking office inside the chart's dates. */
export type LeaderChange = { date: string; country: string; name: string };

/**
 * Leader changes of the countries from the office-holder table, strictly after `from` and up
 * to `to`: the president where the president leads the government, else the head of
 * government. Pure.
 */
export function leaderChanges(countries: readonly string[], from: string, to: string): LeaderChange[] {
  const changes: LeaderChange[] = [];
  for (const country of countries) {
    const office = leaderOffice(country);
    for (const h of OFFICE_HOLDERS)
      if (h.country === country && h.office === office && h.from > from && h.from <= to)
        changes.push({ date: h.from, country, name: h.name });
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date));
}

/** The marker size of a readout: its talk time on a square-root scale; unknown durations small. */
export function markSize(minutes: number | null): number {
  if (minutes === null) return 7;
  return Math.min(34, Math.max(7, 5 + Math.sqrt(minutes) * 2.2));
}

type ECharts = {
  init: (
    dom: null,
    theme: null,
    opts: { renderer: 'svg'; ssr: true; width: number; height: number },
  ) => { setOption: (option: unknown) => void; renderToSVGString: () => string; dispose: () => void };
};
let echarts: ECharts | undefined;

/** The chart's ECharts option (exported for the test's sake: series 0–3 are the timeline). */
export function chartOption(figures: StatsFigures, readouts: readonly Readout[]): Record<string, unknown> {
  const dated = readouts.filter(
    (r): r is Readout & { date: string } => r.date !== null && r.date >= figures.from && r.date <= figures.to,
  );
  const countries = figures.subject.kind === 'relation' ? figures.subject.countries : [figures.subject.code];
  const changes = leaderChanges(countries, figures.from, figures.to);
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const timeline = STATS_KINDS.map((kind, i) => ({
    type: 'scatter',
    name: KIND_NAMES[kind],
    xAxisIndex: 0,
    yAxisIndex: 0,
    itemStyle: { color: KIND_COLOURS[kind], opacity: 0.75 },
    data: dated
      .filter((r) => statsKindOf(r) === kind)
      .map((r) => ({
        value: [day(r.date), i],
        symbolSize: markSize(r.durationMinutes),
        ...(r.durationMinutes === null
          ? { itemStyle: { color: '#ffffff', borderColor: KIND_COLOURS[kind], borderWidth: 1.5, opacity: 1 } }
          : {}),
      })),
    ...(i === 0 && changes.length > 0
      ? {
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: '#4a5568', type: 'dashed', width: 1 },
            label: { formatter: '{b}', fontSize: 10, color: '#2d3748', fontFamily: FONT },
            data: changes.map((c) => ({
              xAxis: day(c.date),
              name: `${countries.length > 1 ? `${c.country} ` : ''}${c.name.split(' ').at(-1)}`,
            })),
          },
        }
      : {}),
  }));
  const bars = STATS_KINDS.map((kind) => ({
    type: 'bar',
    name: KIND_NAMES[kind],
    stack: 'kinds',
    xAxisIndex: 1,
    yAxisIndex: 1,
    itemStyle: { color: KIND_COLOURS[kind] },
    data: figures.periods.map((p) => p.byKind[kind]),
  }));
  const text = { fontFamily: FONT, color: '#2d3748' };
  // A little room on both sides so that a mark on the first or last day is drawn whole.
  const pad = Math.max(2 * 86_400_000, (day(figures.to) - day(figures.from)) * 0.015);
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: text,
    title: {
      text: `${statsTitle(figures)} · ${figures.readouts} readout${figures.readouts === 1 ? '' : 's'}`,
      subtext:
        changes.length > 0
          ? 'Dashed lines: a new leader takes office. Mark size: talk time.'
          : 'Mark size: talk time.',
      left: 16,
      top: 8,
      textStyle: { ...text, fontSize: 16 },
      subtextStyle: { ...text, fontSize: 11, color: '#4a5568' },
    },
    legend: { top: 12, right: 16, data: STATS_KINDS.map((k) => KIND_NAMES[k]), textStyle: text },
    grid: [
      { left: 100, right: 30, top: 78, height: 200 },
      { left: 100, right: 30, top: 330, height: 180 },
    ],
    xAxis: [
      {
        type: 'time',
        gridIndex: 0,
        min: day(figures.from) - pad,
        max: day(figures.to) + pad,
        axisLabel: { ...text, fontSize: 11, hideOverlap: true },
        splitLine: { show: true, lineStyle: { color: '#edf2f7' } },
      },
      {
        type: 'category',
        gridIndex: 1,
        data: figures.periods.map((p) => p.key),
        axisLabel: { ...text, fontSize: 10, rotate: figures.periods.length > 14 ? 45 : 0, hideOverlap: true },
      },
    ],
    yAxis: [
      {
        type: 'category',
        gridIndex: 0,
        data: STATS_KINDS.map((k) => KIND_NAMES[k]),
        axisLabel: { ...text, fontSize: 11 },
        splitLine: { show: true, lineStyle: { color: '#edf2f7' } },
      },
      {
        type: 'value',
        gridIndex: 1,
        minInterval: 1,
        name: `Readouts per ${figures.granularity}`,
        nameTextStyle: { ...text, fontSize: 11, align: 'left' },
        axisLabel: { ...text, fontSize: 11 },
        splitLine: { lineStyle: { color: '#edf2f7' } },
      },
    ],
    series: [...timeline, ...bars],
  };
}

/**
 * The chart as SVG text. ECharts' server-side renderer marks each data element with
 * `ecmeta_series_index`/`ecmeta_data_index`: series 0–3 are the timeline, one mark per readout.
 */
export function renderChartSvg(figures: StatsFigures, readouts: readonly Readout[]): string {
  echarts ??= require('echarts/dist/echarts.min.js') as ECharts;
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    chart.setOption(chartOption(figures, readouts));
    return chart.renderToSVGString();
  } finally {
    // Without dispose ECharts keeps an animation timer that holds the process open.
    chart.dispose();
  }
}

/** The font file the PNG is drawn with, from the dejavu-fonts-ttf package. */
export const FONT_FILE = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** The SVG drawn as PNG by resvg, with the packaged font only (no system fonts). */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    font: { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}

export type Chart = { svg: string; png: Buffer; ms: number };

/** The chart of the figures, as SVG and PNG, with the time it took. */
export async function renderChart(figures: StatsFigures, readouts: readonly Readout[]): Promise<Chart> {
  const started = performance.now();
  const svg = renderChartSvg(figures, readouts);
  const png = await svgToPng(svg);
  return { svg, png, ms: Math.round(performance.now() - started) };
}

/** The image's alt text: what the chart shows, in words. */
export function chartAltText(figures: StatsFigures): string {
  const who =
    figures.subject.kind === 'relation'
      ? figures.subject.countries.map(countryName).join('–')
      : countryName(figures.subject.code);
  return `Timeline of ${figures.readouts} ${who} readouts (${figures.span.label}), by kind and talk time, with readouts per ${figures.granularity}.`;
}
