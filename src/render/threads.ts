/**
 * What goes into a post's thread: the other side's readout of the same event, compared with
 * the first, and a note when a source page changed. Pure; everything from a page is escaped;
 * Slack's limits applied through `clip` and LIMITS.
 */

import { lookupTable } from '../app/lookup.js';
import { pointsOnlyIn } from '../readout/compare.js';
import type { Readout } from '../readout/types.js';
import { clip, type RenderInput, type RenderOptions, type SlackMessage } from './blocks.js';
import {
  escapeMrkdwn,
  formatDate,
  formatDuration,
  formatStart,
  headline,
  KIND_LABELS,
  mrkdwnLink,
} from './format.js';

const SOURCE_LABELS = lookupTable<string>({
  mofa: 'MOFA',
  kantei: 'Kantei',
  govonline: 'JapanGov',
  whitehouse: 'White House',
  state: 'State Department',
  ukgov: 'GOV.UK',
  pmgc: 'Prime Minister of Canada',
  kremlin: 'Kremlin',
  eu: 'EU',
  vietnam: 'Viet Nam government',
  india: 'India',
  korea: 'Office of the President (Korea)',
  pmau: 'Prime Minister of Australia',
  elysee: 'Élysée',
  bundesregierung: 'German Federal Government',
});

/** "White House", "MOFA": who issued a readout. */
export function sourceLabel(readout: Readout): string {
  return SOURCE_LABELS[readout.source] ?? readout.source;
}

/** At most this many points a side, each clipped: the thread stays a comparison, not a copy. */
const MAX_POINTS = 5;
const MAX_POINT_CHARS = 400;

const section = (text: string) => ({
  type: 'section',
  text: { type: 'mrkdwn', text: clip(text, 3000) },
});

function people(r: Readout): string {
  if (r.participants.length === 0) return 'not stated';
  return r.participants.map((p) => escapeMrkdwn(`${p.name}${p.title ? ` (${p.title})` : ''}`)).join('; ');
}

function when(r: Readout, options: RenderOptions): string {
  const date = r.date ? formatDate(r.date) : 'date not stated';
  const start = formatStart(r, options.timeZone) ?? 'start time not stated';
  return `${date}, ${escapeMrkdwn(start)}`;
}

function duration(r: Readout): string {
  return r.durationMinutes === null ? 'not stated' : formatDuration(r.durationMinutes, r.durationApproximate);
}

function onlyIn(side: Readout, other: Readout): string {
  const points = pointsOnlyIn(side, other);
  const label = `*Only in the ${escapeMrkdwn(sourceLabel(side))} readout*`;
  if (points.length === 0) return `${label}: nothing the other side leaves out.`;
  const lines = points.slice(0, MAX_POINTS).map((p) => `• ${escapeMrkdwn(clip(p, MAX_POINT_CHARS))}`);
  if (points.length > MAX_POINTS) lines.push(`…and ${points.length - MAX_POINTS} more at the source.`);
  return `${label}:\n${lines.join('\n')}`;
}

/**
 * The reply a readout gets in the thread of the post of the same event from another government:
 * its title linked, then side by side the participants, date and start, duration, and the
 * points each side reports that the other does not (by their words; see readout/compare.ts).
 * Carries `readout_posted` metadata like a post.
 */
export function renderPairReply(
  first: RenderInput,
  second: RenderInput,
  options: RenderOptions,
): SlackMessage {
  const a = first.readout;
  const b = second.readout;
  const la = escapeMrkdwn(sourceLabel(a));
  const lb = escapeMrkdwn(sourceLabel(b));
  const url = b.url ?? second.link;
  const title = headline(b);
  const link = mrkdwnLink(url, title) ?? escapeMrkdwn(title);
  const blocks = [
    section(
      `:left_right_arrow: *The ${lb} readout of the same ${KIND_LABELS[b.kind === 'other' ? a.kind : b.kind]}:* ${link}`,
    ),
    section(
      [
        `*Participants*\n• ${la}: ${people(a)}\n• ${lb}: ${people(b)}`,
        `*Date and start*\n• ${la}: ${when(a, options)}\n• ${lb}: ${when(b, options)}`,
        `*Duration*\n• ${la}: ${duration(a)}\n• ${lb}: ${duration(b)}`,
      ].join('\n'),
    ),
    section(onlyIn(b, a)),
    section(onlyIn(a, b)),
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Points compared by their words: a point is listed when most of its key words are missing from the other readout. Readout ${escapeMrkdwn(second.id)}.`,
        },
      ],
    },
  ];
  return {
    text: clip(escapeMrkdwn(`The ${sourceLabel(b)} readout of the same event: ${title}`), 3000),
    blocks,
    metadata: {
      event_type: 'readout_posted',
      event_payload: { readout_id: second.id, url: url && /^https?:\/\//i.test(url) ? url : '' },
    },
  };
}

/** The note a post's thread gets when its source page changed (the post is edited in place). */
export function renderChangeNote(note: string, link: string | null): SlackMessage {
  const source = mrkdwnLink(link, 'the source');
  const text = `:pencil2: ${escapeMrkdwn(note)} The post above now shows the new version${source ? `; see ${source}` : ''}.`;
  return { text: clip(escapeMrkdwn(note), 3000), blocks: [section(text)] };
}
