import type { WebClient } from '@slack/web-api';
import type { RoleCheck } from '../../src/commands/feeds.js';
import { slackError } from '../../src/deliver/slack-error.js';

/** How long the role check waits for Slack (the web client would retry for many minutes). */
const ROLE_TIMEOUT_MS = 8000;

/**
 * The user's workspace role from `users.info` (`is_primary_owner`, `is_owner`, `is_admin`;
 * needs the `users:read` scope). A Slack error comes back as its error code, never thrown.
 */
export async function userRole(client: WebClient, userId: string): Promise<RoleCheck> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<RoleCheck>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: 'no answer from Slack in time' }), ROLE_TIMEOUT_MS);
  });
  const ask = client.users.info({ user: userId }).then(
    (res): RoleCheck => {
      const user = res.user;
      if (!user) return { ok: false, error: 'user_not_found' };
      const role = user.is_primary_owner
        ? 'primary owner'
        : user.is_owner
          ? 'owner'
          : user.is_admin
            ? 'admin'
            : user.is_restricted
              ? 'guest'
              : 'member';
      return { ok: true, admin: Boolean(user.is_admin || user.is_owner || user.is_primary_owner), role };
    },
    (error: unknown): RoleCheck => ({ ok: false, error: slackError(error) }),
  );
  try {
    return await Promise.race([ask, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
