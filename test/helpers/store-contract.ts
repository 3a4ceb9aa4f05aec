/**
 * The store contract: what every Store implementation (SQLite, PostgreSQL) must do, as one
 * suite that each implementation's test file runs against a fresh store of its own.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Participant, type Readout, unknownReadout } from '../../src/readout/types.js';
import type { NewReadout, Store } from '../../src/store/store.js';

export type StoreFactory = {
  /** A fresh, empty store. */
  open(): Promise<Store>;
  /** The same database opened again (a restart), after `close()` of the first. */
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
};

const person = (name: string, title: string, country: string): Participant => ({
  name,
  honorific: null,
  title,
  country,
});

function readout(overrides: Partial<Readout> = {}): Readout {
  return unknownReadout({
    source: 'mofa',
    title: 'Japan-U.S. Summit Telephone Talk',
    kind: 'telephone',
    date: '2024-03-09',
    relation: 'japan-us',
    countries: ['JP', 'US'],
    participants: [
      person('KISHIDA Fumio', 'Prime Minister of Japan', 'JP'),
      person('Joseph R. Biden', 'President of the United States', 'US'),
    ],
    keyPoints: [
      { n: 1, heading: null, text: 'The two leaders spoke about the abductions issue.', subPoints: [] },
      { n: 2, heading: null, text: 'They agreed to keep in close touch on energy.', subPoints: [] },
    ],
    ...overrides,
  });
}

let counter = 0;
function item(overrides: Partial<NewReadout> = {}, facts: Partial<Readout> = {}): NewReadout {
  counter++;
  return {
    feedUrl: 'https://feeds.example/rss',
    itemKey: `guid-${counter}`,
    link: `https://www.mofa.go.jp/page${counter}.html`,
    itemPublishedAt: '2024-03-10T00:00:00.000Z',
    itemTitle: 'An item',
    itemSummary: null,
    readout: readout(facts),
    partial: false,
    pageAttempts: 1,
    lastPageError: null,
    announce: true,
    ...overrides,
  };
}

