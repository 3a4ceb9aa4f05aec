import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { pairGroup } from '../../../src/readout/parse/people.js';

// Three gaps seen on real pages (our own sentences in their shapes): talkers named as a group by
// office ("the leaders of A and B", "the two Presidents"), the King of a Commonwealth realm as a
// party, and a passive talk "between A and B".

const names = (r: { participants: { name: string }[] }) => r.participants.map((p) => p.name);
const parse = (title: string, lead: string, published: string, url?: string) =>
  parseReadout({ content: `${title}\n\n${lead}\n\nThey agreed to stay in close contact.`, published, url });

describe('talkers named as a group by office', () => {
  it.each([
    [
      'after a date clause, the leaders (Finland: the President)',
      'Japan-Finland Summit Telephone Talk',
      'On May 10, the leaders of Japan and Finland held a telephone talk.',
      '2024-05-11',
      ['Fumio Kishida', 'Alexander Stubb'],
    ],
    [
      'after a weekday clause, the prime ministers',
      'Leaders meet',
      'On Friday, the Prime Ministers of Japan and India spoke by telephone.',
      '2024-05-11',
      ['Fumio Kishida', 'Narendra Modi'],
    ],
    [
      '"the two Presidents" of the countries the title joins',
      'Russia-France phone talks on Syria',
      'The two Presidents spoke by telephone on Friday.',
      '2016-06-11',
      ['Vladimir Putin', 'François Hollande'],
    ],
    [
      '"the two leaders" of a title "A and B"',
      'Japan and India hold talks',
      'The two leaders met in Tokyo on Friday.',
      '2024-05-11',
      ['Fumio Kishida', 'Narendra Modi'],
    ],
  ])('names one holder per country: %s', (_shape, title, lead, published, expected) => {
    expect(names(parse(title, lead, published))).toEqual(expected);
  });

  it('leaves the principals empty where the table cannot tell who', () => {
    // Japan has no President; a title joining no two countries gives "the two leaders" none.
    expect(
      names(
        parse(
          'Japan-Finland Summit Telephone Talk',
          'On May 10, the two Presidents held a telephone talk.',
          '2024-05-11',
        ),
      ),
    ).toEqual([]);
    expect(
      names(parse('Leaders talk trade', 'The two leaders met in Tokyo on Friday.', '2024-05-11')),
    ).toEqual([]);
    expect(pairGroup('the two Presidents', 'Japan-Finland Summit')).toBeNull();
    expect(pairGroup('the two leaders', 'Japan-Finland and Japan-Sweden talks')).toBeNull();
    expect(pairGroup('the two leaders', 'Japan-Finland Summit')?.map((p) => [p.title, p.country])).toEqual([
      ['Prime Minister', 'JP'],
      ['President', 'FI'],
    ]);
  });
});

