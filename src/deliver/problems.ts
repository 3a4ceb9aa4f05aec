import type { Logger } from '../app/logger.js';
import type { SlackMessage } from '../render/blocks.js';
import type { Store } from '../store/index.js';
import type { Poster } from './poster.js';

/**
 * Slack errors about the channel itself: people must fix them, no retry can. The channel is
 * parked (parking.ts). `not_in_channel` gets here only after a failed join.
 */
export const CHANNEL_PROBLEMS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
]);

/**
 * What to tell a person whose channel the app cannot post to, in plain words: what is wrong,
 * what to do, and that nothing is lost meanwhile. Pure.
 */
export function problemMessage(channel: string, error: string): SlackMessage {
  const where = `<#${channel}>`;
  const what =
    error === 'is_archived' || error === 'channel_is_archived'
      ? `${where} is archived, so Readout cannot post the readouts it is subscribed to. Unarchive it, or subscribe another channel (\`/readout subscribe …\` there) and unsubscribe this one.`
      : error === 'not_in_channel'
        ? `Readout is not a member of ${where} and could not join it by itself. Invite it there: type \`/invite @Readout\` in ${where}.`
        : `Readout cannot find ${where}: it may be a private channel Readout was never invited to, or a channel that was deleted. In a private channel, type \`/invite @Readout\`; for a deleted one, subscribe another channel.`;
  const text = `${what} The readouts wait: Readout tries the channel again after 10 minutes, then less and less often (at most a day apart), and at once when someone types a \`/readout\` command there. They are posted as soon as it works again; you will not be told twice.`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/**
 * Tells the people who subscribed a channel that the app cannot post there (a direct message
 * from the app), and the alert channel when one is set. The caller tells each problem once
 * (`Store.parkChannel` says whether it is news).
 */
export async function tellChannelProblem(
  deps: { store: Store; poster: Poster; logger: Logger; alertChannel?: string | null },
  channel: string,
  error: string,
): Promise<void> {
  const message = problemMessage(channel, error);
  const people = new Set(
    (await deps.store.listSubscriptions(channel)).flatMap((s) => (s.createdBy ? [s.createdBy] : [])),
  );
  const targets = [...people];
  if (deps.alertChannel && deps.alertChannel !== channel) targets.push(deps.alertChannel);
  deps.logger.warn(
    { channel, error, told: targets.length },
    'cannot post to a channel; telling its subscribers',
  );
  for (const target of targets) {
    // Best effort: a failed notice is logged, never a reason to stop delivering elsewhere.
    await deps.poster
      .post(target, message)
      .catch((e: unknown) =>
        deps.logger.warn({ channel, target, err: e }, 'could not tell about a channel problem'),
      );
  }
}
