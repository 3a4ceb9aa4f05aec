import { describe, expect, it } from 'vitest';
import { findLeadIndex } from '../../../src/readout/parse/header.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { officeGroup, parsePersonPhrase } from '../../../src/readout/parse/people.js';
import { titlePair } from '../../../src/readout/parse/principals.js';

// Who talked, on English pages' shapes (our own sentences): co-subjects named as counterparts or
// by office and country, lists of leaders, groups by office, words of a sentence that are no one.

const names = (r: { participants: { name: string }[] }) => r.participants.map((p) => p.name);
const read = (lead: string, published: string | null = '2023-06-12', title = 'Leaders talk') =>
  parseReadout({ content: `${title}\n${lead}\nThey agreed to stay in touch.`, published });

describe('a co-subject named as a counterpart or by office and country', () => {
  it.each([
    [
      'a counterpart with a name',
      'Prime Minister Pham Minh Chinh and his Japanese counterpart Fumio Kishida have agreed to widen trade ties.',
      ['Pham Minh Chinh', 'Fumio Kishida'],
      'japan-vietnam',
    ],
    [
      'a counterpart without a name, by the office table on the date',
      'Russian President Vladimir Putin and his Turkish counterpart spoke by phone on Monday about grain.',
      ['Vladimir Putin', 'Recep Tayyip Erdoğan'],
      'russia-turkey',
    ],
    [
      'an office and a demonym first',
      'The Turkish President and Russian President Vladimir Putin spoke by phone on Monday about grain.',
      ['Recep Tayyip Erdoğan', 'Vladimir Putin'],
      'russia-turkey',
    ],
  ])('reads %s', (_shape, lead, expected, relation) => {
    const r = read(lead);
    expect(names(r)).toEqual(expected);
    expect(r.relation).toBe(relation);
  });
});

describe('subjects listed with "together with" and "as well as"', () => {
  it('reads every leader of the list and the one they called', () => {
    const r = read(
      'Ukrainian President Volodymyr Zelensky, together with French President Emmanuel Macron, German Chancellor Friedrich Merz, as well as British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk, held a phone call with US President Donald Trump.',
      '2025-06-02',
    );
    expect(r.participants.map((p) => p.country)).toEqual(['UA', 'FR', 'DE', 'GB', 'PL', 'US']);
    expect(r.relation).toBe('france-germany-poland-uk-ukraine-us');
  });

  it('reads "along with" the same way', () => {
    const r = read(
      'Japanese Prime Minister Fumio Kishida, along with South Korean President Yoon Suk Yeol, met US President Joe Biden at Camp David.',
      '2023-08-18',
    );
    expect(names(r)).toEqual(['Fumio Kishida', 'Yoon Suk Yeol', 'Joe Biden']);
  });
});

describe('a group of leaders by office as the subject', () => {
  it.each([
    [
      'by countries’ names',
      'The presidents of the U.S. and China spoke on the phone to coordinate on climate.',
    ],
    ['by adjectives', 'The Chinese and American presidents spoke on the phone to coordinate on climate.'],
  ])('names one holder per country, %s', (_shape, lead) => {
    const r = read(lead, '2015-12-11');
    expect(names(r).sort()).toEqual(['Barack Obama', 'Xi Jinping']);
    expect(r.relation).toBe('china-us');
  });

  it('is no group unless every word names a country', () => {
    expect(officeGroup('the Chinese and visiting presidents', true)).toBeNull();
  });

  it('as the object, presidents or prime ministers at one table are no talk’s group', () => {
    expect(officeGroup('the Prime Ministers of Sweden, Italy and Japan')).toBeNull();
    expect(officeGroup('the Prime Ministers of Sweden, Italy and Japan', true)).toHaveLength(3);
  });
});

describe('a sentence’s words are no one', () => {
  it.each([
    ['an ordinal opening a point', 'Second, Prime Minister X and I agreed'],
    ['a clause "ahead of" something', 'Ahead of the G20 Summit'],
    ['one word "of" what is no country', 'Head of the delegation'],
  ])('%s', (_shape, phrase) => {
    expect(parsePersonPhrase(phrase)?.name ?? '').not.toMatch(/^(?:Second|Ahead|Head)$/);
  });

  it('keeps a surname "of" a country', () => {
    expect(parsePersonPhrase('Merkel of Germany')).toMatchObject({ name: 'Merkel', ofCountry: 'DE' });
  });

  it('reads the talk after a clause "Ahead of …"', () => {
    const r = read(
      'Ahead of the summit, President Vladimir Putin met with Prime Minister of Japan Shinzo Abe.',
      '2013-09-05',
    );
    expect(names(r)).toEqual(['Vladimir Putin', 'Shinzo Abe']);
  });
});

