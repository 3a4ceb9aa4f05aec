import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Participant, unknownReadout } from '../../src/readout/types.js';
import { openStore } from '../../src/store/index.js';
import { runReadout } from '../helpers/run-cli.js';

const readout = runReadout;

const who = (name: string, title: string, country: string): Participant => ({
  name,
  honorific: null,
  title,
  country,
});

describe('readout stats', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-stats-cli-'));
    const databaseUrl = join(dir, 'readout.db');
    env = { DATABASE_URL: databaseUrl };
    const store = openStore(databaseUrl);
    const facts = [
      ['2019-04-26', 'meeting', 105],
      ['2019-05-27', 'meeting', 90],
      ['2019-08-25', 'meeting', null],
      ['2020-03-13', 'telephone', 30],
      ['2020-09-20', 'telephone', 25],
    ] as const;
    for (const [i, [date, kind, minutes]] of facts.entries())
      await store.insertReadout({
        feedUrl: 'https://feeds.example/rss',
        itemKey: `guid-${i}`,
        link: `https://www.mofa.go.jp/page${i}.html`,
        itemPublishedAt: null,
        itemTitle: null,
        itemSummary: null,
        readout: unknownReadout({
          source: 'mofa',
          date,
          kind,
          durationMinutes: minutes,
          relation: 'japan-us',
          countries: ['JP', 'US'],
          participants: [who('Shinzo Abe', 'Prime Minister', 'JP'), who('Donald Trump', 'President', 'US')],
          keyPoints: [
            { n: 1, heading: null, text: 'The leaders discussed trade and North Korea.', subPoints: [] },
          ],
        }),
        partial: false,
        pageAttempts: 1,
        lastPageError: null,
        announce: true,
      });
    await store.close();
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the figures of a relation and writes the chart as PNG', async () => {
    const png = join(dir, 'chart.png');
    const { status, stdout, stderr } = await readout(['stats', 'us-japan', '2019-2020', '--png', png], env);
    expect(status).toBe(0);
    expect(stdout).toContain('Japan–United States · 2019–2020');
    expect(stdout).toContain('5 readouts: 2 telephone talks, 3 meetings');
    // 105 + 90 + 30 + 25 = 250 min; sorted 25, 30, 90, 105 → median 60.
    expect(stdout).toContain('4 h 10 min in total, median 1 h (4 of 5 readouts state it)');
    expect(stdout).toContain('Recurring topics: North Korea (5), trade (5)');
    expect(stdout).toContain('Seen most: Donald Trump (5), Shinzo Abe (5)');
    expect(stderr).toMatch(/Chart written to .*chart\.png/);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('answers a span with nothing in it, and refuses a mistake with exit 64', async () => {
    const empty = await readout(['stats', 'japan-us', '2005'], env);
    expect(empty.status).toBe(0);
    expect(empty.stdout).toContain('No japan-us readout of an event in 2005.');
    const wrong = await readout(['stats', 'japan-us', '2020-2019'], env);
    expect(wrong.status).toBe(64);
    expect(wrong.stderr).toContain('The first year comes first');
  });
});
