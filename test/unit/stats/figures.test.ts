import { describe, expect, it } from 'vitest';
import { type Participant, type Readout, unknownReadout } from '../../../src/readout/types.js';
import { computeStats, granularityOf, periodKeys, type StatsSubject } from '../../../src/stats/figures.js';
import { renderStats, renderStatsText } from '../../../src/stats/render-stats.js';
import { parseStatsSpan } from '../../../src/stats/span.js';

const kishida: Participant = {
  name: 'Fumio Kishida',
  honorific: null,
  title: 'Prime Minister',
  country: 'JP',
};
const biden: Participant = { name: 'Joe Biden', honorific: null, title: 'President', country: 'US' };
const person = (name: string, title: string | null, country: string): Participant => ({
  name,
  honorific: null,
  title,
  country,
});

function readout(
  date: string | null,
  kind: Readout['kind'],
  durationMinutes: number | null,
  participants: Participant[],
  points: string[],
  source = 'mofa',
): Readout {
  return unknownReadout({
    source,
    date,
    kind,
    durationMinutes,
    participants,
    countries: ['JP', 'US'],
    relation: 'japan-us',
    keyPoints: points.map((text, i) => ({ n: i + 1, heading: null, text, subPoints: [] })),
  });
}

/** A relation of eight readouts whose figures are worked out by hand below. */
const FIXTURE: Readout[] = [
  readout(
    '2023-01-13',
    'meeting',
    90,
    [kishida, biden],
    [
      'The two leaders discussed North Korea, including the abductions issue.',
      'They confirmed cooperation for a free and open Indo-Pacific.',
      'The leaders reaffirmed the Japan-U.S. Alliance.',
    ],
  ),
  readout(
    '2023-01-14',
    'meeting',
    null,
    [biden, kishida],
    ["The leaders discussed North Korea's nuclear and missile programs."],
    'whitehouse',
  ),
  readout(
    '2023-05-19',
    'telephone',
    30,
    [
      person('Yoshimasa Hayashi', 'Minister for Foreign Affairs', 'JP'),
      person('Antony Blinken', 'Secretary of State', 'US'),
    ],
    [
      'The ministers discussed the situation in Ukraine.',
      'They agreed to respond to North Korea together.',
      'Japanese and American officials will meet again.',
    ],
  ),
  readout(
    '2023-11-08',
    'telephone',
    25,
    [person('Takehiro Funakoshi', null, 'JP'), person('Kurt Campbell', null, 'US')],
    ['Both sides discussed the Indo-Pacific and economic security.'],
  ),
  readout(
    '2024-04-10',
    'video',
    45,
    [kishida, biden],
    [
      'The leaders discussed economic security and semiconductors.',
      'They welcomed progress on the abductions issue.',
      'Prime Minister Kishida thanked President Biden; the Japan-U.S. Alliance is strong.',
    ],
  ),
  readout(
    '2024-09-23',
    'courtesy_call',
    null,
    [
      person('Yoko Kamikawa', 'Minister for Foreign Affairs', 'JP'),
      person('Rahm Emanuel', 'Ambassador', 'US'),
    ],
    ['The minister welcomed the ambassador.'],
  ),
  readout('2024-12-02', 'other', 15, [], []),
  // No event date: not counted.
  readout(null, 'telephone', 60, [kishida, biden], ['North Korea']),
];

const JAPAN_US: StatsSubject = { kind: 'relation', slug: 'japan-us', countries: ['JP', 'US'] };

