import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { parseLead } from '../../../src/readout/parse/lead.js';
import { parsePersonPhrase } from '../../../src/readout/parse/people.js';

const lead = (text: string, date: string, homeCountry: string | null = null) =>
  parseLead(text, {
    referenceDate: date,
    japaneseSource: false,
    sectionCountry: null,
    title: null,
    homeCountry,
  }).participants.map((p) => [p.name, p.country]);

describe('titles are never people (issue 13, family 2)', () => {
  it.each([
    'PRC State Councilor',
    'Federal Chancellor',
    'External Affairs Minister',
    'U.S. Ambassador',
    'Republic',
    'OTTAWA',
    'As',
    'According to CNN',
    'the Australian Prime Minister',
    'UK PM',
    'Germany',
    'Thursday',
    'Due',
    'A German',
    'Outgoing S. Korean FM',
    'Prime Minister Over',
    'It’s',
    'BP’s',
  ])('"%s" is not a person', (phrase) => {
    expect(parsePersonPhrase(phrase)).toBeNull();
  });

  it('reads the country of demonyms, possessives and a country before the name', () => {
    expect(parsePersonPhrase("Japan's Prime Minister Shinzo Abe")).toMatchObject({
      name: 'Shinzo Abe',
      prefixTitle: 'Prime Minister',
      ofCountry: 'JP',
    });
    expect(parsePersonPhrase('US Joseph Biden')).toMatchObject({ name: 'Joseph Biden', ofCountry: 'US' });
    expect(parsePersonPhrase('his French counterpart Catherine Colonna')).toMatchObject({
      name: 'Catherine Colonna',
      prefixTitle: null,
      ofCountry: 'FR',
    });
    expect(parsePersonPhrase('the new Japanese Foreign Minister Toshimitsu Motegi')).toMatchObject({
      name: 'Toshimitsu Motegi',
      prefixTitle: 'Japanese Foreign Minister',
    });
  });

  it('reads a reporting clause with its day, and demonyms of smaller countries', () => {
    expect(
      lead(
        'A government spokesman confirmed on Monday that Chancellor Angela Merkel and Greek Prime Minister Alexis Tsipras spoke by phone.',
        '2015-03-16',
      ),
    ).toEqual([
      ['Angela Merkel', 'DE'],
      ['Alexis Tsipras', 'GR'],
    ]);
    expect(
      lead('Secretary Pompeo spoke with Guyanese President Mohamed Irfaan Ali.', '2020-08-31', 'US'),
    ).toEqual([
      ['Mike Pompeo', 'US'],
      ['Mohamed Irfaan Ali', 'GY'],
    ]);
  });

  it('names "the leader of Japan" by the table, and never a spokesman who told reporters', () => {
    expect(
      lead('President Obama spoke by phone with the leader of Japan about trade.', '2013-06-12', 'US'),
    ).toEqual([
      ['Barack Obama', 'US'],
      ['Shinzo Abe', 'JP'],
    ]);
    expect(
      lead(
        'Russian President Vladimir Putin has had a telephone conversation with French President Emmanuel Macron, Kremlin Press Secretary Dmitry Peskov told reporters.',
        '2017-09-15',
      ),
    ).toEqual([
      ['Vladimir Putin', 'RU'],
      ['Emmanuel Macron', 'FR'],
    ]);
  });

  it('names a counterpart given by country alone ("his U.S. counterpart") by the subject’s office', () => {
    expect(
      lead('Foreign Minister Hayashi spoke by phone with his U.S. counterpart.', '2022-02-15', 'JP'),
    ).toEqual([
      ['Yoshimasa Hayashi', 'JP'],
      ['Antony Blinken', 'US'],
    ]);
    // A leader's counterpart leads the other government: Japan's Prime Minister, not its Emperor.
    expect(lead('President Biden spoke with his Japanese counterpart.', '2022-02-15', 'US')).toEqual([
      ['Joe Biden', 'US'],
      ['Fumio Kishida', 'JP'],
    ]);
  });

  it('keeps the title beside the name, never as a principal', () => {
    expect(
      lead(
        'Secretary Blinken spoke today with PRC State Councilor and Foreign Minister Wang Yi.',
        '2021-08-29',
        'US',
      ),
    ).toEqual([
      ['Antony Blinken', 'US'],
      ['Wang Yi', 'CN'],
    ]);
    expect(
      lead(
        'OTTAWA, Ontario – Prime Minister Justin Trudeau today spoke with Ukrainian Foreign Minister Dmytro Kuleba.',
        '2022-03-01',
        'CA',
      ),
    ).toEqual([
      ['Justin Trudeau', 'CA'],
      ['Dmytro Kuleba', 'UA'],
    ]);
  });
});

