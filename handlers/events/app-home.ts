import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../src/app/logger.js';
import { renderHome } from '../../src/home/home-view.js';
import { homeRelations } from '../../src/home/relation-charts.js';
import type { Store } from '../../src/store/index.js';
import { userRole } from '../commands/user-role.js';

export type AppHomeDeps = {
  store: Store;
  logger: Logger;
  feedUrls: readonly string[];
  /** When the poller runs next; null when nothing is scheduled. */
  nextPoll: () => Date | null;
  /** Many workspaces (OAuth): each workspace's Home lists only its own channels' subscriptions. */
  multiWorkspace?: boolean;
};

/**
 * Publishes the Home tab for one user: subscriptions, latest readouts, feed health and the
 * source catalogue, with an **Add** button per source for admins and owners (their role is read
 * from Slack; anyone else, or a failed check, sees the catalogue without buttons). `notice` is a
 * line at the top (what a button press did). A refused publish is logged, never thrown.
 */
export async function publishHome(
  deps: AppHomeDeps,
  client: WebClient,
  user: string,
  teamId: string | undefined,
  notice: string | null = null,
): Promise<void> {
  const [all, feeds, latest, added, health, problems, role] = await Promise.all([
    deps.store.listSubscriptions(),
    deps.store.listFeeds(),
    deps.store.latestReadouts(10),
    deps.store.listFeedSources(),
    deps.store.listFeedHealth(),
    deps.store.listChannelProblems(),
    userRole(client, user),
  ]);
  const own = deps.multiWorkspace ? new Set(await deps.store.teamChannels(teamId ?? '')) : null;
  const subscriptions = own ? all.filter((s) => own.has(s.channel)) : all;
  // Each relation (not a country, not "all") the channels subscribe to, once.
  const relations = [...new Set(subscriptions.map((s) => s.target).filter((t) => t.includes('-')))];
  const charted = await homeRelations(
    {
      store: deps.store,
      files: client.files,
      team: teamId ?? '',
      today: new Date().toISOString().slice(0, 10),
    },
    relations,
  ).catch((error: unknown) => {
    deps.logger.warn({ err: error }, 'home relations failed');
    return [];
  });
  const view = renderHome({
    relations: charted,
    subscriptions,
    feeds,
    latest,
    // The operator's feeds, then those added from Slack (`/readout feeds add`).
    feedUrls: [...new Set([...deps.feedUrls, ...added.map((f) => f.url)])],
    nextPoll: deps.nextPoll(),
    health,
    problems: own ? problems.filter((p) => own.has(p.channel)) : problems,
    catalogue: { canAdd: role.ok && role.admin },
    notice,
  });
  try {
    await client.views.publish({ user_id: user, view: view as never });
  } catch (error) {
    deps.logger.warn({ err: error, user }, 'views.publish failed');
  }
}

/** `app_home_opened`: publishes the Home tab (`publishHome`). */
export function createAppHomeListener(deps: AppHomeDeps) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    await publishHome(deps, client, event.user, context.teamId);
  };
}