describe('the King of a Commonwealth realm', () => {
  it.each([
    [
      'by title and realm, as the subject',
      'His Majesty the King of Canada spoke with the President of Finland, Alexander Stubb, on 3 June 2024.',
      undefined,
      ['Charles III', 'Alexander Stubb'],
      'canada-finland',
    ],
    [
      'by realm, then name',
      'The King of Australia, Charles III, met Prime Minister of Japan Fumio Kishida in London on Monday.',
      undefined,
      ['Charles III', 'Fumio Kishida'],
      'japan-australia',
    ],
    [
      'as the counterpart',
      'Finnish President Alexander Stubb held a telephone call with the King of Canada on Monday.',
      undefined,
      ['Alexander Stubb', 'Charles III'],
      'canada-finland',
    ],
    [
      'by title alone, on the realm\u2019s own page',
      'Today, His Majesty the King and Prime Minister Justin Trudeau met with the President of Finland, Alexander Stubb, at Rideau Hall.',
      'https://www.pm.gc.ca/en/news/readouts/2024/06/04/x',
      ['Charles III', 'Justin Trudeau', 'Alexander Stubb'],
      'canada-finland',
    ],
  ])('is a principal when he is a party: %s', (_shape, lead, url, expected, relation) => {
    const r = parse('News', lead, '2024-06-04', url);
    expect(names(r)).toEqual(expected);
    expect(r.relation).toBe(relation);
  });

  it('is no principal when he is only mentioned', () => {
    const url = 'https://www.gov.uk/government/news/pm-meeting-with-president-trump-18-september-2025';
    for (const lead of [
      'On behalf of His Majesty the King, the Prime Minister welcomed President Trump to Chequers this morning.',
      'The Prime Minister met President Trump at Chequers this morning to pass on the greetings of His Majesty the King.',
      'Acting for the King, the Prime Minister welcomed President Trump to Chequers this morning.',
    ])
      expect(names(parse('PM meeting with President Trump', lead, '2025-09-18', url))).toEqual([
        'Keir Starmer',
        'Donald Trump',
      ]);
  });

  it('is named by no one where the page gives no realm', () => {
    // A news copy's bare "The King": the table cannot say whose.
    const r = parse(
      'News',
      'The King held an audience with President Volodymyr Zelenskyy on Sunday.',
      '2025-03-03',
    );
    expect(names(r)).toEqual(['Volodymyr Zelenskyy']);
  });
});

describe('a passive talk between two sides', () => {
  it.each([
    [
      '"took place between", by offices',
      'On June 5, a telephone conversation took place between the President of Uzbekistan and the Prime Minister of Japan.',
      ['Shavkat Mirziyoyev', 'Fumio Kishida'],
      'telephone',
      '2023-06-05',
    ],
    [
      '"was held between", the date after the sides',
      'A telephone conversation was held between the President of Uzbekistan and the Prime Minister of Japan on June 5.',
      ['Shavkat Mirziyoyev', 'Fumio Kishida'],
      'telephone',
      '2023-06-05',
    ],
    [
      '"a meeting between A and B took place"',
      'A meeting between Foreign Minister of Uzbekistan Bakhtiyor Saidov and his Japanese counterpart took place in Tokyo on June 5.',
      ['Bakhtiyor Saidov', 'Yoshimasa Hayashi'],
      'meeting',
      '2023-06-05',
    ],
    [
      'a group by office',
      'Yesterday a telephone conversation took place between the leaders of Japan and Finland.',
      ['Fumio Kishida', 'Sauli Niinistö'],
      'telephone',
      '2023-06-05',
    ],
    [
      'a country whose name has "and"',
      'A meeting between the President of Trinidad and Tobago, Keith Rowley, and the Prime Minister of Japan took place in Tokyo on June 5.',
      ['Keith Rowley', 'Fumio Kishida'],
      'meeting',
      '2023-06-05',
    ],
  ])('reads both sides and the kind: %s', (_shape, lead, expected, kind, date) => {
    const r = parse('Statement', lead, '2023-06-06');
    expect(names(r)).toEqual(expected);
    expect(r.kind).toBe(kind);
    expect(r.date).toBe(date);
  });

  it('names no one, and posts nothing, where the sides are no one', () => {
    for (const lead of [
      'Talks were held between the delegations of Uzbekistan and Japan in Tashkent on June 5.',
      'The summit was held between 5 and 7 June in Hiroshima.',
      'A meeting between the President of Uzbekistan and the Prime Minister of Japan will take place in Tokyo next week.',
    ]) {
      const r = parse('Statement', lead, '2023-06-06');
      expect(names(r)).toEqual([]);
      expect(r.docType).toBe('other');
    }
  });

  it('reads the lead below a wire dateline', () => {
    const r = parse(
      'Statement',
      'TASHKENT, June 5 (UzA) -- A telephone conversation took place between the President of Uzbekistan and the Prime Minister of Japan.',
      '2023-06-06',
    );
    expect(names(r)).toEqual(['Shavkat Mirziyoyev', 'Fumio Kishida']);
    expect(r.kind).toBe('telephone');
  });
});
