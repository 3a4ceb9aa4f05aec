import type { Logger } from '../app/logger.js';
import type { RenderInput } from '../render/blocks.js';
import { renderDigest } from '../render/digest.js';
import type { DigestSetting, HeldPost, Store } from '../store/index.js';
import { duePeriod } from './digest-schedule.js';
import type { ChannelGate } from './parking.js';
import type { Poster } from './poster.js';

export type DigestOptions = {
  /** READOUT_DIGEST_THRESHOLD: more new readouts than this for one channel at once go as one digest. */
  threshold: number;
  /** READOUT_TIMEZONE: digests go out at 08:00 there. */
  timeZone: string;
  clock?: () => Date;
};

export type DigestPlan = {
  /** Fresh posts held for their channel's digest. */
  held: number;
  /** Fresh (or no longer covered) posts released to be posted one by one. */
  released: number;
  /** Digests planned this time, bursts and scheduled ones (empty periods not counted). */
  planned: number;
};

export const DEFAULT_DIGEST_THRESHOLD = 10;

/** The setting that covers a post: the channel's setting for its relation, else its catch-all. */
export function coveringSetting(
  post: Pick<HeldPost, 'channel' | 'relation'>,
  settings: readonly DigestSetting[],
): DigestSetting | null {
  const mine = settings.filter((s) => s.channel === post.channel);
  return (
    (post.relation ? mine.find((s) => s.target === post.relation) : undefined) ??
    mine.find((s) => s.target === '') ??
    null
  );
}

function append<K>(map: Map<K, HeldPost[]>, key: K, post: HeldPost): void {
  const list = map.get(key);
  if (list) list.push(post);
  else map.set(key, [post]);
}

/**
 * Sorts the posts the poller planned and plans digest messages, before anything is posted:
 * - a post whose channel has a digest setting covering it is held for that digest;
 * - the other fresh posts of a channel go one by one, unless there are more than `threshold`
 *   of them: then they go as one burst digest (posts held for a setting since removed count too);
 * - a setting whose period has begun since its last digest gets a digest of everything it holds
 *   (an empty period is recorded and sends nothing).
 * Every step is a database write that is safe to repeat, so a crash in between loses and
 * duplicates nothing: the next cycle picks up where this one stopped.
 */
export async function planDigests(
  deps: { store: Store; logger: Logger } & DigestOptions,
): Promise<DigestPlan> {
  const now = (deps.clock ?? (() => new Date()))();
  const plan: DigestPlan = { held: 0, released: 0, planned: 0 };
  const settings = await deps.store.listDigestSettings();
  const waiting = await deps.store.heldPosts();

  const toHold: number[] = [];
  const covered = new Map<DigestSetting, HeldPost[]>();
  const loose = new Map<string, HeldPost[]>();
  for (const post of waiting) {
    const setting = coveringSetting(post, settings);
    if (setting && post.hold === 'new') toHold.push(post.postId);
    if (setting) append(covered, setting, post);
    else append(loose, post.channel, post);
  }
  if (toHold.length > 0) await deps.store.holdPosts(toHold, 'digest');
  plan.held = toHold.length;

  for (const [channel, posts] of loose) {
    const ids = posts.map((p) => p.postId);
    if (posts.length > deps.threshold) {
      // Keyed by its first post: planning the same burst again changes nothing.
      const digest = await deps.store.planDigest(
        { channel, kind: 'burst', target: '', periodKey: `burst:${ids[0]}` },
        ids,
      );
      if (digest?.status === 'planned') {
        plan.planned++;
        deps.logger.info(
          { channel, readouts: digest.readoutIds.length },
          'burst of new readouts: one digest',
        );
      }
    } else {
      await deps.store.holdPosts(ids, null);
      plan.released += ids.length;
    }
  }

  for (const setting of settings) {
    const start = duePeriod(setting.period, setting.since, now, deps.timeZone);
    if (!start) continue;
    const posts = covered.get(setting) ?? [];
    const digest = await deps.store.planDigest(
      {
        channel: setting.channel,
        kind: setting.period,
        target: setting.target,
        periodKey: start.toISOString(),
      },
      posts.map((p) => p.postId),
    );
    if (digest?.status === 'planned') {
      plan.planned++;
      deps.logger.info(
        {
          channel: setting.channel,
          period: setting.period,
          target: setting.target,
          readouts: digest.readoutIds.length,
        },
        'digest planned',
      );
    }
  }
  return plan;
}

/**
 * Posts every planned digest, once: the attempt is recorded first, the message carries metadata
 * `readout_digest` with the digest id, and its ts is recorded for the digest and every readout
 * in it in one transaction as soon as Slack answers. An attempt that got no answer (a crash, a
 * lost connection) is looked up in the channel's recent history before posting again. A
 * refused digest stays planned (tried again next cycle); the gate hears of each outcome (a dead
 * channel is parked, a permanent error closes the channel for the rest of this cycle).
 */
export async function deliverDigests(deps: {
  store: Store;
  poster: Poster;
  logger: Logger;
  /** Which channels may be called now (parked ones rest); told each outcome. */
  gate: ChannelGate;
  /** `answered`: Slack answered with an error, so nothing was posted. */
  classify: (error: unknown) => { reason: string; answered: boolean };
  limit?: number;
}): Promise<{
  posted: number;
  failed: number;
  errors: { channel: string; digestId: number; error: string }[];
}> {
  const out = { posted: 0, failed: 0, errors: [] as { channel: string; digestId: number; error: string }[] };
  const { gate } = deps;
  for (const digest of await deps.store.pendingDigests(deps.limit ?? 100, { restingAt: gate.restingAt })) {
    if (!(await gate.mayCall(digest.channel))) continue;
    const items: RenderInput[] = [];
    for (const id of digest.readoutIds) {
      const stored = await deps.store.getReadout(id);
      if (stored)
        items.push({ id: stored.id, readout: stored.readout, link: stored.link, partial: stored.partial });
    }
    const message = renderDigest({
      digestId: String(digest.id),
      kind: digest.kind,
      target: digest.target,
      items,
    });
    const log = { channel: digest.channel, digestId: digest.id, readouts: items.length };
    try {
      // An earlier attempt got no answer: if it reached Slack, record that message, never post twice.
      if (digest.sendingAt && deps.poster.findPosted) {
        // Without history scopes the lookup fails: then posting again is the lesser harm.
        const found = await deps.poster
          .findPosted(digest.channel, 'readout_digest', 'digest_id', String(digest.id))
          .catch((error: unknown) => {
            deps.logger.warn({ ...log, error: deps.classify(error).reason }, 'cannot look for a lost digest');
            return null;
          });
        if (found) {
          await deps.store.markDigestPosted(digest.id, found);
          await gate.succeeded(digest.channel);
          out.posted++;
          deps.logger.info({ ...log, ts: found }, 'digest found already posted; recorded');
          continue;
        }
      }
      await deps.store.markDigestSending(digest.id);
      const { ts } = await deps.poster.post(digest.channel, message);
      await deps.store.markDigestPosted(digest.id, ts);
      await gate.succeeded(digest.channel);
      out.posted++;
      deps.logger.info({ ...log, ts }, 'digest posted');
    } catch (error) {
      const { reason, answered } = deps.classify(error);
      await deps.store.markDigestFailed(digest.id, reason, !answered);
      out.failed++;
      out.errors.push({ channel: digest.channel, digestId: digest.id, error: reason });
      await gate.failed(digest.channel, reason);
      deps.logger.warn({ ...log, error: reason }, 'Slack refused the digest; kept for the next cycle');
    }
  }
  return out;
}
