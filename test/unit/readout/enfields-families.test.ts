import { describe, expect, it } from 'vitest';
import { dateFromTitle, isStamp } from '../../../src/readout/parse/header.js';
import { parseReadout } from '../../../src/readout/parse/index.js';

// English posted pages with a wrong or invented fact (our own sentences in the real shapes): a news
// site's stamp, a wire's attribution, a demonym before "counterpart", a day or medium between
// the subjects and their verb, a patronymic chain, a copy's title with a short month.

const names = (r: { participants: { name: string }[] }) => r.participants.map((p) => p.name);
const page = (title: string, lines: string[], published: string | null, url: string | null = null) =>
  parseReadout({ content: [title, ...lines].join('\n'), published, url, feedTitle: title });

describe("a news site's stamp dates no talk alone", () => {
  it.each([
    ['the clock on the date line', ['Politics | March 5, 2024 18:42'], 0],
    ['the clock on the line above', ['17:01', '26.02.2024'], 1],
    ['a clock with AM/PM', ['Wed Jun 29, 2016 9:48AM'], 0],
  ])('tells a stamp by %s', (_shape, head, i) => {
    expect(isStamp(head, i)).toBe(true);
  });

  it.each([
    ['a date alone', ['March 5, 2024'], 0],
    ["an e-mail's Sent: line", ['Sent: Tuesday, May 14, 2019 10:12 AM'], 0],
  ])('tells no stamp by %s', (_shape, head, i) => {
    expect(isStamp(head, i)).toBe(false);
  });

  const lead =
    'Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan held a telephone conversation, the agency reports.';
  it('leaves the date empty where the lead names no day', () => {
    const r = page('Putin, Erdogan talk', ['Region | March 5, 2024 18:42', lead], '2024-03-05');
    expect(r.date).toBeNull();
    expect(r.relation).toBe('russia-turkey');
  });

  it('counts a weekday back from the stamp', () => {
    const r = page(
      'Putin, Erdogan talk',
      ['Region | March 5, 2024 18:42', lead.replace('held', 'on Monday held')],
      '2024-03-05',
    );
    expect(r.date).toBe('2024-03-04');
  });

  it("keeps the stamp's day for a lead in the present tense", () => {
    const r = page(
      'Macron et Zelensky',
      [
        'information fournie par AFP Video 01/12/2025 à 11:29',
        "Le président français Emmanuel Macron s'entretient avec son homologue ukrainien Volodymyr Zelensky à l'Elysée.",
      ],
      '2025-12-01',
    );
    expect(r.date).toBe('2025-12-01');
  });
});

describe('who talked', () => {
  it.each([
    [
      'a demonym the title pattern had missed',
      'Russian President Vladimir Putin held a telephone conversation on Monday with his Uzbek counterpart Shavkat Mirziyoyev.',
      ['Vladimir Putin', 'Shavkat Mirziyoyev'],
    ],
    [
      "a wire's attribution after the counterpart, and Head of State as an office",
      'Head of State Kassym-Jomart Tokayev had a telephone conversation on Monday with the President of Russia, Vladimir Putin, NewsDesk Agency learned from the Akorda press service.',
      ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
    ],
    [
      'a medium and a day between the subjects and their verb',
      'US President Donald Trump and Turkish President Recep Tayyip Erdogan during a phone call on Monday discussed trade.',
      ['Donald Trump', 'Recep Tayyip Erdogan'],
    ],
    [
      'a counterpart by office and a day before the verb',
      'President Donald Trump and his Turkish counterpart on Monday discussed by phone the war in Syria.',
      ['Donald Trump', 'Recep Tayyip Erdoğan'],
    ],
    [
      '"United States" before an office, and "over phone"',
      'Prime Minister Narendra Modi on Monday spoke to United States President Donald Trump over phone and thanked him.',
      ['Narendra Modi', 'Donald Trump'],
    ],
    [
      'a group by office, then the names in its order',
      'Presidents of Russia and Azerbaijan Vladimir Putin and Ilham Aliyev today held phone talks on security.',
      ['Vladimir Putin', 'Ilham Aliyev'],
    ],
    [
      'a patronymic chain, the Crown Prince not the King',
      'Mohammed bin Salman bin Abdulaziz, Saudi Crown Prince, received a phone call today from President of France, Emmanuel Macron.',
      ['Mohammed bin Salman', 'Emmanuel Macron'],
    ],
  ])('reads %s', (_shape, lead, expected) => {
    const r = page('Leaders hold talks', [lead, 'They agreed to stay in touch.'], '2019-10-14');
    expect(names(r)).toEqual(expected);
  });

  it.each([
    [
      "the source's attribution after the counterpart is no title of his",
      'Prime Minister Benjamin Netanyahu spoke with US President Donald Trump, the Israeli Prime Minister’s Office announced on Thursday.',
      null,
      'israel-us',
    ],
    [
      'a head of state the table now holds, named after his office and a comma',
      'The Angolan Head of State, João Lourenço, spoke on the phone on Wednesday with Mauritanian President Mohamed Ould Ghazouani.',
      '2024-03-29',
      'angola-mauritania',
    ],
    [
      "a country's possessive after a name ends it",
      'Prime Minister Shigeru Ishiba held talks with US President Biden Japan’s allies had long awaited.',
      '2024-10-02',
      'japan-us',
    ],
  ])('relates %s', (_shape, lead, published, relation) => {
    const r = page('Leaders hold talks', [lead, 'They agreed to stay in touch.'], published);
    expect(r.relation).toBe(relation);
    expect(names(r).some((n) => /’s$/.test(n))).toBe(false);
  });
});

describe("a copy's title", () => {
  it.each([
    ['UKs PM Discusses with Polands Tusk, 19 Dec 2023', '2023-12-19'],
    ['PM call with President X: 3 Sept. 2021', '2021-09-03'],
    ['PM call with President X: 13 October 2021', '2021-10-13'],
  ])('dates "%s"', (title, date) => {
    expect(dateFromTitle(title)).toBe(date);
  });
});

describe('the kind', () => {
  it('reads a call where the sentence names the phone and the verb is unknown', () => {
    const r = page(
      'Diplomatic conversations',
      ["China's Foreign Minister Wang Yi engaged in a phone conversation with Marco Rubio on Friday."],
      '2025-01-25',
    );
    expect(r.kind).toBe('telephone');
  });

  it('reads "held talks" under a title of telephonic talks as a call', () => {
    const r = page(
      'Japan PM Kishida holds first telephonic talks with US President Biden',
      ['Japan’s Prime Minister Fumio Kishida held talks with US President Joe Biden on Tuesday.'],
      '2021-10-05',
    );
    expect(r.kind).toBe('telephone');
  });
});
