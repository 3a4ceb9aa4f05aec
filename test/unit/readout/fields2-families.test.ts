import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';

// Fields on posted readouts, family by family (our own sentences in real pages' shapes).

const names = (r: { participants: { name: string }[] }) => r.participants.map((p) => p.name);
const read = (lead: string, published: string | null = '2022-04-12', title = 'Leaders talk') =>
  parseReadout({ content: `${title}\n${lead}\nThey agreed to stay in touch.`, published });

describe('"made a phone call to": the counterpart follows "to"', () => {
  it.each([
    [
      'a later "held" in the sentence',
      'On April 11, President of the Republic of Kazakhstan Kassym-Jomart Tokayev made a phone call to President of the Republic of Uzbekistan Shavkat Mirziyoyev about the games held in Tashkent.',
      ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'],
      'kazakhstan-uzbekistan',
    ],
    [
      'a telephone call and a later "held"',
      'Turkish President Recep Tayyip Erdoğan made a telephone call to Russian President Vladimir Putin on the talks held in Istanbul.',
      ['Recep Tayyip Erdoğan', 'Vladimir Putin'],
      'russia-turkey',
    ],
  ])('reads %s', (_shape, lead, expected, relation) => {
    const r = read(lead);
    expect(names(r)).toEqual(expected);
    expect(r.relation).toBe(relation);
    expect(r.kind).toBe('telephone');
  });
});

describe('words beside a name that are no one', () => {
  it("a wire's weekday between the subject and its verb is no part of the name", () => {
    const r = read(
      'ROME, April 12 (Wire) -- Italian Prime Minister Mario Draghi Tuesday met Spanish Prime Minister Pedro Sánchez who is on a visit to the city.',
      '2022-04-13',
    );
    expect(names(r)).toEqual(['Mario Draghi', 'Pedro Sánchez']);
    expect(r.relation).toBe('italy-spain');
  });
  it('a call "on" a month\'s day names no one', () => {
    const r = read(
      'President Recep Tayyip Erdoğan and his Russian counterpart Vladimir Putin held a phone call on Apr. 11 to discuss grain exports.',
    );
    expect(names(r)).toEqual(['Recep Tayyip Erdoğan', 'Vladimir Putin']);
    expect(r.date).toBe('2022-04-11');
  });
});
