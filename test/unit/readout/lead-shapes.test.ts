import { describe, expect, it } from 'vitest';
import { findHolders } from '../../../src/readout/office-holders.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { deFrPrincipals, isDeFrLead } from '../../../src/readout/parse/lead-de-fr.js';
import { detectSource } from '../../../src/readout/parse/source.js';
import { transcriptPrincipals } from '../../../src/readout/parse/transcript.js';

// Issue 13: who talked and which relation on real pages' shapes (our own sentences): leads
// without "with", news leads, republishers' frames, transcripts, German and French leads.

const names = (r: { participants: { name: string }[] }) => r.participants.map((p) => p.name);

describe('co-subject leads', () => {
  it.each([
    [
      'a news site',
      'US President Joe Biden and Prime Minister Benjamin Netanyahu spoke over the phone for 45 minutes this evening.',
      ['Joe Biden', 'Benjamin Netanyahu'],
      'israel-us',
      '2024-04-04',
    ],
    [
      'the White House, by surname',
      'President Obama and German Chancellor Angela Merkel spoke today about the talks in the Middle East.',
      ['Barack Obama', 'Angela Merkel'],
      'germany-us',
      '2010-09-10',
    ],
    [
      'a wire, with a verb that is not a lead verb',
      'Prime Minister Narendra Modi and US President Joe Biden on Thursday sat down for a bilateral meeting in New Delhi.',
      ['Narendra Modi', 'Joe Biden'],
      'india-us',
      '2023-09-08',
    ],
  ])('reads both principals from %s', (_who, lead, expected, relation, published) => {
    const r = parseReadout({ content: `Leaders talk\n${lead}\nThey agreed to stay in touch.`, published });
    expect(names(r)).toEqual(expected);
    expect(r.relation).toBe(relation);
  });

  it('names a co-subject given by office and demonym who is about to take office', () => {
    const r = parseReadout({
      content:
        'Macron and Trump speak\nAccording to the Élysée, Emmanuel Macron and the American president-elect spoke this Wednesday by telephone.',
      published: '2024-11-06',
    });
    expect(names(r)).toEqual(['Emmanuel Macron', 'Donald Trump']);
    expect(r.relation).toBe('france-us');
  });

  it('leaves out a reporting clause before the subject', () => {
    const r = parseReadout({
      content:
        'Call\nThe Blue House reported that President Yoon had a 15-minute phone call with Prime Minister Kishida that evening.',
      published: '2024-04-17',
    });
    expect(names(r)).toEqual(['Yoon Suk Yeol', 'Fumio Kishida']);
    expect(r.relation).toBe('japan-korea');
  });

  it('reads a news lead whose verb takes the counterpart, the medium after it', () => {
    const r = parseReadout({
      content:
        'Abe calls Putin\nMOSCOW, May 7. /TASS/. Japanese Prime Minister Shinzo Abe congratulated Russian President Vladimir Putin on the anniversary in a phone call on Thursday.',
      published: '2020-05-07',
    });
    expect(names(r)).toEqual(['Shinzo Abe', 'Vladimir Putin']);
    expect(r.relation).toBe('japan-russia');
  });
});

describe('talks between two principals', () => {
  it('reads a numbered "Talks between A and B by telephone took place" lead', () => {
    const r = parseReadout({
      content: [
        'Telephone Talks between Foreign Ministers of Japan and Germany',
        'March 3, 2011',
        '1. Talks between the Foreign Minister of Japan Mr. Seiji Maehara and his German counterpart Mr. Guido Westerwelle by telephone took place at 18:00 on March 3.',
        '2. The two ministers exchanged views on the situation in Libya.',
      ].join('\n'),
      url: 'https://www.mofa.go.jp/announce/announce/2011/3/example.html',
    });
    expect(names(r)).toEqual(['Seiji Maehara', 'Guido Westerwelle']);
    expect(r.relation).toBe('japan-germany');
    expect(r.kind).toBe('telephone');
  });
});

