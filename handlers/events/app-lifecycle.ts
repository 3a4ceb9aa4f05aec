import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';

/**
 * `app_uninstalled` and `tokens_revoked`: the token no longer works, so posts will fail until
 * the app is installed again. Logged loudly for the operator; the planned posts are kept.
 */
export function createLifecycleListener(deps: { logger: Logger }) {
  return async ({
    event,
    body,
  }: SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'> & AllMiddlewareArgs) => {
    deps.logger.warn(
      { event: event.type, team: (body as { team_id?: string }).team_id },
      'Slack says the app lost its access; posts wait until it is installed again',
    );
  };
}
