import { targetLabel } from '../commands/parse-command.js';
import { carriesText } from '../commands/sources.js';
import { describeParked, PARKED_HEAD } from '../deliver/parking.js';
import { quoteWords } from '../deliver/watches.js';
import { CATALOGUE, type CatalogueSource } from '../feeds/catalogue.js';
import { healthNote } from '../feeds/health.js';
import { flagEmoji } from '../readout/countries.js';
import type { Block } from '../render/blocks.js';
import { escapeMrkdwn, formatDate, headline, KIND_LABELS, mrkdwnLink } from '../render/format.js';
import type { ChannelProblem, FeedHealth, FeedState, StoredReadout, Subscription } from '../store/index.js';
import type { HomeRelation } from './relation-charts.js';

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
  /**
   * The source catalogue: shown when given, with an **Add** button on each source this
   * workspace does not poll yet when the viewer may add feeds (an admin or owner).
   */
  catalogue?: { canAdd: boolean; entries?: readonly CatalogueSource[] };
  /** A line at the top: what the last button press did ("Added `gov-uk-pm` …"). */
  notice?: string | null;
  /** The subscribed relations with their last contact and 12-month chart (relation-charts.ts). */
  relations?: HomeRelation[];
};

/** The action id of a catalogue source's **Add** button; its value is the source id. */
export const CATALOGUE_ADD_ACTION = 'catalogue_add';

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
  if (input.notice) blocks.push(section(input.notice));

  blocks.push(section('*Subscriptions*'));
  blocks.push(
    section(
      input.subscriptions.length === 0
        ? 'No channel subscribes yet. In a channel, type `/readout subscribe japan-us`.'
        : input.subscriptions
            .map((s) => {
              // A word filter as `/readout subscriptions` shows it: only readouts with these words.
              const filters = [
                s.kind ? `${s.kind} only` : null,
                s.level ? `${s.level}` : null,
                s.words?.length ? `with ${quoteWords(s.words)}` : null,
              ]
                .filter(Boolean)
                .join(', ');
              return `• <#${s.channel}>: ${escapeMrkdwn(targetLabel(s.target))}${filters ? ` (${filters})` : ''}`;
            })
            .join('\n'),
    ),
  );

  blocks.push(...relationBlocks(input.relations ?? [], section));

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

  const catalogue = input.catalogue ? catalogueBlocks(input, section) : [];
  blocks.push({ type: 'divider' }, section('*Feeds*'));
  const states = new Map(input.feeds.map((f) => [f.url, f]));
  const healthOf = new Map((input.health ?? []).map((h) => [h.url, h]));
  // Slack allows 100 blocks in a Home tab: the feeds take what the catalogue leaves.
  const room = Math.max(1, Math.min(80, 100 - blocks.length - catalogue.length - 1));
  for (const url of input.feedUrls.slice(0, room)) {
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
  blocks.push(...catalogue);
  return { type: 'home', blocks: blocks.slice(0, 100) };
}

/** The catalogue in the Home tab: one section per source, an **Add** button where one may add it. */
function catalogueBlocks(input: HomeInput, section: (text: string) => Block): Block[] {
  const entries = input.catalogue?.entries ?? CATALOGUE;
  const polled = new Set(input.feedUrls);
  const canAdd = input.catalogue?.canAdd ?? false;
  const head = canAdd
    ? '*Source catalogue*: add a government source with its button (or `/readout feeds add <id>`); `/readout sources` shows more about each.'
    : '*Source catalogue*: workspace admins and owners add sources; `/readout sources` shows more about each.';
  const rows = entries.map((s): Block => {
    const status = polled.has(s.url) ? ':large_green_circle: polled' : ':heavy_minus_sign: not polled';
    const warn = s.terms?.restricted ? ' · :warning: terms restrict redistribution' : '';
    const unconfirmed = s.evidence.confirmed ? '' : ' · _unconfirmed_';
    const row = section(
      `${flagEmoji(s.government)} \`${s.id}\` ${escapeMrkdwn(s.publisher)}: ${escapeMrkdwn(s.title)}\n${carriesText(s)} · ${status}${warn}${unconfirmed}`,
    );
    if (!canAdd || polled.has(s.url)) return row;
    return {
      ...row,
      accessory: {
        type: 'button',
        text: { type: 'plain_text', text: 'Add' },
        action_id: CATALOGUE_ADD_ACTION,
        value: s.id,
        ...(s.terms?.restricted
          ? {
              confirm: {
                title: { type: 'plain_text', text: 'Terms restrict reuse' },
                text: { type: 'mrkdwn', text: escapeMrkdwn(s.terms.summary).slice(0, 300) },
                confirm: { type: 'plain_text', text: 'Add anyway' },
                deny: { type: 'plain_text', text: 'Cancel' },
              },
            }
          : {}),
      },
    };
  });
  return [{ type: 'divider' }, section(head), ...rows];
}

/** Each subscribed relation: its last contact, then its chart of the last 12 months. */
function relationBlocks(relations: readonly HomeRelation[], section: (text: string) => Block): Block[] {
  if (relations.length === 0) return [];
  const blocks: Block[] = [
    { type: 'divider' },
    section('*Relations*: readouts per month, the last 12 months'),
  ];
  for (const r of relations) {
    const total = r.months.reduce((n, m) => n + m.count, 0);
    const last = r.lastContact ? `last contact ${formatDate(r.lastContact)}` : 'no contact on record';
    const note = r.note ? `\n_${escapeMrkdwn(r.note)}_` : '';
    blocks.push(section(`*${escapeMrkdwn(r.relation)}* · ${last} · ${total} in 12 months${note}`));
    if (r.fileId)
      blocks.push({
        type: 'image',
        slack_file: { id: r.fileId },
        alt_text: `${r.relation}: readouts per month, the last 12 months: ${r.months.map((m) => m.count).join(', ')}`,
      });
  }
  return blocks;
}