describe('principals named by office or surname (issue 13, family 1)', () => {
  it('resolves offices and surnames through the table on the event date', () => {
    expect(lead('The Prime Minister spoke to Chancellor Merkel this afternoon.', '2012-01-12', 'GB')).toEqual(
      [
        ['David Cameron', 'GB'],
        ['Angela Merkel', 'DE'],
      ],
    );
    expect(
      lead('This evening the Prime Minister spoke to the German Chancellor.', '2023-05-02', 'GB'),
    ).toEqual([
      ['Rishi Sunak', 'GB'],
      ['Olaf Scholz', 'DE'],
    ]);
    expect(
      lead('Secretary Clinton spoke today with Foreign Minister Gemba of Japan.', '2012-03-09', 'US'),
    ).toEqual([
      ['Hillary Clinton', 'US'],
      ['Koichiro Gemba', 'JP'],
    ]);
  });

  it('names the speaker of "Press Conference by the Prime Minister" from the table on the page date', () => {
    const r = parseReadout({
      content:
        'Press Conference by the Prime Minister\nFriday, May 19, 2023\n[Provisional Translation]\nPRIME MINISTER: Good evening. A short while ago, I held a summit meeting with President Yoon Suk Yeol of the Republic of Korea.\n',
      url: 'https://japan.kantei.go.jp/101_kishida/statement/202305/19kaiken.html',
      published: '2023-05-19',
    });
    expect(r.participants.map((p) => [p.name, p.country])).toEqual([
      ['Fumio Kishida', 'JP'],
      ['Yoon Suk Yeol', 'KR'],
    ]);
    expect(r.relation).toBe('japan-korea');
  });

  it('names each foreign minister of a group by office and country', () => {
    const people = lead(
      'Secretary of State Marco Rubio spoke with the foreign ministers of France, Germany, Italy, and the United Kingdom and the EU’s High Representative for Foreign Affairs.',
      '2025-02-18',
      'US',
    );
    expect(people).toEqual([
      ['Marco Rubio', 'US'],
      ['Jean-Noël Barrot', 'FR'],
      ['Annalena Baerbock', 'DE'],
      ['Antonio Tajani', 'IT'],
      ['David Lammy', 'GB'],
      ['Kaja Kallas', 'EU'],
    ]);
  });

  it('names a president-elect by the term about to begin, and completes a name cut short', () => {
    expect(
      lead('The Prime Minister spoke to President-elect Trump this afternoon.', '2024-12-18', 'GB'),
    ).toEqual([
      ['Keir Starmer', 'GB'],
      ['Donald Trump', 'US'],
    ]);
    expect(
      lead('President Michel held a call with the President of Turkey Recep Tayyip.', '2021-06-26', 'EU'),
    ).toEqual([
      ['Charles Michel', 'EU'],
      ['Recep Tayyip Erdoğan', 'TR'],
    ]);
  });
});

