/**
 * The process's figures in Prometheus' text exposition format (version 0.0.4), written out here
 * rather than with prom-client: the few counters, gauges and one histogram below are ~100 lines,
 * and prom-client (with @opentelemetry/api) adds ~12 MB to the idle process's RSS.
 */
import type { CycleReport } from './cycle.js';

/** Content-Type of the exposition. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Lookup latency buckets, in seconds (Slack allows 3 s for the answer). */
export const LOOKUP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

type Labels = Record<string, string>;

/** A label value as the format wants it: backslash, double quote and newline escaped. */
export function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function labelText(labels: Labels): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return pairs.length ? `{${pairs.join(',')}}` : '';
}

/** A number as the format writes it (+Inf, -Inf, NaN spelled its way). */
function num(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Number.POSITIVE_INFINITY) return '+Inf';
  if (n === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(n);
}

class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    initial: Labels[] = [],
  ) {
    for (const labels of initial) this.inc(labels, 0);
  }
  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels);
    const entry = this.values.get(key) ?? { labels, value: 0 };
    entry.value += by;
    this.values.set(key, entry);
  }
  lines(): string[] {
    return [
      `# HELP ${this.name} ${this.help}`,
      `# TYPE ${this.name} counter`,
      ...[...this.values.values()].map((e) => `${this.name}${labelText(e.labels)} ${num(e.value)}`),
    ];
  }
}

class Histogram {
  private readonly series = new Map<
    string,
    { labels: Labels; counts: number[]; sum: number; count: number }
  >();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {}
  observe(labels: Labels, value: number): void {
    const key = labelText(labels);
    const s = this.series.get(key) ?? {
      labels,
      counts: this.buckets.map(() => 0),
      sum: 0,
      count: 0,
    };
    this.buckets.forEach((le, i) => {
      if (value <= le) s.counts[i] = (s.counts[i] ?? 0) + 1;
    });
    s.sum += value;
    s.count++;
    this.series.set(key, s);
  }
  lines(): string[] {
    const out = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      this.buckets.forEach((le, i) => {
        out.push(`${this.name}_bucket${labelText({ ...s.labels, le: num(le) })} ${s.counts[i] ?? 0}`);
      });
      out.push(`${this.name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`);
      out.push(`${this.name}_sum${labelText(s.labels)} ${num(s.sum)}`);
      out.push(`${this.name}_count${labelText(s.labels)} ${s.count}`);
    }
    return out;
  }
}

function gauge(name: string, help: string, value: number | null, labels: Labels = {}): string[] {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} gauge`,
    ...(value === null ? [] : [`${name}${labelText(labels)} ${num(value)}`]),
  ];
}

/** What is read from the store at each scrape. */
export type MetricsSnapshot = {
  outboxDepth: number | null;
  parkedChannels: number | null;
  ready: boolean;
  lastCycleAt: Date | null;
};

export type Metrics = {
  /** A cycle's report, or `null` for a cycle that failed as a whole. */
  cycle(report: CycleReport | null): void;
  /** One `/readout` lookup answered, in seconds. */
  lookup(command: string, seconds: number): void;
  /** A Web API call that failed without an answer from Slack (network, timeout). */
  slackUnreachable(method: string): void;
  render(snapshot: MetricsSnapshot): string;
};

export function createMetrics(): Metrics {
  const cycles = new Counter('readout_poll_cycles_total', 'Poll cycles ended, by result.', [
    { result: 'done' },
    { result: 'failed' },
  ]);
  const feedErrors = new Counter('readout_feed_errors_total', 'Feed fetches or parses that failed, by feed.');
  const posts = new Counter(
    'readout_posts_total',
    'Readout posts by outcome: sent to Slack, failed (kept for the next cycle), held back (stored, not a readout to post).',
    [{ outcome: 'sent' }, { outcome: 'failed' }, { outcome: 'held_back' }],
  );
  const digests = new Counter('readout_digests_total', 'Digest messages posted.');
  const newReadouts = new Counter('readout_new_readouts_total', 'Readouts stored for the first time.');
  const slackDown = new Counter(
    'readout_slack_unreachable_total',
    'Slack Web API calls that got no answer (network failure or timeout), by method.',
  );
  const lookups = new Histogram(
    'readout_lookup_duration_seconds',
    'Time to answer a /readout lookup, by command.',
    LOOKUP_BUCKETS,
  );
  return {
    cycle(report) {
      if (!report) {
        cycles.inc({ result: 'failed' });
        return;
      }
      cycles.inc({ result: 'done' });
      for (const feed of report.poll.feeds)
        if (feed.status === 'error') feedErrors.inc({ feed: feed.feedUrl });
      posts.inc({ outcome: 'sent' }, report.delivery.posted);
      posts.inc({ outcome: 'failed' }, report.delivery.failed);
      const held = (report.poll as { heldBack?: number }).heldBack;
      if (typeof held === 'number') posts.inc({ outcome: 'held_back' }, held);
      digests.inc({}, report.delivery.digests);
      newReadouts.inc({}, report.poll.newReadouts);
    },
    lookup(command, seconds) {
      lookups.observe({ command }, seconds);
    },
    slackUnreachable(method) {
      slackDown.inc({ method });
    },
    render(s) {
      return `${[
        ...cycles.lines(),
        ...gauge(
          'readout_last_cycle_timestamp_seconds',
          'When the last poll cycle ended (Unix time).',
          s.lastCycleAt ? s.lastCycleAt.getTime() / 1000 : null,
        ),
        ...feedErrors.lines(),
        ...posts.lines(),
        ...digests.lines(),
        ...newReadouts.lines(),
        ...gauge('readout_outbox_depth', 'Planned posts not yet sent.', s.outboxDepth),
        ...gauge('readout_parked_channels', 'Channels Slack refuses, their posts waiting.', s.parkedChannels),
        ...gauge('readout_ready', '1 when /ready answers 200.', s.ready ? 1 : 0),
        ...slackDown.lines(),
        ...lookups.lines(),
      ].join('\n')}\n`;
    },
  };
}
