import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unknownReadout } from '../../src/readout/types.js';
import type { Store, WorkspaceInstallation } from '../../src/store/index.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { dropSchema, POSTGRES_URL, postgresAvailable, scratchSchema } from '../helpers/postgres.js';

const install = (teamId: string, token: string, extra: Partial<WorkspaceInstallation> = {}) => ({
  id: teamId,
  teamId,
  enterpriseId: null,
  isEnterpriseInstall: false,
  botToken: token,
  botUserId: `UBOT${teamId}`,
  data: JSON.stringify({ team: { id: teamId }, bot: { token } }),
  ...extra,
});

async function readout(store: Store, key: string): Promise<string> {
  const { readout } = await store.insertReadout({
    feedUrl: 'https://feed.example/rss',
    itemKey: key,
    link: `https://feed.example/${key}`,
    itemPublishedAt: null,
    itemTitle: key,
    itemSummary: null,
    readout: unknownReadout({ source: 'mofa' }),
    partial: false,
    pageAttempts: 0,
    lastPageError: null,
    announce: true,
  });
  return readout.id;
}

const sub = (channel: string) => ({ channel, target: 'all', kind: null, level: null, createdBy: 'U1' });

const stores: [string, () => { store: Store; cleanup: () => Promise<void> }][] = [
  ['SQLite', () => ({ store: openSqliteStore(':memory:'), cleanup: async () => undefined })],
];
if (await postgresAvailable()) {
  stores.push([
    'PostgreSQL',
    () => {
      const schema = scratchSchema();
      return { store: openPostgresStore(POSTGRES_URL, { schema }), cleanup: () => dropSchema(schema) };
    },
  ]);
}

describe.each(stores)(
  'the %s store keeps workspace installs and the workspace of each channel',
  (_, open) => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeEach(() => {
      ({ store, cleanup } = open());
    });
    afterEach(async () => {
      await store.close();
      await cleanup();
    });

    it('saves, finds and replaces an install by team id', async () => {
      expect(await store.findInstallation('T1')).toBeNull();
      await store.saveInstallation(install('T1', 'xoxb-old'));
      await store.saveInstallation(install('T1', 'xoxb-new'));
      const found = await store.findInstallation('T1');
      expect(found).toMatchObject({
        id: 'T1',
        teamId: 'T1',
        botToken: 'xoxb-new',
        isEnterpriseInstall: false,
      });
      expect(JSON.parse(found?.data ?? '{}')).toEqual({ team: { id: 'T1' }, bot: { token: 'xoxb-new' } });
    });

    it("gives each channel its own workspace's token, and none for an unknown or uninstalled workspace", async () => {
      await store.saveInstallation(install('T1', 'xoxb-1'));
      await store.saveInstallation(install('T2', 'xoxb-2'));
      await store.rememberChannelTeam('C1', 'T1', null);
      await store.rememberChannelTeam('C2', 'T2', null);
      await store.rememberChannelTeam('C3', 'T3', null);
      expect(await store.botTokenForChannel('C1')).toBe('xoxb-1');
      expect(await store.botTokenForChannel('C2')).toBe('xoxb-2');
      expect(await store.botTokenForChannel('C3')).toBeNull();
      expect(await store.botTokenForChannel('C9')).toBeNull();
      // A channel seen again from another team (a shared channel) takes that team's token.
      await store.rememberChannelTeam('C1', 'T2', null);
      expect(await store.botTokenForChannel('C1')).toBe('xoxb-2');
      expect(await store.teamChannels('T2')).toEqual(['C1', 'C2']);
      expect(await store.teamChannels('T1')).toEqual([]);
    });

    it("falls back to an enterprise's org-wide install for a team without its own", async () => {
      await store.saveInstallation(
        install('E1', 'xoxb-org', { teamId: null, enterpriseId: 'E1', isEnterpriseInstall: true }),
      );
      await store.rememberChannelTeam('C1', 'T7', 'E1');
      expect(await store.botTokenForChannel('C1')).toBe('xoxb-org');
      await store.saveInstallation(install('T7', 'xoxb-team', { enterpriseId: 'E1' }));
      expect(await store.botTokenForChannel('C1')).toBe('xoxb-team');
    });

    it("removes a workspace: its install, its channels' subscriptions, unsent posts and its people's watches, nothing of another's", async () => {
      await store.saveInstallation(install('T1', 'xoxb-1'));
      await store.saveInstallation(install('T2', 'xoxb-2'));
      await store.rememberChannelTeam('C1', 'T1', null);
      await store.rememberChannelTeam('C2', 'T2', null);
      // The people who typed a command there (a watch is made by one).
      await store.rememberChannelTeam('U1', 'T1', null);
      await store.rememberChannelTeam('U2', 'T2', null);
      await store.addSubscription(sub('C1'));
      await store.addSubscription(sub('C2'));
      await store.addWatch({ userId: 'U1', words: ['korea'], relation: null });
      await store.addWatch({ userId: 'U1', words: ['energy'], relation: 'japan-us' });
      await store.addWatch({ userId: 'U2', words: ['korea'], relation: null });
      const sent = await readout(store, 'a');
      const unsent = await readout(store, 'b');
      for (const channel of ['C1', 'C2']) {
        await store.planPost(sent, channel);
        await store.planPost(unsent, channel);
      }
      // A direct message to each person, not sent yet.
      await store.planWatchMessages(unsent, [
        { userId: 'U1', words: ['korea'] },
        { userId: 'U2', words: ['korea'] },
      ]);
      for (const post of (await store.pendingPosts(10)).filter((p) => p.readoutId === sent))
        await store.markPosted(post.id, '1.0');
      await store.requestUpdates(sent);

      expect(await store.removeWorkspace('T1')).toEqual({
        installation: true,
        subscriptions: 1,
        posts: 2,
        watches: 2,
      });
      expect(await store.listWatches('U1')).toEqual([]);
      expect((await store.listWatches('U2')).map((w) => w.words)).toEqual([['korea']]);

      expect(await store.findInstallation('T1')).toBeNull();
      expect(await store.botTokenForChannel('C1')).toBeNull();
      expect((await store.listSubscriptions()).map((s) => s.channel)).toEqual(['C2']);
      expect((await store.pendingPosts(10)).map((p) => p.channel)).toEqual(['C2']);
      // U1's direct message went with T1; U2's stays.
      expect((await store.postsFor(unsent)).map((p) => p.channel).sort()).toEqual(['C2', 'U2']);
      expect((await store.pendingUpdates(10)).map((p) => p.channel)).toEqual(['C2']);
      // What was posted stays recorded: a reinstall never posts it again.
      expect((await store.postsFor(sent)).map((p) => [p.channel, p.status])).toEqual([
        ['C1', 'posted'],
        ['C2', 'posted'],
      ]);
      expect(await store.botTokenForChannel('C2')).toBe('xoxb-2');
      // A second removal (Slack sends tokens_revoked and app_uninstalled) finds nothing more.
      expect(await store.removeWorkspace('T1')).toEqual({
        installation: false,
        subscriptions: 0,
        posts: 0,
        watches: 0,
      });
    });
  },
);
