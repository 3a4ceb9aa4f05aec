import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { runCommand } from '../../../src/commands/run-command.js';
import { sharedResponse, withShareButton } from '../../../src/commands/share.js';
import { unknownReadout } from '../../../src/readout/types.js';
import type { Store } from '../../../src/store/index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

let store: Store;
const deps = () => ({ store, render: { timeZone: 'UTC' } });

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  const rows = [
    ['2019-06-28', 'meeting', 'japan-us', ['JP', 'US'], 'Talks on <b>trade</b> & tariffs, and trade again.'],
    ['2019-09-25', 'meeting', 'japan-us', ['JP', 'US'], 'The leaders signed the trade agreement.'],
    ['2019-10-01', 'telephone', 'japan-korea', ['JP', 'KR'], 'The ministers discussed export controls.'],
    ['2019-11-01', 'other', 'japan-us', ['JP', 'US'], 'A press release.'],
  ] as const;
  for (const [i, [date, kind, relation, countries, point]] of rows.entries())
    await store.insertReadout({
      feedUrl: 'https://feeds.example/rss',
      itemKey: `guid-${i}`,
      link: `https://www.mofa.go.jp/p${i}.html`,
      itemPublishedAt: null,
      itemTitle: null,
      itemSummary: null,
      readout: unknownReadout({
        source: 'mofa',
        date,
        kind,
        // The press release is stored but is no readout: not counted.
        docType: i === 3 ? 'other' : 'readout',
        relation,
        countries: [...countries],
        participants: [{ name: 'Tom <Smith> & Co', honorific: null, title: 'Envoy', country: 'US' }],
        keyPoints: [{ n: 1, heading: null, text: point, subPoints: [] }],
      }),
      partial: false,
      pageAttempts: 0,
      lastPageError: null,
      announce: true,
    });
});

afterAll(() => store.close());

describe('/readout … stats', () => {
  it('answers a relation ephemerally with its figures, escaped, and the Share button', async () => {
    const command = parseCommand('japan-us stats 2019');
    const answer = withShareButton(await runCommand(command, deps()), command, 'japan-us stats 2019');
    expect(answer.response_type).toBe('ephemeral');
    const json = JSON.stringify(answer.blocks);
    expect(json).toContain('Japan–United States · 2019');
    expect(json).toContain('*2 readouts*: 2 meetings');
    expect(json).toContain('Tom &lt;Smith&gt; &amp; Co (2)');
    expect(json).toContain('trade (2)');
    expect(json).not.toContain('<Smith>');
    const last = answer.blocks?.at(-1) as { type: string; elements: { value: string }[] };
    expect(last.type).toBe('actions');
    expect(last.elements[0]?.value).toBe('japan-us stats 2019');
    const shared = sharedResponse(answer, 'U1');
    expect(shared.response_type).toBe('in_channel');
    expect(JSON.stringify(shared.blocks)).toContain('*2 readouts*');
  });

  it('answers a country with its partners, and a span with nothing in it without a button', async () => {
    const country = await runCommand(parseCommand('japan stats'), deps());
    expect(JSON.stringify(country.blocks)).toContain('*Top partners*: United States (2), Korea (1)');
    const command = parseCommand('japan-us stats 2005');
    const empty = withShareButton(await runCommand(command, deps()), command, 'japan-us stats 2005');
    expect(empty).toEqual({ response_type: 'ephemeral', text: 'No japan-us readout of an event in 2005.' });
  });
});
