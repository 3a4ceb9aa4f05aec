import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { type CommandResponse, runCommand } from '../../../src/commands/run-command.js';
import { CATALOGUE } from '../../../src/feeds/catalogue.js';
import type { Store } from '../../../src/store/index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

const KANTEI = 'https://japan.kantei.go.jp/index-e2.rdf';
const NOW = new Date('2026-12-06T10:00:00Z');

describe('parseCommand: /readout sources', () => {
  it.each([
    ['sources', { kind: 'sources', government: null }],
    ['SOURCES', { kind: 'sources', government: null }],
    ['sources japan', { kind: 'sources', government: 'JP' }],
    ['sources JP', { kind: 'sources', government: 'JP' }],
    ['sources us', { kind: 'sources', government: 'US' }],
    ['sources uk', { kind: 'sources', government: 'GB' }],
    ['sources united kingdom', { kind: 'sources', government: 'GB' }],
    ['sources eu', { kind: 'sources', government: 'EU' }],
    ['sources korea', { kind: 'sources', government: 'KR' }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each([
    ['sources narnia', /I don't know the country `narnia`.*`\/readout sources` takes a country/],
    ['sources japan us', /I don't know the country `japan us`/],
  ])('%s answers with the usage', (text, says) => {
    const parsed = parseCommand(text);
    expect(parsed.kind).toBe('usage');
    expect(parsed.kind === 'usage' && parsed.message).toMatch(says);
    expect(parsed.kind === 'usage' && parsed.message).toContain('/readout sources [country]');
  });
});

describe('/readout sources', () => {
  let store: Store;
  beforeEach(() => {
    store = openSqliteStore(':memory:', () => NOW);
  });
  afterEach(async () => {
    await store.close();
  });

  const run = (text: string): Promise<CommandResponse> =>
    runCommand(parseCommand(text), {
      store,
      render: { timeZone: 'UTC' },
      feeds: { operatorFeeds: [KANTEI], allowPrivateNetworks: false, firstPollDays: 7, clock: () => NOW },
    });

  it('lists every source grouped by country, each government under its flag', async () => {
    const answer = await run('sources');
    expect(answer.response_type).toBe('ephemeral');
    const governments = new Set(CATALOGUE.map((s) => s.government));
    expect(answer.text).toContain(
      `*Source catalogue* (${CATALOGUE.length} sources, ${governments.size} governments)`,
    );
    for (const s of CATALOGUE) expect(answer.text).toContain(`\`${s.id}\``);
    expect(answer.text).toContain('*🇯🇵 Japan*');
    expect(answer.text).toContain('*🇬🇧 United Kingdom*');
    expect(answer.text).toContain('*🇪🇺 European Union*');
    // Japan's sources sit under Japan's heading, before the next government's.
    const sections = answer.text.split('\n\n*').map((part) => part.split('\n')[0]);
    const japan =
      answer.text.split(/\n\n(?=\*\S+ [A-Z])/).find((part) => part.startsWith('*🇯🇵 Japan*')) ?? '';
    for (const id of ['kantei', 'mofa-press', 'mofa-us']) expect(japan).toContain(`\`${id}\``);
    expect(japan).not.toContain('`whitehouse`');
    expect(sections.length).toBeGreaterThan(governments.size);
    for (const b of answer.blocks ?? []) expect(JSON.stringify(b).length).toBeLessThan(3200);
    expect((answer.blocks ?? []).length).toBeLessThanOrEqual(50);
  });

  it('says what each carries, its kind and language, whether this workspace polls it, and the Kantei terms', async () => {
    const text = (await run('sources japan')).text;
    expect(text).toContain('*Source catalogue* (3 sources, 1 government)');
    expect(text).toContain(
      "`kantei` *Prime Minister's Office of Japan (Kantei)*: English news (PM in action, statements, diplomatic summaries)\nmixed: non-readouts held back · RSS 1.0/RDF · en · :white_circle: polled here, not read yet",
    );
    expect(text).toMatch(/:warning: Terms: Kantei's RSS terms .* forbid .*redistribution/);
    expect(text).toContain(
      '`mofa-us` *Ministry of Foreign Affairs of Japan (MOFA)*: Japan–U.S. relations (HTML index)\nmixed: non-readouts held back · HTML index `/na/na1/us/page*.html` · en · :heavy_minus_sign: not polled here',
    );
    expect(text).toContain('_unconfirmed: mofa.go.jp answered every automated request with HTTP 403');
    expect(text).not.toContain('United States');
  });

  it('shows the health of a polled source, and a source added from Slack as polled', async () => {
    const canada = 'https://www.pm.gc.ca/en/news/readouts';
    await store.addFeedSource({
      url: canada,
      kind: 'html',
      linkPattern: '/en/news/readouts/*/*/*/*',
      title: null,
      addedBy: 'U1',
    });
    await store.saveFeed({
      url: KANTEI,
      etag: null,
      lastModified: null,
      firstPolledAt: '2026-12-01T00:00:00Z',
      lastFetchedAt: NOW.toISOString(),
      lastSuccessAt: '2026-12-05T00:00:00Z',
      lastStatus: 404,
      lastError: 'HTTP 404 Not Found',
      consecutiveErrors: 3,
    });
    expect((await run('sources japan')).text).toContain(
      ':red_circle: polled here, 3 failed polls: HTTP 404 Not Found · :warning: answers HTTP 404: the publisher may have moved it; check the catalogue entry `kantei` for a newer address',
    );
    const ca = (await run('sources canada')).text;
    expect(ca).toContain(
      'readouts only · HTML index `/en/news/readouts/*/*/*/*` · en · :white_circle: polled here, not read yet',
    );
    expect(ca).toContain('_confirmed 2026-03-19_');
  });

  it('says so when the catalogue has no source of a country', async () => {
    expect((await run('sources brazil')).text).toMatch(/^The catalogue has no source of Brazil yet/);
  });
});
