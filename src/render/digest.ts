import { format } from 'date-fns/format';
import type { Readout } from '../readout/types.js';
import { type Block, clip, LIMITS, type RenderInput, type SlackMessage } from './blocks.js';
import {
  escapeMrkdwn,
  formatDate,
  formatDuration,
  headline,
  KIND_LABELS,
  mrkdwnLink,
  relationLabel,
} from './format.js';

export type DigestRenderInput = {
  digestId: string;
  /** 'daily' or 'weekly' (a channel's setting) or 'burst' (too many new readouts at once). */
  kind: 'daily' | 'weekly' | 'burst';
  /** The relation the channel's digest covers, '' for everything. */
  target: string;
  items: RenderInput[];
};

/** Names shown per line before "+N". */
const MAX_NAMES = 3;
/** A title longer than this is cut in a digest line (the post of its own shows it whole). */
const MAX_TITLE = 200;

const plainDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** "20–21 Nov 2026", "30 Nov–1 Dec 2026", "30 Dec 2025–2 Jan 2026", or "20 Nov 2026". */
export function dateRange(dates: string[]): string | null {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return null;
  const a = plainDate(first);
  const b = plainDate(last);
  if (first === last) return format(a, 'd MMM yyyy');
  if (first.slice(0, 7) === last.slice(0, 7)) return `${format(a, 'd')}–${format(b, 'd MMM yyyy')}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${format(a, 'd MMM')}–${format(b, 'd MMM yyyy')}`;
  return `${format(a, 'd MMM yyyy')}–${format(b, 'd MMM yyyy')}`;
}

/** One readout as a digest line: date, kind, principals, duration, linked title; all escaped. */
export function digestLine(item: RenderInput): string {
  const r = item.readout;
  const names = r.participants.map((p) => p.name);
  const who =
    names.length === 0
      ? (relationLabel(r) ?? 'participants not stated')
      : `${names.slice(0, MAX_NAMES).join(', ')}${names.length > MAX_NAMES ? ` +${names.length - MAX_NAMES}` : ''}`;
  const duration =
    r.durationMinutes !== null
      ? formatDuration(r.durationMinutes, r.durationApproximate)
      : 'duration not stated';
  const title = clip(headline(r), MAX_TITLE);
  const link = mrkdwnLink(r.url ?? item.link, title) ?? escapeMrkdwn(title);
  const date = r.date ? formatDate(r.date) : 'date not stated';
  const partial = item.partial ? ' _(partial)_' : '';
  return `• ${date} · ${KIND_LABELS[r.kind]} · ${escapeMrkdwn(who)} · ${duration} · ${link}${partial}`;
}

/** Oldest event first (undated last), then in the order they were stored. */
function byEventDate(a: RenderInput, b: RenderInput): number {
  const da = a.readout.date ?? '9999';
  const dbb = b.readout.date ?? '9999';
  return da < dbb ? -1 : da > dbb ? 1 : Number(a.id) - Number(b.id);
}

/** Readouts grouped by relation, groups in the order their first readout comes. */
function groups(items: RenderInput[]): { relation: string | null; label: string; items: RenderInput[] }[] {
  const out = new Map<string, { relation: string | null; label: string; items: RenderInput[] }>();
  for (const item of [...items].sort(byEventDate)) {
    const key = item.readout.relation ?? '';
    let group = out.get(key);
    if (!group) {
      group = { relation: item.readout.relation, label: groupLabel(item.readout), items: [] };
      out.set(key, group);
    }
    group.items.push(item);
  }
  return [...out.values()];
}

function groupLabel(r: Readout): string {
  return r.relation ? (relationLabel(r) ?? r.relation) : 'Other readouts';
}

/** "Readout daily digest (japan-us): 7 readouts, 20–21 Nov 2026" (plain text, not escaped). */
export function digestTitle(input: Pick<DigestRenderInput, 'kind' | 'target' | 'items'>): string {
  const n = input.items.length;
  const what =
    input.kind === 'burst'
      ? 'Readout digest'
      : `Readout ${input.kind} digest${input.target ? ` (${input.target})` : ''}`;
  const count = `${n} ${input.kind === 'burst' ? 'new ' : ''}readout${n === 1 ? '' : 's'}`;
  const range = dateRange(input.items.flatMap((i) => (i.readout.date ? [i.readout.date] : [])));
  return `${what}: ${count}${range ? `, ${range}` : ''}`;
}

/** The line for what did not fit: how many, and the lookups that find them. */
function moreLine(omitted: RenderInput[]): Block {
  const relations = [...new Set(omitted.flatMap((i) => (i.readout.relation ? [i.readout.relation] : [])))];
  const hint =
    relations.length > 0
      ? relations
          .slice(0, 3)
          .map((r) => `\`/readout ${r} list 20\``)
          .join(', ')
      : '`/readout search <words>`';
  return {
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: clip(
          `…and ${omitted.length} more readout${omitted.length === 1 ? '' : 's'}: ${hint} finds them.`,
          2000,
        ),
      },
    ],
  };
}

/**
 * A digest as one Slack message: a header with the count and the dates, then the readouts one
 * line each, grouped by relation, oldest first. Within Slack's limits (50 blocks, 3,000
 * characters a section, the total well under Slack's cap): what does not fit is counted in an
 * "and N more" line with a lookup to find them. Fallback text always set; metadata
 * `readout_digest` with the digest id and the readout ids. Pure; everything from a feed escaped.
 */
export function renderDigest(input: DigestRenderInput): SlackMessage {
  const title = digestTitle(input);
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, LIMITS.headerText), emoji: false } },
  ];
  if (input.kind === 'burst')
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'So many readouts came at once that they are listed here in one message instead of one post each.',
        },
      ],
    });

  // Room for the sections: the blocks left after the header, the note and a closing line.
  const maxSections = LIMITS.blocks - blocks.length - 1;
  const sections: string[] = [];
  const omitted: RenderInput[] = [];
  let used = title.length + 200;
  let current = '';
  let full = false;
  /** Adds lines (kept together) to the current section or a new one; false when out of room. */
  const add = (lines: string[], gap: boolean): boolean => {
    const text = lines.join('\n');
    if (full || used + text.length + 2 > LIMITS.totalText) return false;
    const joined = current ? `${current}\n${gap ? '\n' : ''}${text}` : text;
    if (joined.length <= LIMITS.sectionText) {
      current = joined;
    } else {
      if (sections.length + 2 > maxSections) return false;
      sections.push(current);
      current = text;
    }
    used += text.length + 2;
    return true;
  };
  for (const group of groups(input.items)) {
    // A group heading goes with its first line, never alone at the end of a section.
    const [first, ...rest] = group.items.map((item) => ({ item, line: digestLine(item) }));
    const heading = `*${escapeMrkdwn(group.label)}* (${group.items.length})`;
    if (!first || !add([heading, first.line], true)) {
      full = true;
      omitted.push(...group.items);
      continue;
    }
    for (const { item, line } of rest) {
      if (!add([line], false)) {
        full = true;
        omitted.push(item);
      }
    }
  }
  if (current) sections.push(current);
  for (const text of sections) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });

  if (omitted.length > 0) blocks.push(moreLine(omitted));

  const titles = [...input.items].sort(byEventDate).map((i) => clip(headline(i.readout), 150));
  return {
    text: clip(escapeMrkdwn(`${title}: ${titles.join('; ')}`), LIMITS.fallbackText),
    blocks,
    metadata: {
      event_type: 'readout_digest',
      event_payload: {
        digest_id: input.digestId,
        readout_ids: input.items.map((i) => i.id).join(','),
      },
    },
  };
}
