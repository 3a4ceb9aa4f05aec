import type { Installation } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInstallationStore } from '../../../handlers/oauth/installation-store.js';
import type { Store } from '../../../src/store/index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

const teamInstall = (teamId: string, token: string, enterpriseId?: string): Installation => ({
  team: { id: teamId, name: `Team ${teamId}` },
  enterprise: enterpriseId ? { id: enterpriseId } : undefined,
  user: { id: 'U1', token: undefined, scopes: undefined },
  bot: { token, scopes: ['commands', 'chat:write'], id: 'B1', userId: `UBOT${teamId}` },
  tokenType: 'bot',
  isEnterpriseInstall: false,
  appId: 'A1',
  authVersion: 'v2',
});

describe("Bolt's installation store on the database", () => {
  let store: Store;
  beforeEach(() => {
    store = openSqliteStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('gives back what Bolt stored, by team, and a reinstall replaces it', async () => {
    const installations = createInstallationStore(store);
    await installations.storeInstallation(teamInstall('T1', 'xoxb-a'));
    await installations.storeInstallation(teamInstall('T1', 'xoxb-b'));
    const query = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false } as const;
    expect(await installations.fetchInstallation(query)).toEqual(teamInstall('T1', 'xoxb-b'));
  });

  it('refuses an unknown workspace, so that Bolt answers nothing for it', async () => {
    const installations = createInstallationStore(store);
    await expect(
      installations.fetchInstallation({ teamId: 'T9', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow(/no installation for T9/);
  });

  it("serves a team of an enterprise with the enterprise's org-wide install", async () => {
    const installations = createInstallationStore(store);
    await installations.storeInstallation({
      ...teamInstall('T0', 'xoxb-org'),
      team: undefined,
      enterprise: { id: 'E1', name: 'Org' },
      isEnterpriseInstall: true,
    } as Installation);
    const found = await installations.fetchInstallation({
      teamId: 'T5',
      enterpriseId: 'E1',
      isEnterpriseInstall: false,
    });
    expect(found.bot?.token).toBe('xoxb-org');
  });

  it('refuses an install without a bot token, and deletes a workspace with its subscriptions', async () => {
    const installations = createInstallationStore(store);
    await expect(
      installations.storeInstallation({ ...teamInstall('T2', 'x'), bot: undefined }),
    ).rejects.toThrow(/no bot token/);
    await installations.storeInstallation(teamInstall('T1', 'xoxb-a'));
    await store.rememberChannelTeam('C1', 'T1', null);
    await store.addSubscription({ channel: 'C1', target: 'all', kind: null, level: null, createdBy: null });
    await installations.deleteInstallation?.({
      teamId: 'T1',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(await store.findInstallation('T1')).toBeNull();
    expect(await store.listSubscriptions()).toEqual([]);
  });
});
