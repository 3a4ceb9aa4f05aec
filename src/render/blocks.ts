import type { KeyPoint, Readout } from '../readout/types.js';
import {
  escapeMrkdwn,
  formatDate,
  formatDuration,
  formatSegments,
  formatStart,
  headline,
  KIND_LABELS,
  mrkdwnLink,
  participantLine,
  stripBidi,
} from './format.js';

/** Slack's published Block Kit and message limits, applied in one place. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  fallbackText: 3000,
  /** Slack refuses messages whose blocks carry much more text (msg_blocks_too_long, ~13k). */
  totalText: 11_000,
} as const;

export type Block = Record<string, unknown>;

export type SlackMessage = {
  text: string;
  blocks: Block[];
  metadata?: { event_type: string; event_payload: Record<string, string> };
  /** Key points the message could not show whole: they go, whole, into the post's thread. */
  overflow?: KeyPoint[];
};

/** What the renderer needs to know about a stored readout. */
export type RenderInput = {
  id: string;
  readout: Readout;
  /** The page URL to link, when the readout has none of its own. */
  link: string;
  partial: boolean;
};

export type RenderOptions = {
  /** The zone dates and times are also shown in (READOUT_TIMEZONE). */
  timeZone: string;
};

/** Cuts text to a limit on a word boundary, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Never leave half an escaped entity ("&am") or half a link ("<https://…") at the cut.
  const kept = (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/&[a-z]*$/, '').replace(/<[^>]*$/, '');
  return `${kept}…`;
}

const section = (text: string): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text: clip(text, LIMITS.sectionText) },
});
const context = (parts: string[]): Block => ({
  type: 'context',
  elements: parts
    .slice(0, LIMITS.contextElements)
    .map((text) => ({ type: 'mrkdwn', text: clip(text, 2000) })),
});

function keyPointText(point: KeyPoint): string {
  const lines: string[] = [];
  const head = point.heading ? `*${point.n}. ${escapeMrkdwn(point.heading)}*` : `*${point.n}.*`;
  lines.push(point.text ? `${head} ${escapeMrkdwn(point.text)}` : head);
  point.subPoints.forEach((sub, i) => {
    lines.push(`    (${i + 1}) ${escapeMrkdwn(sub)}`);
  });
  return lines.join('\n');
}

/** The facts line: date, start, duration, kind; a fact not stated says so, never guessed. */
export function factsText(readout: Readout, options: RenderOptions): string {
  const date = readout.date ? formatDate(readout.date) : 'date not stated';
  const start = formatStart(readout, options.timeZone) ?? 'start time not stated';
  const duration =
    readout.durationMinutes !== null
      ? formatDuration(readout.durationMinutes, readout.durationApproximate)
      : 'duration not stated';
  return `:date: ${date}   :clock3: ${start}   :hourglass_flowing_sand: ${duration}   :speech_balloon: ${KIND_LABELS[readout.kind]}`;
}

/** The key points as sections within the block and text budgets (the rest counted), or the summary. */
function bodyBlocks(
  readout: Readout,
  above: Block[],
  budget: number,
): { body: Block[]; overflow: KeyPoint[] } {
  const body: Block[] = [];
  const overflow: KeyPoint[] = [];
  if (readout.keyPoints.length === 0) {
    for (const paragraph of readout.summary.slice(0, Math.min(5, budget)))
      body.push(section(escapeMrkdwn(paragraph)));
    return { body, overflow };
  }
  // One section per point while both the block count and the total text allow.
  let used = above.reduce((n, b) => n + JSON.stringify(b).length, 0) + 500;
  let shown = 0;
  for (const point of readout.keyPoints) {
    const full = keyPointText(point);
    const block = section(full);
    const size = (block.text as { text: string }).text.length;
    if (body.length >= budget - 1 || used + size > LIMITS.totalText) break;
    body.push(block);
    used += size;
    shown++;
    if (full.length > LIMITS.sectionText) overflow.push(point);
  }
  overflow.push(...readout.keyPoints.slice(shown));
  const hidden = readout.keyPoints.length - shown;
  if (hidden > 0)
    body.push(
      context([`${hidden} more key point${hidden === 1 ? '' : 's'}: in the thread and at the source.`]),
    );
  return { body, overflow };
}

