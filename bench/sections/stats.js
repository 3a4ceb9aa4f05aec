// /readout … stats over 50,000 stored readouts (issue 16): the figures (store read + pure
// computation, `answerStats`, as the slash command runs it before its ack), the chart (ECharts
// SSR SVG → resvg PNG) and its upload through the external upload flow to a loopback fake
// Slack. Baseline: `latestByRelation(…, 1)` on the same store, the cheapest lookup.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeSlack } from '../lib/fake-slack.js';
import { percentile, root, round } from '../lib/util.js';
import { seededDatabase } from './app-fixture.js';

const dist = (path) => import(join(root, 'dist/src', path));

/** Wall and CPU time (process.cpuUsage: this process only, steadier on a busy machine) per call. */
async function timed(n, fn) {
  const ms = [];
  const cpu = [];
  let last;
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    last = await fn(i);
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return {
    p50: round(percentile(ms, 50), 2),
    p99: round(percentile(ms, 99), 2),
    cpuP50: round(percentile(cpu, 50), 2),
    cpuP99: round(percentile(cpu, 99), 2),
    last,
  };
}

export async function benchStats({ quick }) {
  const count = quick ? 5_000 : 50_000;
  const { openStore } = await dist('store/index.js');
  const { answerStats } = await dist('stats/stats-answer.js');
  const { parseStats } = await dist('stats/parse-stats.js');
  const { renderChart } = await dist('stats/chart.js');
  const { uploadChart } = await dist('stats/upload.js');
  const { WebClient } = await import('@slack/web-api');

  // The seeded database of the lookup section (kept between runs), copied: nothing here writes.
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-stats-'));
  copyFileSync(await seededDatabase(count), join(dir, 'readout.db'));
  const store = openStore(join(dir, 'readout.db'));
  const slack = await startFakeSlack();
  try {
    const today = '2026-12-01';
    const ask = (text) => {
      const [subject, ...span] = text.split(' ');
      const command = parseStats(subject, span);
      return () => answerStats(store, command, today);
    };
    // The seed's readouts are all queued for summarizing (the migration's triggers): the first
    // read of each target summarizes them, once; timed apart.
    const t0 = performance.now();
    await ask('japan-us')();
    const firstReadMs = round(performance.now() - t0, 0);
    const t1 = performance.now();
    await ask('japan')();
    const firstCountryReadMs = round(performance.now() - t1, 0);
    const n = quick ? 30 : 100;
    const baseline = await timed(n, () => store.latestByRelation('japan-us', 1));
    const relation = await timed(n, ask('japan-us'));
    const relationYear = await timed(n, ask('japan-us 2023'));
    const rare = await timed(n, ask('japan-poland'));
    const country = await timed(quick ? 5 : 10, ask('japan'));

    // The chart of the whole japan-us relation: every readout a mark.
    const figures = relation.last;
    const marks = await figures.marks();
    const yearMarks = await relationYear.last.marks();
    const marksRead = await timed(quick ? 5 : 10, () => figures.marks());
    await renderChart(figures.figures, marks); // warm: module load and first compile
    const chart = await timed(quick ? 5 : 10, () => renderChart(figures.figures, marks));
    const yearChart = await timed(quick ? 5 : 10, () => renderChart(relationYear.last.figures, yearMarks));
    const client = new WebClient('xoxb-bench', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    const png = chart.last.png;
    const upload = await timed(quick ? 5 : 20, () =>
      uploadChart(client.files, png, { filename: 'chart.png', title: 'bench', altText: 'bench' }),
    );
    const uploadedBytes = [...slack.uploads.values()].at(-1);

    const results = {
      readouts: count,
      relationReadouts: figures.figures.readouts,
      countryReadouts: country.last.figures.readouts,
      firstReadMs,
      firstCountryReadMs,
      marksReadP50Ms: marksRead.p50,
      figuresP50Ms: relation.p50,
      figuresCpuP50Ms: relation.cpuP50,
      figuresCpuP99Ms: relation.cpuP99,
      figuresYearCpuP99Ms: relationYear.cpuP99,
      figuresCountryCpuP99Ms: country.cpuP99,
      chartCpuP50Ms: chart.cpuP50,
      chartYearCpuP50Ms: yearChart.cpuP50,
      figuresP99Ms: relation.p99,
      figuresYearP99Ms: relationYear.p99,
      figuresRareP99Ms: rare.p99,
      figuresCountryP99Ms: country.p99,
      baselineLatestP99Ms: baseline.p99,
      chartP50Ms: chart.p50,
      chartP99Ms: chart.p99,
      chartYearP50Ms: yearChart.p50,
      pngBytes: png.length,
      pngYearBytes: yearChart.last.png.length,
      uploadP50Ms: upload.p50,
      uploadP99Ms: upload.p99,
      uploadedBytes,
    };
    const base = {
      baseline: baseline.p99,
      baselineIs: '`latestByRelation(japan-us, 1)` p99 ms on the same store',
    };
    const rows = [
      {
        figure: `stats: figures japan-us all time p99 ms (${results.relationReadouts} readouts)`,
        value: relation.p99,
        ...base,
        target: '< 50',
        met: relation.p99 < 50,
      },
      {
        figure: 'stats: figures japan-us 2023 p99 ms',
        value: relationYear.p99,
        ...base,
        target: '< 50',
        met: relationYear.p99 < 50,
      },
      { figure: 'stats: figures japan-poland (rare) p99 ms', value: rare.p99, ...base },
      {
        figure: `stats: figures japan, every relation p99 ms (${results.countryReadouts})`,
        value: country.p99,
        ...base,
      },
      {
        figure: 'stats: first read after the migration, japan-us (summarizes its queued readouts) ms',
        value: firstReadMs,
      },
      {
        figure: 'stats: first read after the migration, japan (the rest of its relations) ms',
        value: firstCountryReadMs,
      },
      {
        figure: 'stats: figures japan-us all time, CPU p50 / p99 ms',
        value: `${relation.cpuP50} / ${relation.cpuP99}`,
      },
      { figure: 'stats: figures japan-us 2023, CPU p99 ms', value: relationYear.cpuP99 },
      { figure: 'stats: figures japan, CPU p99 ms', value: country.cpuP99 },
      { figure: 'stats: chart marks read, japan-us p50 ms', value: marksRead.p50 },
      {
        figure: `stats: chart japan-us all time p50 ms (${results.relationReadouts} marks)`,
        value: chart.p50,
        target: '< 200',
        met: chart.p50 < 200,
      },
      { figure: 'stats: chart japan-us all time, CPU p50 ms', value: chart.cpuP50 },
      {
        figure: 'stats: chart japan-us 2023 p50 ms',
        value: yearChart.p50,
        target: '< 200',
        met: yearChart.p50 < 200,
      },
      {
        figure: 'stats: chart PNG bytes (all time)',
        value: png.length,
        target: '< 153600',
        met: png.length < 153_600,
      },
      {
        figure: 'stats: upload to a loopback fake Slack p99 ms (3 calls)',
        value: upload.p99,
        target: '< 1000',
        met: upload.p99 < 1000,
      },
    ];
    return { results, rows };
  } finally {
    await store.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