describe('computeStats on a relation worked out by hand', () => {
  const span = parseStatsSpan(['2023-2024']);
  if ('problem' in span) throw new Error(span.problem);
  const f = computeStats(FIXTURE, JAPAN_US, span, '2025-01-10');

  it('counts readouts by kind and level (a courtesy call is a meeting; undated ones are left out)', () => {
    expect(f.readouts).toBe(7);
    expect(f.byKind).toEqual({ telephone: 2, video: 1, meeting: 3, other: 1 });
    // Leaders: the two meetings and the video call; ministers: Hayashi–Blinken and Kamikawa.
    expect(f.byLevel).toEqual({ leaders: 3, ministers: 2, other: 2 });
  });

  it('counts by month for a span of two years, every month listed', () => {
    expect(f.granularity).toBe('month');
    expect(f.periods).toHaveLength(24);
    const nonEmpty = f.periods.filter((p) => p.count > 0).map((p) => [p.key, p.count]);
    expect(nonEmpty).toEqual([
      ['2023-01', 2],
      ['2023-05', 1],
      ['2023-11', 1],
      ['2024-04', 1],
      ['2024-09', 1],
      ['2024-12', 1],
    ]);
    expect(f.periods.find((p) => p.key === '2023-01')?.byKind).toEqual({
      telephone: 0,
      video: 0,
      meeting: 2,
      other: 0,
    });
  });

  it('sums talk time and takes its median over the readouts that state it', () => {
    // 90 + 30 + 25 + 45 + 15 = 205; sorted 15, 25, 30, 45, 90 → 30.
    expect(f.talk).toEqual({ stated: 5, totalMinutes: 205, medianMinutes: 30 });
  });

  it('finds first and last contact, days since, and the longest gap', () => {
    expect([f.first, f.last]).toEqual(['2023-01-13', '2024-12-02']);
    // 2 Dec → 2 Jan is 31 days, then 8 more; 13 Jan 2023 → 13 Jan 2025 is 365 + 366, less 3.
    expect(f.daysSinceLast).toBe(39);
    expect(f.daysSinceFirst).toBe(728);
    // Gaps: 1, 125, 173, 154, 166, 70 days.
    expect(f.longestGap).toEqual({ from: '2023-05-19', to: '2023-11-08', days: 173 });
  });

  it('names the principals seen most, once per readout', () => {
    expect(f.principals.map((p) => [p.name, p.count])).toEqual([
      ['Fumio Kishida', 3],
      ['Joe Biden', 3],
      ['Antony Blinken', 1],
      ['Kurt Campbell', 1],
      ['Rahm Emanuel', 1],
    ]);
  });

  it('finds the recurring topics, without common words, names or the countries themselves', () => {
    expect(f.topics).toEqual([
      { term: 'North Korea', count: 3 },
      { term: 'economic security', count: 2 },
      { term: 'abductions', count: 2 },
      { term: 'Alliance', count: 2 },
      { term: 'Indo-Pacific', count: 2 },
    ]);
    const terms = f.topics.map((t) => t.term.toLowerCase()).join(' ');
    for (const left of ['kishida', 'biden', 'japan', 'japanese', 'american', 'leaders', 'discussed'])
      expect(terms).not.toContain(left);
  });

  it('renders the figures within Slack limits, with the text fallback', () => {
    const message = renderStats(f);
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Japan–United States · 2023–2024' },
    });
    const all = JSON.stringify(message.blocks);
    expect(all).toContain('*7 readouts*: 2 telephone talks, 1 video conference, 3 meetings, 1 other');
    expect(all).toContain('leaders 3, foreign ministers 2, other 2');
    expect(all).toContain('3 h 25 min in total, median 30 min (5 of 7 readouts state it)');
    expect(all).toContain('*Longest gap*: 173 days, Fri 19 May 2023 to Wed 8 Nov 2023');
    expect(all).toContain('North Korea (3)');
    expect(message.text).toContain('Japan–United States · 2023–2024');
    for (const b of message.blocks) expect(JSON.stringify(b).length).toBeLessThan(3100);
    expect(renderStatsText(f)).toContain('7 readouts: 2 telephone talks');
  });
});