describe('countries the text leaves implicit', () => {
  it('gives a full name the office table knows its own country, whatever the page mentions', () => {
    const r = parseReadout({
      content: [
        'Obama calls new Japanese Prime Minister',
        'Washington, D.C. (June 5, 2010) – President Barack Obama on Saturday held his first phone conversation with Naoto Kan.',
        'See the Japan Prime Minister’s Web site (www.kantei.go.jp/foreign) for the cabinet list.',
      ].join('\n'),
    });
    expect(r.participants.map((p) => p.country)).toEqual(['US', 'JP']);
    expect(r.relation).toBe('japan-us');
  });

  it('does not make a copy of a call between two other countries a talk of three', () => {
    const r = parseReadout({
      content:
        'Putin and Macron hold talks\nForeign policy\nRussian President Vladimir Putin has had a telephone conversation with French President Emmanuel Macron, his press secretary said.',
      published: '2017-09-15',
    });
    expect(r.relation).toBe('france-russia');
  });

  it('resolves a surname on a page with no date when one holder ever had it', () => {
    const r = parseReadout({
      content:
        'Read-out of a call\nPresident Obama and German Chancellor Angela Merkel spoke today as part of their consultations.',
    });
    expect(names(r)).toEqual(['Barack Obama', 'Angela Merkel']);
  });
});

describe('republishers’ frames', () => {
  it('names the original publisher from a copy’s link back or its header line', () => {
    expect(
      detectSource(
        'https://mirror.example/news/1',
        'Original article link: https://www.gov.uk/government/news/pm-call-x',
      ),
    ).toBe('ukgov');
    expect(
      detectSource('https://mirror.example/news/2', 'GovWire\nPrime Ministers Office 10 Downing Street\n'),
    ).toBe('ukgov');
    expect(
      detectSource(
        'https://blog.example/3',
        'Official news published at https://www.state.gov/secretary-call/',
      ),
    ).toBe('state');
    expect(detectSource('https://blog.example/4', 'The 10 Downing Street cat was seen today.')).toBe('other');
  });

  it('takes the headline below a copy’s own date line as the title, never its menu', () => {
    const r = parseReadout({
      content: [
        'Daily Wire Service',
        'Home | World | Business | Opinion',
        'March 3, 2025',
        'Italian and US top diplomats discuss Ukraine by phone',
        'Secretary of State Marco Rubio spoke today with Italian Foreign Minister Antonio Tajani about Ukraine.',
        'Next article',
        'Markets close higher after a quiet session',
      ].join('\n'),
    });
    expect(r.title).toBe('Italian and US top diplomats discuss Ukraine by phone');
    expect(r.relation).toBe('italy-us');
    expect(r.summary).toEqual([
      'Secretary of State Marco Rubio spoke today with Italian Foreign Minister Antonio Tajani about Ukraine.',
    ]);
  });

  it('never takes a share bar’s or a photo credit’s line for the title, nor a kind from it', () => {
    const r = parseReadout({
      content: [
        'Replay: Chancellor and President face the press after talks',
        'Copyright  AGENCY/Photographer Name',
        'By A Reporter',
        'Share this articleComments',
        'Copy/paste the article video embed link below:Copy to clipboardCopied',
        'Chancellor Olaf Scholz and President Joe Biden addressed the media after talks at the White House on Friday.',
        'They discussed trade and support for Ukraine.',
      ].join('\n'),
      published: '2023-03-03',
    });
    expect(r.title).toBe('Replay: Chancellor and President face the press after talks');
    expect(r.kind).toBe('meeting');
  });

  it('keeps a title above the date line when it is the headline of the talk', () => {
    const r = parseReadout({
      content: [
        'Readout of the call with Prime Minister Kishida',
        'May 5, 2022',
        'Ottawa, Ontario',
        'Prime Minister Justin Trudeau spoke today with Prime Minister Fumio Kishida of Japan.',
      ].join('\n'),
    });
    expect(r.title).toBe('Readout of the call with Prime Minister Kishida');
  });
});

describe('transcripts', () => {
  it('reads the labelled speaker and the leader the opening turn says was hosted', () => {
    const people = transcriptPrincipals(
      [],
      [
        'ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: I am delighted to host Prime Minister Luxon here in Australia on his first visit abroad.',
        'JOURNALIST: Prime Minister, what did you discuss?',
      ],
      'Joint press conference – Sydney',
      'AU',
      '2023-12-20',
    );
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ['Anthony Albanese', 'AU'],
      ['Christopher Luxon', 'NZ'],
    ]);
  });

  it('names no counterpart for a leader mentioned without a talk', () => {
    const people = transcriptPrincipals(
      [],
      ['PRIME MINISTER: I want to thank President Prabowo for his compassion in this matter.'],
      'Press conference – Canberra',
      'AU',
      '2024-12-15',
    );
    expect(people).toEqual([]);
  });

  it('names no counterpart for a talk the speaker has still to hold', () => {
    const people = transcriptPrincipals(
      [],
      ['PRIME MINISTER: Next week I will travel to Washington and hold a meeting with President Biden.'],
      'Press conference – Canberra',
      'AU',
      '2023-10-20',
    );
    expect(people).toEqual([]);
  });

  it('reads both speakers of a joint press conference from its title', () => {
    const r = parseReadout({
      content: [
        'Remarks by President Biden and Prime Minister Suga of Japan at Press Conference',
        'April 16, 2021',
        'PRESIDENT BIDEN: Well, good afternoon. It’s been my pleasure to welcome the Prime Minister to the White House.',
        'Q: Mr. President, a question on trade.',
      ].join('\n'),
      url: 'https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/04/16/remarks-example/',
    });
    expect(names(r)).toEqual(['Joe Biden', 'Yoshihide Suga']);
    expect(r.relation).toBe('japan-us');
  });
});

