import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { type FeedsCommandDeps, runFeedsCommand } from '../../src/commands/feeds.js';
import { catalogueSource } from '../../src/feeds/catalogue.js';
import { escapeMrkdwn } from '../../src/render/format.js';
import { userRole } from '../commands/user-role.js';
import { type AppHomeDeps, publishHome } from '../events/app-home.js';

export type CatalogueAddDeps = AppHomeDeps & { feeds: Omit<FeedsCommandDeps, 'store' | 'roleOf'> };

/**
 * The **Add** button of a catalogue source in the App Home: the same check and role rule as
 * `/readout feeds add <id>` (admins and owners only, checked again here), then the Home tab is
 * published again with the answer at its top.
 */
export function createCatalogueAddAction(deps: CatalogueAddDeps) {
  return async ({
    ack,
    body,
    action,
    client,
    context,
  }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const user = body.user.id;
    const entry = catalogueSource(action.value ?? '');
    let notice: string;
    if (!entry) {
      notice = `:warning: \`${escapeMrkdwn(action.value ?? '')}\` is no longer in the catalogue.`;
    } else {
      try {
        const answer = await runFeedsCommand(
          { kind: 'feeds_add', url: entry.url, linkPattern: entry.linkPattern ?? null, sourceId: entry.id },
          { ...deps.feeds, store: deps.store, roleOf: (id) => userRole(client, id) },
          user,
        );
        notice = answer.text;
        deps.logger.info({ source: entry.id, user }, 'catalogue source add pressed in the App Home');
      } catch (error) {
        deps.logger.error({ err: error, source: entry.id }, 'adding a catalogue source failed');
        notice = `Sorry, Readout could not add \`${entry.id}\` just now. Please try again in a moment.`;
      }
    }
    await publishHome(deps, client, user, context.teamId, notice);
  };
}
