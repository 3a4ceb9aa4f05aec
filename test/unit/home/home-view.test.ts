import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/feeds/catalogue.js';
import { CATALOGUE_ADD_ACTION, renderHome } from '../../../src/home/home-view.js';

describe('renderHome', () => {
  it('shows subscriptions, feed health with the last error escaped, and the next poll', () => {
    const view = renderHome({
      subscriptions: [
        { id: 1, channel: 'C1', target: 'japan-us', kind: 'telephone', level: 'leaders', createdBy: 'U1' },
        { id: 2, channel: 'C2', target: 'KR', kind: null, level: null, createdBy: 'U1' },
      ],
      latest: [],
      feeds: [
        {
          url: 'https://example.org/a.xml',
          etag: null,
          lastModified: null,
          firstPolledAt: null,
          lastFetchedAt: '2026-11-27T10:00:00.000Z',
          lastSuccessAt: null,
          lastStatus: 403,
          lastError: 'HTTP 403 <!channel>',
          consecutiveErrors: 3,
        },
      ],
      feedUrls: ['https://example.org/a.xml', 'https://example.org/b.xml'],
      nextPoll: new Date('2026-11-27T10:10:00Z'),
    });
    const text = JSON.stringify(view.blocks);
    expect(view.type).toBe('home');
    expect(text).toContain('<#C1>: japan-us (telephone only, leaders)');
    expect(text).toContain('<#C2>: Korea');
    expect(text).toContain('No readout yet.');
    expect(text).toContain(':red_circle: 3 failed polls: HTTP 403 &lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('https://example.org/b.xml\\n:white_circle: not polled yet');
    expect(text).toContain('Next poll: 2026-11-27 10:10 UTC');
  });

  it("shows each subscription's words, escaped, beside its other filters", () => {
    const view = renderHome({
      subscriptions: [
        {
          id: 1,
          channel: 'C1',
          target: 'japan-us',
          kind: null,
          level: null,
          createdBy: 'U1',
          words: ['north', 'korea'],
        },
        {
          id: 2,
          channel: 'C1',
          target: 'japan-us',
          kind: 'telephone',
          level: null,
          createdBy: 'U1',
          words: ['<!here>'],
        },
        { id: 3, channel: 'C2', target: 'japan-us', kind: null, level: null, createdBy: 'U1', words: null },
      ],
      latest: [],
      feeds: [],
      feedUrls: [],
      nextPoll: null,
    });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('<#C1>: japan-us (with “north korea”)');
    expect(text).toContain('<#C1>: japan-us (telephone only, with “&lt;!here&gt;”)');
    expect(text).toContain('• <#C2>: japan-us"');
    expect(text).not.toContain('<!here>');
  });

  it('shows a feed disabled by a 410 with how to re-enable it, and a moved one with its new address', () => {
    const state = (url: string) => ({
      url,
      etag: null,
      lastModified: null,
      firstPolledAt: '2026-11-20T10:00:00.000Z',
      lastFetchedAt: '2026-11-27T10:00:00.000Z',
      lastSuccessAt: '2026-11-27T10:00:00.000Z',
      lastStatus: 200,
      lastError: null,
      consecutiveErrors: 0,
    });
    const none = {
      nextAttemptAt: null,
      disabledAt: null,
      disabledReason: null,
      movedTo: null,
      alertedError: null,
    };
    const view = renderHome({
      subscriptions: [],
      latest: [],
      feeds: [state('https://example.org/gone.xml'), state('https://example.org/old.xml')],
      feedUrls: ['https://example.org/gone.xml', 'https://example.org/old.xml'],
      nextPoll: null,
      health: [
        {
          ...none,
          url: 'https://example.org/gone.xml',
          disabledAt: '2026-11-27T09:00:00.000Z',
          disabledReason: 'HTTP 410 Gone',
        },
        { ...none, url: 'https://example.org/old.xml', movedTo: 'https://example.org/new.xml' },
      ],
    });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain(
      ':no_entry: disabled since 2026-11-27 09:00 UTC (HTTP 410 Gone); an admin re-enables it with `/readout feeds add https://example.org/gone.xml`',
    );
    expect(text).toContain('moved permanently: polled at https://example.org/new.xml');
  });

  it('shows the channels at rest (parked after a dead answer) with the reason, since and next try', () => {
    const view = renderHome({
      subscriptions: [{ id: 1, channel: 'C0DEAD', target: 'all', kind: null, level: null, createdBy: 'U1' }],
      latest: [],
      feeds: [],
      feedUrls: [],
      nextPoll: null,
      now: new Date('2026-12-01T09:30:00Z'),
      problems: [
        {
          channel: 'C0DEAD',
          error: 'is_archived',
          since: '2026-12-01T09:00:00.000Z',
          nextTryAt: '2026-12-01T10:10:00.000Z',
          tries: 3,
        },
        // A refused token is told, not parked: not a channel at rest.
        {
          channel: 'slack-token',
          error: 'invalid_auth',
          since: '2026-12-01T09:00:00.000Z',
          nextTryAt: null,
          tries: 0,
        },
      ],
    });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('*Channels at rest*');
    expect(text).toContain(
      '• <#C0DEAD>: archived (`is_archived`) · parked since 2026-12-01 09:00 UTC · next try 2026-12-01 10:10 UTC, after 3 refusals in a row',
    );
    expect(text).not.toContain('slack-token');
    const calm = JSON.stringify(
      renderHome({ subscriptions: [], latest: [], feeds: [], feedUrls: [], nextPoll: null, problems: [] })
        .blocks,
    );
    expect(calm).not.toContain('Channels at rest');
  });

  it('says how to start when nothing is subscribed', () => {
    const view = renderHome({ subscriptions: [], latest: [], feeds: [], feedUrls: [], nextPoll: null });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('/readout subscribe japan-us');
    expect(text).toContain('Next poll: not scheduled');
  });
});

describe('renderHome: the source catalogue', () => {
  const KANTEI = 'https://japan.kantei.go.jp/index-e2.rdf';
  const base = { subscriptions: [], latest: [], feeds: [], feedUrls: [KANTEI], nextPoll: null };
  const buttons = (blocks: Record<string, unknown>[]) =>
    blocks.flatMap((b) => {
      const accessory = b.accessory as { action_id?: string; value?: string } | undefined;
      return accessory?.action_id === CATALOGUE_ADD_ACTION ? [accessory.value] : [];
    });

  it('gives an admin an Add button on every source not polled yet, none on a polled one', () => {
    const view = renderHome({ ...base, catalogue: { canAdd: true } });
    const added = buttons(view.blocks);
    expect(added).toHaveLength(CATALOGUE.length - 1);
    expect(added).not.toContain('kantei');
    expect(added).toContain('gov-uk-pm');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('🇯🇵 `kantei`');
    expect(text).toContain(':large_green_circle: polled · :warning: terms restrict redistribution');
    expect(text).toContain('mixed: non-readouts held back');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('asks before adding a source whose terms restrict reuse', () => {
    const view = renderHome({ ...base, feedUrls: [], catalogue: { canAdd: true } });
    const kantei = view.blocks.find(
      (b) => (b.accessory as { value?: string } | undefined)?.value === 'kantei',
    );
    expect(JSON.stringify(kantei)).toContain('"confirm":{"type":"plain_text","text":"Add anyway"}');
  });

  it('shows the catalogue without buttons to anyone else', () => {
    const view = renderHome({ ...base, catalogue: { canAdd: false } });
    expect(buttons(view.blocks)).toEqual([]);
    expect(JSON.stringify(view.blocks)).toContain('workspace admins and owners add sources');
  });

  it('keeps within 100 blocks with many feeds, the catalogue last, and shows a notice first', () => {
    const feedUrls = Array.from({ length: 90 }, (_, i) => `https://example.org/${i}.xml`);
    const view = renderHome({ ...base, feedUrls, catalogue: { canAdd: true }, notice: 'Added `gov-uk-pm`.' });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(buttons(view.blocks)).toHaveLength(CATALOGUE.length);
    expect(JSON.stringify(view.blocks[1])).toContain('Added `gov-uk-pm`.');
  });
});
