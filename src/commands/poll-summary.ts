import type { CycleReport } from '../app/cycle.js';

/**
 * Why a one-off poll (`readout poll`, `--dry-run`) printed or posted nothing, in one sentence for
 * stderr; null when something went out. The reasons in the order they are checked: no feed,
 * no feed answering, nothing new, new readouts with no channel to go to, new readouts outside
 * the first-poll window (or held back as not readouts).
 */
export function whyNothingPosted(
  report: CycleReport,
  context: { dryRun: boolean; channelSet: boolean; firstPollDays: number },
): string | null {
  const { poll, delivery } = report;
  if (delivery.posted + delivery.digests + delivery.failed + delivery.updated + delivery.notes > 0)
    return null;
  if (poll.feeds.length === 0)
    return 'there is no feed to poll (READOUT_FEEDS is empty and no feed was added from Slack)';
  if (poll.feeds.every((f) => f.status === 'error' || f.status === 'skipped'))
    return 'no feed answered this time (each is listed above with its reason)';
  if (poll.newReadouts === 0)
    return context.dryRun
      ? 'the feeds have no item that the database (DATABASE_URL) does not already hold; a dry run shows only what a real run would post now'
      : 'the feeds have no item that the database does not already hold';
  if (poll.postsPlanned === 0 && !context.channelSet && !context.dryRun)
    return `${poll.newReadouts} new readouts were stored, but READOUT_CHANNEL is unset and no channel subscribes (\`/readout subscribe\`)`;
  if (poll.postsPlanned === 0)
    return `${poll.newReadouts} new readouts were stored and none is to be posted: on a feed's first poll only items published within READOUT_FIRST_POLL_DAYS (${context.firstPollDays}) days are posted, and pages that are not readouts are held back`;
  return null;
}
