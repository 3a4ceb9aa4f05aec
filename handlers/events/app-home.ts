import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHome } from '../../src/home/home-view.js';
import type { Logger } from '../../src/logger.js';
import type { Store } from '../../src/store/index.js';

export type AppHomeDeps = {
  store: Store;
  logger: Logger;
  feedUrls: readonly string[];
  /** When the poller runs next; null when nothing is scheduled. */
  nextPoll: () => Date | null;
  /** Many workspaces (OAuth): each workspace's Home lists only its own channels' subscriptions. */
  multiWorkspace?: boolean;
};

/** `app_home_opened`: publishes the Home tab (subscriptions, latest readouts, feed health). */
export function createAppHomeListener(deps: AppHomeDeps) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    const [all, feeds, latest, added, health, problems] = await Promise.all([
      deps.store.listSubscriptions(),
      deps.store.listFeeds(),
      deps.store.latestReadouts(10),
      deps.store.listFeedSources(),
      deps.store.listFeedHealth(),
      deps.store.listChannelProblems(),
    ]);
    const own = deps.multiWorkspace ? new Set(await deps.store.teamChannels(context.teamId ?? '')) : null;
    const subscriptions = own ? all.filter((s) => own.has(s.channel)) : all;
    const view = renderHome({
      subscriptions,
      feeds,
      latest,
      // The operator's feeds, then those added from Slack (`/readout feeds add`).
      feedUrls: [...new Set([...deps.feedUrls, ...added.map((f) => f.url)])],
      nextPoll: deps.nextPoll(),
      health,
      problems: own ? problems.filter((p) => own.has(p.channel)) : problems,
    });
    try {
      await client.views.publish({ user_id: event.user, view: view as never });
    } catch (error) {
      deps.logger.warn({ err: error, user: event.user }, 'views.publish failed');
    }
  };
}
