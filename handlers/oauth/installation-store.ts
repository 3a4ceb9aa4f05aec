import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Store } from '../../src/store/index.js';

/** The key of an install: the team id, or the enterprise id of an org-wide install. */
export function installationId(query: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}): string | undefined {
  return query.isEnterpriseInstall ? query.enterpriseId : query.teamId;
}

/**
 * Bolt's InstallationStore on the app's database: `storeInstallation` on every install (a
 * reinstall replaces the row), `fetchInstallation` for every request Slack sends, and
 * `deleteInstallation` when a workspace leaves (its subscriptions and unsent posts go too).
 * Failures are exceptions, as Bolt expects: an unknown workspace makes Bolt drop that request.
 */
export function createInstallationStore(store: Store): InstallationStore {
  return {
    async storeInstallation(installation) {
      const enterprise = installation.isEnterpriseInstall === true;
      const id = enterprise ? installation.enterprise?.id : installation.team?.id;
      if (!id) throw new Error('installation without a team or enterprise id');
      if (!installation.bot?.token) throw new Error(`installation of ${id} carries no bot token`);
      await store.saveInstallation({
        id,
        teamId: installation.team?.id ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        isEnterpriseInstall: enterprise,
        botToken: installation.bot.token,
        botUserId: installation.bot.userId ?? null,
        data: JSON.stringify(installation),
      });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const id = installationId(query);
      const found = id ? await store.findInstallation(id) : null;
      // An install on Enterprise Grid can cover a team that has none of its own.
      const org = !found && query.enterpriseId ? await store.findInstallation(query.enterpriseId) : null;
      const row = found ?? (org?.isEnterpriseInstall ? org : null);
      if (!row) throw new Error(`no installation for ${id ?? 'an unnamed workspace'}`);
      return JSON.parse(row.data) as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const id = installationId(query);
      if (id) await store.removeWorkspace(id);
    },
  };
}
