import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { isPosted } from '../../../src/readout/posting.js';
import type { DocType } from '../../../src/readout/types.js';

/**
 * News and wire shapes of posted and held-back pages (our own sentences): a news site's report
 * of a call, a wire story that recalls one, a listing page. Each page is a title line, a date
 * line and its body, on a news site (no publisher's country).
 */
const page = (title: string, body: string[], date = 'March 3, 2024') =>
  `${title}\n${date}\n${body.join('\n')}\n`;
const url = 'https://news.example/world/2024/03/03/story/';

const table: [string, string, DocType][] = [
  // Posted: reports of a talk that took place.
  [
    'a meeting "conducted" by a minister with a counterpart',
    page('Foreign ministers discuss trade and the coming state visit', [
      'Foreign Minister Penny Wong conducted a bilateral meeting with her Indian counterpart, S. Jaishankar, in Canberra on Friday.',
      'The two ministers reviewed the partnership and prepared the coming visit.',
    ]),
    'readout',
  ],
  [
    'a courtesy call made in an apposition (", called on the Prime Minister")',
    page('Visiting minister calls on Prime Minister', [
      'New Delhi, Mar 2: Penny Wong, Foreign Minister of Australia, who is visiting India, called on Prime Minister Narendra Modi today.',
    ]),
    'readout',
  ],
  [
    'a story that opens with a White House statement’s words on the call',
    page('amp', [
      '“The two leaders agreed to work together on energy security,” said a statement from the White House.',
      'U.S. President Joe Biden held a telephone call on Friday with Italian Prime Minister Giorgia Meloni.',
    ]),
    'readout',
  ],
  [
    'a present-tense headline naming the meeting, over a photo caption in the present',
    page('Scholz Meets Indian Prime Minister', [
      'German Chancellor Olaf Scholz (left) meets with Indian Prime Minister Narendra Modi in Berlin on May 2.',
      'The two leaders discussed trade and climate.',
    ]),
    'readout',
  ],
  [
    'a lead that opens on the occasion ("Ahead of the summit, …")',
    page('Emmanuel Macron holds talks with Prime Minister of Canada Justin Trudeau', [
      'Ahead of the G7 Summit, President Emmanuel Macron met with Prime Minister of Canada Justin Trudeau.',
      'The President spoke about the two countries’ trade.',
    ]),
    'readout',
  ],
  [
    'a lead that names the principals as a pair, and by name in the next line',
    page('5570003', [
      'The two leaders spoke by phone on Tuesday, the Elysee said.',
      'French President Emmanuel Macron and Indian Prime Minister Narendra Modi discussed defence cooperation.',
    ]),
    'readout',
  ],
  [
    'a pair’s talk in the line above a lead that names them',
    page('5570006', [
      'In their first call since the election, the two leaders discussed trade and security.',
      'U.S. President Donald Trump and Canadian Prime Minister Mark Carney agreed to meet soon.',
    ]),
    'readout',
  ],
  [
    'an outcome agreed "during talks"',
    page('5570010', [
      'Italian Prime Minister Giorgia Meloni and Japanese Prime Minister Fumio Kishida agreed to strengthen defence cooperation during talks in Tokyo on Monday.',
    ]),
    'readout',
  ],
  // Held back.
  [
    'a country "in talks" on a deal',
    page('5570012', [
      'Japan and the United States are in talks on a trade deal, Japanese Prime Minister Shigeru Ishiba told parliament on Monday.',
    ]),
    'other',
  ],
  [
    'a report of a joint news conference still to come',
    page('Scholz and Macron hold joint news conference after summit', [
      'German Chancellor Olaf Scholz and French President Emmanuel Macron will hold a joint news conference on Friday at the end of the summit, officials said.',
    ]),
    'other',
  ],
  [
    'a statement that "called on" a country to act',
    page('77001', [
      'The foreign ministry condemned the missile launch in a statement on Sunday.',
      'It called on North Korea to stop its launches and return to talks with the United States.',
    ]),
    'other',
  ],
  [
    'a holiday "called" by another name',
    page('Leader sends greetings on national day', [
      'National Day, called Independence Day before 1990, is the holiday of the Republic of Korea and of Japan’s neighbours.',
    ]),
    'other',
  ],
  [
    'how often two leaders have talked',
    page('Spokesman: leaders talked once this year', [
      'Since January, Prime Minister Keir Starmer and his Chinese counterpart Li Qiang have spoken only once, a spokesman said.',
    ]),
    'other',
  ],
  [
    'a headline in the future ("X to talk to …")',
    page('Scholz to talk to reporters after Macron meeting', [
      'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday, and he would brief reporters afterwards.',
    ]),
    'other',
  ],
  [
    'a joint statement quoted for the meeting',
    page('EU-Japan Summit (Tokyo, July 13, 2023)', [
      'On July 13, 2023, at the end of the EU-Japan Summit, Japan and the European Union issued a Joint Statement that read, in part: "We, the leaders of Japan and the European Union, met today in Tokyo to deepen our partnership."',
    ]),
    'other',
  ],
  [
    'a wire story about a statement that recalls a call as background',
    page('8812345', [
      'OTTAWA, March 2. /TASS/. Canada’s Prime Minister Justin Trudeau does not expect the trade dispute between Canada and China to affect talks on climate.',
      '"We keep working on climate with everyone," he said on Friday.',
      'Trudeau was re-elected in 2021. On February 10, Trudeau and Chinese Premier Li Qiang had a telephone conversation on climate cooperation.',
    ]),
    'other',
  ],
  [
    'a report whose later sentence says there are no plans for more',
    page('4471280', [
      'Japanese Prime Minister Shigeru Ishiba spoke by phone with U.S. President Donald Trump on Friday. Officials said there were no plans for a visit yet.',
    ]),
    'readout',
  ],
  [
    'a talk in an opening clause whose main clause reports it ("When …, the two agreed …")',
    page('4471281', [
      'When Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City on Thursday, the two leaders agreed to deepen trade ties.',
    ]),
    'readout',
  ],
  [
    'no call planned',
    page('Kremlin: no plans for a call', [
      'There are no plans for a telephone conversation between Russian President Vladimir Putin and French President Emmanuel Macron, the Kremlin spokesman said on Tuesday.',
    ]),
    'other',
  ],
  [
    'a call denied',
    page('4471282', [
      'Brazilian President Luiz Inácio Lula da Silva denied that he had spoken with Argentine President Javier Milei about the election.',
    ]),
    'other',
  ],
  [
    'a talk in an opening clause, the main clause about something else',
    page('4471283', [
      'When U.S. President Joe Biden spoke with Chinese President Xi Jinping last week, the stakes for both economies were high.',
    ]),
    'other',
  ],
  [
    'a news explainer of the talks',
    page('Biden and Xi: a timeline of their calls and meetings', [
      '2021: Biden and Xi held their first call in February. 2022: they met in Bali in November.',
    ]),
    'other',
  ],
  [
    'a talk that may come',
    page('Putin and Trump may hold call next week - Kremlin', [
      'A telephone conversation between Russian President Vladimir Putin and U.S. President Donald Trump could take place next week, the Kremlin said.',
    ]),
    'other',
  ],
  [
    'a spokeswoman criticising a meeting held last week',
    page('5570101', [
      'Russia’s foreign ministry spokeswoman on Tuesday criticised the meeting between U.S. President Joe Biden and Ukrainian President Volodymyr Zelenskiy held last week.',
    ]),
    'other',
  ],
  [
    'a comment on the call ("Analysts say …")',
    page('4471260', [
      'Analysts say last week’s call between Chinese President Xi Jinping and U.S. President Joe Biden changed little.',
    ]),
    'other',
  ],
  [
    'a third party welcoming the call, in the present',
    page('Statement on the call between the leaders', [
      'We welcome the phone call between President Biden and President Xi and hope it leads to lower tensions, the chamber said.',
    ]),
    'other',
  ],
  [
    'a story about something else, days after the call',
    page('4471261', [
      'Days after his phone call with Chinese President Xi Jinping, U.S. President Joe Biden announced new tariffs on steel.',
    ]),
    'other',
  ],
  [
    'a call in a relative clause, the sentence about what was said',
    page('4471262', [
      'German Chancellor Olaf Scholz, who spoke with French President Emmanuel Macron last week, said on Monday that the budget would pass.',
    ]),
    'other',
  ],
  [
    'the leaders’ last meeting, recalled',
    page('4471264', [
      'The two leaders last met in June in Rome, when Italian Prime Minister Giorgia Meloni hosted the summit attended by U.S. President Joe Biden.',
    ]),
    'other',
  ],
];