describe('name order and forms (issue 13, family 3)', () => {
  it('keeps names as the page writes them, family name first or last, caps, commas and initials', () => {
    expect(
      lead(
        'President Joseph R. Biden, Jr. spoke today with President Yoon Suk Yeol of the Republic of Korea.',
        '2023-08-18',
        'US',
      ),
    ).toEqual([
      ['Joseph R. Biden, Jr.', 'US'],
      ['Yoon Suk Yeol', 'KR'],
    ]);
    expect(
      lead(
        'Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Mr. Pham Minh Chinh, Prime Minister of the Socialist Republic of Viet Nam.',
        '2023-12-16',
        'JP',
      ),
    ).toEqual([
      ['KISHIDA Fumio', 'JP'],
      ['Pham Minh Chinh', 'VN'],
    ]);
    expect(
      lead(
        'Prime Minister Kishida held a talk with Premier Li Qiang and Foreign Minister Wang Yi.',
        '2023-09-06',
        'JP',
      ),
    ).toEqual([
      ['Fumio Kishida', 'JP'],
      ['Li Qiang', 'CN'],
      ['Wang Yi', 'CN'],
    ]);
  });

  it('names one person once when post-nominals follow the name', () => {
    expect(
      lead(
        'Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with the Right Honourable Justin Trudeau, P.C., M.P., Prime Minister of Canada.',
        '2017-02-22',
        'JP',
      ),
    ).toEqual([
      ['Shinzo Abe', 'JP'],
      ['Justin Trudeau', 'CA'],
    ]);
  });
});

describe('principals the title alone names', () => {
  it('names a counterpart by office, surname and country on the date, and the publisher’s by office', async () => {
    const { counterpartInTitle, ownFromTitle } = await import('../../../src/readout/parse/principals.js');
    const title = "Readout of the President's Bilateral Meeting with Prime Minister Kan of Japan";
    expect(counterpartInTitle(title, '2011-05-26')).toMatchObject({ name: 'Naoto Kan', country: 'JP' });
    // Without a date, or where the surname is not the holder's then, no one.
    expect(counterpartInTitle(title)).toBeNull();
    expect(counterpartInTitle(title, '2015-05-26')).toBeNull();
    const people = [{ name: 'Naoto Kan', honorific: null, title: 'Prime Minister', country: 'JP' }];
    ownFromTitle(people, title, 'US', '2011-05-26');
    expect(people.map((p) => p.name)).toEqual(['Barack Obama', 'Naoto Kan']);
    // By office and surname, on a page without a date: one person ever held it with that name.
    const georgia = [
      { name: 'Irakli Garibashvili', honorific: null, title: 'Prime Minister', country: 'GE' },
    ];
    ownFromTitle(
      georgia,
      "Readout of Vice President Biden's Meeting with Prime Minister Garibashvili",
      'US',
      null,
    );
    expect(georgia.map((p) => p.name)).toEqual(['Joe Biden', 'Irakli Garibashvili']);
  });
});

describe('principals a copy of unknown publisher leaves to context', () => {
  it('names an office-only subject from the one country the text pairs with the counterpart’s', async () => {
    const { ownByPair } = await import('../../../src/readout/parse/principals.js');
    const kishida = () => [
      { name: 'Fumio Kishida', honorific: null, title: 'Prime Minister', country: 'JP' },
    ];
    const lead = 'The Prime Minister met Prime Minister of Japan Fumio Kishida in Hiroshima.';
    const people = kishida();
    expect(ownByPair(people, lead, `${lead}\nThey signed a UK-Japan partnership.`, '2023-05-18')).toBe(true);
    expect(people.map((p) => p.name)).toEqual(['Rishi Sunak', 'Fumio Kishida']);
    // Two other countries paired with Japan, or none: no one is named.
    const two = kishida();
    expect(ownByPair(two, lead, `${lead}\nUK-Japan and Japan-China ties came up.`, '2023-05-18')).toBe(false);
    expect(ownByPair(kishida(), lead, lead, '2023-05-18')).toBe(false);
  });

  it('reads a heading that is the talk sentence, and a mirror’s issued-on note as the date', async () => {
    const { holdersInHeading } = await import('../../../src/readout/parse/fallback.js');
    expect(
      holdersInHeading(
        'Aide says Russian President Vladimir Putin held a phone call with Japanese Prime Minister Yoshihide Suga',
        '2020-09-29',
      ).map((p) => p.country),
    ).toEqual(['RU', 'JP']);
    expect(
      holdersInHeading('Vladimir Putin to hold a phone call with Yoshihide Suga next week', '2020-09-29'),
    ).toEqual([]);
    const page = parseReadout({
      content:
        'PRESS RELEASE : PM call with President Stubb\nThe press release issued by 10 Downing Street on 12 September 2024.\nThe Prime Minister spoke with President Alexander Stubb of Finland this morning.',
    });
    expect(page.published).toBe('2024-09-12');
  });
});
