import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { type CommandResponse, runCommand } from '../../../src/commands/run-command.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import type { Store } from '../../../src/store/index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

const pages = join(import.meta.dirname, '../../../fixtures/pages/mofa');
const FEED = 'https://feeds.example/mofa.xml';
const SEED = 'seed-2018-03-09-telephone.txt';

let store: Store;

/** Every MOFA fixture page, parsed and stored as a poll would; the seed goes in last. */
beforeAll(async () => {
  store = openSqliteStore(':memory:', () => new Date('2025-03-01T00:00:00Z'));
  // The MOFA pages of the first fixture set (the x- pages came later and are not counted here).
  const files = [...readdirSync(pages).filter((f) => f.endsWith('.html') && !f.startsWith('x-')), SEED];
  for (const file of files) {
    const readout = parseReadout({ content: readFileSync(join(pages, file), 'utf8') });
    await store.insertReadout({
      feedUrl: FEED,
      itemKey: file,
      link: readout.url ?? `https://www.mofa.go.jp/fixtures/${file}`,
      itemPublishedAt: null,
      itemTitle: readout.title,
      itemSummary: null,
      readout,
      partial: false,
      pageAttempts: 0,
      lastPageError: null,
      announce: true,
    });
  }
});

afterAll(async () => {
  await store.close();
});

const run = (text: string, timeZone = 'UTC'): Promise<CommandResponse> =>
  runCommand(parseCommand(text), { store, render: { timeZone } });

const texts = (response: CommandResponse): string[] =>
  (response.blocks ?? []).flatMap((b) => {
    const block = b as { text?: { text?: string }; elements?: { text?: string }[] };
    return [block.text?.text, ...(block.elements ?? []).map((e) => e.text)].filter(
      (t): t is string => typeof t === 'string',
    );
  });

describe('runCommand latest', () => {
  it('answers with the newest japan-us readout by event date, rendered as a message', async () => {
    const response = await run('japan-us latest');
    expect(response.response_type).toBe('ephemeral');
    expect(response.blocks?.[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Japan-U.S. Summit Telephone Talk', emoji: false },
    });
    expect(response.text).toContain('Tue 5 Oct 2021');
    const all = texts(response).join('\n');
    expect(all).toContain('07:05 JST');
    expect(all).toContain('about 20 min');
    expect(all).toContain('Joseph R. Biden, Jr.');
    expect(all).toContain('<https://www.mofa.go.jp/na/na1/us/page4e_001186.html|Read the source>');
    // The older seed talk (inserted after it) is not the answer.
    expect(all).not.toContain('Fri 9 Mar 2018');
  });

  it('finds the same readout whatever the order or alias of the relation', async () => {
    const expected = await run('japan-us latest');
    for (const text of ['us-japan latest', 'latest japan-usa', 'jp-us']) {
      expect(await run(text)).toEqual(expected);
    }
  });

  it('shows the times in the configured zone', async () => {
    const utc = texts(await run('japan-us latest', 'UTC')).join('\n');
    const tokyo = texts(await run('japan-us latest', 'Asia/Tokyo')).join('\n');
    expect(utc).toContain('07:05 JST (22:05 UTC on Mon 4 Oct)');
    expect(tokyo).toContain('07:05 JST');
    expect(tokyo).not.toContain('UTC');
  });

  it('answers plainly when a relation has no readout yet', async () => {
    const response = await run('japan-france latest');
    expect(response).toEqual({
      response_type: 'ephemeral',
      text: 'No japan-france readout yet. Readouts appear here as the feeds bring them.',
    });
  });
});

describe('runCommand list', () => {
  it('gives n lines, newest first, each with date, kind, duration and link', async () => {
    const response = await run('japan-us list 2');
    expect(response.response_type).toBe('ephemeral');
    const lines = response.text.split('\n');
    expect(lines[0]).toBe('*Last 2 japan-us readouts*');
    expect(lines.slice(1)).toEqual([
      '• Tue 5 Oct 2021 · telephone talk · about 20 min · <https://www.mofa.go.jp/na/na1/us/page4e_001186.html|Japan-U.S. Summit Telephone Talk>',
      `• Fri 9 Mar 2018 · telephone talk · about 30 min · <https://www.mofa.go.jp/fixtures/${SEED}|Japan–United States telephone talk>`,
    ]);
    // The blocks say the same as the fallback text.
    expect(texts(response)).toEqual([response.text]);
  });

  it('gives exactly n lines when more readouts exist', async () => {
    const response = await run('japan-us list 1');
    const lines = response.text.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('*Last 1 japan-us readout*');
    expect(lines[1]).toContain('Tue 5 Oct 2021');
  });

  it('gives what there is when fewer readouts exist than asked for', async () => {
    const response = await run('japan-china list 20');
    const lines = response.text.split('\n').slice(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^• Thu 16 Nov 2023 · meeting · about 1 h 5 min · <https:\/\/www\.mofa\.go\.jp\//,
    );
    expect(lines[1]).toMatch(/^• Fri 25 Sep 2020 · telephone talk · about 30 min · </);
  });

  it('says a duration that is not stated is not stated', async () => {
    const response = await run('japan-india list');
    expect(response.text.split('\n')[1]).toMatch(
      /^• Thu 27 Jul 2023 · courtesy call · duration not stated · <https:/,
    );
  });

  it('answers plainly when a relation has no readout yet', async () => {
    const response = await run('japan-france list 3');
    expect(response.response_type).toBe('ephemeral');
    expect(response.text).toBe('No japan-france readout yet. Readouts appear here as the feeds bring them.');
    expect(response.blocks).toBeUndefined();
  });
});

describe('runCommand help and usage', () => {
  it('answers help ephemerally with the usage and an example', async () => {
    const response = await run('help');
    expect(response.response_type).toBe('ephemeral');
    expect(response.text).toContain('/readout japan-us latest');
    expect(response.text).toContain('/readout <relation> list [n]');
  });

  it('answers an empty command like help', async () => {
    expect(await run('')).toEqual(await run('help'));
  });

  it('answers a mistake ephemerally with the problem and the usage', async () => {
    const response = await run('japan-us list 99');
    expect(response.response_type).toBe('ephemeral');
    expect(response.text).toMatch(/^`list` takes a number from 1 to 20 \(got `99`\)/);
    expect(response.text).toContain('/readout japan-us latest');
  });

  it('answers an unknown country ephemerally, naming it', async () => {
    const response = await run('japan-atlantis latest');
    expect(response.response_type).toBe('ephemeral');
    expect(response.text).toContain('`atlantis`');
  });
});
