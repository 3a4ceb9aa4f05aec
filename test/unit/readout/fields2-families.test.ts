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

describe('the kind of a talk', () => {
  it('an archive photo caption above the lead names an earlier talk, not this one', () => {
    const r = parseReadout({
      content:
        'Presidents talk by phone on Gaza\nPresident A of Egypt and his US counterpart hold a meeting at a summit in Sharm el-Sheikh, on November 11, 2022. (File photo: Agency)\nEgyptian President Abdel Fattah Al Sisi received a phone call on Monday from US President Joe Biden to discuss a ceasefire.\nThey agreed to stay in touch.',
      published: '2024-04-29',
    });
    expect(r.kind).toBe('telephone');
    expect(r.date).toBe('2024-04-29');
    expect(r.relation).toBe('egypt-us');
  });
  it.each([
    [
      'a title that names the call',
      'What Ruto and Trump said in their first call',
      'had a conversation with',
    ],
    ['a sentence that names the phone', 'Ruto and Trump talk', 'had a phone conversation with'],
  ])('a bare "conversation" is a call where %s', (_shape, title, verb) => {
    const r = read(
      `President William Ruto ${verb} US President-elect Donald Trump on Friday about trade.`,
      '2024-11-09',
      title,
    );
    expect(r.kind).toBe('telephone');
  });
  it('a bare "conversation" under a title naming no call stays a meeting', () => {
    const r = read(
      'President William Ruto had a conversation with US President-elect Donald Trump on Friday about trade.',
      '2024-11-09',
      'Ruto and Trump talk trade',
    );
    expect(r.kind).toBe('meeting');
  });
});

describe('a reporting clause before the subject', () => {
  it('"… informed that X had a call with Y": the subject is X', () => {
    const r = read(
      'The press office of the government informed that President Emmanuel Macron on Monday had a telephone conversation with German Chancellor Olaf Scholz, during which they discussed energy.',
    );
    expect(names(r)).toEqual(['Emmanuel Macron', 'Olaf Scholz']);
    expect(r.relation).toBe('france-germany');
    expect(r.date).toBe('2022-04-11');
  });
});

describe('a place after the counterpart', () => {
  it('a place named in apposition after "at the …" is no one', () => {
    const r = read(
      'Prime Minister Justin Trudeau met with German Chancellor Olaf Scholz at the official guest house, Schloss Example, north of the capital.',
      '2022-04-12',
    );
    expect(names(r)).toEqual(['Justin Trudeau', 'Olaf Scholz']);
    expect(r.relation).toBe('canada-germany');
  });
});
