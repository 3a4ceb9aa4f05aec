import { it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';
import { parseRelation } from '../../../src/readout/relation.js';

it('probe', () => {
  const inputs = [
    '',
    '   ',
    'help',
    'HELP',
    '--help',
    'japan-us',
    'japan-us latest',
    'us-japan latest',
    'japan-usa latest',
    'jp-us latest',
    'japan-united-states latest',
    'japan-rok latest',
    'japan-korea latest',
    'japan-uk latest',
    'japan-prc latest',
    'japan-china latest',
    'latest japan-us',
    'japan-us list',
    'japan-us list 3',
    'list japan-us 3',
    'japan-us list 0',
    'japan-us list 21',
    'japan-us list abc',
    'japan-us list 3 4',
    'japan-us latest extra',
    'japn-us latest',
    'japan latest',
    'frobnicate',
    'japan-us frobnicate',
    'latest',
    'list',
    'japan-us list 2.5',
    'japan-us list 020',
  ];
  for (const i of inputs) {
    const c = parseCommand(i);
    console.log(
      JSON.stringify(i),
      c.kind,
      'relation' in c ? c.relation.slug : '',
      'n' in c ? c.n : '',
      c.kind === 'usage' ? c.message.split('\n')[0] : '',
    );
  }
  for (const r of [
    'japan-us',
    'us-japan',
    'japan-united-states',
    'japan-south-korea',
    'japan-new-zealand',
    'japan-us-australia-india',
    'japan-atlantis',
    'japan',
    'japan-japan',
    'JAPAN-US',
    'japan-usa',
    'japan-rok',
    'japan-prc',
    'japan-uk',
    'japan-viet-nam',
    'japan-vietnam',
    'nz-japan',
    'japan-united-kingdom',
    'japan-eu',
    'japan us',
    'japan-u.s.',
    'us-atlantis-japan',
  ])
    console.log(r, JSON.stringify(parseRelation(r)));
});
