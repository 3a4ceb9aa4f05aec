import { type Selectable, sql as sqlTag } from 'kysely';
import { type Database, isSet } from './schema.js';
import type { Sql } from './sql.js';
import type { WorkspaceInstallation, WorkspaceRemoval } from './store.js';

/**
 * Many workspaces (SQLite migration 8, PostgreSQL 2): installs keyed by team id (enterprise id
 * for an org-wide install), and the workspace of each channel a command was typed in.
 */
export function installations(sql: Sql) {
  return { ...installationRows(sql), ...channelTokens(sql), ...workspaceRemoval(sql) };
}

/** Workspace installations. */
function installationRows({ db, first, now, upsert }: Sql) {
  return {
    /** Saves a workspace's install; a second install of the same workspace replaces the first. */
    async saveInstallation(i: WorkspaceInstallation) {
      const at = now();
      const values = {
        team_id: i.teamId,
        enterprise_id: i.enterpriseId,
        is_enterprise_install: i.isEnterpriseInstall,
        bot_token: i.botToken,
        bot_user_id: i.botUserId,
        data: i.data,
        updated_at: at,
      };
      await upsert('installations', { id: i.id }, values, { installed_at: at });
    },
    /** The install of a team, or the org-wide install of an enterprise, by its id. */
    async findInstallation(id: string) {
      const row = await first(db.selectFrom('installations').selectAll().where('id', '=', id));
      return row ? toInstallation(row) : null;
    },
  };
}

/** Which workspace a channel is in, and its token. */
function channelTokens({ db, all, first, now, flag, upsert }: Sql) {
  return {
    /**
     * Records the workspace of a channel, or of a user (posting to a user id opens the app's direct
     * message with them), from a command typed there; the latest wins.
     */
    async rememberChannelTeam(channel: string, teamId: string, enterpriseId: string | null) {
      await upsert(
        'channel_teams',
        { channel },
        { team_id: teamId, enterprise_id: enterpriseId, seen_at: now() },
      );
    },
    /**
     * The bot token for posting in a channel: that of the channel's team, else of its enterprise's
     * org-wide install; null when the channel's workspace is unknown or not installed.
     */
    async botTokenForChannel(channel: string) {
      const row = await first(
        db
          .selectFrom('channel_teams as c')
          .innerJoin('installations as i', (join) =>
            join.on((eb) =>
              eb.or([
                eb('i.id', '=', eb.ref('c.team_id')),
                eb.and([
                  eb('i.is_enterprise_install', '=', flag(true)),
                  eb('i.id', '=', eb.ref('c.enterprise_id')),
                ]),
              ]),
            ),
          )
          .select('i.bot_token')
          .where('c.channel', '=', channel)
          .orderBy('i.is_enterprise_install')
          .limit(1),
      );
      return row?.bot_token ?? null;
    },
    /** The channels last seen in a team (a workspace's own view, e.g. its App Home). */
    async teamChannels(teamId: string) {
      const rows = await all(
        db.selectFrom('channel_teams').select('channel').where('team_id', '=', teamId).orderBy('channel'),
      );
      return rows.map((r) => r.channel);
    },
  };
}

/** Removing a workspace and what it had. */
function workspaceRemoval({ db, tx, flag }: Sql) {
  /** A team's channels; for an enterprise id, its teams' channels that have no install of their own. */
  const channelsOf = (id: string) =>
    db
      .selectFrom('channel_teams')
      .select('channel')
      .where('team_id', '=', id)
      .union(
        db
          .selectFrom('channel_teams')
          .select('channel')
          .where('enterprise_id', '=', id)
          .where('team_id', 'not in', db.selectFrom('installations').select('id')),
      );

  return {
    /**
     * A workspace left (uninstalled, or its bot token revoked): in one transaction, deletes its
     * install, the subscriptions of its channels and their posts not yet made, and cancels edits
     * of its posted messages. `id` is the team id, or the enterprise id of an org-wide install.
     * Channels of other workspaces are untouched.
     */
    async removeWorkspace(id: string) {
      return tx(async ({ run }): Promise<WorkspaceRemoval> => {
        // The install goes first, so an enterprise's teams without one of their own count.
        const installation = (await run(db.deleteFrom('installations').where('id', '=', id))).changes > 0;
        const subscriptions = (
          await run(db.deleteFrom('subscriptions').where('channel', 'in', channelsOf(id)))
        ).changes;
        const posts = (
          await run(
            db
              .deleteFrom('posts')
              .where('status', '<>', sqlTag.lit('posted'))
              .where('channel', 'in', channelsOf(id)),
          )
        ).changes;
        await run(
          db
            .updateTable('posts')
            .set({ needs_update: false })
            .where('needs_update', '=', flag(true))
            .where('channel', 'in', channelsOf(id)),
        );
        // Its people's watches: a user id is recorded with its workspace by every command they type
        // (their direct messages, planned or not, went with the posts above).
        const watches = (await run(db.deleteFrom('watches').where('user_id', 'in', channelsOf(id)))).changes;
        return { installation, subscriptions, posts, watches };
      });
    },
  };
}

/**
 * A workspace's OAuth install (or an org-wide install on Enterprise Grid). `data` is the
 * whole record Bolt handed over, as JSON, so that it is given back exactly as stored.
 */
export function toInstallation(row: Selectable<Database['installations']>) {
  return {
    /** The team id; for an org-wide install, the enterprise id. */
    id: row.id,
    teamId: row.team_id,
    enterpriseId: row.enterprise_id,
    isEnterpriseInstall: isSet(row.is_enterprise_install),
    /** Secret: never logged. */
    botToken: row.bot_token,
    botUserId: row.bot_user_id,
    data: row.data,
  };
}
