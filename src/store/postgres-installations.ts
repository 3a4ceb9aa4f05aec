import type { PgExec, Row } from './postgres.js';
import type { Store, WorkspaceInstallation } from './store.js';

function toInstallation(row: Row): WorkspaceInstallation {
  return {
    id: String(row.id),
    teamId: row.team_id === null ? null : String(row.team_id),
    enterpriseId: row.enterprise_id === null ? null : String(row.enterprise_id),
    isEnterpriseInstall: row.is_enterprise_install === true,
    botToken: String(row.bot_token),
    botUserId: row.bot_user_id === null ? null : String(row.bot_user_id),
    data: String(row.data),
  };
}

/** A team's channels; for an enterprise id, its teams' channels that have no install of their own. */
const CHANNELS_OF = `SELECT channel FROM channel_teams WHERE team_id = $1
  UNION SELECT channel FROM channel_teams WHERE enterprise_id = $1 AND team_id NOT IN (SELECT id FROM installations)`;

/** The PostgreSQL side of many workspaces: the same statements as `sqlite-installations.ts`. */
export function postgresInstallations({
  q,
  tx,
  now,
}: PgExec): Pick<
  Store,
  | 'saveInstallation'
  | 'findInstallation'
  | 'rememberChannelTeam'
  | 'botTokenForChannel'
  | 'teamChannels'
  | 'removeWorkspace'
> {
  return {
    async saveInstallation(i) {
      await q(
        `INSERT INTO installations (id, team_id, enterprise_id, is_enterprise_install, bot_token, bot_user_id, data, installed_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
         ON CONFLICT (id) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
           is_enterprise_install = excluded.is_enterprise_install, bot_token = excluded.bot_token,
           bot_user_id = excluded.bot_user_id, data = excluded.data, updated_at = excluded.updated_at`,
        [i.id, i.teamId, i.enterpriseId, i.isEnterpriseInstall, i.botToken, i.botUserId, i.data, now()],
      );
    },
    async findInstallation(id) {
      const [row] = await q('SELECT * FROM installations WHERE id = $1', [id]);
      return row ? toInstallation(row) : null;
    },
    async rememberChannelTeam(channel, teamId, enterpriseId) {
      await q(
        `INSERT INTO channel_teams (channel, team_id, enterprise_id, seen_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (channel) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
           seen_at = excluded.seen_at`,
        [channel, teamId, enterpriseId, now()],
      );
    },
    async botTokenForChannel(channel) {
      const [row] = await q(
        `SELECT i.bot_token FROM channel_teams c
         JOIN installations i ON i.id = c.team_id OR (i.is_enterprise_install AND i.id = c.enterprise_id)
         WHERE c.channel = $1 ORDER BY i.is_enterprise_install LIMIT 1`,
        [channel],
      );
      return row ? String(row.bot_token) : null;
    },
    async teamChannels(teamId) {
      return (await q('SELECT channel FROM channel_teams WHERE team_id = $1 ORDER BY channel', [teamId])).map(
        (r) => String(r.channel),
      );
    },
    async removeWorkspace(id) {
      return tx(async (query) => {
        // In SQLite's order: the install goes first, so an enterprise's teams without one of their own count.
        const installation =
          (await query('DELETE FROM installations WHERE id = $1 RETURNING id', [id])).length > 0;
        const subscriptions = (
          await query(`DELETE FROM subscriptions WHERE channel IN (${CHANNELS_OF}) RETURNING id`, [id])
        ).length;
        const posts = (
          await query(
            `DELETE FROM posts WHERE status <> 'posted' AND channel IN (${CHANNELS_OF}) RETURNING id`,
            [id],
          )
        ).length;
        await query(
          `UPDATE posts SET needs_update = FALSE WHERE needs_update AND channel IN (${CHANNELS_OF})`,
          [id],
        );
        return { installation, subscriptions, posts };
      });
    },
  };
}
