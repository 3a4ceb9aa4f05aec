import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { nextDigestAt } from '../deliver/digest-schedule.js';
import type { RenderOptions } from '../render/blocks.js';
import type { DigestSetting, Store } from '../store/index.js';
import type { DigestCommand } from './parse-digest.js';

type Answer = { response_type: 'ephemeral'; text: string };
const ephemeral = (text: string): Answer => ({ response_type: 'ephemeral', text });

/** "Sat 28 Nov 2026 08:00 (UTC)": when a digest goes out, in the display zone. */
function when(at: Date, zone: string): string {
  return `${format(new TZDate(at.getTime(), zone), 'EEE d MMM yyyy HH:mm')} (${zone})`;
}

const scope = (target: string) => (target ? `*${target}* readouts` : 'everything it receives');

/** One line per digest setting of a channel, with when the next one goes out. */
export function describeDigests(settings: DigestSetting[], now: Date, zone: string): string[] {
  return settings.map(
    (s) =>
      `• ${s.period} digest of ${scope(s.target)}, next ${when(nextDigestAt(s.period, now, zone), zone)}`,
  );
}

/**
 * `/readout digest …` for the channel it was typed in: set, change, stop or show its digest.
 * Setting one holds new readouts from now on; stopping one releases the readouts it held at
 * the next poll (one burst digest if they are more than the threshold).
 */
export async function runDigestCommand(
  command: DigestCommand,
  deps: { store: Store; render: RenderOptions; clock?: () => Date },
  channelId: string,
  userId: string,
): Promise<Answer> {
  const now = (deps.clock ?? (() => new Date()))();
  const zone = deps.render.timeZone;
  const here = `<#${channelId}>`;
  const target = command.relation?.slug ?? '';
  if (command.period === null) {
    const settings = await deps.store.listDigestSettings(channelId);
    if (settings.length === 0)
      return ephemeral(
        `${here} has no digest: each readout is posted as it arrives. \`/readout digest daily\` makes it one message a day.`,
      );
    const rest = settings.every((s) => s.target !== '') ? ['Other readouts are posted one by one.'] : [];
    return ephemeral([`*Digests of ${here}*`, ...describeDigests(settings, now, zone), ...rest].join('\n'));
  }
  if (command.period === 'off') {
    const removed = await deps.store.removeDigest(channelId, target);
    return ephemeral(
      removed
        ? `${here} no longer gets a digest of ${scope(target)}: new readouts are posted one by one again. Readouts it was holding go out at the next poll.`
        : `${here} has no digest of ${scope(target)}; \`/readout digest\` shows what it has.`,
    );
  }
  const result = await deps.store.setDigest({
    channel: channelId,
    target,
    period: command.period,
    createdBy: userId || null,
  });
  const next = when(nextDigestAt(command.period, now, zone), zone);
  if (result === 'unchanged')
    return ephemeral(
      `${here} already gets a ${command.period} digest of ${scope(target)}; the next is ${next}.`,
    );
  const schedule = command.period === 'daily' ? 'every day at 08:00' : 'every Monday at 08:00';
  const others = target ? ' Other readouts are still posted one by one.' : '';
  return ephemeral(
    `${here} now gets a ${command.period} digest of ${scope(target)}: one message ${schedule} (${zone}), at the first poll from then, listing the readouts since the last one; none when there were none. The first is ${next}.${others}`,
  );
}
