import { TOKEN_PROBLEM_KEY } from '../deliver/token-problem.js';
import type { Store } from '../store/index.js';
import { within } from './startup.js';

/** Counted up to this many; the outbox is read, not scanned without end, at each probe. */
export const OUTBOX_COUNT_LIMIT = 10_000;
/** How long the database has to answer a probe. */
const PROBE_MS = 2_000;

export type Readiness = {
  ready: boolean;
  /** Why not ready, one sentence each; empty when ready. */
  reasons: string[];
  lastCycleAt: string | null;
  /** Planned posts not yet sent (up to OUTBOX_COUNT_LIMIT); null when the database did not answer. */
  outboxDepth: number | null;
  /**
   * Channels Slack refuses, resting until their next try: the error, since when, and when they
   * are tried again; null when the database did not answer.
   */
  parkedChannels: { channel: string; error: string; since: string; nextTryAt: string }[] | null;
  /** What auth.test said at start: 'ok', 'unreachable', or 'oauth' (tokens per workspace). */
  slackAtStart: string;
};

/**
 * Readiness of one instance: the database answers within 2 s; Slack does not refuse the bot
 * token (start-up's auth.test, then the refusals the delivery records); a poll cycle ended
 * within 3 × the cron interval (counted from the start until the first one ends). An
 * unreachable Slack is shown but is not a reason: every instance would be taken out at once,
 * and the outbox keeps the posts until Slack answers.
 */
export function createHealth(deps: {
  store: Store;
  cronIntervalMs: number;
  slackAtStart: string;
  clock?: () => Date;
}): { cycleEnded(at?: Date): void; lastCycleAt(): Date | null; readiness(): Promise<Readiness> } {
  const clock = deps.clock ?? (() => new Date());
  const startedAt = clock();
  let lastCycleAt: Date | null = null;
  return {
    cycleEnded(at = clock()) {
      lastCycleAt = at;
    },
    lastCycleAt: () => lastCycleAt,
    async readiness() {
      const reasons: string[] = [];
      let outboxDepth: number | null = null;
      let parked: Readiness['parkedChannels'] = null;
      try {
        const [pending, problems] = await within(
          Promise.all([deps.store.pendingPosts(OUTBOX_COUNT_LIMIT), deps.store.listChannelProblems()]),
          PROBE_MS,
          'the database',
        );
        outboxDepth = pending.length;
        const token = problems.find((p) => p.channel === TOKEN_PROBLEM_KEY);
        if (token) reasons.push(`Slack refuses the bot token (${token.error}) since ${token.since}`);
        // Parked: Slack refused the channel and it rests until its next try (issue 12).
        parked = problems
          .filter((p) => p.channel !== TOKEN_PROBLEM_KEY && p.nextTryAt !== null)
          .map((p) => ({ channel: p.channel, error: p.error, since: p.since, nextTryAt: p.nextTryAt ?? '' }));
      } catch (error) {
        reasons.push(
          `the database does not answer: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const since = lastCycleAt ?? startedAt;
      const bound = 3 * deps.cronIntervalMs;
      if (clock().getTime() - since.getTime() > bound)
        reasons.push(
          `no poll cycle ended within ${Math.round(bound / 1000)} s (3 × the READOUT_POLL_CRON interval)${lastCycleAt ? `; the last at ${lastCycleAt.toISOString()}` : ' since the start'}`,
        );
      return {
        ready: reasons.length === 0,
        reasons,
        lastCycleAt: lastCycleAt?.toISOString() ?? null,
        outboxDepth,
        parkedChannels: parked,
        slackAtStart: deps.slackAtStart,
      };
    },
  };
}

/** The longest gap between the next runs of a schedule (an irregular one waits its longest). */
export function cronIntervalMs(nextRuns: Date[]): number {
  let longest = 0;
  for (let i = 1; i < nextRuns.length; i++) {
    const a = nextRuns[i - 1];
    const b = nextRuns[i];
    if (a && b) longest = Math.max(longest, b.getTime() - a.getTime());
  }
  return longest || 10 * 60_000;
}
