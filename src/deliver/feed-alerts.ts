import type { Logger } from '../app/logger.js';
import type { Store } from '../store/index.js';
import type { Poster } from './poster.js';
import { slackError } from './slack-error.js';

/** Alerts sent per delivery, at most. */
const ALERTS_PER_DELIVERY = 50;

/**
 * Sends the feed alerts the poller queued (feeds/health.ts) to READOUT_ALERT_CHANNEL, oldest
 * first, each once: marked sent as soon as Slack answers. Without an alert channel they are
 * logged and marked so. A refused alert stays queued (tried again next delivery, up to 5 times)
 * and stops the others for this delivery. Returns the alerts posted.
 */
export async function deliverFeedAlerts(deps: {
  store: Store;
  poster: Poster;
  logger: Logger;
  alertChannel?: string | null;
}): Promise<number> {
  let posted = 0;
  for (const alert of await deps.store.pendingFeedAlerts(ALERTS_PER_DELIVERY)) {
    // Taken before the call to Slack: another instance reading the same list skips it.
    if (!(await deps.store.claimFeedAlert(alert.id))) continue;
    if (!deps.alertChannel) {
      deps.logger.warn(
        { feedUrl: alert.feedUrl, alert: alert.text },
        'feed alert (READOUT_ALERT_CHANNEL not set)',
      );
      await deps.store.markFeedAlertSent(alert.id, null);
      continue;
    }
    try {
      const { ts } = await deps.poster.post(deps.alertChannel, {
        text: alert.text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: alert.text.slice(0, 3000) } }],
      });
      await deps.store.markFeedAlertSent(alert.id, ts);
      posted++;
    } catch (error) {
      const reason = slackError(error);
      await deps.store.markFeedAlertFailed(alert.id, reason);
      deps.logger.warn(
        { feedUrl: alert.feedUrl, error: reason },
        'feed alert not posted; kept for the next delivery',
      );
      break;
    }
  }
  return posted;
}
