import type { Logger } from '../app/logger.js';
import type { SlackMessage } from '../render/blocks.js';
import type { Store } from '../store/index.js';
import type { Poster } from './poster.js';
import { slackError } from './slack-error.js';

/** Slack refuses the bot token itself: no post anywhere can work until a person fixes it. */
export const TOKEN_PROBLEMS = new Set(['invalid_auth', 'account_inactive', 'token_revoked']);

/** The `channel_problems` key under which a refused token is remembered (told once). */
export const TOKEN_PROBLEM_KEY = 'slack-token';

function tokenMessage(error: string): SlackMessage {
  const text = `Slack refuses Readout's bot token (\`${error}\`): nothing can be posted until the app is reinstalled or SLACK_BOT_TOKEN is replaced. The readouts wait and are posted as soon as it works again; you will not be told twice.`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/**
 * Tells once (remembered in the store until a post works again) that Slack refuses the token:
 * in the log, and in READOUT_ALERT_CHANNEL when set. With a dead token that alert cannot be
 * posted either; the log then says so, and the log stays the place where it is told.
 */
export async function reportTokenProblem(
  deps: { store: Store; poster: Poster; logger: Logger; alertChannel?: string | null },
  channel: string,
  error: string,
): Promise<void> {
  if (!(await deps.store.noteChannelProblem(TOKEN_PROBLEM_KEY, error))) return;
  deps.logger.error(
    { channel, error },
    'Slack refuses the bot token: nothing is posted until it is fixed; the readouts wait',
  );
  if (!deps.alertChannel) return;
  await deps.poster
    .post(deps.alertChannel, tokenMessage(error))
    .catch((e: unknown) =>
      deps.logger.warn(
        { target: deps.alertChannel, error: slackError(e) },
        'could not post the token alert (Slack refuses it too); the log above is the report',
      ),
    );
}
