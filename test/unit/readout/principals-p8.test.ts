import { describe, expect, it } from 'vitest';
import {
  counterpartByFullName,
  headlinePair,
  joinedPrincipals,
} from '../../../src/readout/parse/principals.js';
import { holdersOfTalkAfterLead, reportedTalk } from '../../../src/readout/parse/spoken-talk.js';
import { transcriptPrincipals } from '../../../src/readout/parse/transcript.js';
import type { Participant } from '../../../src/readout/types.js';

const person = (name: string, country: string, title: string | null = null): Participant => ({
  name,
  honorific: null,
  title,
  country,
});
const names = (ps: readonly Participant[]) => ps.map((p) => [p.name, p.country]);

describe('a principal who joined another’s talk', () => {
  it('adds the joiner and the one whose talk it was, resolved on the date', () => {
    const ps = [person('Fumio Kishida', 'JP')];
    ps.unshift(person('Joe Biden', 'US'));
    joinedPrincipals(
      ps,
      'President Biden joined the Vice President’s call today with the Prime Minister.',
      '2023-01-13',
    );
    expect(names(ps)).toEqual([
      ['Joe Biden', 'US'],
      ['Kamala Harris', 'US'],
      ['Fumio Kishida', 'JP'],
    ]);
  });

  it('names no one the table cannot: an office alone without a date is left out', () => {
    const ps = [person('Barack Obama', 'US'), person('Naoto Kan', 'JP')];
    joinedPrincipals(ps, 'Secretary of State Nobody joined the Vice President’s meeting.', null);
    expect(names(ps)).toEqual([
      ['Barack Obama', 'US'],
      ['Naoto Kan', 'JP'],
    ]);
  });
});

describe('a counterpart a title names by full name', () => {
  it('reads a lower-case title made from an address', () => {
    const p = counterpartByFullName(
      'pm holds summit talks with his japanese counterpart fumio kishida in delhi',
    );
    expect(p && [p.name, p.country]).toEqual(['Fumio Kishida', 'JP']);
  });

  it('reads nothing from a name the table lacks', () => {
    expect(counterpartByFullName('pm holds talks with his counterpart john doe in delhi')).toBeNull();
  });
});

describe('a talk reported after a lead that names no one', () => {
  it('takes the first sentence naming office holders of two countries; "U.S." ends no sentence', () => {
    const lines = [
      'On the second day, the two men walked out together.',
      'Japanese Prime Minister Yoshihide Suga and U.S. President Joe Biden held talks at the White House.',
    ];
    expect(names(holdersOfTalkAfterLead(lines, '2021-04-16'))).toEqual([
      ['Yoshihide Suga', 'JP'],
      ['Joe Biden', 'US'],
    ]);
  });

  it('skips a talk still to come', () => {
    const lines = [
      'Japanese Prime Minister Yoshihide Suga and U.S. President Joe Biden will hold talks next week.',
    ];
    expect(holdersOfTalkAfterLead(lines, '2021-04-10')).toEqual([]);
  });
});

describe('a press conference printing the answers alone', () => {
  const lines = [
    '(On the summit; and on whether the Prime Minister may be meeting President Biden later on this trip)',
    'My summit with Prime Minister Albanese today was frank and warm, and we spoke for an hour.',
  ];

  it('is the speaker’s words; the note of the questions is left out', () => {
    const talk = reportedTalk(lines, 'Press Conference by the Prime Minister', 'JP', '2023-07-12', []);
    expect(talk && names(talk.participants)).toEqual([
      ['Fumio Kishida', 'JP'],
      ['Anthony Albanese', 'AU'],
    ]);
  });

  it('outranks a lead naming two other countries’ leaders and none of the publisher’s', () => {
    const lead = [person('Anthony Albanese', 'AU'), person('Joe Biden', 'US')];
    const talk = reportedTalk(lines, 'Press Conference by the Prime Minister', 'JP', '2023-07-12', lead);
    expect(talk && names(talk.participants)).toEqual([
      ['Fumio Kishida', 'JP'],
      ['Anthony Albanese', 'AU'],
    ]);
  });
});

describe('a transcript’s counterpart named by office and country', () => {
  const line =
    'ANTHONY ALBANESE, PRIME MINISTER: Good evening. It has been a full day. I have had bilaterals with the Prime Minister of Japan and the President of France. We went through energy with Prime Minister Ishiba.';

  it('is the one the speaker also names by office and surname, without a date', () => {
    expect(names(transcriptPrincipals([], [line], null, 'AU', null))).toEqual([
      ['Anthony Albanese', 'AU'],
      ['Shigeru Ishiba', 'JP'],
    ]);
  });

  it('is none when two countries are named by office alone and no surname says which', () => {
    const bare = line.replace(' We went through energy with Prime Minister Ishiba.', '');
    expect(transcriptPrincipals([], [bare], null, 'AU', '2025-06-01')).toEqual([]);
  });
});

describe('a headline that is the talk’s own sentence', () => {
  const title = 'Japanese Foreign Minister Yoko Kamikawa calls on PM Modi today';

  it('names the principals when the lead read another talk', () => {
    const lead = [person('S Jaishankar', 'IN'), person('Yoko Kamikawa', 'JP')];
    expect(names(headlinePair(lead, title, null))).toEqual([
      ['Yoko Kamikawa', 'JP'],
      ['Narendra Modi', 'IN'],
    ]);
  });

  it('leaves a lead that has both (and a third who joined) as it is', () => {
    const lead = [person('Narendra Modi', 'IN'), person('S Jaishankar', 'IN'), person('Yoko Kamikawa', 'JP')];
    expect(headlinePair(lead, title, null)).toBe(lead);
  });

  it('reads nothing from a headline naming one side by office alone', () => {
    const lead = [person('S Jaishankar', 'IN'), person('Yoko Kamikawa', 'JP')];
    expect(headlinePair(lead, 'Japanese Foreign Minister calls on the Prime Minister', null)).toBe(lead);
  });
});
