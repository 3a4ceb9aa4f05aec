/**
 * Threads that keep the discussion in one place: a readout of an event another government's
 * readout already announced goes into that post's thread (with a comparison), and a note goes
 * into a post's thread when its source page changed. The store keeps every step (a post row
 * carries the post it replies under; a note row is written with the change it reports).
 */
import type { Logger } from '../app/logger.js';
import { bestPair, PAIR_MAX_DAYS } from '../readout/pairing.js';
import { type RenderInput, type RenderOptions, renderReadout, type SlackMessage } from '../render/blocks.js';
import { contextText, renderContextNote } from '../render/context.js';
import { renderChangeNote, renderPairReply } from '../render/threads.js';
import type { ContextNote, Post, Store, StoredReadout, ThreadNote } from '../store/index.js';
import type { ChannelGate } from './parking.js';
import type { Poster } from './poster.js';
import { slackError } from './slack-error.js';

const input = (s: StoredReadout): RenderInput => ({
  id: s.id,
  readout: s.readout,
  link: s.link,
  partial: s.partial,
});

function shiftDay(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The stored readout of the same event from another government, when there is one. */
export async function findOtherSide(store: Store, stored: StoredReadout): Promise<StoredReadout | null> {
  const { readout } = stored;
  if (stored.partial || !readout.relation || !readout.date) return null;
  const candidates = await store.pairCandidates(
    readout.relation,
    shiftDay(readout.date, -PAIR_MAX_DAYS),
    shiftDay(readout.date, PAIR_MAX_DAYS),
    stored.id,
  );
  return bestPair(readout, candidates);
}

/** How many earlier readouts of the relation the context reply's recurring topics look at. */
const CONTEXT_READOUTS = 20;

/**
 * The context reply a readout's own post gets in its thread (render/context.ts): the previous
 * readout of its relation and its topics, new and recurring; null when there is no earlier
 * readout (then no reply at all). The other side's readout of the same event is not "previous".
 */
export async function contextFor(
  store: Store,
  stored: StoredReadout,
  other: StoredReadout | null,
): Promise<ContextNote | null> {
  const { readout } = stored;
  if (stored.partial || !readout.relation || !readout.date) return null;
  const earlier = (
    await store.earlierReadouts(readout.relation, readout.date, stored.id, CONTEXT_READOUTS)
  ).filter((r) => r.id !== other?.id);
  const previous = earlier[0];
  const text = contextText(
    readout,
    earlier.map((r) => r.readout),
  );
  return previous && text ? { text, contextOf: previous.id } : null;
}

/**
 * Plans a readout for each channel: as a reply in the thread of the other side's post where
 * that channel has one (planned or posted; a reply's own parent is followed to the top), else
 * as a post of its own. Idempotent: a readout is planned once per channel. Returns how many
 * were newly planned. `fresh` (the poller's) lets delivery sort a post into a digest or a
 * burst; a backfill asked for by a person is not fresh, it is posted as asked.
 */
export async function planForChannels(
  store: Store,
  stored: StoredReadout,
  channels: readonly string[],
  options: { fresh?: boolean } = {},
): Promise<number> {
  if (channels.length === 0) return 0;
  const other = await findOtherSide(store, stored);
  const otherPosts = other ? await store.postsFor(other.id) : [];
  // A post of its own gets a context reply, planned with it (delivered as a thread note).
  const context = (await contextFor(store, stored, other)) ?? undefined;
  let planned = 0;
  for (const channel of channels) {
    const parent = otherPosts.find((p) => p.channel === channel);
    const added = parent
      ? await store.planThreadPost(stored.id, channel, parent.threadOf ?? parent.id)
      : await store.planPost(stored.id, channel, { fresh: options.fresh ?? true, context });
    if (added) planned++;
  }
  return planned;
}

/** The message for a post: the readout, or, for a reply under another post, the comparison. */
export async function messageFor(
  store: Store,
  post: Post,
  stored: StoredReadout,
  render: RenderOptions,
): Promise<SlackMessage> {
  if (post.threadOf !== null) {
    const parent = await store.getPost(post.threadOf);
    const first = parent ? await store.getReadout(parent.readoutId) : null;
    if (first) return renderPairReply(input(first), input(stored), render);
  }
  return renderReadout(input(stored), render);
}

/**
 * For a reply: the ts of the post it goes under, or null while that post is not posted yet (the
 * reply then waits; it is never posted at the top level instead). Undefined for a top-level post.
 */
export async function parentTs(store: Store, post: Post): Promise<string | null | undefined> {
  if (post.threadOf === null) return undefined;
  const parent = await store.getPost(post.threadOf);
  return parent?.status === 'posted' ? parent.ts : null;
}

/**
 * A note's message: a change note with its source linked, or a context reply with a link to the
 * previous readout's post when that was posted in this channel (`chat.getPermalink`; no link
 * when Slack does not give one).
 */
async function noteMessage(store: Store, poster: Poster, note: ThreadNote): Promise<SlackMessage> {
  if (!note.contextOf) {
    const stored = await store.getReadout(note.readoutId);
    return renderChangeNote(note.text, stored ? (stored.readout.url ?? stored.link) : null);
  }
  const previous = (await store.postsFor(note.contextOf)).find(
    (p) => p.channel === note.channel && p.status === 'posted' && p.ts !== null,
  );
  const link =
    previous?.ts && poster.permalink
      ? await poster.permalink(note.channel, previous.ts).catch(() => null)
      : null;
  return renderContextNote(note.text, link);
}

/**
 * Posts the pending change notes and context replies, each in its post's thread, after the post's edit. A note is
 * marked as being sent before the call and as posted with its ts after: a failure puts it back
 * for the next cycle, and a note tried before is first looked for in its thread (by its
 * metadata), so that a crash or a lost answer never posts it twice.
 */
export async function deliverNotes(deps: {
  store: Store;
  poster: Poster;
  logger: Logger;
  /** Which channels may be called now (parked ones rest); told each outcome. */
  gate: ChannelGate;
  limit?: number;
}): Promise<{
  posted: number;
  failed: number;
  errors: { channel: string; readoutId: string; error: string }[];
}> {
  const out = { posted: 0, failed: 0, errors: [] as { channel: string; readoutId: string; error: string }[] };
  const { gate } = deps;
  for (const note of await deps.store.pendingNotes(deps.limit ?? 200, { restingAt: gate.restingAt })) {
    if (!(await gate.mayCall(note.channel))) continue;
    const log = { channel: note.channel, readoutId: note.readoutId, noteId: note.id };
    const message = await noteMessage(deps.store, deps.poster, note);
    message.metadata = { event_type: 'readout_note', event_payload: { note_id: String(note.id) } };
    try {
      // An earlier attempt may have reached Slack without its answer reaching us: look first.
      const earlier =
        note.attempts > 0 && deps.poster.findReply
          ? await deps.poster
              .findReply(note.channel, note.threadTs, 'readout_note', 'note_id', String(note.id))
              .catch((error: unknown) => {
                // Without a history scope (or when Slack limits history reads) the look-up fails:
                // the note is posted anyway, since a lost note is worse than a rare second one.
                deps.logger.warn(
                  { ...log, error: slackError(error) },
                  'thread not readable; posting the note',
                );
                return null;
              })
          : null;
      if (earlier) {
        await deps.store.markNotePosted(note.id, earlier);
        await gate.succeeded(note.channel);
        deps.logger.info({ ...log, ts: earlier }, 'change note found already posted; recorded');
        continue;
      }
      await deps.store.markNoteSending(note.id);
      const { ts } = await deps.poster.postReply(note.channel, note.threadTs, message);
      await deps.store.markNotePosted(note.id, ts);
      await gate.succeeded(note.channel);
      out.posted++;
      deps.logger.info({ ...log, ts }, 'change note posted in the thread');
    } catch (error) {
      const reason = slackError(error);
      await deps.store.markNoteFailed(note.id, reason);
      out.failed++;
      out.errors.push({ channel: note.channel, readoutId: note.readoutId, error: reason });
      await gate.failed(note.channel, reason);
      deps.logger.warn({ ...log, error: reason }, 'change note refused; kept for the next cycle');
    }
  }
  return out;
}
