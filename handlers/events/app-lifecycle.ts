import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../src/app/logger.js';
import type { Store } from '../../src/store/index.js';
import { installationId } from '../oauth/installation-store.js';

/**
 * `app_uninstalled` and `tokens_revoked`.
 * - Single token: the token no longer works, so posts will fail until the app is installed
 *   again. Logged loudly for the operator; the planned posts are kept.
 * - Many workspaces (OAuth): the workspace has left. Its install is deleted, with its channels'
 *   subscriptions and unsent posts and its people's watches, so nothing keeps failing; other
 *   workspaces are untouched.
 *   `tokens_revoked` counts only when a bot token is among the revoked ones.
 */
export function createLifecycleListener(deps: { logger: Logger; store?: Store; multiWorkspace?: boolean }) {
  return async ({
    event,
    body,
    context,
  }: SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'> & AllMiddlewareArgs) => {
    const team = (body as { team_id?: string }).team_id ?? context.teamId;
    if (!deps.multiWorkspace || !deps.store) {
      deps.logger.warn(
        { event: event.type, team },
        'Slack says the app lost its access; posts wait until it is installed again',
      );
      return;
    }
    if (event.type === 'tokens_revoked' && (event.tokens.bot ?? []).length === 0) {
      deps.logger.info({ event: event.type, team }, 'user tokens revoked; Readout uses none');
      return;
    }
    const id = installationId({
      teamId: context.teamId ?? team,
      enterpriseId: context.enterpriseId,
      isEnterpriseInstall: context.isEnterpriseInstall,
    });
    if (!id) {
      deps.logger.warn({ event: event.type }, 'a workspace left but the event names none');
      return;
    }
    const removed = await deps.store.removeWorkspace(id);
    deps.logger.warn(
      { event: event.type, workspace: id, ...removed },
      'workspace left: its install, subscriptions, unsent posts and watches are removed',
    );
  };
}
