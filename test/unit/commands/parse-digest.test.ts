import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';

type Expected =
  | { kind: 'digest'; period: 'daily' | 'weekly' | 'off' | null; slug: string | null }
  | { kind: 'usage'; says: RegExp };

describe('parseCommand: digest', () => {
  const table: [string, Expected][] = [
    // Showing the setting.
    ['digest', { kind: 'digest', period: null, slug: null }],
    ['  DIGEST  ', { kind: 'digest', period: null, slug: null }],
    // Setting it for everything, or for one relation (aliases and any order of countries).
    ['digest daily', { kind: 'digest', period: 'daily', slug: null }],
    ['digest weekly', { kind: 'digest', period: 'weekly', slug: null }],
    ['Digest Daily', { kind: 'digest', period: 'daily', slug: null }],
    ['digest daily japan-us', { kind: 'digest', period: 'daily', slug: 'japan-us' }],
    ['digest weekly us-japan', { kind: 'digest', period: 'weekly', slug: 'japan-us' }],
    ['digest weekly japan-rok', { kind: 'digest', period: 'weekly', slug: 'japan-korea' }],
    [
      'digest daily india-us-japan-australia',
      { kind: 'digest', period: 'daily', slug: 'japan-australia-india-us' },
    ],
    // Stopping it.
    ['digest off', { kind: 'digest', period: 'off', slug: null }],
    ['digest off japan-prc', { kind: 'digest', period: 'off', slug: 'japan-china' }],
    // Mistakes: each says what was wrong.
    ['digest hourly', { kind: 'usage', says: /`daily`, `weekly` or `off` \(got `hourly`\)/ }],
    ['digest monthly japan-us', { kind: 'usage', says: /`daily`, `weekly` or `off` \(got `monthly`\)/ }],
    ['digest japan-us', { kind: 'usage', says: /`daily`, `weekly` or `off` \(got `japan-us`\)/ }],
    ['digest japan-us daily', { kind: 'usage', says: /period first.*`\/readout digest daily japan-us`/ }],
    ['digest daily japan-xx', { kind: 'usage', says: /country `xx` in `japan-xx`/ }],
    ['digest weekly atlantis-japan', { kind: 'usage', says: /country `atlantis`/ }],
    ['digest daily japan', { kind: 'usage', says: /two or more countries.*got `japan`/ }],
    ['digest daily japan-us extra', { kind: 'usage', says: /one relation at most \(got `japan-us extra`\)/ }],
    ['digest off japan-us japan-korea', { kind: 'usage', says: /one relation at most/ }],
    ['digest daily weekly', { kind: 'usage', says: /country `weekly`/ }],
  ];

  it.each(table)('%j', (input, expected) => {
    const command = parseCommand(input);
    if (expected.kind === 'digest') {
      expect(command).toEqual({
        kind: 'digest',
        period: expected.period,
        relation: expected.slug === null ? null : expect.objectContaining({ slug: expected.slug }),
      });
      return;
    }
    if (command.kind !== 'usage') throw new Error(`expected a usage answer, got ${command.kind}`);
    const [problem] = command.message.split('\n\n');
    expect(problem).toMatch(expected.says);
    // Then the usage, which shows the digest form with an example.
    expect(command.message).toContain('`/readout digest daily|weekly|off [relation]`');
    expect(command.message).toContain('e.g. `/readout digest daily japan-us`');
    expect(command.message).toContain('/readout help');
  });
});
