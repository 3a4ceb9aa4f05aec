import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';
import type { DocType } from '../../../src/readout/types.js';

/**
 * English news reports of a talk the parser held back (issue 13, posting recall), in our own
 * sentences: a headline that names an outcome, a hope or a speech beside the talk; a lead that
 * the header passed over; a lead naming the pair only; a story that opens on the statement's
 * words. Each with the held-back shape it must not let through.
 */
const page = (title: string, body: string[], date = 'June 4, 2024') =>
  `${title}\n${date}\n${body.join('\n')}\n`;
const url = 'https://news.example/world/2024/06/04/story/';

const table: [string, string, DocType][] = [
  // A headline's outcome, hope or topic is not an announcement.
  [
    'a headline where the leaders agree to meet soon',
    page('Albanese and Carney stress ‘deep ties’ and agree to meet soon – PMO', [
      'Anthony Albanese and Mark Carney discussed trade and critical minerals and agreed to meet “soon” in their first call since the election, the Prime Minister’s Office said.',
    ]),
    'readout',
  ],
  [
    'a headline that reports a hope ("… hopes X, Y will …")',
    page('(LEAD) Lee hopes S. Korea, U.S. will deepen alliance', [
      'President Lee Jae-myung said Friday he hopes South Korea and the United States will deepen their alliance as he spoke by phone with U.S. President Donald Trump.',
    ]),
    'readout',
  ],
  [
    'a headline of a talk about a summit to come',
    page('Modi, Albanese speak about upcoming summit', [
      'Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese have discussed by phone the issues before their upcoming summit.',
    ]),
    'readout',
  ],
  [
    'a headline that names the counterpart’s own speech',
    page('Xi wished Lula success with the plans set out in his address to parliament', [
      'Chinese President Xi Jinping held a telephone conversation with Brazilian President Luiz Inácio Lula da Silva on Tuesday.',
    ]),
    'readout',
  ],
  // A lead the header has to find.
  [
    'a lead that "received a phone call from" the counterpart, a later paragraph of greetings',
    [
      'Egyptian President Abdel Fattah el-Sisi today received a phone call from His Excellency Recep Tayyip Erdoğan, President of the Republic of Türkiye.',
      '',
      'During the call, the two leaders discussed the situation in the region.',
      '',
      'His Excellency and the Turkish President exchanged greetings on the occasion of the holiday, expressing their hopes for peace.',
    ].join('\n'),
    'readout',
  ],
  [
    'a lead where a minister "has spoken to" a counterpart, a quoted post below it',
    page('Foreign Minister Wong speaks to Indian counterpart', [
      'Foreign Minister Penny Wong has spoken to Indian External Affairs Minister S. Jaishankar, covering trade and regional issues.',
      '“A good conversation last night with @DrSJaishankar. Covered trade and the region. Also exchanged greetings,” the minister said in a post.',
    ]),
    'readout',
  ],
  [
    'a lead naming "the two men", the paragraph above naming them',
    page('Carney congratulates Trump in phone call', [
      'OTTAWA – Prime Minister Mark Carney has congratulated U.S. President Donald Trump on his birthday.',
      'The Prime Minister’s Office says the two men spoke by phone Saturday, but did not say for how long.',
    ]),
    'readout',
  ],
  [
    'a subject and a counterpart of one office, the counterpart’s country named',
    page('President holds talks with Kenya’s president', [
      'His Excellency President Dr Peter Mutharika this afternoon held talks via telephone with the President of Kenya, His Excellency William Ruto.',
    ]),
    'readout',
  ],
  // A lead the classifier has to take for the account.
  [
    'a story opening on the talk, then the statement’s words quoted, "a statement from … said"',
    page('Saudi Crown Prince, US President reaffirm partnership', [
      'Saudi Crown Prince Mohammed bin Salman and US President Joe Biden on Thursday reaffirmed the partnership between the two countries, a statement from the White House said.',
      '“The President and Crown Prince reaffirmed the partnership and discussed regional issues,” the statement said.',
      'During the phone call, the two leaders also discussed energy markets.',
    ]),
    'readout',
  ],
  [
    'a lead opening on a time after an event that is not a talk',
    page('Leaders speak with president-elect', [
      'Two weeks after the U.S. elections, Israeli President Isaac Herzog spoke on Tuesday with President-elect Donald Trump.',
    ]),
    'readout',
  ],
  [
    'a talk named with its length ("during a 20-minute telephone conversation")',
    page('News view', [
      'President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba have agreed to step up cooperation. According to Lee’s office, the two leaders reached the agreement during a 20-minute telephone conversation Wednesday.',
    ]),
    'readout',
  ],
  [
    'a German lead whose subject is named alone ("Angela Merkel hat mit … telefoniert")',
    page('Merkels Telefonat mit Putin', [
      'Angela Merkel hat mit Russlands Präsident Wladimir Putin telefoniert. Es ging um die Lage in der Ostukraine.',
    ]),
    'readout',
  ],
  [
    'a German talk as the setting ("hat sich in einem Telefonat mit … ausgetauscht")',
    page('Merkel telefoniert mit Putin', [
      'Berlin (AFP) Bundeskanzlerin Angela Merkel (CDU) hat sich am Montagabend mit dem russischen Präsidenten Wladimir Putin über die Ukraine ausgetauscht. In einem Telefonat mit Russlands Staatschef habe Merkel betont, dass die Waffenruhe gelte.',
    ]),
    'readout',
  ],
  [
    'a German counterpart called "Staatschef", the talk its setting ("in einem Telefonat mit")',
    page('Merkel telefoniert mit Putin über Seeleute', [
      'Berlin (AFP) Bundeskanzlerin Angela Merkel (CDU) hat sich in einem Telefonat mit Russlands Staatschef Wladimir Putin für die Freilassung der Seeleute eingesetzt.',
    ]),
    'readout',
  ],
  [
    'a French subject named alone after the talk as an opening clause ("Lors d’un entretien …, X a …")',
    page('Macron critique Moscou', [
      'Lors d’un entretien téléphonique avec son homologue ukrainien Volodymyr Zelensky samedi, Emmanuel Macron a dénoncé les frappes russes.',
    ]),
    'readout',
  ],
  [
    'a French subject named alone ("X s’est entretenu avec son homologue …")',
    page('Entretien avec Zelensky', [
      'Emmanuel Macron s’est entretenu samedi avec son homologue ukrainien Volodymyr Zelensky.',
    ]),
    'readout',
  ],
  // Held back as before.
  [
    'a headline of a meeting to come ("to meet"), not an agreed one',
    page('Albanese to meet Carney in Ottawa', [
      'Prime Minister Anthony Albanese will meet Canadian Prime Minister Mark Carney in Ottawa next week.',
    ]),
    'other',
  ],
  [
    'a talk recalled in the clause of time before the story',
    page('Minister announces new tariffs', [
      'Days after his phone call with Chinese Premier Li Qiang, Australian Trade Minister Don Farrell announced new tariffs on steel.',
    ]),
    'other',
  ],
  [
    'a speech’s title ("Address by the President to …")',
    page('Address by the President to the Nation', [
      'My fellow citizens, tonight I met with our allies in spirit as I speak to you.',
    ]),
    'other',
  ],
];

describe('English reports of a talk: posted or held back', () => {
  it.each(table)('%s', (_name, content, docType) => {
    expect(parseReadout({ content, url }).docType).toBe(docType);
  });
});
