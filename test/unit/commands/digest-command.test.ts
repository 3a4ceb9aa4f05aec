import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDigestCommand } from '../../../src/commands/digest-command.js';
import { parseCommand } from '../../../src/commands/parse-command.js';
import type { DigestCommand } from '../../../src/commands/parse-digest.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';
import type { Store } from '../../../src/store/store.js';

const NOW = new Date('2026-11-27T13:00:00Z'); // a Friday
let store: Store;

beforeEach(() => {
  store = openSqliteStore(':memory:', () => NOW);
});
afterEach(async () => {
  await store.close();
});

const run = async (text: string, channel = 'C1', timeZone = 'UTC') => {
  const command = parseCommand(text);
  if (command.kind !== 'digest') throw new Error(`not a digest command: ${text}`);
  return (
    await runDigestCommand(
      command as DigestCommand,
      { store, render: { timeZone }, clock: () => NOW },
      channel,
      'U1',
    )
  ).text;
};

describe('/readout digest answers', () => {
  it('shows that a channel without a digest posts each readout as it arrives', async () => {
    expect(await run('digest')).toBe(
      '<#C1> has no digest: each readout is posted as it arrives. `/readout digest daily` makes it one message a day.',
    );
  });

  it('sets, repeats, changes and shows a digest, with when the next one goes out in READOUT_TIMEZONE', async () => {
    expect(await run('digest daily')).toContain('The first is Sat 28 Nov 2026 08:00 (UTC).');
    expect(await run('digest daily')).toBe(
      '<#C1> already gets a daily digest of everything it receives; the next is Sat 28 Nov 2026 08:00 (UTC).',
    );
    expect(await run('digest weekly', 'C1', 'Asia/Tokyo')).toContain(
      'now gets a weekly digest of everything it receives: one message every Monday at 08:00 (Asia/Tokyo)',
    );
    expect(await run('digest weekly japan-us', 'C1', 'Asia/Tokyo')).toContain(
      'Other readouts are still posted one by one.',
    );
    expect(await run('digest', 'C1', 'Asia/Tokyo')).toBe(
      [
        '*Digests of <#C1>*',
        '• weekly digest of everything it receives, next Mon 30 Nov 2026 08:00 (Asia/Tokyo)',
        '• weekly digest of *japan-us* readouts, next Mon 30 Nov 2026 08:00 (Asia/Tokyo)',
      ].join('\n'),
    );
    // Settings belong to their channel.
    expect(await run('digest', 'C2')).toContain('<#C2> has no digest');
  });

  it('turns a digest off, and says so when there was none', async () => {
    await run('digest daily japan-korea');
    expect(await run('digest')).toContain('Other readouts are posted one by one.');
    expect(await run('digest off')).toBe(
      '<#C1> has no digest of everything it receives; `/readout digest` shows what it has.',
    );
    expect(await run('digest off korea-japan')).toContain(
      '<#C1> no longer gets a digest of *japan-korea* readouts: new readouts are posted one by one again.',
    );
    expect(await run('digest')).toContain('has no digest');
  });
});
