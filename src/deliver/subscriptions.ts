import { officeOf } from '../readout/office-holders.js';
import type { Readout } from '../readout/types.js';
import type { Subscription } from '../store/index.js';

/**
 * The level of a readout: "leaders" when a head of state or government took part, "ministers"
 * when the principals are foreign ministers only; null when the titles say neither.
 */
export function levelOf(readout: Readout): 'leaders' | 'ministers' | null {
  const offices = readout.participants.map((p) => (p.title ? officeOf(p.title, p.country) : null));
  if (
    offices.some(
      (o) =>
        o === 'head_of_government' ||
        o === 'head_of_state' ||
        o === 'council_president' ||
        o === 'commission_president' ||
        o === 'monarch' ||
        o === 'supreme_leader',
    )
  )
    return 'leaders';
  if (offices.some((o) => o === 'foreign_minister')) return 'ministers';
  return null;
}

/**
 * Whether a subscription asks for a readout by its target, kind and level. Pure. Its words, when
 * it has some, need the search index: `planMatches` (watches.ts) checks them.
 */
export function subscriptionMatches(sub: Subscription, readout: Readout): boolean {
  if (sub.target !== 'all') {
    const byRelation = sub.target.includes('-');
    if (byRelation ? readout.relation !== sub.target : !readout.countries.includes(sub.target)) return false;
  }
  if (sub.kind && readout.kind !== sub.kind) return false;
  if (sub.level && levelOf(readout) !== sub.level) return false;
  return true;
}

/**
 * The channels a readout goes to: the fixed ones, then every matching subscription's, once each.
 * A subscription with words is left to `planMatches` (watches.ts).
 */
export function channelsFor(
  readout: Readout,
  fixed: readonly string[],
  subs: readonly Subscription[],
): string[] {
  const out = new Set(fixed);
  for (const sub of subs) if (!sub.words?.length && subscriptionMatches(sub, readout)) out.add(sub.channel);
  return [...out];
}
