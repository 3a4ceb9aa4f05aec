/**
 * A dead channel rests. A channel that answers that it is gone or closed to the app
 * (`CHANNEL_PROBLEMS`: deleted or never invited, archived, not joinable) is parked in the store:
 * no call is made to Slack for it, for any kind of message (posts, thread replies, notes, edits,
 * digests), until its next try. Then one message goes (the probe): through, the channel is
 * un-parked and the rest of its work goes at once; refused again, it rests for the next step of
 * the back-off. Its posts wait in the outbox meanwhile; nothing is dropped. A person acting in
 * the channel (`/readout`, a re-subscription) wakes it: it is tried at the next delivery.
 */
import type { Logger } from '../app/logger.js';
import { escapeMrkdwn } from '../render/format.js';
import type { ChannelProblem, Store } from '../store/index.js';
import type { Poster } from './poster.js';
import { CHANNEL_PROBLEMS, tellChannelProblem } from './problems.js';
import { reportTokenProblem, TOKEN_PROBLEM_KEY, TOKEN_PROBLEMS } from './token-problem.js';

/** The first rest of a parked channel; each dead answer in a row doubles it, up to `maxMs`. */
export const PARK_FIRST_MS = 10 * 60_000;
export const PARK_MAX_MS = 24 * 60 * 60_000;

export type ParkSchedule = { firstMs: number; maxMs: number };
export const PARK_SCHEDULE: ParkSchedule = { firstMs: PARK_FIRST_MS, maxMs: PARK_MAX_MS };

/**
 * How long a channel rests after its `tries`-th dead answer in a row (1 or more): 10 minutes,
 * 20, 40 … doubling up to 24 hours (9 steps: 10 min to 21 h 20 min, then 24 h). Pure.
 */
export function parkRestMs(tries: number, schedule: ParkSchedule = PARK_SCHEDULE): number {
  const n = Math.max(1, Math.floor(tries));
  return Math.min(schedule.maxMs, schedule.firstMs * 2 ** Math.min(n - 1, 40));
}

/** Slack errors that no retry can fix this cycle: the rest of that channel's work waits. */
const PERMANENT = new Set([
  ...CHANNEL_PROBLEMS,
  ...TOKEN_PROBLEMS,
  'missing_scope',
  // many workspaces: the channel's workspace is not installed (poster.ts, NotInstalledError)
  'not_installed',
]);

export type GateDeps = {
  store: Store;
  poster: Poster;
  logger: Logger;
  alertChannel?: string | null;
  /** The clock the rests are counted by (default: now). */
  clock?: () => Date;
  schedule?: ParkSchedule;
  /**
   * Several instances: re-read a channel's parking when this delivery first reaches it (under
   * its lease), so that a probe another instance made meanwhile is not made a second time.
   */
  fresh?: boolean;
};

/**
 * One delivery's say on which channels it may call Slack for. Each path that is about to call
 * Slack for a channel asks `mayCall`, and reports the outcome with `succeeded` or `failed`.
 */
export type ChannelGate = {
  /** When the delivery began: reads of pending work leave out channels resting beyond it. */
  readonly restingAt: string;
  /**
   * Whether a call for this channel may be made now: false for a channel closed for this
   * delivery or parked until later; true for a parked channel that is due, once (its probe),
   * until the outcome is reported.
   */
  mayCall(channel: string): Promise<boolean>;
  /** A call went through: a parked or troubled channel is cleared, and its work goes on. */
  succeeded(channel: string): Promise<void>;
  /**
   * Slack refused a call: a dead answer parks the channel for the next step (its subscribers
   * and the alert channel told once per problem); a permanent error, or any refused probe,
   * closes the channel for the rest of this delivery; a refused token is told once.
   */
  failed(channel: string, reason: string): Promise<void>;
  /** Closes a channel for the rest of this delivery (another instance holds it). */
  close(channel: string): void;
  isClosed(channel: string): boolean;
};

/** Parks a channel after a failure: its next try pushed back on the schedule, told once. */
async function parkFor(
  deps: GateDeps,
  known: Map<string, ChannelProblem>,
  channel: string,
  error: string,
): Promise<void> {
  const clock = deps.clock ?? (() => new Date());
  const before = known.get(channel);
  const tries = (before?.nextTryAt ? before.tries : 0) + 1;
  const at = clock();
  const nextTryAt = new Date(at.getTime() + parkRestMs(tries, deps.schedule ?? PARK_SCHEDULE)).toISOString();
  const news = await deps.store.parkChannel(channel, error, nextTryAt, tries);
  known.set(channel, { channel, error, since: before?.since ?? at.toISOString(), nextTryAt, tries });
  deps.logger.warn(
    { channel, error, tries, nextTryAt },
    'channel parked: no call to Slack for it before its next try; its posts wait',
  );
  if (news) await tellChannelProblem(deps, channel, error);
}

