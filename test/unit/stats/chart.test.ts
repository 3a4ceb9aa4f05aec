import { describe, expect, it } from 'vitest';
import { type Readout, unknownReadout } from '../../../src/readout/types.js';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  leaderChanges,
  markSize,
  renderChart,
  renderChartSvg,
} from '../../../src/stats/chart.js';
import { computeStats } from '../../../src/stats/figures.js';

const KINDS: Readout['kind'][] = ['telephone', 'meeting', 'video', 'courtesy_call', 'other'];

/** 37 readouts of 2020–2021: every 19 days, kinds in turn, some without a duration. */
const readouts: Readout[] = Array.from({ length: 37 }, (_, i) => {
  const date = new Date(Date.UTC(2020, 0, 3) + i * 19 * 86_400_000).toISOString().slice(0, 10);
  return unknownReadout({
    source: 'mofa',
    date,
    kind: KINDS[i % KINDS.length] as Readout['kind'],
    durationMinutes: i % 4 === 0 ? null : 10 + i * 3,
    relation: 'japan-us',
    countries: ['JP', 'US'],
  });
});

const figures = computeStats(
  readouts,
  { kind: 'relation', slug: 'japan-us', countries: ['JP', 'US'] },
  { from: '2020-01-01', to: '2021-12-31', label: '2020–2021' },
  '2022-01-10',
);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the stats chart', () => {
  it('draws one timeline mark per readout, and the bars of every period', () => {
    expect(figures.readouts).toBe(37);
    const svg = renderChartSvg(figures, readouts);
    // The marks are circles in one group, by kind; the bars are ECharts' (series 4–7).
    const group = svg.match(/<g class="readout-marks">(.*?)<\/g><\/g>/)?.[0] ?? '';
    const marks = [...group.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"\/>/g)];
    expect(marks).toHaveLength(37);
    // Each kind on its own row, the durations stated filled, the others outlined.
    expect([...group.matchAll(/<g class="marks-(\w+)"/g)].map((m) => m[1]).sort()).toEqual(
      expect.arrayContaining(['meeting', 'telephone', 'video']),
    );
    expect(new Set(marks.map((m) => m[2])).size).toBeGreaterThanOrEqual(3);
    // Inside the plot, and later readouts further right (each kind's circles come in date order).
    const xs = marks.map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThan(100);
    expect(Math.max(...xs)).toBeLessThan(1000);
    for (const g of group.matchAll(/<g class="marks-\w+"[^>]*>(.*?)<\/g>/g)) {
      const row = [...(g[1] ?? '').matchAll(/cx="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(row).toEqual(row.slice().sort((a, b) => a - b));
    }
    const bars = [
      ...svg.matchAll(/ecmeta_series_index="([4-7])" ecmeta_data_index="(\d+)" ecmeta_ssr_type="chart"/g),
    ];
    expect(bars.length).toBeGreaterThan(0);
    expect(svg).toContain('Japan–United States · 2020–2021');
    expect(svg).toContain('2021-12');
  });

  it('marks the leader changes inside the dates, from the office-holder table', () => {
    expect(leaderChanges(['JP', 'US'], '2020-01-01', '2021-12-31')).toEqual([
      { date: '2020-09-16', country: 'JP', name: 'Yoshihide Suga' },
      { date: '2021-01-20', country: 'US', name: 'Joe Biden' },
      { date: '2021-10-04', country: 'JP', name: 'Fumio Kishida' },
    ]);
    const svg = renderChartSvg(figures, readouts);
    for (const label of ['JP Suga', 'US Biden', 'JP Kishida']) expect(svg).toContain(label);
  });

  it('sizes marks by talk time, the unknown ones smallest', () => {
    expect(markSize(null)).toBeLessThan(markSize(10));
    expect(markSize(10)).toBeLessThan(markSize(60));
    expect(markSize(100_000)).toBe(34);
  });

  it('draws every readout of a dense chart too: as smaller squares, the unknown talk times pale, not outlined', () => {
    // 2,400 readouts of 2015–2020, two a day on some days: more than a chart draws at full size.
    const many = Array.from({ length: 2400 }, (_, i) =>
      unknownReadout({
        source: 'mofa',
        date: new Date(Date.UTC(2015, 0, 1) + Math.floor(i * 0.9) * 86_400_000).toISOString().slice(0, 10),
        kind: KINDS[i % 3] as Readout['kind'],
        durationMinutes: i % 5 === 0 ? null : 20 + (i % 7) * 10,
        relation: 'japan-us',
        countries: ['JP', 'US'],
      }),
    );
    const dense = computeStats(
      many,
      { kind: 'relation', slug: 'japan-us', countries: ['JP', 'US'] },
      { from: '0000-01-01', to: null, label: 'all time' },
      '2021-01-10',
    );
    const svg = renderChartSvg(dense, many);
    const group = svg.match(/<g class="readout-marks"[^>]*>(.*?)<\/g><\/g>/)?.[0] ?? '';
    // A square each: its corner, then across, down and back by its side.
    const marks = [...group.matchAll(/<path d="M(\d+) (\d+)h(\d+)v(\d+)h-(\d+)z"\/>/g)];
    expect(marks).toHaveLength(2400);
    expect(marks.every((m) => m[3] === m[4] && m[4] === m[5])).toBe(true);
    expect(new Set(marks.map((m) => m[3])).size).toBeGreaterThanOrEqual(3);
    expect(group).not.toContain('stroke');
    // Smaller than the circles of a chart of a few readouts.
    const sparse =
      renderChartSvg(figures, readouts).match(/<g class="readout-marks">.*?<\/g><\/g>/)?.[0] ?? '';
    const radii = [...sparse.matchAll(/ r="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...marks.map((m) => Number(m[3])))).toBeLessThan(2 * Math.max(...radii));
    expect(svg).toContain('pale: not stated');
  });

  it('renders a PNG of the stated size under 150 KB, with the packaged font only', async () => {
    const chart = await renderChart(figures, readouts);
    expect(pngSize(chart.png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
    expect(chart.png.length).toBeLessThan(150 * 1024);
    // Text was drawn: a chart without glyphs compresses to far less.
    expect(chart.png.length).toBeGreaterThan(10 * 1024);
  });
});