export function describeStoreContract(name: string, factory: () => StoreFactory): void {
  describe(`the store contract: ${name}`, () => {
    let f: StoreFactory;
    let store: Store;
    beforeEach(async () => {
      f = factory();
      store = await f.open();
    });
    afterEach(async () => {
      await store.close();
      await f.cleanup();
    });

    it('keeps a feed state and lists feeds by URL', async () => {
      expect(await store.getFeed('https://b.example/rss')).toBeNull();
      const state = {
        url: 'https://b.example/rss',
        etag: '"v1"',
        lastModified: 'Mon, 02 Nov 2026 00:00:00 GMT',
        firstPolledAt: '2026-11-02T00:00:00.000Z',
        lastFetchedAt: '2026-11-02T00:10:00.000Z',
        lastSuccessAt: '2026-11-02T00:10:00.000Z',
        lastStatus: 200,
        lastError: null,
        consecutiveErrors: 0,
      };
      await store.saveFeed(state);
      await store.saveFeed({
        ...state,
        url: 'https://a.example/rss',
        lastError: 'HTTP 500',
        consecutiveErrors: 2,
      });
      await store.saveFeed({ ...state, etag: '"v2"' });
      expect(await store.getFeed('https://b.example/rss')).toEqual({ ...state, etag: '"v2"' });
      expect((await store.listFeeds()).map((s) => [s.url, s.consecutiveErrors])).toEqual([
        ['https://a.example/rss', 2],
        ['https://b.example/rss', 0],
      ]);
    });

    it('stores a readout once per feed and item key, with its facts intact', async () => {
      const first = item();
      const a = await store.insertReadout(first);
      const b = await store.insertReadout({ ...first, itemTitle: 'changed' });
      expect(a.created).toBe(true);
      expect(b.created).toBe(false);
      expect(b.readout.id).toBe(a.readout.id);
      expect(typeof a.readout.id).toBe('string');
      expect(a.readout.readout).toEqual(first.readout);
      expect(await store.getReadout(a.readout.id)).toEqual(a.readout);
      expect(await store.findReadout(first.feedUrl, first.itemKey)).toEqual(a.readout);
      expect(await store.getReadout('not-a-number')).toBeNull();
      expect(await store.countReadouts()).toBe(1);
    });

    it('completes a partial readout, and lists partial ones under the attempt limit', async () => {
      const { readout: partial } = await store.insertReadout(
        item({ partial: true, lastPageError: 'HTTP 403' }, { title: null, date: null, relation: null }),
      );
      await store.insertReadout(item({ partial: true, pageAttempts: 10 }));
      expect((await store.listPartial('https://feeds.example/rss', 10)).map((r) => r.id)).toEqual([
        partial.id,
      ]);
      await store.updateReadout(partial.id, {
        readout: readout({ title: 'Completed' }),
        partial: false,
        pageAttempts: 2,
        lastPageError: null,
      });
      const done = await store.getReadout(partial.id);
      expect(done?.partial).toBe(false);
      expect(done?.readout.title).toBe('Completed');
      expect(done?.pageAttempts).toBe(2);
      expect((await store.latestByRelation('japan-us', 5)).map((r) => r.id)).toContain(partial.id);
      expect(await store.listPartial('https://feeds.example/rss', 10)).toEqual([]);
    });

    it("reads a relation's or a country's readouts for stats, oldest first, within the dates", async () => {
      const later = await store.insertReadout(item({}, { date: '2024-01-05' }));
      const earlier = await store.insertReadout(item({}, { date: '2018-03-09' }));
      await store.insertReadout(item({}, { date: null }));
      await store.insertReadout(item({}, { date: '2025-02-01' }));
      const korea = await store.insertReadout(
        item({}, { date: '2024-06-01', relation: 'japan-korea', countries: ['JP', 'KR'] }),
      );
      const quad = await store.insertReadout(
        item(
          {},
          { date: '2024-07-01', relation: 'japan-australia-india-us', countries: ['JP', 'AU', 'IN', 'US'] },
        ),
      );
      // "korea" is a part of "north-korea": the country's code decides, not the slug's text.
      await store.insertReadout(
        item({}, { date: '2024-08-01', relation: 'china-north-korea', countries: ['CN', 'KP'] }),
      );
      const dates = (marks: { date: string | null }[]) => marks.map((m) => m.date);
      expect(dates(await store.statsMarks({ relation: 'japan-us' }, '2000-01-01', '2024-12-31'))).toEqual([
        earlier.readout.readout.date,
        later.readout.readout.date,
      ]);
      expect(dates(await store.statsMarks({ country: 'KR' }, '2000-01-01', '2024-12-31'))).toEqual([
        korea.readout.readout.date,
      ]);
      expect(dates(await store.statsMarks({ country: 'US' }, '2024-01-01', '2024-12-31'))).toEqual([
        later.readout.readout.date,
        quad.readout.readout.date,
      ]);
      expect(await store.statsMarks({ country: 'FR' }, '2000-01-01', '2030-12-31')).toEqual([]);
    });

    it('summarizes readouts for the stats when first read, and again once a readout changed', async () => {
      const call = await store.insertReadout(
        item({}, { date: '2024-01-05', kind: 'telephone', durationMinutes: 30 }),
      );
      const meeting = await store.insertReadout(
        item({}, { date: '2023-05-01', kind: 'courtesy_call', durationMinutes: null }),
      );
      await store.insertReadout(item({}, { date: '2023-06-01', docType: 'other' }));
      await store.insertReadout(
        item({}, { date: '2024-06-01', relation: 'japan-korea', countries: ['JP', 'KR'] }),
      );
      const all = await store.statsAggregate({ relation: 'japan-us' }, '2000-01-01', '2024-12-31');
      expect(all.count).toBe(2);
      expect([all.first, all.last]).toEqual(['2023-05-01', '2024-01-05']);
      expect(all.gap).toEqual({ from: '2023-05-01', to: '2024-01-05', days: 249 });
      expect(all.months.sort((a, b) => a.month.localeCompare(b.month))).toEqual([
        { month: '2023-05', kind: 'meeting', level: expect.any(String), count: 1 },
        { month: '2024-01', kind: 'telephone', level: expect.any(String), count: 1 },
      ]);
      expect(all.durations).toEqual([{ minutes: 30, count: 1 }]);
      expect(all.latest).toEqual([call.readout.id, meeting.readout.id]);
      expect(all.people.reduce((n, p) => n + p.count, 0)).toBeGreaterThan(0);
      expect(await store.statsMarks({ relation: 'japan-us' }, '2000-01-01', '2024-12-31')).toEqual([
        { date: '2023-05-01', kind: 'meeting', durationMinutes: null },
        { date: '2024-01-05', kind: 'telephone', durationMinutes: 30 },
      ]);
      const korea = await store.statsAggregate({ country: 'KR' }, '2000-01-01', '2024-12-31');
      expect([korea.count, korea.partners]).toEqual([1, [{ countries: ['JP', 'KR'], count: 1 }]]);
      expect((await store.statsAggregate({ country: 'FR' }, '2000-01-01', '2030-12-31')).count).toBe(0);

      await store.updateReadout(call.readout.id, {
        ...call.readout,
        readout: { ...call.readout.readout, kind: 'video', durationMinutes: 45 },
      });
      expect(await store.statsMarks({ relation: 'japan-us' }, '2024-01-01', '2024-12-31')).toEqual([
        { date: '2024-01-05', kind: 'video', durationMinutes: 45 },
      ]);
      const terms = await store.statsTerms([call.readout.id, meeting.readout.id]);
      expect(terms).toHaveLength(2);
      expect(terms.every((t) => Array.isArray(t.terms) && Array.isArray(t.names))).toBe(true);
    });

    it("keeps the Home tab's chart of a relation per workspace", async () => {
      expect(await store.homeChart('T1', 'japan-us')).toBeNull();
      await store.saveHomeChart('T1', 'japan-us', { month: '2026-11', signature: '1,2', fileId: 'F1' });
      await store.saveHomeChart('T1', 'japan-us', { month: '2026-12', signature: '1,3', fileId: 'F2' });
      await store.saveHomeChart('T2', 'japan-us', { month: '2026-12', signature: '0', fileId: 'F9' });
      expect(await store.homeChart('T1', 'japan-us')).toEqual({
        month: '2026-12',
        signature: '1,3',
        fileId: 'F2',
      });
      expect((await store.homeChart('T2', 'japan-us'))?.fileId).toBe('F9');
    });

    it('orders a relation by event date, newest first, undated last, and finds dates in a range', async () => {
      const old = await store.insertReadout(item({}, { date: '2018-03-09' }));
      const undated = await store.insertReadout(item({}, { date: null }));
      const recent = await store.insertReadout(item({}, { date: '2024-01-05' }));
      await store.insertReadout(item({}, { date: '2024-01-06', relation: 'japan-korea' }));
      expect((await store.latestByRelation('japan-us', 5)).map((r) => r.id)).toEqual([
        recent.readout.id,
        old.readout.id,
        undated.readout.id,
      ]);
      expect((await store.latestByRelation('japan-us', 1)).map((r) => r.id)).toEqual([recent.readout.id]);
      expect(
        (await store.byRelationBetween('japan-us', '2018-03-09', '2018-03-09', 10)).map((r) => r.id),
      ).toEqual([old.readout.id]);
      expect((await store.byRelationBetween('japan-us', '2018-01-01', '9999-12-31', 10)).length).toBe(2);
      expect((await store.latestReadouts(2)).map((r) => r.readout.date)).toEqual([
        '2024-01-06',
        '2024-01-05',
      ]);
    });

    it('finds a readout by its page URL as http or https, with or without the final slash', async () => {
      const { readout: r } = await store.insertReadout(
        item({ link: 'https://www.mofa.go.jp/na/page5.html' }),
      );
      expect((await store.findByUrl('http://www.mofa.go.jp/na/page5.html'))?.id).toBe(r.id);
      expect((await store.findByUrl('https://www.mofa.go.jp/na/page5.html/'))?.id).toBe(r.id);
      expect(await store.findByUrl('https://www.mofa.go.jp/na/other.html')).toBeNull();
    });

    it('plans a post once per readout and channel, and records it posted with its ts', async () => {
      const { readout: r } = await store.insertReadout(item());
      expect(await store.planPost(r.id, 'C1')).toBe(true);
      expect(await store.planPost(r.id, 'C1')).toBe(false);
      expect(await store.planPost(r.id, 'C2')).toBe(true);
      const pending = await store.pendingPosts(10);
      expect(pending.map((p) => [p.channel, p.status])).toEqual([
        ['C1', 'planned'],
        ['C2', 'planned'],
      ]);
      const [one, two] = pending;
      if (!one || !two) throw new Error('two posts expected');
      await store.markPostFailed(one.id, 'ratelimited');
      expect((await store.pendingPosts(10))[0]).toMatchObject({ attempts: 1, lastError: 'ratelimited' });
      await store.markPosted(one.id, '1700000000.000100');
      expect((await store.pendingPosts(10)).map((p) => p.channel)).toEqual(['C2']);
      expect((await store.postsFor(r.id)).map((p) => [p.channel, p.status, p.ts])).toEqual([
        ['C1', 'posted', '1700000000.000100'],
        ['C2', 'planned', null],
      ]);
      expect(await store.planPost(r.id, 'C1')).toBe(false);
      // Only posted messages can be edited in place.
      expect(await store.requestUpdates(r.id)).toBe(1);
      const updates = await store.pendingUpdates(10);
      expect(updates.map((p) => [p.channel, p.needsUpdate])).toEqual([['C1', true]]);
      await store.markUpdated(updates[0]?.id ?? 0);
      expect(await store.pendingUpdates(10)).toEqual([]);
    });

    it('stores a feed’s new readouts together, in order, each new one with its page check', async () => {
      const { readout: before } = await store.insertReadout(item({ itemKey: 'already-there' }));
      const check = (hash: string) => ({
        itemHash: hash,
        etag: `"${hash}"`,
        lastModified: null,
        contentHash: `c-${hash}`,
        checkedAt: '2024-03-10T00:00:00.000Z',
      });
      const results = await store.insertReadouts([
        {
          readout: item({ itemKey: 'n1' }, { title: 'Japan-Brazil Summit Telephone Talk' }),
          pageCheck: check('h1'),
        },
        { readout: item({ itemKey: 'already-there' }), pageCheck: check('h-dup') },
        { readout: item({ itemKey: 'n2', partial: true }), pageCheck: check('h2') },
      ]);
      expect(results.map((r) => r.created)).toEqual([true, false, true]);
      expect(results[1]?.readout.id).toBe(before.id);
      const [n1, , n2] = results.map((r) => r.readout.id);
      expect(Number(n1)).toBeLessThan(Number(n2));
      expect(await store.getPageCheck(n1 ?? '')).toMatchObject({
        itemHash: 'h1',
        etag: '"h1"',
        contentHash: 'c-h1',
      });
      expect(await store.getPageCheck(n2 ?? '')).toMatchObject({ itemHash: 'h2' });
      // The readout that was already stored keeps what it had: no page check from this call.
      expect(await store.getPageCheck(before.id)).toBeNull();
      expect((await store.searchReadouts(['Brazil'], 5)).map((r) => r.stored.id)).toEqual([n1]);
      expect((await store.listPartial('https://feeds.example/rss', 10)).map((r) => r.id)).toEqual([n2]);
    });

    it('lists a feed’s readouts whose posts were never planned until they are marked planned', async () => {
      const { readout: a } = await store.insertReadout(item());
      const { readout: b } = await store.insertReadout(item());
      const { readout: other } = await store.insertReadout(item({ feedUrl: 'https://other.example/rss' }));
      expect(await store.unplannedReadouts('https://feeds.example/rss')).toEqual([a.id, b.id]);
      expect((await store.feedsWithLeftovers(10)).sort()).toEqual([
        'https://feeds.example/rss',
        'https://other.example/rss',
      ]);
      await store.markReadoutPlanned(a.id);
      await store.close();
      store = await f.reopen();
      expect(await store.unplannedReadouts('https://feeds.example/rss')).toEqual([b.id]);
      expect(await store.unplannedReadouts('https://other.example/rss')).toEqual([other.id]);
      await store.markReadoutPlanned(b.id);
      await store.markReadoutPlanned(b.id);
      expect(await store.unplannedReadouts('https://feeds.example/rss')).toEqual([]);
      expect(await store.feedsWithLeftovers(10)).toEqual(['https://other.example/rss']);
      await store.markReadoutPlanned(other.id);
      expect(await store.feedsWithLeftovers(10)).toEqual([]);
      // A partial readout with attempts left is leftover work too, until its attempts run out.
      const { readout: p } = await store.insertReadout(
        item({ feedUrl: 'https://partial.example/rss', partial: true, pageAttempts: 3 }),
      );
      await store.markReadoutPlanned(p.id);
      expect(await store.feedsWithLeftovers(10)).toEqual(['https://partial.example/rss']);
      expect(await store.feedsWithLeftovers(3)).toEqual([]);
    });

    it('records an attempt under way across a restart, forgets it when Slack answered, and never on a posted post', async () => {
      const { readout: r } = await store.insertReadout(item());
      await store.planPost(r.id, 'C1');
      await store.planPost(r.id, 'C2');
      const [one, two] = await store.pendingPosts(10);
      if (!one || !two) throw new Error('two posts expected');
      expect(one.sendingAt).toBeNull();
      await store.markPostSending(one.id);
      await store.markPostSending(two.id);
      await store.close();
      store = await f.reopen();
      const after = await store.pendingPosts(10);
      expect(after.map((p) => [p.channel, typeof p.sendingAt])).toEqual([
        ['C1', 'string'],
        ['C2', 'string'],
      ]);
      await store.markPostNotSent(two.id);
      expect((await store.getPost(two.id))?.sendingAt).toBeNull();
      await store.markPosted(one.id, '1700000000.000300');
      await store.markPostSending(one.id);
      expect(await store.getPost(one.id)).toMatchObject({ status: 'posted', ts: '1700000000.000300' });
      expect((await store.pendingPosts(10)).map((p) => p.channel)).toEqual(['C2']);
    });

    it('searches titles, participants and key points: every word must match, best first, matches marked', async () => {
      const inPoints = await store.insertReadout(
        item({}, { title: 'Foreign Ministers Meeting', date: '2024-05-01' }),
      );
      const inTitle = await store.insertReadout(
        item({}, { title: 'Talk on the Abductions Issue', date: '2023-01-01', keyPoints: [] }),
      );
      await store.insertReadout(item({}, { title: 'Unrelated', keyPoints: [], participants: [] }));
      const hits = await store.searchReadouts(['abductions'], 10);
      expect(hits.map((h) => h.stored.id)).toEqual([inTitle.readout.id, inPoints.readout.id]);
      for (const hit of hits) expect(hit.snippet.toLowerCase()).toContain('\u0001abductions\u0002');
      // Each hit's snippet is its own readout's text, not the first hit's.
      expect(hits[0]?.snippet).toContain('Talk on the');
      expect(hits[1]?.snippet).not.toContain('Talk on the');
      expect((await store.searchReadouts(['abductions', 'energy'], 10)).map((h) => h.stored.id)).toEqual([
        inPoints.readout.id,
      ]);
      expect(await store.searchReadouts(['abductions', 'nowhere'], 10)).toEqual([]);
      // Query syntax from users is only words.
      expect(await store.searchReadouts(['"OR', 'NEAR(*'], 10)).toEqual([]);
      expect(await store.searchReadouts([], 10)).toEqual([]);
    });

    it('finds readouts with a person by every word of the name, in any order', async () => {
      const { readout: r } = await store.insertReadout(item());
      await store.insertReadout(item({}, { participants: [person('Yoon Suk Yeol', 'President', 'KR')] }));
      for (const words of [['Kishida'], ['KISHIDA', 'Fumio'], ['fumio', 'kishida']]) {
        expect((await store.readoutsWithPerson(words, 10)).map((x) => x.id)).toEqual([r.id]);
      }
      expect(await store.readoutsWithPerson(['Fumio', 'Biden'], 10)).toHaveLength(1);
      expect(await store.readoutsWithPerson(['abductions'], 10)).toEqual([]);
    });

    it('keeps subscriptions per channel, once each', async () => {
      const sub = { channel: 'C1', target: 'japan-us', kind: null, level: null, createdBy: 'U1' } as const;
      expect(await store.addSubscription(sub)).toBe(true);
      expect(await store.addSubscription(sub)).toBe(false);
      expect(await store.addSubscription({ ...sub, kind: 'telephone' })).toBe(true);
      expect(await store.addSubscription({ ...sub, channel: 'C0', target: 'all' })).toBe(true);
      expect((await store.listSubscriptions('C1')).map((s) => [s.target, s.kind, s.createdBy])).toEqual([
        ['japan-us', null, 'U1'],
        ['japan-us', 'telephone', 'U1'],
      ]);
      expect((await store.listSubscriptions()).map((s) => s.channel)).toEqual(['C0', 'C1', 'C1']);
      expect(await store.removeSubscription({ ...sub, kind: 'telephone' })).toBe(true);
      expect(await store.removeSubscription({ ...sub, kind: 'telephone' })).toBe(false);
      expect(await store.listSubscriptions('C1')).toHaveLength(1);
    });

    it('tells a channel problem once until it is cleared', async () => {
      expect(await store.noteChannelProblem('C1', 'is_archived')).toBe(true);
      expect(await store.noteChannelProblem('C1', 'is_archived')).toBe(false);
      expect(await store.noteChannelProblem('C1', 'channel_not_found')).toBe(true);
      expect((await store.listChannelProblems()).map((p) => [p.channel, p.error])).toEqual([
        ['C1', 'channel_not_found'],
      ]);
      expect(await store.clearChannelProblem('C1')).toBe(true);
      expect(await store.clearChannelProblem('C1')).toBe(false);
      expect(await store.noteChannelProblem('C1', 'channel_not_found')).toBe(true);
    });

    it('parks a channel until its next try, across a restart, told once, woken by a person, cleared by a post', async () => {
      const at = (m: number) => new Date(Date.UTC(2026, 11, 1, 9, m)).toISOString();
      // A problem recorded before parking existed (or the token's) is told, not parked.
      expect(await store.noteChannelProblem('C0', 'channel_not_found')).toBe(true);
      expect(await store.parkChannel('C1', 'channel_not_found', at(10), 1)).toBe(true);
      // The same answer at the next try: the next step, not news; since stays the first.
      const [first] = (await store.listChannelProblems()).filter((p) => p.channel === 'C1');
      expect(await store.parkChannel('C1', 'channel_not_found', at(30), 2)).toBe(false);
      // The old-style problem of C0 becomes a parking on its next dead answer, not told again.
      expect(await store.parkChannel('C0', 'channel_not_found', at(10), 1)).toBe(false);
      await store.close();
      store = await f.reopen();
      const parked = await store.listChannelProblems();
      expect(parked.find((p) => p.channel === 'C1')).toEqual({
        channel: 'C1',
        error: 'channel_not_found',
        since: first?.since,
        nextTryAt: at(30),
        tries: 2,
      });
      expect(parked.find((p) => p.channel === 'C0')).toMatchObject({ nextTryAt: at(10), tries: 1 });
      // Another dead answer is news (told again); a wake makes it due now, its back-off afresh.
      expect(await store.parkChannel('C1', 'is_archived', at(70), 3)).toBe(true);
      expect(await store.wakeChannel('C1', at(15))).toBe(true);
      expect(await store.wakeChannel('C9', at(15))).toBe(false);
      expect(await store.noteChannelProblem('slack-token', 'invalid_auth')).toBe(true);
      expect(await store.wakeChannel('slack-token', at(15))).toBe(false);
      expect((await store.listChannelProblems()).find((p) => p.channel === 'C1')).toMatchObject({
        error: 'is_archived',
        nextTryAt: at(15),
        tries: 0,
      });
      // A post went through: the parking and the problem are gone; the next one is news again.
      expect(await store.clearChannelProblem('C1')).toBe(true);
      expect((await store.listChannelProblems()).map((p) => p.channel).sort()).toEqual(['C0', 'slack-token']);
      expect(await store.parkChannel('C1', 'is_archived', at(40), 1)).toBe(true);
    });

    it('leaves out the posts, edits, notes and digests of a channel resting beyond the given instant', async () => {
      const at = (m: number) => new Date(Date.UTC(2026, 11, 1, 9, m)).toISOString();
      const a = (await store.insertReadout(item())).readout.id;
      const b = (await store.insertReadout(item({}, { relation: 'japan-korea' }))).readout.id;
      for (const channel of ['CDEAD', 'CLIVE']) {
        await store.planPost(a, channel);
        const [post] = (await store.pendingPosts(10)).filter((p) => p.channel === channel);
        await store.markPosted(post?.id ?? 0, `1700000000.00010${channel.length}`);
        await store.planPost(b, channel);
      }
      await store.applyPageChange(
        a,
        { readout: readout({ durationMinutes: 35 }), partial: false, pageAttempts: 2, lastPageError: null },
        'The source page changed: duration added.',
      );
      await store.addSubscription({
        channel: 'CDEAD',
        target: 'all',
        kind: null,
        level: null,
        createdBy: null,
      });
      const c = (await store.insertReadout(item({}, { relation: 'japan-uk' }))).readout.id;
      await store.planPost(c, 'CDEAD', { fresh: true });
      await store.planPost(c, 'CLIVE', { fresh: true });
      await store.planDigest(
        { channel: 'CDEAD', kind: 'burst', target: '', periodKey: 'p1' },
        (await store.heldPosts()).filter((h) => h.channel === 'CDEAD').map((h) => h.postId),
      );
      await store.planDigest(
        { channel: 'CLIVE', kind: 'burst', target: '', periodKey: 'p1' },
        (await store.heldPosts()).filter((h) => h.channel === 'CLIVE').map((h) => h.postId),
      );
      await store.parkChannel('CDEAD', 'channel_not_found', at(10), 1);
      await store.noteChannelProblem('CTOLD', 'missing_scope');

      const channels = async (restingAt?: string) => ({
        posts: (await store.pendingPosts(10, { restingAt })).map((p) => p.channel),
        updates: (await store.pendingUpdates(10, { restingAt })).map((p) => p.channel),
        digests: (await store.pendingDigests(10, { restingAt })).map((d) => d.channel),
      });
      const everything = {
        posts: ['CDEAD', 'CLIVE'],
        updates: ['CDEAD', 'CLIVE'],
        digests: ['CDEAD', 'CLIVE'],
      };
      expect(await channels()).toEqual(everything);
      expect(await channels(at(5))).toEqual({ posts: ['CLIVE'], updates: ['CLIVE'], digests: ['CLIVE'] });
      // Due at its next try (and after): read again, for its one try.
      expect(await channels(at(10))).toEqual(everything);
      for (const post of await store.pendingUpdates(10)) await store.markUpdated(post.id);
      expect((await store.pendingNotes(10, { restingAt: at(5) })).map((n) => n.channel)).toEqual(['CLIVE']);
      expect((await store.pendingNotes(10, { restingAt: at(11) })).map((n) => n.channel)).toEqual([
        'CDEAD',
        'CLIVE',
      ]);
    });

    it('holds fresh posts for digests, carries them in one digest once, and never edits them alone', async () => {
      const a = (await store.insertReadout(item())).readout.id;
      const b = (await store.insertReadout(item({}, { relation: 'japan-korea' }))).readout.id;
      await store.planPost(a, 'C1', { fresh: true });
      await store.planPost(b, 'C1', { fresh: true });
      expect(await store.pendingPosts(10)).toEqual([]);
      const held = await store.heldPosts();
      expect(held.map((p) => [p.readoutId, p.hold, p.relation])).toEqual([
        [a, 'new', 'japan-us'],
        [b, 'new', 'japan-korea'],
      ]);
      const key = { channel: 'C1', kind: 'burst', target: '', periodKey: 'burst:1' } as const;
      const digest = await store.planDigest(
        key,
        held.map((p) => p.postId),
      );
      expect(digest).toMatchObject({ status: 'planned', readoutIds: [a, b] });
      expect(await store.planDigest(key, [])).toBeNull();
      expect(await store.heldPosts()).toEqual([]);
      await store.markDigestSending(digest?.id ?? 0);
      await store.markDigestFailed(digest?.id ?? 0, 'ratelimited', false);
      expect((await store.pendingDigests(10)).map((d) => [d.id, d.attempts])).toEqual([[digest?.id, 1]]);
      await store.markDigestPosted(digest?.id ?? 0, '1700000000.000300');
      expect(await store.pendingDigests(10)).toEqual([]);
      expect((await store.postsFor(a))[0]).toMatchObject({ status: 'posted', ts: '1700000000.000300' });
      expect(await store.requestUpdates(a)).toBe(0);

      expect(await store.setDigest({ channel: 'C1', target: '', period: 'daily', createdBy: 'U1' })).toBe(
        'added',
      );
      expect(await store.setDigest({ channel: 'C1', target: '', period: 'daily', createdBy: 'U1' })).toBe(
        'unchanged',
      );
      expect(await store.setDigest({ channel: 'C1', target: '', period: 'weekly', createdBy: 'U1' })).toBe(
        'changed',
      );
      expect((await store.listDigestSettings('C1')).map((d) => d.period)).toEqual(['weekly']);
      expect(await store.removeDigest('C1', '')).toBe(true);
      expect(await store.removeDigest('C1', '')).toBe(false);
    });

    it('plans the other side as a reply in a post’s thread, and queues one note per posted message on a change', async () => {
      const first = (await store.insertReadout(item())).readout;
      const second = (await store.insertReadout(item({}, { source: 'whitehouse', date: '2024-03-08' })))
        .readout;
      await store.planPost(first.id, 'C1');
      const [parent] = await store.pendingPosts(5);
      await store.markPosted(parent?.id ?? 0, '1700000000.000400');
      expect(await store.planThreadPost(second.id, 'C1', parent?.id ?? 0)).toBe(true);
      expect(await store.planThreadPost(second.id, 'C1', parent?.id ?? 0)).toBe(false);
      const [reply] = await store.pendingPosts(5);
      expect(reply).toMatchObject({ readoutId: second.id, threadOf: parent?.id });
      expect((await store.getPost(reply?.id ?? 0))?.threadOf).toBe(parent?.id);
      expect(
        (await store.pairCandidates('japan-us', '2024-03-08', '2024-03-10', first.id)).map((r) => r.id),
      ).toEqual([second.id]);

      await store.savePageCheck({
        readoutId: first.id,
        itemHash: 'h1',
        etag: '"e1"',
        lastModified: null,
        contentHash: 'c1',
        checkedAt: '2024-03-10T00:00:00.000Z',
      });
      expect(await store.getPageCheck(first.id)).toMatchObject({ itemHash: 'h1', etag: '"e1"' });
      // The posted readout's feed has a check due once its last check is old enough, not before.
      expect(
        await store.feedsWithDuePageChecks('2000-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z'),
      ).toEqual(['https://feeds.example/rss']);
      expect(
        await store.feedsWithDuePageChecks('2000-01-01T00:00:00.000Z', '2024-03-09T00:00:00.000Z'),
      ).toEqual([]);
      const queued = await store.applyPageChange(
        first.id,
        { readout: readout({ durationMinutes: 35 }), partial: false, pageAttempts: 2, lastPageError: null },
        'The source page changed: duration added.',
      );
      expect(queued).toBe(1);
      expect((await store.getReadout(first.id))?.readout.durationMinutes).toBe(35);
      expect((await store.pendingUpdates(5)).map((p) => p.id)).toEqual([parent?.id]);
      // A note waits until its message is edited.
      expect(await store.pendingNotes(5)).toEqual([]);
      await store.markUpdated(parent?.id ?? 0);
      const [note] = await store.pendingNotes(5);
      expect(note).toMatchObject({ channel: 'C1', threadTs: '1700000000.000400', status: 'planned' });
      await store.markNoteSending(note?.id ?? 0);
      await store.markNotePosted(note?.id ?? 0, '1700000000.000500');
      expect(await store.pendingNotes(5)).toEqual([]);
    });

    it('plans a context reply with its post, once, and lists a relation’s earlier readouts latest first', async () => {
      const older = (await store.insertReadout(item({}, { date: '2024-01-05' }))).readout;
      const prev = (await store.insertReadout(item({}, { date: '2024-02-20' }))).readout;
      const partial = (await store.insertReadout(item({ partial: true }, { date: '2024-02-25' }))).readout;
      const now = (await store.insertReadout(item({}, { date: '2024-03-09' }))).readout;
      await store.insertReadout(item({}, { date: '2024-03-20' }));
      expect(partial.partial).toBe(true);
      expect((await store.earlierReadouts('japan-us', '2024-03-09', now.id, 5)).map((r) => r.id)).toEqual([
        prev.id,
        older.id,
      ]);
      expect((await store.earlierReadouts('japan-us', '2024-03-09', now.id, 1)).map((r) => r.id)).toEqual([
        prev.id,
      ]);
      expect(await store.earlierReadouts('japan-china', '2024-03-09', now.id, 5)).toEqual([]);

      const context = { text: 'Previous readout: &lt;20 Feb&gt;', contextOf: prev.id };
      expect(await store.planPost(now.id, 'C1', { fresh: false, context })).toBe(true);
      expect(await store.planPost(now.id, 'C1', { fresh: false, context })).toBe(false);
      // The reply waits for its post.
      expect(await store.pendingNotes(5)).toEqual([]);
      const [post] = await store.pendingPosts(5);
      await store.markPosted(post?.id ?? 0, '1700000000.000700');
      const notes = await store.pendingNotes(5);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({
        postId: post?.id,
        threadTs: '1700000000.000700',
        text: context.text,
        contextOf: prev.id,
        readoutId: now.id,
      });
    });

    it('keeps feed sources added from Slack, what each feed held, and readouts per feed', async () => {
      const source = {
        url: 'https://www.mofa.go.jp/na/na1/us/index.html',
        kind: 'html',
        linkPattern: '/na/na1/us/page*.html',
        title: 'Japan-U.S. Relations',
        addedBy: 'U1',
      } as const;
      expect(await store.addFeedSource(source)).toBe(true);
      expect(await store.addFeedSource(source)).toBe(false);
      expect((await store.listFeedSources()).map((f) => [f.url, f.kind, f.linkPattern])).toEqual([
        [source.url, 'html', source.linkPattern],
      ]);
      await store.recordFeedContent({
        url: source.url,
        kind: 'html',
        title: 'T',
        items: 12,
        seenAt: '2026-11-27T00:00:00Z',
        newItemAt: '2026-11-27T00:00:00Z',
      });
      expect((await store.listFeedContent()).map((c) => [c.url, c.items])).toEqual([[source.url, 12]]);
      await store.insertReadout(item({ feedUrl: source.url }));
      await store.insertReadout(item({ feedUrl: source.url }));
      expect((await store.countReadoutsByFeed())[source.url]).toBe(2);
      expect(await store.removeFeedSource(source.url)).toBe(true);
      expect(await store.removeFeedSource(source.url)).toBe(false);
      expect(await store.listFeedSources()).toEqual([]);
    });

    it('counts pages held back per feed, lists the latest first, and follows a page that changes', async () => {
      const feed = 'https://www.whitehouse.gov/feed/';
      const { readout: talk } = await store.insertReadout(item({ feedUrl: feed }));
      await store.insertReadout(
        item({ feedUrl: feed, itemTitle: 'feed title' }, { docType: 'other', title: null }),
      );
      await store.insertReadout(item({ feedUrl: feed }, { docType: 'other', title: 'FACT SHEET: Ports' }));
      // A press conference naming one country is held; with principals of two it is posted.
      await store.insertReadout(
        item(
          { feedUrl: feed },
          { docType: 'press_conference', title: 'Briefing', countries: ['US'], participants: [] },
        ),
      );
      await store.insertReadout(
        item({ feedUrl: feed }, { docType: 'press_conference', title: 'Joint press conference' }),
      );
      expect(await store.heldBackByFeed()).toEqual({ [feed]: { count: 3, latestTitle: 'Briefing' } });
      expect((await store.listHeldBack(feed, 2)).map((h) => [h.title, h.docType])).toEqual([
        ['Briefing', 'press_conference'],
        ['FACT SHEET: Ports', 'other'],
      ]);
      expect((await store.listHeldBack(feed, 10)).map((h) => h.title)).toContain('feed title');
      // A page re-read as a statement is held back from then on; one re-read as a readout is not.
      await store.updateReadout(talk.id, {
        readout: readout({ docType: 'other', title: 'Now a statement' }),
        partial: false,
        pageAttempts: 1,
        lastPageError: null,
      });
      expect((await store.heldBackByFeed())[feed]).toEqual({ count: 4, latestTitle: 'Briefing' });
      expect((await store.listHeldBack(feed, 10)).map((h) => h.readoutId)).toContain(talk.id);
      expect(await store.listHeldBack('https://none.example/', 10)).toEqual([]);
    });

    it('leases shared work to one owner at a time, until it is released or expires', async () => {
      expect(await store.claimLease('feed:https://a.example/rss', 'A', 60_000)).toBe(true);
      expect(await store.claimLease('feed:https://a.example/rss', 'B', 60_000)).toBe(false);
      expect(await store.claimLease('feed:https://a.example/rss', 'A', 60_000)).toBe(true);
      expect(await store.claimLease('channel:C1', 'B', 60_000)).toBe(true);
      expect(await store.releaseLease('feed:https://a.example/rss', 'B', 0)).toBe(false);
      expect(await store.releaseLease('feed:https://a.example/rss', 'A', 0)).toBe(true);
      expect(await store.claimLease('feed:https://a.example/rss', 'B', 60_000)).toBe(true);
      // An owner that dies keeps nothing once its lease runs out.
      expect(await store.claimLease('channel:C2', 'A', 1000)).toBe(true);
      expect(await store.claimLease('channel:C2', 'B', 60_000)).toBe(false);
      await new Promise((r) => setTimeout(r, 1100));
      expect(await store.claimLease('channel:C2', 'B', 60_000)).toBe(true);
      expect(await store.releaseLease('channel:C2', 'A', 0)).toBe(false);
    });

    it('keeps feed health and queues its alerts with it, durably, each sent once', async () => {
      const url = 'https://feeds.example/gone.xml';
      const health = {
        url,
        nextAttemptAt: '2026-11-27T01:00:00.000Z',
        disabledAt: null,
        disabledReason: null,
        movedTo: 'https://feeds.example/new.xml',
        alertedError: 'HTTP 500',
      };
      expect(await store.listFeedHealth()).toEqual([]);
      await store.saveFeedHealth(health, 'first alert');
      await store.saveFeedHealth({ ...health, alertedError: 'HTTP 502' }, 'second alert');
      await store.saveFeedHealth({ ...health, alertedError: 'HTTP 502' });
      expect(await store.listFeedHealth()).toEqual([{ ...health, alertedError: 'HTTP 502' }]);
      const pending = await store.pendingFeedAlerts(10);
      expect(pending.map((a) => [a.feedUrl, a.text])).toEqual([
        [url, 'first alert'],
        [url, 'second alert'],
      ]);
      // One sender at a time: a claimed alert is neither claimed again nor listed as pending.
      expect(await store.claimFeedAlert(pending[0]?.id ?? 0)).toBe(true);
      expect(await store.claimFeedAlert(pending[0]?.id ?? 0)).toBe(false);
      expect((await store.pendingFeedAlerts(10)).map((a) => a.text)).toEqual(['second alert']);
      await store.markFeedAlertSent(pending[0]?.id ?? 0, '1700000000.000100');
      expect(await store.claimFeedAlert(pending[0]?.id ?? 0)).toBe(false);
      // A refused one is pending again.
      expect(await store.claimFeedAlert(pending[1]?.id ?? 0)).toBe(true);
      await store.markFeedAlertFailed(pending[1]?.id ?? 0, 'ratelimited');
      await store.close();
      store = await f.reopen();
      expect((await store.pendingFeedAlerts(10)).map((a) => a.text)).toEqual(['second alert']);
      // Logged only (no alert channel) counts as sent.
      await store.markFeedAlertSent(pending[1]?.id ?? 0, null);
      expect(await store.pendingFeedAlerts(10)).toEqual([]);
      // An alert Slack keeps refusing is given up after 5 attempts.
      await store.saveFeedHealth(health, 'third alert');
      const [third] = await store.pendingFeedAlerts(10);
      for (let i = 0; i < 5; i++) await store.markFeedAlertFailed(third?.id ?? 0, 'fatal_error');
      expect(await store.pendingFeedAlerts(10)).toEqual([]);
      expect(await store.resetFeedHealth(url)).toBe(true);
      expect(await store.resetFeedHealth(url)).toBe(false);
      expect(await store.listFeedHealth()).toEqual([]);
    });

    it("finds a feed's readouts by a piece of their link, literally, and re-keys one unless the key is taken", async () => {
      const feedUrl = 'https://feeds.example/keys.xml';
      const { readout: a } = await store.insertReadout(
        item({ feedUrl, itemKey: 'old-guid', link: 'http://www.mofa.go.jp/a_100%.html?utm_source=x' }),
      );
      const { readout: b } = await store.insertReadout(
        item({ feedUrl, itemKey: 'other', link: 'https://www.mofa.go.jp/ab100x.html' }),
      );
      await store.insertReadout(item({ link: 'https://www.mofa.go.jp/a_100%.html' }));
      // "_" and "%" are taken literally, not as LIKE wildcards; another feed's readouts are not found.
      expect(await store.feedLinksLike(feedUrl, 'www.mofa.go.jp/a_100%.html')).toEqual([
        { id: a.id, link: 'http://www.mofa.go.jp/a_100%.html?utm_source=x' },
      ]);
      expect(await store.rekeyReadout(a.id, 'new-guid')).toBe(true);
      expect((await store.findReadout(feedUrl, 'new-guid'))?.id).toBe(a.id);
      expect(await store.findReadout(feedUrl, 'old-guid')).toBeNull();
      expect(await store.rekeyReadout(b.id, 'new-guid')).toBe(false);
      expect((await store.findReadout(feedUrl, 'other'))?.id).toBe(b.id);
    });

    it('keeps everything across a restart: readouts, posts, subscriptions', async () => {
      const { readout: r } = await store.insertReadout(item());
      await store.planPost(r.id, 'C1');
      const [post] = await store.pendingPosts(1);
      await store.markPosted(post?.id ?? 0, '1700000000.000200');
      await store.addSubscription({ channel: 'C1', target: 'all', kind: null, level: null, createdBy: null });
      await store.close();
      store = await f.reopen();
      expect((await store.getReadout(r.id))?.readout.title).toBe(r.readout.title);
      expect(await store.planPost(r.id, 'C1')).toBe(false);
      expect(await store.pendingPosts(10)).toEqual([]);
      expect(await store.listSubscriptions('C1')).toHaveLength(1);
      expect((await store.searchReadouts(['abductions'], 5)).map((h) => h.stored.id)).toEqual([r.id]);
    });
  });
}