/** Opens the gate for one delivery: one read of the parked channels. */
export async function openChannelGate(deps: GateDeps): Promise<ChannelGate> {
  const clock = deps.clock ?? (() => new Date());
  const started = clock();
  const known = new Map((await deps.store.listChannelProblems()).map((p) => [p.channel, p]));
  const closed = new Set<string>();
  const open = new Set<string>();
  const probing = new Set<string>();
  const cleared = new Set<string>();
  let tokenCleared = false;

  const current = async (channel: string): Promise<ChannelProblem | undefined> => {
    if (deps.fresh) {
      const row = (await deps.store.listChannelProblems()).find((p) => p.channel === channel);
      if (row) known.set(channel, row);
      else known.delete(channel);
    }
    return known.get(channel);
  };

  const park = (channel: string, error: string) => parkFor(deps, known, channel, error);

  return {
    restingAt: started.toISOString(),
    async mayCall(channel) {
      if (closed.has(channel) || probing.has(channel)) return false;
      if (open.has(channel)) return true;
      const row = await current(channel);
      if (!row?.nextTryAt) {
        open.add(channel);
        return true;
      }
      if (Date.parse(row.nextTryAt) > started.getTime()) {
        closed.add(channel);
        return false;
      }
      probing.add(channel);
      deps.logger.info(
        { channel, error: row.error, tries: row.tries },
        'trying a parked channel again (one message)',
      );
      return true;
    },
    async succeeded(channel) {
      probing.delete(channel);
      open.add(channel);
      if (!cleared.has(channel)) {
        cleared.add(channel);
        if (await deps.store.clearChannelProblem(channel)) {
          known.delete(channel);
          deps.logger.info({ channel }, 'posting works again in a channel; its waiting posts go now');
        }
      }
      if (!tokenCleared) {
        tokenCleared = true;
        if (await deps.store.clearChannelProblem(TOKEN_PROBLEM_KEY))
          deps.logger.info('Slack takes the bot token again');
      }
    },
    async failed(channel, reason) {
      const wasProbe = probing.delete(channel);
      if (CHANNEL_PROBLEMS.has(reason)) await park(channel, reason);
      if (wasProbe || PERMANENT.has(reason)) {
        open.delete(channel);
        closed.add(channel);
      }
      if (TOKEN_PROBLEMS.has(reason)) await reportTokenProblem(deps, channel, reason);
    },
    close(channel) {
      closed.add(channel);
    },
    isClosed(channel) {
      return closed.has(channel);
    },
  };
}

/**
 * A person acted in a channel (any `/readout` command typed there, a subscription among them):
 * when it is parked, it is tried at the next delivery, its back-off started afresh. True when it
 * was parked (the caller then delivers soon).
 */
export async function wakeParkedChannel(
  store: Store,
  channel: string,
  clock: () => Date = () => new Date(),
): Promise<boolean> {
  if (!channel) return false;
  return store.wakeChannel(channel, clock().toISOString());
}

const REASONS: Record<string, string> = {
  channel_not_found: 'not found: deleted, or private and Readout not invited',
  is_archived: 'archived',
  channel_is_archived: 'archived',
  not_in_channel: 'Readout is not a member and could not join',
};

const shownAt = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The parked channels as lines for `/readout feeds` and the App Home: the channel, why, since
 * when, and the next try ("at the next delivery" once due). Problems that are not parkings (a
 * refused token) are left out. Pure.
 */
export function describeParked(problems: readonly ChannelProblem[], now: Date): string[] {
  return problems.flatMap((p) => {
    if (!p.nextTryAt) return [];
    const where = /^[A-Z0-9]+$/i.test(p.channel) ? `<#${p.channel}>` : escapeMrkdwn(p.channel);
    const reason = REASONS[p.error] ?? escapeMrkdwn(p.error);
    const next = Date.parse(p.nextTryAt) <= now.getTime() ? 'at the next delivery' : shownAt(p.nextTryAt);
    const tries = p.tries > 0 ? `, after ${p.tries} refusal${p.tries === 1 ? '' : 's'} in a row` : '';
    return [
      `• ${where}: ${reason} (\`${escapeMrkdwn(p.error)}\`) · parked since ${shownAt(p.since)} · next try ${next}${tries}`,
    ];
  });
}

/** The heading and hint above the parked channels. */
export const PARKED_HEAD =
  '*Channels at rest* (Readout cannot post there; their readouts wait. A `/readout` command typed in one tries it at once)';