describe('computeStats, other shapes', () => {
  it('counts by year over a longer span, and from first contact when no span is given', () => {
    const f = computeStats(
      FIXTURE,
      JAPAN_US,
      { from: '0000-01-01', to: null, label: 'all time' },
      '2026-06-01',
    );
    expect(f.from).toBe('2023-01-13');
    expect(f.granularity).toBe('year');
    expect(f.periods.map((p) => [p.key, p.count])).toEqual([
      ['2023', 4],
      ['2024', 3],
      ['2025', 0],
      ['2026', 0],
    ]);
  });

  it("gives a country's top partners by number of readouts", () => {
    const withKorea = unknownReadout({
      source: 'mofa',
      date: '2024-02-01',
      kind: 'telephone',
      countries: ['JP', 'KR'],
      relation: 'japan-korea',
    });
    const quad = unknownReadout({
      source: 'mofa',
      date: '2024-03-01',
      kind: 'meeting',
      countries: ['JP', 'US', 'AU', 'IN'],
      relation: 'japan-australia-india-us',
    });
    const f = computeStats(
      [...FIXTURE, withKorea, quad],
      { kind: 'country', code: 'JP' },
      { from: '2024-01-01', to: '2024-12-31', label: '2024' },
      '2025-01-10',
    );
    expect(f.partners).toEqual([
      { code: 'US', count: 4 },
      { code: 'AU', count: 1 },
      { code: 'IN', count: 1 },
      { code: 'KR', count: 1 },
    ]);
  });

  it('has no gap and no median for a single readout without a duration', () => {
    const one = [readout('2024-05-05', 'meeting', null, [kishida, biden], [])];
    const f = computeStats(
      one,
      JAPAN_US,
      { from: '2024-01-01', to: '2024-12-31', label: '2024' },
      '2024-05-05',
    );
    expect(f.longestGap).toBeNull();
    expect(f.talk).toEqual({ stated: 0, totalMinutes: 0, medianMinutes: null });
    expect(f.daysSinceLast).toBe(0);
    expect(f.topics).toEqual([]);
  });

  it('lists periods across a year boundary, and chooses months up to 24 of them', () => {
    expect(periodKeys('2023-11-20', '2024-02-01', 'month')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(granularityOf('2023-01-01', '2024-12-31')).toBe('month');
    expect(granularityOf('2023-01-01', '2025-01-01')).toBe('year');
  });
});

describe('people and places in the figures', () => {
  it("counts one person under the office-holder table's name, whatever the spelling", () => {
    const readouts = [
      readout('2024-01-10', 'telephone', 20, [person('KISHIDA Fumio', 'Prime Minister', 'JP'), biden], []),
      readout(
        '2024-01-11',
        'telephone',
        20,
        [kishida, person('Joseph R. Biden, Jr.', 'President', 'US')],
        [],
      ),
      readout('2024-02-01', 'meeting', 20, [person('TANAKA Hanako', 'Ambassador', 'JP')], []),
    ];
    const f = computeStats(
      readouts,
      JAPAN_US,
      { from: '2024-01-01', to: '2024-12-31', label: '2024' },
      '2024-12-31',
    );
    expect(f.principals.map((p) => [p.name, p.count])).toEqual([
      ['Fumio Kishida', 2],
      ['Joe Biden', 2],
      ['Tanaka Hanako', 1],
    ]);
  });

  it('keeps another country in a topic ("North Korea") while leaving the counted ones out', () => {
    const points = [
      'The two ministers discussed North Korea and the Republic of Korea–Japan summit.',
      'They discussed North Korea, Korea and Japan, and the United States.',
    ];
    const readouts = points.map((p, i) =>
      unknownReadout({
        source: 'mofa',
        date: `2024-03-0${i + 1}`,
        kind: 'telephone',
        countries: ['JP', 'KR'],
        relation: 'japan-korea',
        keyPoints: [{ n: 1, heading: null, text: p, subPoints: [] }],
      }),
    );
    const f = computeStats(
      readouts,
      { kind: 'relation', slug: 'japan-korea', countries: ['JP', 'KR'] },
      { from: '2024-01-01', to: '2024-12-31', label: '2024' },
      '2024-12-31',
    );
    expect(f.topics).toEqual([{ term: 'North Korea', count: 2 }]);
  });
});
