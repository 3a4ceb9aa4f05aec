/**
 * The chart of `/readout … stats`: a timeline of the contacts (one mark per readout, coloured by
 * kind, sized by talk time, leader changes marked from the office-holder table) above bars per
 * period. Drawn in the process, with no browser and no system font: Apache ECharts renders SVG
 * on the server, resvg turns it into PNG with the DejaVu Sans file of an npm package.
 */
import { createRequire } from 'node:module';
import { countryName } from '../readout/countries.js';
import { leaderOffice, OFFICE_HOLDERS } from '../readout/office-holders.js';
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

/** What the chart draws of a readout (a Readout or its summary row, `StatsRow`). */
export type ChartMark = { date: string | null; kind: string; durationMinutes: number | null };

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
  ) => {
    setOption: (option: unknown) => void;
    renderToSVGString: () => string;
    convertToPixel: (finder: { gridIndex: number }, value: [number, number]) => [number, number];
    dispose: () => void;
  };
};
let echarts: ECharts | undefined;

/** The chart's ECharts option: axes, legend, leader changes and bars; the marks are drawn apart. */
export function chartOption(figures: StatsFigures): Record<string, unknown> {
  const countries = figures.subject.kind === 'relation' ? figures.subject.countries : [figures.subject.code];
  const changes = leaderChanges(countries, figures.from, figures.to);
  // Series 0–3 name the kinds in the legend and hold no data: the marks are drawn by `marksSvg`.
  const timeline = STATS_KINDS.map((kind, i) => ({
    type: 'scatter',
    name: KIND_NAMES[kind],
    // The legend shows the marks' shape.
    symbol: isDense(figures.readouts) ? 'rect' : 'circle',
    xAxisIndex: 0,
    yAxisIndex: 0,
    itemStyle: { color: KIND_COLOURS[kind], opacity: 0.75 },
    data: [],
    ...(i === 0 && changes.length > 0
      ? {
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: '#4a5568', type: 'dashed', width: 1 },
            label: { formatter: '{b}', fontSize: 10, color: '#2d3748', fontFamily: FONT },
            data: leaderLines(figures, changes, countries.length > 1),
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
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: text,
    title: {
      text: `${statsTitle(figures)} · ${figures.readouts} readout${figures.readouts === 1 ? '' : 's'}`,
      subtext: `${changes.length > 0 ? 'Dashed lines: a new leader takes office. ' : ''}Mark size: talk time; ${
        isDense(figures.readouts) ? 'pale' : 'outlined'
      }: not stated.`,
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
    ...axes(figures, text),
    series: [...timeline, ...bars],
  };
}

/** The timeline's width in pixels (its grid's left and right margins off the chart's). */
const TIMELINE_WIDTH = CHART_WIDTH - 130;

/**
 * The leader changes' lines, each named ("JP Kishida") unless its name would run into the one
 * before it (changes weeks apart on a chart of years): that line is drawn without a name.
 */
function leaderLines(figures: StatsFigures, changes: readonly LeaderChange[], withCountry: boolean) {
  const [min, max] = timeRange(figures);
  // About 6 pixels a character at the labels' size.
  let right = Number.NEGATIVE_INFINITY;
  return changes.map((c) => {
    const name = `${withCountry ? `${c.country} ` : ''}${c.name.split(' ').at(-1)}`;
    const x = ((day(c.date) - min) / (max - min)) * TIMELINE_WIDTH;
    const half = name.length * 3;
    const shown = x - half >= right + 4;
    if (shown) right = x + half;
    return { xAxis: day(c.date), name, ...(shown ? {} : { label: { show: false } }) };
  });
}

/** The axes: time and kinds above, periods and counts below. */
function axes(figures: StatsFigures, text: { fontFamily: string; color: string }): Record<string, unknown> {
  const [min, max] = timeRange(figures);
  return {
    xAxis: [
      {
        type: 'time',
        gridIndex: 0,
        min,
        max,
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
  };
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The time axis' ends: a little room on both sides, so that a mark on the first or last day is drawn whole. */
function timeRange(figures: StatsFigures): [number, number] {
  const pad = Math.max(2 * 86_400_000, (day(figures.to) - day(figures.from)) * 0.015);
  return [day(figures.from) - pad, day(figures.to) + pad];
}

/**
 * Up to this many marks are drawn at full size, as anti-aliased circles, the unknown talk times
 * outlined (`marksSvg`).
 */
const DENSE_MARKS = 1500;

/** Where the timeline grid is drawn (ECharts' own layout of the option's first grid). */
type Place = { x: (time: number) => number; y: (kindIndex: number) => number };

/** Whether a chart of this many marks is dense (`marksSvg`). */
export const isDense = (marks: number): boolean => marks > DENSE_MARKS;

/** A colour as seen at an opacity over white ("#2b6cb0" at 0.3), as an opaque colour. */
function overWhite(colour: string, opacity: number): string {
  const channel = (i: number) =>
    Math.round(255 - (255 - Number.parseInt(colour.slice(i, i + 2), 16)) * opacity)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

/**
 * A group's look: filled for stated talk times; outlined (sparse) or pale (dense) for the others.
 * A dense chart's marks are opaque, in the colour a sparse one's take over white: resvg fills
 * an opaque shape without blending it.
 */
function groupStyle(kind: StatsKind, stated: boolean, dense: boolean): string {
  const colour = KIND_COLOURS[kind];
  if (dense) return `fill="${overWhite(colour, stated ? 0.75 : 0.3)}"`;
  return stated
    ? `fill="${colour}" fill-opacity="0.75"`
    : `fill="#ffffff" stroke="${colour}" stroke-width="1.5"`;
}

/** A mark's element is `head` + its x (plus `shift`) + `tail`: the rest is the same for a kind and size. */
type MarkShape = { shift: number; tail: string };

/**
 * The shape of a kind's marks of one size: a circle (a sparse chart) or a square path of the
 * same width (a dense one), in whole pixels.
 */
function markShape(dense: boolean, y: number, radius: number): MarkShape {
  if (!dense) return { shift: 0, tail: `" cy="${Math.round(y)}" r="${radius.toFixed(1)}"/>` };
  const side = Math.max(2, Math.round(radius * 2));
  const half = Math.floor(side / 2);
  return { shift: -half, tail: ` ${Math.round(y) - half}h${side}v${side}h-${side}z"/>` };
}

/**
 * One mark per readout, as plain SVG shapes grouped by kind and by whether the talk time is
 * stated (the group carries the colour, each shape only its place, in whole pixels, and size):
 * ECharts' own scatter series made a path of about 200 bytes per mark, and 15,000 of them took
 * seconds to lay out and to rasterize. What resvg spends is per element: parsing each one and
 * filling it. So a dense chart (thousands of marks on four rows, overlapping anyway) draws its
 * marks smaller, as square paths (a circle is four curves to resvg, and a <rect> costs it more
 * to read than a path), opaque and without anti-aliasing, and the unknown talk times pale
 * instead of outlined (a stroke costs more than a fill), under the stated ones.
 */
export function marksSvg(figures: StatsFigures, readouts: readonly ChartMark[], place: Place): string {
  const dense = isDense(figures.readouts);
  // Smaller, they keep their relative sizes and cost the rasterizer a fraction of the pixels.
  const shrink = Math.min(1, Math.max(0.35, Math.sqrt(DENSE_MARKS / Math.max(1, readouts.length))));
  const head = dense ? '<path d="M' : '<circle cx="';
  // By kind (its index), a shape per talk time; the marks by kind and stated or not (index * 2 + 1 if stated).
  const shapes = STATS_KINDS.map(() => new Map<number | null, MarkShape>());
  const groups: string[][] = STATS_KINDS.flatMap(() => [[], []]);
  const xs = new Map<string, number>();
  for (const r of readouts) {
    if (r.date === null || r.date < figures.from || r.date > figures.to) continue;
    const k = STATS_KINDS.indexOf(statsKindOf(r));
    const byTime = shapes[k] as Map<number | null, MarkShape>;
    let shape = byTime.get(r.durationMinutes);
    if (!shape) {
      shape = markShape(dense, place.y(k), (markSize(r.durationMinutes) / 2) * shrink);
      byTime.set(r.durationMinutes, shape);
    }
    let x = xs.get(r.date);
    if (x === undefined) {
      x = Math.round(place.x(day(r.date)));
      xs.set(r.date, x);
    }
    (groups[k * 2 + (r.durationMinutes === null ? 0 : 1)] as string[]).push(
      head + (x + shape.shift) + shape.tail,
    );
  }
  // The unknown talk times first: drawn under the stated ones.
  const parts: string[] = [];
  for (const stated of [0, 1])
    STATS_KINDS.forEach((kind, k) => {
      const marks = groups[k * 2 + stated] as string[];
      if (marks.length > 0)
        parts.push(`<g class="marks-${kind}" ${groupStyle(kind, stated === 1, dense)}>${marks.join('')}</g>`);
    });
  const crisp = dense ? ' shape-rendering="crispEdges"' : '';
  return `<g class="readout-marks"${crisp}>${parts.join('')}</g>`;
}

/** The chart as SVG text: ECharts' server-side SVG, with the marks (`marksSvg`) added on top. */
export function renderChartSvg(figures: StatsFigures, readouts: readonly ChartMark[]): string {
  echarts ??= require('echarts/dist/echarts.min.js') as ECharts;
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    chart.setOption(chartOption(figures));
    // Two points of the time axis give its scale; the kinds are the rows of the category axis.
    const at = (time: number, row: number) => chart.convertToPixel({ gridIndex: 0 }, [time, row]);
    const [min, max] = timeRange(figures);
    const [x0] = at(min, 0);
    const [x1] = at(max, 0);
    const rows = STATS_KINDS.map((_, i) => at(min, i)[1]);
    const scale = (x1 - x0) / (max - min);
    const place: Place = { x: (time) => x0 + (time - min) * scale, y: (i) => rows[i] as number };
    return chart.renderToSVGString().replace(/<\/svg>\s*$/, `${marksSvg(figures, readouts, place)}</svg>`);
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
export async function renderChart(figures: StatsFigures, readouts: readonly ChartMark[]): Promise<Chart> {
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
