// Resident memory of the idle app: the real `readout serve` (HTTP receiver, fake Slack) with 100
// loopback feeds answering 304 and the seeded readouts, after its first cycle. Baseline: a bare
// idle `node -e` process, measured in the same run.
import { procStatusMb, procStatusMbs, sleep, startChild } from '../lib/util.js';

export async function benchFootprint(_options, fixture) {
  await sleep(2000); // let the first cycle's garbage settle, as an idle app would
  const { VmRSS: idleRssMb, VmHWM: peakRssMb } = procStatusMbs(fixture.pid, ['VmRSS', 'VmHWM']);
  const bare = await startChild(['-e', 'setInterval(() => {}, 1000); console.log("idle")'], {
    ready: /idle/,
  });
  await sleep(2000);
  const bareRssMb = procStatusMb(bare.proc.pid, 'VmRSS');
  await bare.stop();
  const { counts } = fixture.feedServer;
  const results = {
    idleRssMb,
    peakRssMbUntilIdle: peakRssMb,
    baselineRssMb: bareRssMb,
    readouts: fixture.readouts,
    feeds: fixture.feeds,
    firstCycleFeedRequests: counts.feedRequests,
    firstCycleNotModified: counts.notModified,
    firstCyclePageFetches: counts.pages,
    targetIdleRssMb: 150,
    met: idleRssMb < 150,
  };
  const rows = [
    {
      figure: `footprint: idle app RSS MB (${fixture.feeds} feeds, ${fixture.readouts.toLocaleString('en')} readouts)`,
      value: idleRssMb,
      baseline: bareRssMb,
      baselineIs: 'a bare idle `node -e` process',
      target: '< 150',
      met: results.met,
    },
    {
      figure: 'footprint: first cycle, feeds answered 304 / pages fetched',
      value: `${counts.notModified} / ${counts.pages}`,
      target: `${fixture.feeds} / 0`,
      met: counts.notModified === fixture.feeds && counts.pages === 0,
    },
  ];
  return { results, rows };
}
