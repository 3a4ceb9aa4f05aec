import { targetLabel } from '../commands/parse-command.js';
import { describeParked, PARKED_HEAD } from '../deliver/parking.js';
import { healthNote } from '../feeds/health.js';
import type { Block } from '../render/blocks.js';
import { escapeMrkdwn, formatDate, headline, KIND_LABELS, mrkdwnLink } from '../render/format.js';
import type { ChannelProblem, FeedHealth, FeedState, StoredReadout, Subscription } from '../store/index.js';

export type HomeInput = {
  subscriptions: Subscription[];
  latest: StoredReadout[];
  feeds: FeedState[];
  /** Configured feed URLs (a feed never polled yet has no state). */
  feedUrls: readonly string[];
  nextPoll: Date | null;
  /** Back-off, 410 (disabled) and 301 (moved) of the feeds that have any. */
  health?: FeedHealth[];
  /** Channel problems; the parked channels among them are listed (parking.ts). */
  problems?: ChannelProblem[];
  /** For "next try": now. */
  now?: Date;
};

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'never');

/**
 * The App Home tab: channel subscriptions (and the channels at rest), the latest readouts and
 * feed health (last fetch, last error, next poll). Pure; at most 100 blocks, as Slack allows for Home tabs.
 */
export function renderHome(input: HomeInput): { type: 'home'; blocks: Block[] } {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: 'Readout' } }];
  const section = (text: string): Block => ({
    type: 'section',
    text: { type: 'mrkdwn', text: text.slice(0, 3000) },
  });

  blocks.push(section('*Subscriptions*'));
  blocks.push(
    section(
      input.subscriptions.length === 0
        ? 'No channel subscribes yet. In a channel, type `/readout subscribe japan-us`.'
        : input.subscriptions
            .map((s) => {
              const filters = [s.kind ? `${s.kind} only` : null, s.level ? `${s.level}` : null]
                .filter(Boolean)
                .join(', ');
              return `• <#${s.channel}>: ${escapeMrkdwn(targetLabel(s.target))}${filters ? ` (${filters})` : ''}`;
            })
            .join('\n'),
    ),
  );

  const parked = describeParked(input.problems ?? [], input.now ?? new Date());
  if (parked.length > 0) blocks.push(section([PARKED_HEAD, ...parked].join('\n')));

  blocks.push({ type: 'divider' }, section('*Latest readouts*'));
  blocks.push(
    section(
      input.latest.length === 0
        ? 'No readout yet.'
        : input.latest
            .map((row) => {
              const r = row.readout;
              const link = mrkdwnLink(r.url ?? row.link, headline(r)) ?? escapeMrkdwn(headline(r));
              return `• ${r.date ? formatDate(r.date) : 'date not stated'} · ${KIND_LABELS[r.kind]} · ${link}`;
            })
            .join('\n'),
    ),
  );

  blocks.push({ type: 'divider' }, section('*Feeds*'));
  const states = new Map(input.feeds.map((f) => [f.url, f]));
  const healthOf = new Map((input.health ?? []).map((h) => [h.url, h]));
  for (const url of input.feedUrls.slice(0, 80)) {
    const f = states.get(url);
    const health = !f
      ? ':white_circle: not polled yet'
      : f.consecutiveErrors > 0
        ? `:red_circle: ${f.consecutiveErrors} failed poll${f.consecutiveErrors === 1 ? '' : 's'}: ${escapeMrkdwn(f.lastError ?? 'unknown error')}`
        : ':large_green_circle: healthy';
    blocks.push(
      section(
        `${escapeMrkdwn(url)}\n${health} · last fetch ${when(f?.lastFetchedAt ?? null)} · last success ${when(f?.lastSuccessAt ?? null)}${healthNote(healthOf.get(url))}`,
      ),
    );
  }
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: `Next poll: ${input.nextPoll ? when(input.nextPoll.toISOString()) : 'not scheduled'}`,
      },
    ],
  });
  return { type: 'home', blocks: blocks.slice(0, 100) };
}