/** The notification text: title, date, who, and whether the readout is partial. */
function fallbackOf(readout: Readout, title: string, partial: boolean): string {
  const who = readout.participants.map((p) => p.name).join(' and ');
  return [
    title,
    readout.date ? formatDate(readout.date) : null,
    who || null,
    partial ? '(partial readout)' : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A readout as a Slack message: header with the title, the facts, the principals, the key points
 * in the source's order and words, the source link; fallback text always set; metadata
 * `readout_posted` with the readout id. Pure. Everything from a feed is escaped.
 */
export function renderReadout(input: RenderInput, options: RenderOptions): SlackMessage {
  const { readout } = input;
  const url = readout.url ?? input.link;
  const title = headline(readout);
  const blocks: Block[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: clip(stripBidi(title), LIMITS.headerText), emoji: false },
    },
  ];
  if (input.partial) {
    blocks.push(
      context([
        ':warning: *Partial readout:* the page could not be read yet, so only what the feed says is shown. It is retried on the next polls.',
      ]),
    );
  }
  blocks.push(section(factsText(readout, options)));
  const parts = formatSegments(readout);
  if (parts) blocks.push(context([`Parts: ${escapeMrkdwn(parts)}`]));
  if (readout.participants.length > 0) {
    blocks.push(section(readout.participants.map((p) => escapeMrkdwn(participantLine(p))).join('\n')));
  }

  const tail: Block[] = [];
  const link = mrkdwnLink(url, 'Read the source');
  const sourceParts = [link ? `${link} (${escapeMrkdwn(readout.source)})` : escapeMrkdwn(readout.source)];
  if (readout.published && readout.published !== readout.date)
    sourceParts.push(`page dated ${formatDate(readout.published)}`);
  sourceParts.push(`readout ${escapeMrkdwn(input.id)}`);
  tail.push({ type: 'divider' }, context(sourceParts));

  // Key points, one section each, within the block budget; the rest is counted, not dropped silently.
  const { body, overflow } = bodyBlocks(readout, blocks, LIMITS.blocks - blocks.length - tail.length - 1);
  if (body.length > 0) blocks.push({ type: 'divider' }, ...body);
  blocks.push(...tail);

  const fallback = fallbackOf(readout, title, input.partial);
  return {
    text: clip(escapeMrkdwn(fallback), LIMITS.fallbackText),
    blocks,
    ...(overflow.length > 0 ? { overflow } : {}),
    metadata: {
      event_type: 'readout_posted',
      event_payload: { readout_id: input.id, url: url && /^https?:\/\//i.test(url) ? url : '' },
    },
  };
}

/**
 * The attachment a readout link unfurls into (`chat.unfurl`): the title linked, the facts line
 * and the principals. Pure; escaped like every post.
 */
export function renderUnfurl(input: RenderInput, options: RenderOptions): { blocks: Block[] } {
  const { readout } = input;
  const url = readout.url ?? input.link;
  const title = headline(readout);
  const link = mrkdwnLink(url, title) ?? escapeMrkdwn(title);
  const blocks: Block[] = [section(`*${link}*\n${factsText(readout, options)}`)];
  if (readout.participants.length > 0)
    blocks.push(context([readout.participants.map((p) => escapeMrkdwn(participantLine(p))).join('   ')]));
  if (readout.keyPoints[0]) blocks.push(section(keyPointText(readout.keyPoints[0])));
  else if (readout.summary[0]) blocks.push(section(escapeMrkdwn(readout.summary[0])));
  return { blocks };
}

/** Splits text into pieces of at most `max` characters, at word boundaries where it can. */
function pieces(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf(' ', max);
    const at = cut > max * 0.6 ? cut : max;
    out.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Thread replies that carry, whole, the key points a post could not show (too long or too
 * many): each point in sections of at most 3,000 characters, 40 sections a reply.
 */
export function renderOverflowReplies(points: KeyPoint[]): SlackMessage[] {
  const sections = points.flatMap((p) => pieces(keyPointText(p), LIMITS.sectionText).map((t) => section(t)));
  const replies: SlackMessage[] = [];
  for (let i = 0; i < sections.length; i += 40) {
    const blocks = sections.slice(i, i + 40);
    replies.push({ text: `Key points, continued (${points.map((p) => p.n).join(', ')})`, blocks });
  }
  return replies;
}
