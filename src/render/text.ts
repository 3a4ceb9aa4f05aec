import type { Readout } from '../readout/types.js';
import type { RenderInput, RenderOptions } from './blocks.js';
import {
  formatDate,
  formatDuration,
  formatSegments,
  formatStart,
  headline,
  KIND_LABELS,
  participantLine,
} from './format.js';

/** A readout for the terminal: what a Slack post would say, in plain text. Pure. */
export function renderReadoutText(
  input: Pick<RenderInput, 'readout' | 'partial' | 'link'> & { id?: string },
  options: RenderOptions,
): string {
  const r: Readout = input.readout;
  const lines: string[] = [];
  const title = headline(r);
  lines.push(title, '='.repeat(Math.min(title.length, 78)));
  if (input.partial)
    lines.push('! Partial readout: the page could not be read yet; only the feed item is shown.');
  lines.push(`Date:      ${r.date ? formatDate(r.date) : 'not stated'}`);
  lines.push(`Start:     ${formatStart(r, options.timeZone) ?? 'not stated'}`);
  lines.push(
    `Duration:  ${r.durationMinutes !== null ? formatDuration(r.durationMinutes, r.durationApproximate) : 'not stated'}`,
  );
  const parts = formatSegments(r);
  if (parts) lines.push(`Parts:     ${parts}`);
  lines.push(`Kind:      ${KIND_LABELS[r.kind]}${r.relation ? `   Relation: ${r.relation}` : ''}`);
  if (r.participants.length > 0) {
    lines.push('Participants:');
    for (const p of r.participants) lines.push(`  ${participantLine(p)}`);
  }
  if (r.keyPoints.length > 0) {
    lines.push('Key points:');
    for (const k of r.keyPoints) {
      const head = k.heading ? `${k.heading}. ` : '';
      lines.push(`  ${k.n}. ${head}${k.text.replace(/\n/g, '\n     ')}`);
      k.subPoints.forEach((s, i) => {
        lines.push(`       (${i + 1}) ${s}`);
      });
    }
  } else if (r.summary.length > 0) {
    lines.push('Summary:');
    for (const p of r.summary) lines.push(`  ${p}`);
  }
  lines.push(
    `Source:    ${r.url ?? (input.link || 'no URL given')} (${r.source})${input.id ? `   readout ${input.id}` : ''}`,
  );
  if (r.warnings.length > 0) {
    lines.push('Notes:');
    for (const w of r.warnings) lines.push(`  - ${w}`);
  }
  return lines.join('\n');
}
