import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { isPosted } from '../../../src/readout/posting.js';
import type { DocType } from '../../../src/readout/types.js';

/**
 * Pages in the shapes real feeds carry (our own sentences): the title line, a date line, then
 * the body. What each is, and whether the app posts it.
 */
const page = (title: string, body: string, date = 'March 3, 2024') => `${title}\n${date}\n${body}\n`;

const table: [string, string, DocType, boolean][] = [
  // Readouts: a talk that took place, with a named foreign counterpart.
  [
    'White House co-subject, spoke by phone',
    page(
      "Readout of the President's Call with Chancellor Scholz of Germany",
      'The President and German Chancellor Olaf Scholz spoke by phone today about support for Ukraine.',
    ),
    'readout',
    true,
  ],
  [
    'GOV.UK, the Prime Minister unnamed',
    page(
      'PM call with President Macron: 3 March 2024',
      'The Prime Minister spoke to the President of France, Emmanuel Macron, this afternoon.',
    ),
    'readout',
    true,
  ],
  [
    'Kremlin title without a subject',
    page(
      'Telephone conversation with Prime Minister of India Narendra Modi',
      'Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi.',
    ),
    'readout',
    true,
  ],
  [
    'congratulations given in a call are still a call',
    page(
      'Readout of Secretary Blinken’s Call with Foreign Minister Wong',
      'Secretary Blinken spoke today with Australian Foreign Minister Penny Wong to congratulate her on her appointment.',
    ),
    'readout',
    true,
  ],
  // Not readouts.
  [
    'a fact sheet',
    page(
      'FACT SHEET: New Steps to Lower Costs',
      'Today, the President is announcing new steps to lower costs.',
    ),
    'other',
    false,
  ],
  [
    'a proclamation',
    page(
      'A Proclamation on World Trade Week, 2024',
      'NOW, THEREFORE, I do hereby proclaim May 19 through May 25, 2024, as World Trade Week.',
    ),
    'other',
    false,
  ],
  [
    'a joint statement that says the leaders met',
    page(
      'Joint Statement of the United States and Viet Nam',
      'President Biden and General Secretary Nguyen Phu Trong held talks today in Hanoi.',
    ),
    'other',
    false,
  ],
  [
    'an announcement of a future visit',
    page(
      'Visit to France by Foreign Minister KAMIKAWA Yoko',
      'Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, will visit France and hold a meeting with the French Foreign Minister.',
    ),
    'other',
    false,
  ],
  [
    'a call announced, not held',
    page(
      'Prime Minister to hold call with President of Kenya',
      'The Prime Minister will speak with the President of Kenya, William Ruto, tomorrow.',
    ),
    'other',
    false,
  ],
  [
    'a meeting with governors at home',
    page(
      'Prime Minister Meets Prefectural Governors',
      'Prime Minister KISHIDA Fumio held a meeting with the governors of the prefectures hit by the heavy rain.',
    ),
    'other',
    false,
  ],
  [
    'remarks by two leaders are remarks',
    page(
      'Remarks by President Biden and President Yoon Before Bilateral Meeting',
      'PRESIDENT BIDEN: Welcome, Mr. President.\nPRESIDENT YOON: Thank you, Mr. President.',
    ),
    'other',
    false,
  ],
  [
    'a press briefing',
    page(
      'Press Briefing by Press Secretary Karine Jean-Pierre',
      'MS. JEAN-PIERRE: Good afternoon.\nQ Thank you. On the call with the Chinese President?\nMS. JEAN-PIERRE: I have nothing to add.',
    ),
    'other',
    false,
  ],
  [
    'a statement',
    page(
      'Statement by the Prime Minister on Lunar New Year',
      'The Prime Minister, Justin Trudeau, today issued the following statement on Lunar New Year:',
    ),
    'other',
    false,
  ],
  [
    'an itinerary',
    page(
      'Itinerary for Monday, March 4, 2024',
      '10:00 a.m. The Prime Minister will meet with the Prime Minister of the Netherlands, Mark Rutte.',
    ),
    'other',
    false,
  ],
  [
    'greetings',
    page(
      'Greetings to the participants of the Youth Forum',
      'Vladimir Putin sent greetings to the participants of the forum.',
    ),
    'other',
    false,
  ],
  // Press conferences: posted only when they report a talk with a foreign counterpart.
  [
    'a press conference about home affairs',
    page(
      'Press Conference by the Chief Cabinet Secretary',
      'Chief Cabinet Secretary: I have two announcements about the budget today.',
    ),
    'press_conference',
    false,
  ],
  [
    'a doorstop reporting a meeting in the speaker’s words',
    page(
      'Doorstop interview - Canberra',
      [
        'ANTHONY ALBANESE, PRIME MINISTER: Good morning. I was pleased to host Prime Minister Luxon at Parliament House this morning, and we talked about defence and trade.',
        'JOURNALIST: Prime Minister, will you visit Wellington this year?',
        'PRIME MINISTER: I hope to, yes.',
      ].join('\n'),
    ),
    'press_conference',
    true,
  ],
  [
    'a doorstop naming the counterpart by office and country',
    page(
      'Doorstop interview - Bogor',
      [
        'ANTHONY ALBANESE, PRIME MINISTER: Good afternoon. I have just had a productive meeting with the President of Indonesia at the palace.',
        'JOURNALIST: Prime Minister, on trade?',
      ].join('\n'),
      'Tue 06 Jun 2023',
    ),
    'press_conference',
    true,
  ],
  [
    'a doorstop that only looks ahead to a meeting',
    page(
      'Doorstop interview - Canberra',
      [
        'ANTHONY ALBANESE, PRIME MINISTER: Good morning. I look forward to meeting Prime Minister Luxon in Wellington next month.',
        'JOURNALIST: What will you discuss?',
        'PRIME MINISTER: Trade, defence and the Pacific.',
      ].join('\n'),
    ),
    'press_conference',
    false,
  ],
  [
    'a joint news conference named after the guest',
    page(
      "The President's News Conference With Chancellor Olaf Scholz of Germany",
      'The President. Please, have a seat. It is good to have Olaf back at the White House.\nQ. Mr. President, on Ukraine?',
    ),
    'press_conference',
    true,
  ],
  [
    'a spokesperson’s statement introducing a call',
    page(
      'Federal Chancellor Scholz telephones Prime Minister Kishida',
      'Government spokesperson Steffen Hebestreit issued the following statement:\nFederal Chancellor Olaf Scholz spoke on the telephone today with Prime Minister Kishida Fumio of Japan.',
    ),
    'readout',
    true,
  ],
  [
    'a news copy whose lead names the call in other words',
    page(
      'Abe thanks Putin in call',
      'MOSCOW, March 3. /TASS/. Japanese Prime Minister Shinzo Abe thanked Russian President Vladimir Putin for his good wishes in a phone call on Thursday, the Kremlin said.',
      'March 3, 2017',
    ),
    'readout',
    true,
  ],
  [
    'a headline in the future tense',
    page(
      'Macron will brief European leaders on his meeting with Trump',
      'French President Emmanuel Macron met US President Donald Trump in Washington on Monday, and European leaders will hear his account by video link.',
    ),
    'other',
    false,
  ],
  [
    'a news article that opens with a meeting to come',
    page(
      'Two presidents in Brussels',
      [
        'European Council President Charles Michel and Commission President Ursula von der Leyen will meet on Monday for the first time since the incident in Ankara.',
        'Last week, both met President Recep Tayyip Erdoğan of Türkiye in Ankara.',
      ].join('\n'),
    ),
    'other',
    false,
  ],
];

