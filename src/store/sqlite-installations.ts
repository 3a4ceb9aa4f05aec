import type Database from 'better-sqlite3';
import type { Store, WorkspaceInstallation, WorkspaceRemoval } from './store.js';

type InstallationRow = {
  id: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: number;
  bot_token: string;
  bot_user_id: string | null;
  data: string;
};

function toInstallation(row: InstallationRow): WorkspaceInstallation {
  return {
    id: row.id,
    teamId: row.team_id,
    enterpriseId: row.enterprise_id,
    isEnterpriseInstall: row.is_enterprise_install === 1,
    botToken: row.bot_token,
    botUserId: row.bot_user_id,
    data: row.data,
  };
}

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
 * The SQLite side of many workspaces (migration 8): installs keyed by team id (enterprise id for
 * an org-wide install), and the workspace of each channel a command was typed in.
 */
export function sqliteInstallations(db: Database.Database, now: () => string): InstallationMethods {
  const q = {
    save: db.prepare(
      `INSERT INTO installations (id, team_id, enterprise_id, is_enterprise_install, bot_token, bot_user_id, data, installed_at, updated_at)
       VALUES (@id, @teamId, @enterpriseId, @isEnterpriseInstall, @botToken, @botUserId, @data, @now, @now)
       ON CONFLICT (id) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
         is_enterprise_install = excluded.is_enterprise_install, bot_token = excluded.bot_token,
         bot_user_id = excluded.bot_user_id, data = excluded.data, updated_at = excluded.updated_at`,
    ),
    find: db.prepare<[string], InstallationRow>('SELECT * FROM installations WHERE id = ?'),
    remember: db.prepare(
      `INSERT INTO channel_teams (channel, team_id, enterprise_id, seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (channel) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
         seen_at = excluded.seen_at`,
    ),
    // The team's own install first, else its enterprise's org-wide install.
    tokenFor: db.prepare<[string], { bot_token: string }>(
      `SELECT i.bot_token FROM channel_teams c
       JOIN installations i ON i.id = c.team_id OR (i.is_enterprise_install = 1 AND i.id = c.enterprise_id)
       WHERE c.channel = ? ORDER BY i.is_enterprise_install LIMIT 1`,
    ),
    teamChannels: db.prepare<[string], { channel: string }>(
      'SELECT channel FROM channel_teams WHERE team_id = ? ORDER BY channel',
    ),
    delete: db.prepare('DELETE FROM installations WHERE id = ?'),
    // A team's channels; for an enterprise id, the channels of its teams that have no install of their own.
    dropSubscriptions: db.prepare(
      `DELETE FROM subscriptions WHERE channel IN (
         SELECT channel FROM channel_teams WHERE team_id = @id
         UNION SELECT channel FROM channel_teams WHERE enterprise_id = @id
           AND team_id NOT IN (SELECT id FROM installations))`,
    ),
    dropPosts: db.prepare(
      `DELETE FROM posts WHERE status <> 'posted' AND channel IN (
         SELECT channel FROM channel_teams WHERE team_id = @id
         UNION SELECT channel FROM channel_teams WHERE enterprise_id = @id
           AND team_id NOT IN (SELECT id FROM installations))`,
    ),
    dropEdits: db.prepare(
      `UPDATE posts SET needs_update = 0 WHERE needs_update = 1 AND channel IN (
         SELECT channel FROM channel_teams WHERE team_id = @id
         UNION SELECT channel FROM channel_teams WHERE enterprise_id = @id
           AND team_id NOT IN (SELECT id FROM installations))`,
    ),
  };

  const remove = db.transaction((id: string): WorkspaceRemoval => {
    const installation = q.delete.run(id).changes > 0;
    const subscriptions = q.dropSubscriptions.run({ id }).changes;
    const posts = q.dropPosts.run({ id }).changes;
    q.dropEdits.run({ id });
    return { installation, subscriptions, posts };
  });

  return {
    async saveInstallation(i) {
      q.save.run({
        id: i.id,
        teamId: i.teamId,
        enterpriseId: i.enterpriseId,
        isEnterpriseInstall: i.isEnterpriseInstall ? 1 : 0,
        botToken: i.botToken,
        botUserId: i.botUserId,
        data: i.data,
        now: now(),
      });
    },
    async findInstallation(id) {
      const row = q.find.get(id);
      return row ? toInstallation(row) : null;
    },
    async rememberChannelTeam(channel, teamId, enterpriseId) {
      q.remember.run(channel, teamId, enterpriseId, now());
    },
    async botTokenForChannel(channel) {
      return q.tokenFor.get(channel)?.bot_token ?? null;
    },
    async teamChannels(teamId) {
      return q.teamChannels.all(teamId).map((r) => r.channel);
    },
    async removeWorkspace(id) {
      return remove(id);
    },
  };
}
