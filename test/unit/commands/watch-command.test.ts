import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { runCommand } from '../../../src/commands/run-command.js';
import { MAX_WATCHES } from '../../../src/commands/watch-command.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import type { Store } from '../../../src/store/store.js';

describe('watch, watches, unwatch: every form and mistake', () => {
  it.each([
    ['watch abductions', { kind: 'watch', words: ['abductions'], relation: null }],
    ['watch North Korea', { kind: 'watch', words: ['north', 'korea'], relation: null }],
    [
      'watch "north korea", missiles',
      { kind: 'watch', words: ['north', 'korea', 'missiles'], relation: null },
    ],
    ['watch north korea japan-us', { kind: 'watch', words: ['north', 'korea'], relation: 'japan-us' }],
    ['watch abductions US-Japan', { kind: 'watch', words: ['abductions'], relation: 'japan-us' }],
    // A hyphenated word that is no relation stays a word.
    ['watch indo-pacific', { kind: 'watch', words: ['indo-pacific'], relation: null }],
    ['WATCHES', { kind: 'watches' }],
    ['unwatch 2', { kind: 'unwatch', n: 2 }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each([
    ['watch', /`watch` needs words to look for/],
    ['watch japan-us', /`watch` needs words to look for/],
    ['watch ?! …', /`watch` needs words/],
    ['watch a b c d e f g h i', /`watch` takes at most 8 words/],
    ['watches mine', /`watches` takes nothing after it.*`mine`/],
    ['unwatch', /`unwatch` takes the number of a watch.*`nothing`/],
    ['unwatch 0', /`unwatch` takes the number.*`0`/],
    ['unwatch two', /`unwatch` takes the number.*`two`/],
    ['unwatch 1 2', /`unwatch` takes the number.*`1 2`/],
    ['unwatch 1.5', /`unwatch` takes the number.*`1\.5`/],
  ])('%s is answered with what was wrong, the usage and an example', (text, problem) => {
    const command = parseCommand(text);
    expect(command.kind).toBe('usage');
    const message = (command as { message: string }).message;
    expect(message.split('\n\n')[0]).toMatch(problem);
    expect(message).toContain('/readout watch north korea japan-us');
  });
});

describe('running the watch commands', () => {
  let store: Store;
  const render = { timeZone: 'UTC' };
  const as = async (userId: string, text: string) =>
    (await runCommand(parseCommand(text), { store, render }, { channelId: 'C1', userId })).text;
  beforeEach(() => {
    store = openSqliteStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('adds watches per person, lists them numbered and removes one by its number', async () => {
    expect(await as('UANN', 'watches')).toMatch(/You have no watches/);
    expect(await as('UANN', 'watch North Korea')).toMatch(/Watching “north korea”: .*direct message/);
    expect(await as('UANN', 'watch north korea')).toMatch(/You watch “north korea” already/);
    expect(await as('UANN', 'watch abductions japan-us')).toMatch(/Watching “abductions” in \*japan-us\*/);
    expect(await as('UBOB', 'watch energy')).toMatch(/Watching “energy”/);
    const list = await as('UANN', 'watches');
    expect(list).toContain('1. “north korea”');
    expect(list).toContain('2. “abductions” in *japan-us*');
    expect(list).not.toContain('energy');
    expect(await as('UANN', 'unwatch 3')).toMatch(/no watch 3: .*your 2/);
    expect(await as('UBOB', 'unwatch 2')).toMatch(/no watch 2/);
    expect(await as('UANN', 'unwatch 1')).toBe('Stopped watching “north korea”.');
    expect(await as('UANN', 'watches')).toMatch(/1\. “abductions” in \*japan-us\*/);
    expect(await as('UCAROL', 'unwatch 1')).toBe('You have no watches to stop.');
  });

  it(`refuses a watch beyond ${MAX_WATCHES}`, async () => {
    for (let i = 0; i < MAX_WATCHES; i++) await as('UANN', `watch word${i}`);
    expect(await as('UANN', 'watch one more')).toMatch(new RegExp(`You have ${MAX_WATCHES} watches`));
    expect((await store.listWatches('UANN')).length).toBe(MAX_WATCHES);
  });

  it('subscribes a channel with words, shows them, and unsubscribes that filter only', async () => {
    expect(await as('UANN', 'subscribe japan-us words:"north korea"')).toMatch(
      /Subscribed <#C1> to \*japan-us\* with “north korea”/,
    );
    expect(await as('UANN', 'subscribe japan-us')).toMatch(/Subscribed <#C1> to \*japan-us\*\./);
    const list = await as('UANN', 'subscriptions');
    expect(list).toContain('• *japan-us* with “north korea”');
    expect(list.split('\n')).toContain('• *japan-us*');
    expect(await as('UANN', 'unsubscribe japan-us words:"north korea"')).toMatch(/no longer receives/);
    expect((await store.listSubscriptions('C1')).map((s) => s.words)).toEqual([null]);
  });
});
