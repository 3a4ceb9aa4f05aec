import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { countryName, flagEmoji } from '../readout/countries.js';
import type { Participant, Readout, ReadoutKind } from '../readout/types.js';

/**
 * Escapes text from a feed or page for Slack mrkdwn: `&`, `<` and `>` become entities, so
 * `<!channel>`, `<@U123>` and `<url|label>` in a title are shown, never acted on. A bare
 * `@channel`, `@here` or `@everyone` (which Slack's preprocessing of mrkdwn may turn into a
 * ping) gets an invisible word joiner after the `@`; bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which could turn the rest of a message around, are dropped.
 */
export function escapeMrkdwn(text: string): string {
  return stripBidi(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=(channel|here|everyone)\b)/gi, '@\u2060');
}

/** Text without bidirectional overrides and isolates, for plain_text fields from a feed. */
export function stripBidi(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}

/** A link Slack will render, or null when the URL is not http(s) (no `javascript:` links). */
export function mrkdwnLink(url: string | null, label: string): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const safeUrl = parsed.toString().replace(/[<>|]/g, encodeURIComponent);
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  return `<${safeUrl}|${safeLabel}>`;
}

export const KIND_LABELS: Record<ReadoutKind, string> = {
  telephone: 'telephone talk',
  video: 'video conference',
  meeting: 'meeting',
  courtesy_call: 'courtesy call',
  other: 'talk',
};

/** "Fri 9 Mar 2018" for an ISO date. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), 'EEE d MMM yyyy');
}

/** "about 30 min", "1 h 45 min", "35 min". */
export function formatDuration(minutes: number, approximate: boolean): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const amount = h > 0 ? `${h} h${m > 0 ? ` ${m} min` : ''}` : `${m} min`;
  return approximate ? `about ${amount}` : amount;
}

/**
 * The parts of an event when the readout gives two or more ("Summit meeting from 18:15, about
 * 60 min · dinner, about 70 min"); null otherwise. Plain text: the caller escapes it.
 */
export function formatSegments(readout: Readout): string | null {
  const parts = readout.segments ?? [];
  if (parts.length < 2) return null;
  return parts
    .map((s) => {
      const name = s.name ? s.name.charAt(0).toUpperCase() + s.name.slice(1) : 'Part';
      const start = s.start ? ` from ${s.start}` : '';
      const minutes = s.minutes !== null ? `, ${formatDuration(s.minutes, readout.durationApproximate)}` : '';
      return `${name}${start}${minutes}`;
    })
    .join(' · ');
}

function zoneLabel(zone: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  if (zone === 'Asia/Tokyo') return 'JST';
  // A zone named by its letters ("CET", "EET"): those letters.
  if (!zone.includes('/')) return zone;
  const city = zone.split('/').pop() ?? zone;
  return `${city.replace(/_/g, ' ')} time`;
}

/**
 * The start time as the source states it, with its zone, and the same instant in the display
 * zone when that differs: "around 08:50 JST (23:50 UTC on Thu 8 Mar)".
 */
export function formatStart(readout: Readout, displayZone: string): string | null {
  const start = readout.start;
  if (!start) return null;
  const prefix = start.approximate ? 'around ' : '';
  if (!start.timeZone) return `${prefix}${start.time} local time (zone not stated)`;
  const local = `${prefix}${start.time} ${zoneLabel(start.timeZone)}`;
  if (!readout.date || start.timeZone === displayZone) return local;
  const [y, mo, d] = readout.date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = start.time.split(':').map(Number) as [number, number];
  const instant = new TZDate(y, mo - 1, d, hh, mm, start.timeZone);
  const shown = instant.withTimeZone(displayZone);
  const sameDay = format(shown, 'yyyy-MM-dd') === readout.date;
  const other = `${format(shown, 'HH:mm')} ${zoneLabel(displayZone)}${sameDay ? '' : ` on ${format(shown, 'EEE d MMM')}`}`;
  return `${local} (${other})`;
}

/** "Japan–United States" for a relation's countries. */
export function relationLabel(readout: Readout): string | null {
  if (readout.countries.length < 2) return null;
  return readout.countries.map((c) => countryName(c)).join('–');
}

/** One participant as plain text (not escaped): flag, name, title. */
export function participantLine(p: Participant): string {
  return `${flagEmoji(p.country)} ${p.name}${p.title ? `, ${p.title}` : ''}`;
}

/** The heading of a readout: its title, else one made of the relation and the kind. */
export function headline(readout: Readout): string {
  if (readout.title) return readout.title;
  const relation = relationLabel(readout);
  const kind = KIND_LABELS[readout.kind];
  return relation ? `${relation} ${kind}` : `Readout (${kind})`;
}
