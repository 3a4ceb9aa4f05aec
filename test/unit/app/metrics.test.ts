import { describe, expect, it } from 'vitest';
import type { CycleReport } from '../../../src/app/cycle.js';
import { createMetrics, escapeLabel } from '../../../src/app/metrics.js';
import { cronIntervalMs } from '../../../src/app/readiness.js';

const snapshot = {
  outboxDepth: 3,
  parkedChannels: 1,
  ready: true,
  lastCycleAt: new Date('2026-01-02T03:04:05Z'),
};

/** A cycle's report; `heldBack` as the classifier's poll report carries it (issue 13). */
function report(
  feeds: { feedUrl: string; status: 'ok' | 'error' }[],
  posted: number,
  failed: number,
  heldBack = 0,
): CycleReport {
  const poll = {
    feeds: feeds.map((f) => ({ ...f, items: 0, newReadouts: 0, ms: 1 })),
    newReadouts: posted,
    completedPartials: 0,
    postsPlanned: posted,
    pageFetches: 0,
    heldBack,
    ms: 5,
  };
  return {
    poll: poll as CycleReport['poll'],
    delivery: { posted, digests: 0, updated: 0, notes: 0, failed, errors: [] },
  };
}

describe('metrics exposition', () => {
  it('adds up cycles, feed errors by feed and posts by outcome', () => {
    const m = createMetrics();
    m.cycle(
      report(
        [
          { feedUrl: 'https://a.example/rss', status: 'error' },
          { feedUrl: 'https://b.example/rss', status: 'ok' },
        ],
        2,
        1,
      ),
    );
    m.cycle(report([{ feedUrl: 'https://a.example/rss', status: 'error' }], 3, 0, 4));
    m.cycle(null);
    const text = m.render(snapshot);
    expect(text).toContain('readout_poll_cycles_total{result="done"} 2\n');
    expect(text).toContain('readout_poll_cycles_total{result="failed"} 1\n');
    expect(text).toContain('readout_feed_errors_total{feed="https://a.example/rss"} 2\n');
    expect(text).not.toContain('b.example');
    expect(text).toContain('readout_posts_total{outcome="sent"} 5\n');
    expect(text).toContain('readout_posts_total{outcome="failed"} 1\n');
    expect(text).toContain('readout_posts_total{outcome="held_back"} 4\n');
    expect(text).toContain('readout_outbox_depth 3\n');
    expect(text).toContain('readout_parked_channels 1\n');
    expect(text).toContain('readout_last_cycle_timestamp_seconds 1767323045\n');
  });

  it('writes a histogram with cumulative buckets, +Inf, sum and count', () => {
    const m = createMetrics();
    m.lookup('latest', 0.003);
    m.lookup('latest', 0.07);
    m.lookup('latest', 9);
    const text = m.render(snapshot);
    expect(text).toContain('readout_lookup_duration_seconds_bucket{command="latest",le="0.005"} 1\n');
    expect(text).toContain('readout_lookup_duration_seconds_bucket{command="latest",le="0.1"} 2\n');
    expect(text).toContain('readout_lookup_duration_seconds_bucket{command="latest",le="5"} 2\n');
    expect(text).toContain('readout_lookup_duration_seconds_bucket{command="latest",le="+Inf"} 3\n');
    expect(text).toContain('readout_lookup_duration_seconds_count{command="latest"} 3\n');
    expect(text).toMatch(/readout_lookup_duration_seconds_sum\{command="latest"\} 9\.07\d*\n/);
  });

  it('escapes label values: a feed URL with a quote, a backslash or a newline stays one sample', () => {
    expect(escapeLabel('a"b\\c\nd')).toBe('a\\"b\\\\c\\nd');
    const m = createMetrics();
    m.cycle(report([{ feedUrl: 'https://x.example/"q"\n', status: 'error' }], 0, 0));
    const line = m
      .render(snapshot)
      .split('\n')
      .find((l) => l.startsWith('readout_feed_errors_total{'));
    expect(line).toBe('readout_feed_errors_total{feed="https://x.example/\\"q\\"\\n"} 1');
  });

  it('leaves a gauge without a sample when its value is unknown (database down)', () => {
    const text = createMetrics().render({ ...snapshot, outboxDepth: null, lastCycleAt: null });
    expect(text).toContain('# TYPE readout_outbox_depth gauge\n# HELP');
    expect(text).not.toMatch(/^readout_outbox_depth /m);
    expect(text).not.toMatch(/^readout_last_cycle_timestamp_seconds /m);
  });
});

describe('cronIntervalMs', () => {
  const at = (...iso: string[]) => iso.map((s) => new Date(s));
  it('is the longest gap between the next runs', () => {
    expect(cronIntervalMs(at('2026-01-01T00:10:00Z', '2026-01-01T00:20:00Z', '2026-01-01T00:30:00Z'))).toBe(
      600_000,
    );
    // Weekdays at 09:00 from a Friday: the weekend gap counts.
    expect(cronIntervalMs(at('2026-01-02T09:00:00Z', '2026-01-05T09:00:00Z', '2026-01-06T09:00:00Z'))).toBe(
      3 * 86_400_000,
    );
  });
  it('falls back to the default ten minutes without two runs', () => {
    expect(cronIntervalMs([])).toBe(600_000);
  });
});