describe('what a page is, and whether it is posted', () => {
  it.each(table)('%s', (name, content, docType, posted) => {
    // The American Presidency Project's copy: "The President" is the White House's.
    const url = /news conference/.test(name) ? 'https://www.presidency.ucsb.edu/documents/x' : null;
    const readout = parseReadout({ content, url });
    expect(readout.docType).toBe(docType);
    expect(isPosted(readout)).toBe(posted);
  });

  it('holds back a news site’s opinion piece about a call, and reads the feed’s title too', () => {
    const content = page(
      'Japan and Australia',
      'Prime Minister Fumio Kishida met Prime Minister Anthony Albanese of Australia in Perth on Saturday.',
      'October 25, 2022',
    );
    expect(
      parseReadout({ content, url: 'https://news.example/opinion/2022/10/25/japan-australia/' }).docType,
    ).toBe('other');
    expect(
      parseReadout({ content, url: 'https://news.example/politics/2022/10/25/japan-australia/' }).docType,
    ).toBe('readout');
    expect(parseReadout({ content, feedTitle: 'Kishida will travel to Perth' }).docType).toBe('other');
  });

  it('posts a press conference whose principals are of two countries, and no other', () => {
    const base = { participants: [], countries: [] };
    expect(isPosted({ ...base, docType: 'press_conference', countries: ['JP', 'US'] })).toBe(true);
    expect(isPosted({ ...base, docType: 'press_conference', countries: ['JP'] })).toBe(false);
    expect(
      isPosted({
        ...base,
        docType: 'press_conference',
        participants: [
          { name: 'KISHIDA Fumio', honorific: null, title: null, country: 'JP' },
          { name: 'Joe Biden', honorific: null, title: null, country: 'US' },
        ],
      }),
    ).toBe(true);
    expect(isPosted({ ...base, docType: 'other', countries: ['JP', 'US'] })).toBe(false);
    expect(isPosted({ ...base, docType: 'readout' })).toBe(true);
  });
});