describe('the lead line of a dated paragraph', () => {
  it('is not one whose verb is an auxiliary ("On May 3, X had claimed …")', () => {
    const lines = [
      'Prime Minister A and President B on Monday had a phone conversation for 30 minutes on trade.',
      'Some context follows.',
      'On May 3, the opposition had claimed that the deal was a blunder. The ministry conducted no study of it.',
    ];
    expect(findLeadIndex(lines)).toBe(0);
  });

  it('is one whose first sentence holds the talk ("1. On May 3, … received a courtesy call …")', () => {
    const lines = [
      'Menu',
      '1. On May 3, Minister A received a courtesy call from Ambassador B. Other words.',
    ];
    expect(findLeadIndex(lines)).toBe(1);
  });
});

describe('a joint statement’s title naming both speakers by office and country', () => {
  it('names both holders on the date, whatever the speaker’s words', () => {
    const r = parseReadout({
      content: [
        'Joint Press Statement of the President of the Republic of Indonesia and the Prime Minister of Japan, Monday, 12 June 2023 at the Palace',
        'PRESIDENT: Excellency, welcome.',
        'Second, Prime Minister Kishida and I have agreed to widen trade.',
        'Thank you.',
      ].join('\n'),
      published: '2023-06-12',
    });
    expect(r.docType).toBe('press_conference');
    expect(names(r).sort()).toEqual(['Fumio Kishida', 'Joko Widodo']);
    expect(r.relation).toBe('japan-indonesia');
  });
});

describe('honorifics the usual form of a name drops', () => {
  it.each([
    ['Dato’ Saifuddin Abdullah', 'Saifuddin Abdullah'],
    ["Dato' Sri Mohamad Hasan", 'Mohamad Hasan'],
    ['Datuk Seri Anwar Ibrahim', 'Anwar Ibrahim'],
    ['Tan Sri Muhyiddin Yassin', 'Muhyiddin Yassin'],
    ['Samdech Techo Hun Sen', 'Hun Sen'],
    ['Shri Narendra Modi', 'Narendra Modi'],
    ['H.E. Mr. Joko Widodo', 'Joko Widodo'],
  ])('reads %s as %s', (phrase, name) => {
    expect(parsePersonPhrase(phrase)?.name).toBe(name);
  });

  it('keeps a name’s particles: "bin", "al"', () => {
    expect(parsePersonPhrase('His Majesty Haitham bin Tarik al Said')?.name).toBe(
      'Haitham bin Tarik al Said',
    );
  });
});

describe('offices a news site writes in lower case, and a description after a possessive', () => {
  it.each([
    ['Foreign minister Park Jin', 'Park Jin', 'Foreign Minister'],
    ['Chinese president Xi Jinping', 'Xi Jinping', 'Chinese President'],
    ["Russia's foreign minister Sergei Lavrov", 'Sergei Lavrov', 'Foreign Minister'],
    ['China’s top diplomat Wang Yi', 'Wang Yi', null],
  ])('reads %s', (phrase, name, title) => {
    expect(parsePersonPhrase(phrase)).toMatchObject({ name, prefixTitle: title });
  });

  it('leaves a lower-case word that is no office after a capitalised one', () => {
    expect(parsePersonPhrase('Acme president Jane Roe')?.prefixTitle ?? null).toBeNull();
  });

  it('reads both sides of a news lead so written', () => {
    const r = read(
      'Foreign minister Park Jin held a phone call with his Japanese counterpart, Yoshimasa Hayashi, on Monday.',
      '2022-05-16',
    );
    expect(names(r)).toEqual(['Park Jin', 'Yoshimasa Hayashi']);
    expect(r.relation).toBe('japan-korea');
  });
});

describe('a call told with "phoned"', () => {
  it('reads the one phoned as the counterpart, and the kind', () => {
    const r = read(
      'US President Joe Biden has phoned German Chancellor Olaf Scholz, thanking him for his support.',
      '2022-03-01',
    );
    expect(names(r)).toEqual(['Joe Biden', 'Olaf Scholz']);
    expect(r.kind).toBe('telephone');
  });
});

describe('a name spelt otherwise by one letter', () => {
  it('is the holder of that country the table knows', () => {
    const r = read(
      'Spanish Foreign Minister José Manuel Albares held a phone call with his U.S. counterpart Anthony Blinken.',
      '2023-02-10',
    );
    expect(names(r)).toEqual(['José Manuel Albares', 'Antony Blinken']);
  });

  it('is not a holder whose short word differs', () => {
    const r = read(
      'Spanish Foreign Minister José Manuel Albares held a phone call with U.S. envoy Joan Kerry.',
      '2023-02-10',
    );
    expect(names(r)).not.toContain('John Kerry');
  });
});

