/**
 * What changed between two parses of one readout page: the facts a reader sees, never the
 * warnings. Pure. An empty list means the page changed in nothing that matters (a new
 * tracking pixel, a reworded footer), and nothing is edited.
 */
import type { KeyPoint, Participant, Readout } from './types.js';

export type ReadoutChange = {
  /** Which fact: "title", "date", "start", "duration", "kind", "participants", "key point 4", "summary". */
  field: string;
  /** A short plain-text description ("duration 30 minutes → 35 minutes"); not escaped. */
  text: string;
};

const clockOf = (r: Readout) =>
  r.start
    ? `${r.start.approximate ? 'around ' : ''}${r.start.time}${r.start.timeZone ? ` ${r.start.timeZone}` : ''}`
    : null;
const durationOf = (r: Readout) =>
  r.durationMinutes === null ? null : `${r.durationApproximate ? 'about ' : ''}${r.durationMinutes} minutes`;
const person = (p: Participant) => `${p.name}${p.title ? ` (${p.title})` : ''}`;
const pointText = (k: KeyPoint) => [k.heading ?? '', k.text, ...k.subPoints].join('\n').trim();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function fromTo(
  field: string,
  label: string,
  before: string | null,
  after: string | null,
): ReadoutChange | null {
  if (before === after) return null;
  if (before === null) return { field, text: `${label} now stated: ${after}` };
  if (after === null) return { field, text: `${label} no longer stated (was ${before})` };
  return { field, text: `${label} ${before} → ${after}` };
}

/** The changes from `before` to `after`, in the order a post shows them. */
export function diffReadouts(before: Readout, after: Readout): ReadoutChange[] {
  const changes: (ReadoutChange | null)[] = [];
  if (squash(before.title ?? '') !== squash(after.title ?? ''))
    changes.push({ field: 'title', text: before.title && after.title ? 'title reworded' : 'title changed' });
  changes.push(fromTo('date', 'date', before.date, after.date));
  changes.push(fromTo('start', 'start time', clockOf(before), clockOf(after)));
  changes.push(fromTo('duration', 'duration', durationOf(before), durationOf(after)));
  if (before.kind !== after.kind)
    changes.push({ field: 'kind', text: `kind ${before.kind} → ${after.kind}` });

  const was = new Set(before.participants.map(person));
  const now = new Set(after.participants.map(person));
  const added = [...now].filter((p) => !was.has(p));
  const removed = [...was].filter((p) => !now.has(p));
  if (added.length > 0 || removed.length > 0) {
    const parts = [
      ...(added.length > 0 ? [`${added.join(', ')} added`] : []),
      ...(removed.length > 0 ? [`${removed.join(', ')} removed`] : []),
    ];
    changes.push({ field: 'participants', text: `participants: ${parts.join('; ')}` });
  }

  const n = Math.max(before.keyPoints.length, after.keyPoints.length);
  for (let i = 0; i < n; i++) {
    const a = before.keyPoints[i];
    const b = after.keyPoints[i];
    const field = `key point ${i + 1}`;
    if (!a) changes.push({ field, text: `${field} added` });
    else if (!b) changes.push({ field, text: `${field} removed` });
    else if (squash(pointText(a)) !== squash(pointText(b)))
      changes.push({ field, text: `${field} reworded` });
  }
  const summaryBefore = squash(before.summary.join('\n'));
  const summaryAfter = squash(after.summary.join('\n'));
  if (summaryBefore !== summaryAfter) {
    const delta = after.summary.length - before.summary.length;
    const text =
      delta > 0
        ? `${delta} paragraph${delta === 1 ? '' : 's'} added`
        : delta < 0
          ? `${-delta} paragraph${delta === -1 ? '' : 's'} removed`
          : 'text reworded';
    changes.push({ field: 'summary', text });
  }
  return changes.filter((c): c is ReadoutChange => c !== null);
}

/** One line for a thread: "The source page changed: duration 30 minutes → 35 minutes; key point 4 added." */
export function describeChanges(changes: readonly ReadoutChange[]): string {
  const shown = changes.slice(0, 8).map((c) => c.text);
  if (changes.length > shown.length) shown.push(`${changes.length - shown.length} more changes`);
  return `The source page changed: ${shown.join('; ')}.`;
}
