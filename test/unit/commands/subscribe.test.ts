import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { runCommand } from '../../../src/commands/run-command.js';
import { channelsFor, levelOf, subscriptionMatches } from '../../../src/deliver/subscriptions.js';
import { unknownReadout } from '../../../src/readout/types.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

describe('search, who, since, on: every form and mistake', () => {
  it.each([
    ['search abductions', { kind: 'search', words: ['abductions'] }],
    ['search "North Korea", sanctions', { kind: 'search', words: ['North', 'Korea', 'sanctions'] }],
    ['who KISHIDA Fumio', { kind: 'who', words: ['KISHIDA', 'Fumio'] }],
    ['who Kishida', { kind: 'who', words: ['Kishida'] }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });
  it('reads since and on with a real date only', () => {
    expect(parseCommand('us-japan since 2018-03-01')).toMatchObject({
      kind: 'between',
      from: '2018-03-01',
      to: '9999-12-31',
    });
    expect(parseCommand('japan-us on 2018-03-09')).toMatchObject({
      kind: 'between',
      from: '2018-03-09',
      to: '2018-03-09',
    });
    for (const text of [
      'japan-us on 2018-02-30',
      'japan-us since',
      'japan-us on 9 March',
      'search',
      'who',
      'search ?!',
    ]) {
      const c = parseCommand(text);
      expect(c.kind).toBe('usage');
      expect((c as { message: string }).message).toContain('/readout japan-us latest');
    }
  });
});

describe('subscribe, unsubscribe, subscriptions: every form and mistake', () => {
  it.each([
    [
      'subscribe japan-us',
      { kind: 'subscribe', filter: { target: 'japan-us', label: 'japan-us', kind: null, level: null } },
    ],
    [
      'subscribe us-japan kind:telephone',
      {
        kind: 'subscribe',
        filter: { target: 'japan-us', label: 'japan-us', kind: 'telephone', level: null },
      },
    ],
    [
      'subscribe korea level:leaders',
      { kind: 'subscribe', filter: { target: 'KR', label: 'Korea', kind: null, level: 'leaders' } },
    ],
    [
      'subscribe south-korea',
      { kind: 'subscribe', filter: { target: 'KR', label: 'Korea', kind: null, level: null } },
    ],
    [
      'SUBSCRIBE all kind:video level:ministers',
      {
        kind: 'subscribe',
        filter: { target: 'all', label: 'all readouts', kind: 'video', level: 'ministers' },
      },
    ],
    [
      'unsubscribe japan-china kind:meeting',
      {
        kind: 'unsubscribe',
        filter: { target: 'japan-china', label: 'japan-china', kind: 'meeting', level: null },
      },
    ],
    [
      'subscribe japan-us words:"North Korea"',
      {
        kind: 'subscribe',
        filter: { target: 'japan-us', label: 'japan-us', kind: null, level: null, words: ['north', 'korea'] },
      },
    ],
    [
      'subscribe korea words:“abductions issue” kind:telephone',
      {
        kind: 'subscribe',
        filter: {
          target: 'KR',
          label: 'Korea',
          kind: 'telephone',
          level: null,
          words: ['abductions', 'issue'],
        },
      },
    ],
    [
      'unsubscribe japan-us words:energy',
      {
        kind: 'unsubscribe',
        filter: { target: 'japan-us', label: 'japan-us', kind: null, level: null, words: ['energy'] },
      },
    ],
    ['subscriptions', { kind: 'subscriptions' }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each([
    ['subscribe', /needs a relation, a country or `all`/],
    ['subscribe narnia', /I don't know `narnia`/],
    ['subscribe japan-narnia', /I don't know the country `narnia`/],
    ['subscribe japan-us kind:dinner', /I don't know `kind:dinner`/],
    ['subscribe japan-us level:kings', /I don't know `level:kings`/],
    ['subscribe japan-us telephone', /I don't know `telephone`/],
    ['unsubscribe', /`unsubscribe` needs/],
    ['subscriptions now', /`subscriptions` takes nothing after it/],
    ['subscribe japan-us words:""', /`words:` takes 1 to 8 words in quotes/],
    ['subscribe japan-us words:"a b c d e f g h i"', /`words:` takes 1 to 8 words/],
    ['subscribe words:"north korea"', /needs a relation, a country or `all`/],
  ])('%s is answered with what was wrong, the usage and an example', (text, problem) => {
    const command = parseCommand(text);
    expect(command.kind).toBe('usage');
    const message = (command as { message: string }).message;
    expect(message).toMatch(problem);
    expect(message).toContain('/readout subscribe japan-korea kind:telephone');
  });
});

const readout = (over: Partial<Parameters<typeof unknownReadout>[0]>) =>
  unknownReadout({ source: 'mofa', ...over });
const leaders = readout({
  relation: 'japan-korea',
  countries: ['JP', 'KR'],
  kind: 'telephone',
  participants: [
    { name: 'ISHIBA Shigeru', honorific: 'Mr.', title: 'Prime Minister of Japan', country: 'JP' },
    {
      name: 'Yoon Suk Yeol',
      honorific: 'H.E. Mr.',
      title: 'President of the Republic of Korea',
      country: 'KR',
    },
  ],
});
const ministers = readout({
  relation: 'japan-us',
  countries: ['JP', 'US'],
  kind: 'meeting',
  participants: [
    {
      name: 'IWAYA Takeshi',
      honorific: 'Mr.',
      title: 'Minister for Foreign Affairs of Japan',
      country: 'JP',
    },
    { name: 'Marco Rubio', honorific: null, title: 'Secretary of State', country: 'US' },
  ],
});
const sub = (
  target: string,
  kind: 'telephone' | 'meeting' | null = null,
  level: 'leaders' | 'ministers' | null = null,
) => ({
  id: 1,
  channel: 'C1',
  target,
  kind,
  level,
  createdBy: null,
});

describe('which readouts a subscription takes', () => {
  it('matches by relation, country, all, kind and level', () => {
    expect(levelOf(leaders)).toBe('leaders');
    expect(levelOf(ministers)).toBe('ministers');
    // A realm's King and Iran's Supreme Leader are leaders too.
    const withTitle = (title: string, country: string) => ({
      ...ministers,
      participants: [{ name: '', honorific: null, title, country }],
    });
    expect(levelOf(withTitle('King', 'CA'))).toBe('leaders');
    expect(levelOf(withTitle('Supreme Leader', 'IR'))).toBe('leaders');
    expect(subscriptionMatches(sub('japan-korea'), leaders)).toBe(true);
    expect(subscriptionMatches(sub('japan-korea'), ministers)).toBe(false);
    expect(subscriptionMatches(sub('KR'), leaders)).toBe(true);
    expect(subscriptionMatches(sub('US'), leaders)).toBe(false);
    expect(subscriptionMatches(sub('all'), ministers)).toBe(true);
    expect(subscriptionMatches(sub('all', 'telephone'), ministers)).toBe(false);
    expect(subscriptionMatches(sub('all', null, 'ministers'), ministers)).toBe(true);
    expect(subscriptionMatches(sub('all', null, 'ministers'), leaders)).toBe(false);
  });
  it('sends a readout once to each channel, fixed channels first', () => {
    const subs = [
      { ...sub('KR'), channel: 'C2' },
      { ...sub('all'), channel: 'C2' },
      { ...sub('japan-korea'), channel: 'C3' },
      { ...sub('US'), channel: 'C4' },
    ];
    expect(channelsFor(leaders, ['C1'], subs)).toEqual(['C1', 'C2', 'C3']);
  });
});

describe('subscription commands against the store', () => {
  it('subscribes a channel once, lists it, and unsubscribes it', async () => {
    const store = openSqliteStore(':memory:');
    const ctx = { channelId: 'C0SUB', userId: 'U1' };
    const deps = { store, render: { timeZone: 'UTC' } };
    const first = await runCommand(parseCommand('subscribe japan-korea kind:telephone'), deps, ctx);
    expect(first.text).toContain('Subscribed <#C0SUB> to *japan-korea* (telephone talks only)');
    expect(first.text).toContain('nothing old is posted');
    const again = await runCommand(parseCommand('subscribe korea-japan kind:telephone'), deps, ctx);
    expect(again.text).toContain('already receives');
    await runCommand(parseCommand('subscribe all level:ministers'), deps, ctx);
    const list = await runCommand(parseCommand('subscriptions'), deps, ctx);
    expect(list.text.split('\n')).toEqual([
      '*Subscriptions of <#C0SUB>*',
      '• *japan-korea* (telephone talks only)',
      "• *all readouts* at ministers' level",
    ]);
    expect((await store.listSubscriptions('C0OTHER')).length).toBe(0);
    const gone = await runCommand(parseCommand('unsubscribe japan-korea kind:telephone'), deps, ctx);
    expect(gone.text).toContain('no longer receives *japan-korea*');
    const none = await runCommand(parseCommand('unsubscribe japan-korea kind:telephone'), deps, ctx);
    expect(none.text).toContain('has no subscription to');
    expect((await store.listSubscriptions('C0SUB')).map((s) => s.target)).toEqual(['all']);
    await store.close();
  });
});