describe('German and French leads', () => {
  it.each([
    [
      'Heute Abend haben Bundeskanzler Friedrich Merz und der amerikanische Präsident Donald Trump miteinander telefoniert.',
      [
        ['Friedrich Merz', 'DE'],
        ['Donald Trump', 'US'],
      ],
    ],
    [
      'Der Bundeskanzler hat heute mit dem ukrainischen Staatspräsidenten Wolodymyr Selenskyj telefoniert.',
      [
        ['', 'DE'],
        ['Wolodymyr Selenskyj', 'UA'],
      ],
    ],
    [
      'Le Président de la République s’est entretenu ce jour avec le Premier ministre japonais, Shigeru Ishiba.',
      [
        ['', 'FR'],
        ['Shigeru Ishiba', 'JP'],
      ],
    ],
    [
      'Emmanuel Macron et Donald Trump ont exprimé mercredi leur volonté de travailler ensemble lors de leur premier échange téléphonique.',
      [
        ['Emmanuel Macron', 'FR'],
        ['Donald Trump', 'US'],
      ],
    ],
  ])('reads %s', (sentence, expected) => {
    expect(isDeFrLead(sentence)).toBe(true);
    expect(deFrPrincipals(sentence, null).map((p) => [p.name, p.country])).toEqual(expected);
  });

  it('resolves an office named alone through the office table on the page’s date', () => {
    const r = parseReadout({
      content:
        'Telefonat\nDer Bundeskanzler hat heute mit dem ukrainischen Staatspräsidenten Wolodymyr Selenskyj telefoniert.',
      published: '2022-03-01',
    });
    expect(names(r)).toEqual(['Olaf Scholz', 'Wolodymyr Selenskyj']);
    expect(r.relation).toBe('germany-ukraine');
  });

  it('is not a German or French lead without a talk', () => {
    expect(isDeFrLead('Der Bundeskanzler besuchte heute eine Schule in Wismar.')).toBe(false);
  });
});

describe('office table', () => {
  it('knows Austria’s chancellors, the acting one of 2025 included', () => {
    expect(findHolders({ country: 'AT', date: '2025-02-01', office: 'head_of_government' })[0]?.name).toBe(
      'Alexander Schallenberg',
    );
    expect(findHolders({ country: 'AT', date: '2023-06-01', office: 'head_of_government' })[0]?.name).toBe(
      'Karl Nehammer',
    );
  });
});

describe('a "Press Releases" header is MOFA’s only in MOFA’s own shape', () => {
  const other = [
    'Home',
    'Press Releases',
    'Minister receives the Ambassador of Chile',
    '3 April 2024',
    'The Minister for Foreign Affairs received the Ambassador of Chile at the ministry on 3 April.',
  ].join('\n');
  const mofa = [
    'Press Releases',
    'Japan-Chile Foreign Ministers’ Telephone Talk',
    'April 3, 2024',
    'On April 3, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a telephone talk.',
  ].join('\n');

  it('leaves another ministry’s page with that header to no publisher', () => {
    expect(detectSource(null, other)).toBe('other');
    expect(detectSource(null, other.replace('Press Releases', 'Countries & Regions'))).toBe('other');
    expect(parseReadout({ content: other }).source).toBe('other');
  });

  it('keeps MOFA’s own page, by its "Japan-…" title or its "KAMIKAWA Yoko"', () => {
    expect(detectSource(null, mofa)).toBe('mofa');
    expect(
      detectSource(null, mofa.replace('Japan-Chile Foreign Ministers’ Telephone Talk', 'Telephone Talk')),
    ).toBe('mofa');
    expect(parseReadout({ content: mofa }).source).toBe('mofa');
  });
});
