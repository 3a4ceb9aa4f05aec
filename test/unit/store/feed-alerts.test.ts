import { describe, expect, it } from 'vitest';
import { noHealth } from '../../../src/feeds/health.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

describe('feed alert claims', () => {
  it('lets an alert whose sender died be sent after 10 minutes, and not before', async () => {
    let now = new Date('2026-11-27T10:00:00Z');
    const store = openSqliteStore(':memory:', () => now);
    try {
      await store.saveFeedHealth(noHealth('https://feeds.example/a.xml'), 'alert');
      const [alert] = await store.pendingFeedAlerts(10);
      expect(await store.claimFeedAlert(alert?.id ?? 0)).toBe(true);
      now = new Date('2026-11-27T10:09:00Z');
      expect(await store.pendingFeedAlerts(10)).toEqual([]);
      expect(await store.claimFeedAlert(alert?.id ?? 0)).toBe(false);
      now = new Date('2026-11-27T10:11:00Z');
      expect((await store.pendingFeedAlerts(10)).map((a) => a.text)).toEqual(['alert']);
      expect(await store.claimFeedAlert(alert?.id ?? 0)).toBe(true);
      await store.markFeedAlertSent(alert?.id ?? 0, '1.000');
      now = new Date('2026-11-28T10:00:00Z');
      expect(await store.pendingFeedAlerts(10)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
