import { describe, expect, it } from 'vitest';
import { type Command, DEFAULT_LIST, MAX_LIST, parseCommand } from '../../../src/commands/parse-command.js';
import { parseRelation } from '../../../src/readout/relation.js';

/** What a `/readout` answer boils down to for the table: its kind and the facts it carries. */
type Expected =
  | { kind: 'help' }
  | { kind: 'latest'; slug: string }
  | { kind: 'list'; slug: string; n: number }
  | { kind: 'stats'; subject: string; from: string; to: string | null; label: string }
  | { kind: 'usage'; says: RegExp };

const USAGE_EXAMPLE = '/readout japan-us latest';

describe('parseCommand', () => {
  const table: [string, Expected][] = [
    // Help: empty, blank and every spelling of help.
    ['', { kind: 'help' }],
    ['   ', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['--help', { kind: 'help' }],
    // latest, with and without the verb, in either order, with aliases.
    ['japan-us', { kind: 'latest', slug: 'japan-us' }],
    ['japan-us latest', { kind: 'latest', slug: 'japan-us' }],
    ['us-japan latest', { kind: 'latest', slug: 'japan-us' }],
    ['japan-usa latest', { kind: 'latest', slug: 'japan-us' }],
    ['jp-us latest', { kind: 'latest', slug: 'japan-us' }],
    ['japan-united-states latest', { kind: 'latest', slug: 'japan-us' }],
    ['japan-rok latest', { kind: 'latest', slug: 'japan-korea' }],
    ['japan-korea latest', { kind: 'latest', slug: 'japan-korea' }],
    ['japan-uk latest', { kind: 'latest', slug: 'japan-uk' }],
    ['japan-prc latest', { kind: 'latest', slug: 'japan-china' }],
    ['japan-china latest', { kind: 'latest', slug: 'japan-china' }],
    ['latest japan-us', { kind: 'latest', slug: 'japan-us' }],
    ['  Japan-US   LATEST  ', { kind: 'latest', slug: 'japan-us' }],
    // list, with the default, a number, and the verb first.
    ['japan-us list', { kind: 'list', slug: 'japan-us', n: DEFAULT_LIST }],
    ['japan-us list 3', { kind: 'list', slug: 'japan-us', n: 3 }],
    ['list japan-us 3', { kind: 'list', slug: 'japan-us', n: 3 }],
    ['japan-us list 1', { kind: 'list', slug: 'japan-us', n: 1 }],
    ['japan-us list 20', { kind: 'list', slug: 'japan-us', n: MAX_LIST }],
    // Mistakes: each says what was wrong.
    ['japan-us list 0', { kind: 'usage', says: /from 1 to 20.*`0`/ }],
    ['japan-us list 21', { kind: 'usage', says: /from 1 to 20.*`21`/ }],
    ['japan-us list abc', { kind: 'usage', says: /from 1 to 20.*`abc`/ }],
    ['japan-us list 2.5', { kind: 'usage', says: /from 1 to 20.*`2\.5`/ }],
    ['japan-us list 3 4', { kind: 'usage', says: /one number at most.*`3 4`/ }],
    ['japan-us latest extra', { kind: 'usage', says: /`latest` takes nothing after it.*`extra`/ }],
    ['japn-us latest', { kind: 'usage', says: /country `japn`/ }],
    ['japan latest', { kind: 'usage', says: /two or more countries[\s\S]*`japan-us`[\s\S]*got `japan`/ }],
    ['frobnicate', { kind: 'usage', says: /`frobnicate`/ }],
    [
      'japan-us frobnicate',
      {
        kind: 'usage',
        says: /`frobnicate` after a relation.*`latest`, `list \[n\]`, `since <date>`, `on <date>` or `stats`/,
      },
    ],
    ['latest', { kind: 'usage', says: /`latest` needs a relation/ }],
    ['list', { kind: 'usage', says: /`list` needs a relation/ }],
    // stats: a relation or a country, all time, a year, years or a start date, either order.
    [
      'japan-us stats',
      { kind: 'stats', subject: 'japan-us', from: '0000-01-01', to: null, label: 'all time' },
    ],
    [
      'us-japan stats 2017',
      { kind: 'stats', subject: 'japan-us', from: '2017-01-01', to: '2017-12-31', label: '2017' },
    ],
    [
      'japan-us stats 2017-2019',
      { kind: 'stats', subject: 'japan-us', from: '2017-01-01', to: '2019-12-31', label: '2017–2019' },
    ],
    [
      'japan-us stats since 2024-10-01',
      { kind: 'stats', subject: 'japan-us', from: '2024-10-01', to: null, label: 'since 2024-10-01' },
    ],
    [
      'stats japan-us 2018',
      { kind: 'stats', subject: 'japan-us', from: '2018-01-01', to: '2018-12-31', label: '2018' },
    ],
    [
      'JAPAN-US-AUSTRALIA-INDIA STATS 2021-2022',
      {
        kind: 'stats',
        subject: 'japan-australia-india-us',
        from: '2021-01-01',
        to: '2022-12-31',
        label: '2021–2022',
      },
    ],
    ['japan stats', { kind: 'stats', subject: 'JP', from: '0000-01-01', to: null, label: 'all time' }],
    [
      'korea stats 2023',
      { kind: 'stats', subject: 'KR', from: '2023-01-01', to: '2023-12-31', label: '2023' },
    ],
    ['stats', { kind: 'usage', says: /`stats` needs a relation or a country/ }],
    ['japan-us stats 2019-2017', { kind: 'usage', says: /first year comes first.*`2017-2019`/ }],
    ['japan-us stats 17', { kind: 'usage', says: /period `17`/ }],
    ['japan-us stats 1800', { kind: 'usage', says: /Years go from 1945 to 2100.*`1800`/ }],
    ['japan-us stats 2017 2018', { kind: 'usage', says: /one period at most.*`2017 2018`/ }],
    ['japan-us stats since', { kind: 'usage', says: /`since` takes one date.*`nothing`/ }],
    ['japan-us stats since 2024-13-01', { kind: 'usage', says: /`since` takes one date.*`2024-13-01`/ }],
    ['japan-us stats since 2024-10-01 extra', { kind: 'usage', says: /`since` takes one date/ }],
    ['japan-us stats last-year', { kind: 'usage', says: /period `last-year`/ }],
    ['atlantis stats', { kind: 'usage', says: /I don't know `atlantis`: give a relation.*or a country/ }],
    ['japan-atlantis stats', { kind: 'usage', says: /country `atlantis` in `japan-atlantis`/ }],
  ];

  it.each(table)('%j', (input, expected) => {
    const command: Command = parseCommand(input);
    expect(command.kind).toBe(expected.kind);
    switch (expected.kind) {
      case 'latest':
        expect(command).toMatchObject({ kind: 'latest', relation: { slug: expected.slug } });
        break;
      case 'list':
        expect(command).toMatchObject({ kind: 'list', relation: { slug: expected.slug }, n: expected.n });
        break;
      case 'stats': {
        if (command.kind !== 'stats') throw new Error('not a stats command');
        const subject = command.subject.kind === 'relation' ? command.subject.slug : command.subject.code;
        expect({ subject, ...command.span }).toEqual({
          subject: expected.subject,
          from: expected.from,
          to: expected.to,
          label: expected.label,
        });
        break;
      }
      case 'usage': {
        if (command.kind !== 'usage') throw new Error('not a usage answer');
        // The problem comes first, then the usage with an example to copy.
        const [problem] = command.message.split('\n\n');
        expect(problem).toMatch(expected.says);
        expect(command.message).toContain(USAGE_EXAMPLE);
        expect(command.message).toContain('/readout help');
        break;
      }
      case 'help':
        expect(command).toEqual({ kind: 'help' });
        break;
    }
  });

  it('gives every relation alias of the same pair the same relation', () => {
    const relations = ['japan-us', 'us-japan', 'japan-usa', 'jp-us', 'japan-united-states'].map((text) =>
      parseCommand(`${text} latest`),
    );
    for (const r of relations) expect(r).toEqual(relations[0]);
  });
});

describe('parseRelation', () => {
  it.each([
    ['japan-us', 'japan-us', ['JP', 'US']],
    ['us-japan', 'japan-us', ['JP', 'US']],
    ['JAPAN-US', 'japan-us', ['JP', 'US']],
    ['japan us', 'japan-us', ['JP', 'US']],
    ['japan-u.s.', 'japan-us', ['JP', 'US']],
    ['japan-usa', 'japan-us', ['JP', 'US']],
    ['jp-usa', 'japan-us', ['JP', 'US']],
    ['japan-united-states', 'japan-us', ['JP', 'US']],
    ['japan-rok', 'japan-korea', ['JP', 'KR']],
    ['japan-south-korea', 'japan-korea', ['JP', 'KR']],
    ['japan-prc', 'japan-china', ['JP', 'CN']],
    ['japan-uk', 'japan-uk', ['JP', 'GB']],
    ['japan-united-kingdom', 'japan-uk', ['JP', 'GB']],
    ['japan-new-zealand', 'japan-new-zealand', ['JP', 'NZ']],
    ['nz-japan', 'japan-new-zealand', ['JP', 'NZ']],
    ['japan-viet-nam', 'japan-vietnam', ['JP', 'VN']],
    ['japan-eu', 'japan-eu', ['JP', 'EU']],
    ['japan-us-australia-india', 'japan-australia-india-us', ['JP', 'AU', 'IN', 'US']],
    ['india-us-japan-australia', 'japan-australia-india-us', ['JP', 'AU', 'IN', 'US']],
  ])('%s → %s', (input, slug, countries) => {
    expect(parseRelation(input)).toEqual({ ok: true, relation: { slug, countries } });
  });

  it('is order-insensitive: japan-us and us-japan are one relation', () => {
    expect(parseRelation('us-japan')).toEqual(parseRelation('japan-us'));
  });

  it.each([
    ['japan-atlantis', 'atlantis'],
    ['atlantis-japan', 'atlantis'],
    ['us-atlantis-japan', 'atlantis'],
    ['japn-us', 'japn'],
  ])('%s reports the unknown word %s', (input, unknown) => {
    expect(parseRelation(input)).toMatchObject({ ok: false, reason: 'unknown_country', unknown });
  });

  it('refuses a single country', () => {
    expect(parseRelation('japan').ok).toBe(false);
  });
});
