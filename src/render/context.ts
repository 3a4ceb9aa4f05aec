/**
 * The context reply a readout's post gets in its thread (issue 16): the previous readout of the
 * same relation (date, kind, days before this one, a link to its post when it was posted in
 * this channel) and this readout's topics, new ones and those that recur. A reply rather than a
 * context line in the post: the post stays short, and the reply is simply not planned when the
 * relation has no earlier readout. Pure; everything from a feed is escaped.
 */

import type { Readout } from '../readout/types.js';
import { statsRowOf } from '../stats/figures.js';
import { termsOf, topicsOf } from '../stats/topics.js';
import { clip, type SlackMessage } from './blocks.js';
import { escapeMrkdwn, formatDate, KIND_LABELS, mrkdwnLink } from './format.js';

/** At most this many topics of each sort. */
const MAX_TOPICS = 5;

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Whether two topic keys name the same thing ("indo-pacific" within "indo-pacific region"). */
function sameTopic(a: string, b: string): boolean {
  if (a === b) return true;
  const inside = (short: string, long: string) => ` ${long} `.includes(` ${short} `);
  return inside(a, b) || inside(b, a);
}

/** The latest of the earlier readouts (by date; the first in the list on a tie). */
function latest(earlier: readonly (Readout & { date: string })[]): (Readout & { date: string }) | null {
  let best: (Readout & { date: string }) | null = null;
  for (const r of earlier) if (!best || r.date > best.date) best = r;
  return best;
}

/**
 * The reply's text (without the link to the previous post, found when it is sent), or null when
 * the relation has no dated readout before this one. `earlier` are the relation's readouts
 * before `current`, in any order.
 */
export function contextText(current: Readout, earlier: readonly Readout[]): string | null {
  if (!current.date) return null;
  const date = current.date;
  const before = earlier.filter((r): r is Readout & { date: string } => r.date !== null && r.date <= date);
  const previous = latest(before);
  if (!previous) return null;
  const days = Math.round((dayOf(date) - dayOf(previous.date)) / DAY);
  const ago = days === 0 ? 'the same day' : `${days} day${days === 1 ? '' : 's'} before this one`;
  const lines = [
    `:link: *Previous readout of this relation:* ${KIND_LABELS[previous.kind]}, ${formatDate(previous.date)} (${ago})`,
  ];
  const countries = statsRowOf({ ...current, date }).countries;
  const own = topicsOf([termsOf(current)], countries, 50, 1);
  if (own.length > 0) {
    const seen = topicsOf(before.map(termsOf), countries, 10_000, 1).map((t) => t.term.toLowerCase());
    const recurs = (term: string) => seen.some((key) => sameTopic(term.toLowerCase(), key));
    const list = (terms: string[]) => terms.slice(0, MAX_TOPICS).map(escapeMrkdwn).join(', ');
    const fresh = own.filter((t) => !recurs(t.term)).map((t) => t.term);
    const again = own.filter((t) => recurs(t.term)).map((t) => t.term);
    if (fresh.length > 0) lines.push(`*New this time:* ${list(fresh)}`);
    if (again.length > 0) lines.push(`*Recurring:* ${list(again)}`);
  }
  return lines.join('\n');
}

/** The reply as posted: the text, with a link to the previous post on its first line when known. */
export function renderContextNote(text: string, previousPost: string | null): SlackMessage {
  const [first = '', ...rest] = text.split('\n');
  const link = mrkdwnLink(previousPost, 'its post');
  const body = [link ? `${first} · ${link}` : first, ...rest].join('\n');
  return {
    text: clip(first.replace(/^:link: /, '').replace(/\*/g, ''), 3000),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: clip(body, 3000) } }],
  };
}