describe('a release wire’s dateline', () => {
  it('is not the subject: "CITY, Month D, YYYY /Wire/ -- …"', () => {
    const r = parseReadout({
      content: [
        'Foreign minister’s call',
        'CANBERRA, March 3, 2021 /Newswire/ -- Minister for Foreign Affairs Marise Payne spoke with Foreign Minister Toshimitsu Motegi of Japan on 1 March 2021 via telephone.',
        'They discussed the region.',
      ].join('\n'),
      published: null,
    });
    expect(names(r)).toEqual(['Marise Payne', 'Toshimitsu Motegi']);
    expect(r.date).toBe('2021-03-01');
  });
});

describe('a title "A and B hold joint press conference"', () => {
  it('names both by surname on the date', () => {
    const r = parseReadout({
      content: [
        'Live: Biden and Kishida hold joint press conference',
        '"We had a good exchange," the president told reporters.',
        'The two leaders took questions.',
      ].join('\n'),
      published: '2023-01-13',
      feedTitle: 'Live: Biden and Kishida hold joint press conference',
    });
    expect(names(r)).toEqual(['Joe Biden', 'Fumio Kishida']);
    expect(r.relation).toBe('japan-us');
  });
});

describe('a principal named by office on a page that gives a month, not a day', () => {
  it('is the one who held the office all that month', () => {
    const r = parseReadout({
      content: [
        'PM phone call with President Obama: June 2015',
        'The Prime Minister spoke to President Obama last night about the summit.',
        'They agreed to stay in touch.',
      ].join('\n'),
      url: 'https://www.gov.uk/government/news/pm-call',
    });
    expect(names(r)).toEqual(['David Cameron', 'Barack Obama']);
    expect(r.date).toBeNull();
  });

  it('is no one when the office changed hands that month', () => {
    const r = parseReadout({
      content: [
        'PM phone call with President Obama: July 2016',
        'The Prime Minister spoke to President Obama last night about the summit.',
        'They agreed to stay in touch.',
      ].join('\n'),
      url: 'https://www.gov.uk/government/news/pm-call',
    });
    expect(names(r)).toEqual(['Barack Obama']);
  });
});

describe('a press conference’s title made from an address, all in lower case', () => {
  it('names the speaker’s country and the leader hosted', () => {
    const r = parseReadout({
      content: [
        'australian prime minister press conference canberra 3 july',
        ': Thanks for coming. I have just hosted a lunch in Prime Minister Christopher Luxon’s honour, and we had a warm talk.',
        'JOURNALIST: Prime Minister, what about trade?',
        'PRIME MINISTER: It is going well.',
      ].join('\n'),
      published: '2024-07-03',
      feedTitle: 'australian prime minister press conference canberra 3 july',
    });
    expect(names(r)).toEqual(['Anthony Albanese', 'Christopher Luxon']);
    expect(r.relation).toBe('australia-new-zealand');
  });
});

describe('remarks given with a guest the title names', () => {
  it('are the speaker’s and the guest’s, whatever country the title names', () => {
    const r = parseReadout({
      content: [
        'Remarks With Omani Foreign Minister Badr Albusaidi After Their Meeting',
        'SECRETARY BLINKEN: Good afternoon. It is a pleasure to welcome the foreign minister back to Washington.',
        'FOREIGN MINISTER ALBUSAIDI: Thank you.',
      ].join('\n'),
      published: '2022-04-20',
      feedTitle: 'Remarks With Omani Foreign Minister Badr Albusaidi After Their Meeting',
    });
    expect(names(r)).toEqual(['Antony Blinken', 'Badr Albusaidi']);
    expect(r.relation).toBe('oman-us');
  });
});

describe('a multi-party call', () => {
  it('reads a counterpart and a group of leaders by country after it', () => {
    const r = read(
      'Ukrainian President Volodymyr Zelensky held a phone call with US President Donald Trump and the leaders of France, Germany and the UK on Wednesday.',
      '2025-08-13',
    );
    expect(names(r)).toEqual([
      'Volodymyr Zelensky',
      'Donald Trump',
      'Emmanuel Macron',
      'Friedrich Merz',
      'Keir Starmer',
    ]);
  });

  it.each([
    [
      'as subjects',
      'Ukrainian President Volodymyr Zelensky, US President Donald Trump and European leaders including Emmanuel Macron, Friedrich Merz and Keir Starmer held a video call on Wednesday.',
    ],
    [
      'as counterparts',
      'Ukrainian President Volodymyr Zelensky held a video call with US President Donald Trump and European leaders such as Emmanuel Macron, Friedrich Merz and Keir Starmer on Wednesday.',
    ],
  ])('reads leaders "including" those named, %s', (_shape, lead) => {
    const r = read(lead, '2025-08-13');
    expect(r.participants.map((p) => p.country)).toEqual(['UA', 'US', 'FR', 'DE', 'GB']);
  });
});