describe('news and wire pages: posted or held back', () => {
  it.each(table)('%s', (_name, content, docType) => {
    const readout = parseReadout({ content, url, published: '2024-03-03' });
    expect(readout.docType).toBe(docType);
    expect(isPosted(readout)).toBe(docType === 'readout');
  });
});

describe('the feed item’s title', () => {
  it('names the talk when the page’s own heading is the site’s', () => {
    const content = page('WORLD News Agency', [
      'According to a statement released by the presidency on Thursday, Turkish President Recep Tayyip Erdoğan hold a telephone conversation with Japanese Prime Minister Fumio Kishida to discuss trade.',
    ]);
    const feedTitle = 'Erdoğan holds phone call with Japanese premier to discuss trade';
    expect(parseReadout({ content, url, feedTitle }).docType).toBe('readout');
    expect(parseReadout({ content, url }).docType).toBe('other');
  });
});

describe('a listing page', () => {
  const feedTitle = 'Tag: Foreign Office';
  const listing = (first: string[], second: string[]) =>
    ['Tag: Foreign Office', ...first, ...second].join('\n');
  const call = [
    '• NEWS : Foreign Secretary call with Foreign Minister Wong of Australia [May 2024]',
    'NEWS : Foreign Secretary call with Foreign Minister Wong of Australia [May 2024]',
    'The news story published by the Foreign Office on 2 May 2024.',
    'Foreign Secretary David Cameron spoke to Australian Foreign Minister Penny Wong this morning.',
    'They discussed the situation in the Pacific.',
  ];
  const other = [
    '• NEWS : New ambassador appointed to Chile [May 2024]',
    'NEWS : New ambassador appointed to Chile [May 2024]',
    'The news story published by the Foreign Office on 2 May 2024.',
    'A new ambassador has been appointed to Chile and will take up the post in the summer.',
  ];

  it('is read by its first item when that item is the account of a talk', () => {
    const readout = parseReadout({ content: listing(call, other), url, feedTitle });
    expect(readout.docType).toBe('readout');
    expect(readout.relation).toBe('australia-uk');
  });

  it('is held back when the talk is a later item', () => {
    expect(parseReadout({ content: listing(other, call), url, feedTitle }).docType).toBe('other');
  });
});
