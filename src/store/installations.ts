import { sql as sqlTag } from 'kysely';
import { isSet } from './schema.js';
import type { Sql } from './sql.js';
import type { Store, WorkspaceInstallation, WorkspaceRemoval } from './store.js';

type InstallationMethods = Pick<
  Store,
  | 'saveInstallation'
  | 'findInstallation'
  | 'rememberChannelTeam'
  | 'botTokenForChannel'
  | 'teamChannels'
  | 'removeWorkspace'
>;

/**
 * Many workspaces (SQLite migration 8, PostgreSQL 2): installs keyed by team id (enterprise id
 * for an org-wide install), and the workspace of each channel a command was typed in.
 */
export function installations(sql: Sql): InstallationMethods {
  return { ...installationRows(sql), ...channelTokens(sql), ...workspaceRemoval(sql) };
}

/** Workspace installations. */
function installationRows({
  db,
  run,
  first,
  now,
}: Sql): Pick<Store, 'saveInstallation' | 'findInstallation'> {
  return {
    async saveInstallation(i) {
      const at = now();
      await run(
        db
          .insertInto('installations')
          .values({
            id: i.id,
            team_id: i.teamId,
            enterprise_id: i.enterpriseId,
            is_enterprise_install: i.isEnterpriseInstall,
            bot_token: i.botToken,
            bot_user_id: i.botUserId,
            data: i.data,
            installed_at: at,
            updated_at: at,
          })
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              team_id: eb.ref('excluded.team_id'),
              enterprise_id: eb.ref('excluded.enterprise_id'),
              is_enterprise_install: eb.ref('excluded.is_enterprise_install'),
              bot_token: eb.ref('excluded.bot_token'),
              bot_user_id: eb.ref('excluded.bot_user_id'),
              data: eb.ref('excluded.data'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          ),
      );
    },
    async findInstallation(id) {
      const row = await first(db.selectFrom('installations').selectAll().where('id', '=', id));
      return row ? toInstallation(row) : null;
    },
  };
}

/** Which workspace a channel is in, and its token. */
function channelTokens({
  db,
  run,
  all,
  first,
  now,
  flag,
}: Sql): Pick<Store, 'rememberChannelTeam' | 'botTokenForChannel' | 'teamChannels'> {
  return {
    async rememberChannelTeam(channel, teamId, enterpriseId) {
      await run(
        db
          .insertInto('channel_teams')
          .values({ channel, team_id: teamId, enterprise_id: enterpriseId, seen_at: now() })
          .onConflict((oc) =>
            oc.column('channel').doUpdateSet((eb) => ({
              team_id: eb.ref('excluded.team_id'),
              enterprise_id: eb.ref('excluded.enterprise_id'),
              seen_at: eb.ref('excluded.seen_at'),
            })),
          ),
      );
    },
    async botTokenForChannel(channel) {
      // The team's own install first, else its enterprise's org-wide install.
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
    async teamChannels(teamId) {
      const rows = await all(
        db.selectFrom('channel_teams').select('channel').where('team_id', '=', teamId).orderBy('channel'),
      );
      return rows.map((r) => r.channel);
    },
  };
}

/** Removing a workspace and what it had. */
function workspaceRemoval({ db, tx, flag }: Sql): Pick<Store, 'removeWorkspace'> {
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
    async removeWorkspace(id) {
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

function toInstallation(row: {
  id: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: boolean | number;
  bot_token: string;
  bot_user_id: string | null;
  data: string;
}): WorkspaceInstallation {
  return {
    id: row.id,
    teamId: row.team_id,
    enterpriseId: row.enterprise_id,
    isEnterpriseInstall: isSet(row.is_enterprise_install),
    botToken: row.bot_token,
    botUserId: row.bot_user_id,
    data: row.data,
  };
}