describe('only those who took part in the talk', () => {
  it('leaves out a leader of another event in a clause after the verb', () => {
    const r = read(
      'Ukrainian President Volodymyr Zelensky and US President Donald Trump spoke by phone on Sunday, a day after Trump met Russian President Vladimir Putin in Alaska.',
      '2025-08-17',
    );
    expect(names(r)).toEqual(['Volodymyr Zelensky', 'Donald Trump']);
  });

  it('leaves out one met before, in a clause without a comma', () => {
    const r = read(
      'German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron after Scholz met Polish Prime Minister Donald Tusk in Berlin.',
      '2024-02-12',
    );
    expect(names(r)).toEqual(['Olaf Scholz', 'Emmanuel Macron']);
  });
});

describe('where a counterpart named by office and country ends', () => {
  it('ends before "on" a date', () => {
    const r = read(
      'The Foreign Minister of Singapore, Dr Vivian Balakrishnan, held a telephone call with the Foreign Minister of Japan on 9 January 2023.',
      '2023-01-09',
    );
    expect(names(r)).toEqual(['Vivian Balakrishnan', 'Yoshimasa Hayashi']);
  });
});

describe('a call told with "dialled"', () => {
  it('reads the one dialled as the counterpart', () => {
    const r = read(
      'Prime Minister Narendra Modi on Tuesday dialled French President Emmanuel Macron and discussed the war.',
      '2022-03-08',
    );
    expect(names(r)).toEqual(['Narendra Modi', 'Emmanuel Macron']);
    expect(r.kind).toBe('telephone');
  });
});

describe('a counterpart by office and country, visiting', () => {
  it('is the holder on the date', () => {
    const r = read(
      'Chinese Foreign Minister Wang Yi met with the visiting Singaporean Foreign Minister in Beijing on Monday.',
      '2023-08-14',
    );
    expect(names(r)).toEqual(['Wang Yi', 'Vivian Balakrishnan']);
  });
});

describe('a title naming both sides of a talk the lead tells by one', () => {
  it.each([
    [
      'two surnames and a verb',
      'Modi, Biden discuss Ukraine in phone call',
      'Prime Minister Narendra Modi held a phone call on Monday, during which the leaders discussed the war in Ukraine.',
      ['Narendra Modi', 'Joe Biden'],
    ],
    [
      '"A holds talks with B", B by surname',
      'Kishida holds talks with Albanese',
      'Prime Minister Fumio Kishida held a phone call on Monday, during which the leaders discussed the region.',
      ['Fumio Kishida', 'Anthony Albanese'],
    ],
  ])('completes the lead from %s', (_shape, title, lead, expected) => {
    const r = parseReadout({
      content: `${title}\n${lead}\nThey agreed to stay in touch.`,
      published: '2024-08-26',
    });
    expect(names(r)).toEqual(expected);
  });

  it('adds no one when the lead’s side is not the title’s', () => {
    const r = parseReadout({
      content:
        'Modi, Biden discuss Ukraine in phone call\nPrime Minister Fumio Kishida held a phone call on Monday, during which the leaders discussed the region.\nThey agreed to stay in touch.',
      published: '2024-08-26',
    });
    expect(names(r)).toEqual(['Fumio Kishida']);
  });

  it('reads nothing from a surname several holders share on the date', () => {
    expect(titlePair('Kim, Yoon discuss the peninsula', '2023-01-10')).toBeNull();
  });

  it('reads two countries and an office', () => {
    const pair = titlePair('Japan, US FMs discuss North Korea', '2023-03-20');
    expect(pair?.map((p) => p.name)).toEqual(['Yoshimasa Hayashi', 'Antony Blinken']);
  });
});

describe('another talk the lead names after its counterpart', () => {
  it.each([
    [
      'English, a verb the lead reader does not know',
      'European Commission President Ursula von der Leyen took part in a call with Donald Trump after his meeting with Vladimir Putin.',
      ['Ursula von der Leyen', 'Donald Trump'],
    ],
    [
      'English, a known verb',
      'Chancellor Friedrich Merz spoke with President Donald Trump shortly after his summit with President Vladimir Putin in Alaska.',
      ['Friedrich Merz', 'Donald Trump'],
    ],
    [
      'Italian',
      'La presidente della Commissione europea Ursula von der Leyen ha partecipato a una call con Donald Trump dopo il suo incontro con Vladimir Putin.',
      ['Ursula von der Leyen', 'Donald Trump'],
    ],
  ])('%s: that talk’s party is not this one’s', (_what, lead, who) => {
    expect(names(read(lead, '2025-08-16'))).toEqual(who);
  });

  it('an earlier talk the lead opens on leaves its own pair', () => {
    const r = read(
      'After his meeting with President Vladimir Putin, President Donald Trump spoke with Prime Minister Keir Starmer.',
      '2025-08-16',
    );
    expect(names(r)).toEqual(['Donald Trump', 'Keir Starmer']);
  });
});
