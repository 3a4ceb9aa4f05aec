import { describe, expect, it } from 'vitest';
import { classifyDocType } from '../../../src/readout/parse/doc-type.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { findDurations, parseLead, wireDateline } from '../../../src/readout/parse/lead.js';

// Branch parse4: shapes of wire and news pages (our own sentences): datelines, posting stamps,
// new office holders, time gaps, lengths after the lead, name words.

const ctx = { referenceDate: '2024-11-07', japaneseSource: false, sectionCountry: null, title: null };
const names = (r: { participants: { name: string }[] }) => r.participants.map((p) => p.name);

describe('wire datelines and posting stamps', () => {
  it.each([
    ['NEW DELHI [India], November 6 (ANI): Prime Minister X spoke.', 'Prime Minister X spoke.', '2024-11-06'],
    ['BEIJING, Oct. 2 (Xinhua) -- Chinese President X met Y.', 'Chinese President X met Y.', '2024-10-02'],
    ['LONDON, March 15 (Reuters) - The Prime Minister spoke.', 'The Prime Minister spoke.', '2025-03-15'],
    ['TOKYO (AP) — Japan’s leader called X.', 'Japan’s leader called X.', null],
    ['WASHINGTON — The President spoke with X.', 'The President spoke with X.', null],
    [
      'Posted On: 18 FEB 2025 7:42PM by PIB Delhi The Prime Minister spoke.',
      'The Prime Minister spoke.',
      null,
    ],
  ])('%s', (lead, rest, date) => {
    const got = wireDateline(lead, '2024-11-07');
    expect(got.rest).toBe(rest);
    if (date) expect(got.date?.slice(5)).toBe(date.slice(5));
    else expect(got.date).toBeNull();
  });

  it('leaves sentences and labels alone', () => {
    for (const lead of ['President Biden spoke with X.', 'US-JAPAN: The leaders met.', 'Q: Did you speak?'])
      expect(wireDateline(lead, null).rest).toBe(lead);
  });

  it('uses the dateline day only when the lead states no date', () => {
    const own = parseLead(
      'WASHINGTON, May 5 (Reuters) - President Joe Biden spoke with Japanese Prime Minister Fumio Kishida on May 4.',
      { ...ctx, referenceDate: '2023-05-06' },
    );
    expect(own.date).toBe('2023-05-04');
    const none = parseLead(
      'WASHINGTON, May 5 (Reuters) - President Joe Biden spoke with Japanese Prime Minister Fumio Kishida.',
      { ...ctx, referenceDate: '2023-05-06' },
    );
    expect(none.date).toBe('2023-05-05');
  });

  it('never takes a posting stamp’s time for the start', () => {
    const facts = parseLead(
      'Posted On: 18 FEB 2025 7:42PM by PIB Delhi The Prime Minister, Shri Narendra Modi, spoke today with the Emir of Qatar.',
      { ...ctx, referenceDate: '2025-02-18', homeCountry: 'IN' },
    );
    expect(facts.start).toBeNull();
  });
});

describe('new office holders and leads that open on the talk', () => {
  it('reads "Japan’s new Prime Minister X" and "newly elected US President Y"', () => {
    const a = parseLead(
      'Japan’s new Prime Minister Shigeru Ishiba held a telephone conversation with Chinese President Xi Jinping.',
      { ...ctx, referenceDate: '2024-10-02' },
    );
    expect(names(a)).toEqual(['Shigeru Ishiba', 'Xi Jinping']);
    expect(a.participants[0]?.country).toBe('JP');
    const b = parseLead(
      'Prime Minister Narendra Modi and newly elected US President Donald Trump held talks by phone on Wednesday.',
      ctx,
    );
    expect(names(b)).toEqual(['Narendra Modi', 'Donald Trump']);
  });

  it('reads "In his first phone call with X, Y discussed …"', () => {
    const facts = parseLead(
      'In his first phone call with Canada’s new Prime Minister Mark Carney, British Prime Minister Keir Starmer discussed trade, his office said.',
      { ...ctx, referenceDate: '2025-03-15' },
    );
    expect(names(facts)).toEqual(['Keir Starmer', 'Mark Carney']);
    expect(facts.kind).toBe('telephone');
  });

  it('reads "X’s final phone call as President was to Y, …"', () => {
    const facts = parseLead(
      'Barack Obama’s final phone call as U.S. President was to German Chancellor Angela Merkel, during which he thanked her.',
      { ...ctx, referenceDate: '2017-01-19' },
    );
    expect(names(facts)).toEqual(['Barack Obama', 'Angela Merkel']);
    expect(facts.kind).toBe('telephone');
  });

  it('reads "The conversation between A and B lasted …" with surnames', () => {
    const facts = parseLead(
      'The telephone conversation between Putin and Trump lasted more than two hours.',
      {
        ...ctx,
        referenceDate: '2025-05-19',
      },
    );
    expect(names(facts)).toEqual(['Vladimir Putin', 'Donald Trump']);
    expect(facts.durationMinutes).toBe(120);
  });
});

describe('lengths', () => {
  it.each([
    ['They spoke again two hours later.', []],
    ['About an hour after the call, the ministers met.', []],
    ['The call came some 30 minutes before the vote.', []],
    ['The call lasted about two hours.', [120]],
    ['During a cordial 30-minute exchange, they spoke of Europe.', [30]],
    ['Lors de ce très bon échange de 25 minutes, le président a parlé.', [25]],
    ['Lors de cet échange d’une vingtaine de minutes, ils ont parlé.', [20]],
    ['L’entretien a duré environ une heure.', [60]],
  ])('%s', (text, minutes) => {
    expect(findDurations(text).map((d) => d.minutes)).toEqual(minutes);
  });

  it('takes a length on the meeting’s noun though the sentence names a one-on-one', () => {
    const r = parseReadout({
      content: [
        'Press conference – Canberra',
        'Transcript',
        '25 October 2023',
        'PRIME MINISTER: Today I met President Biden. We began with a one-on-one, and then a 75-minute meeting between our delegations.',
        'JOURNALIST: Did you discuss trade?',
        'PRIME MINISTER: We did.',
      ].join('\n'),
      url: 'https://www.pm.gov.au/media/press-conference-canberra-x',
    });
    expect(r.durationMinutes).toBe(75);
  });
});

describe('names and classification', () => {
  it('never reads a sentence word as a name', () => {
    const r = parseReadout({
      content:
        'Notes\nAnd then the President spoke with the Prime Minister.\nNot since the spring has there been a call with Germany like it.',
      published: '2024-05-01',
    });
    expect(names(r)).not.toContain('And');
    expect(names(r)).not.toContain('Not');
  });

  it('resolves a name read back from another script to the office holder', () => {
    const facts = parseLead(
      'Prime Minister Kishida held a summit meeting with Australian Prime Minister Albany Gee in Tokyo.',
      { ...ctx, referenceDate: '2022-05-24', homeCountry: 'JP', japaneseSource: true },
    );
    expect(names(facts)).toEqual(['Fumio Kishida', 'Anthony Albanese']);
  });

  it('keeps a name the table does not know when it is no read-back', () => {
    const facts = parseLead(
      'Prime Minister Kishida held a summit meeting with Australian Prime Minister Peter Dutton in Tokyo.',
      { ...ctx, referenceDate: '2022-05-24', homeCountry: 'JP', japaneseSource: true },
    );
    expect(names(facts)).toContain('Peter Dutton');
  });

  const base = {
    section: null,
    homeCountry: null,
    participants: [] as { name: string; country: string | null }[],
  };
  it('holds back a listing page, a talk to come and a lead with no talk and no principal', () => {
    expect(
      classifyDocType({
        ...base,
        title: 'Tag: Downing Street',
        lines: ['Tag: Downing Street', 'The Prime Minister spoke to Chancellor Scholz of Germany.'],
        lead: 'The Prime Minister spoke to Chancellor Scholz of Germany.',
        participants: [
          { name: 'Keir Starmer', country: 'GB' },
          { name: 'Olaf Scholz', country: 'DE' },
        ],
      }),
    ).toBe('other');
    expect(
      classifyDocType({
        ...base,
        title: 'Details of the meeting between Putin and the Hungarian foreign minister',
        lines: [
          'Details of the meeting between Putin and the Hungarian foreign minister',
          'The Kremlin gave details of the meeting between President Putin and Foreign Minister Szijjarto.',
          'The spokesman said the meeting would be short.',
        ],
        lead: null,
      }),
    ).toBe('other');
    expect(
      classifyDocType({
        ...base,
        title: 'White House spin on the phone call with Merkel',
        lines: [
          'White House spin on the phone call with Merkel',
          'Not since the spring has there been such a chill with Germany.',
        ],
        lead: 'Not since the spring has there been such a chill with Germany.',
      }),
    ).toBe('other');
  });
});

describe('a leader’s post quoted on a news page', () => {
  const page = (post: string) =>
    [
      'Cronaca Europea',
      'Von der Leyen e Meloni al telefono',
      'La presidente della Commissione ha sentito la premier per fare il punto sui dossier europei.',
      post,
      '— Ursula von der Leyen (@vonderleyen) February 3, 2023',
    ].join('\n');

  it('stands in for the lead: the signer and the counterpart, on the post’s day', () => {
    const r = parseReadout({
      content: page('Productive phone call with Italian PM @GiorgiaMeloni this morning.'),
    });
    expect(names(r)).toEqual(['Ursula von der Leyen', 'Giorgia Meloni']);
    expect(r.date).toBe('2023-02-03');
    expect(r.docType).toBe('readout');
  });

  it('is no readout when the call is still to come', () => {
    const r = parseReadout({
      content: page('Looking forward to my phone call with Italian PM @GiorgiaMeloni tomorrow.'),
    });
    expect(r.docType).not.toBe('readout');
  });
});

describe('a news copy about a talk still to come, told in reported speech', () => {
  const page = (second: string) =>
    [
      'Gazette of the Day',
      'World',
      'Capital briefs reporters on the president’s talks with the visiting foreign minister',
      'The presidency has shared details of the meeting between Turkish President Recep Tayyip Erdogan and Dutch Foreign Minister David van Weel.',
      second,
    ].join('\n');

  it('is no readout when the next sentence says the meeting would still take place', () => {
    const r = parseReadout({
      content: page(
        'A spokesman told journalists that the meeting would take place in the afternoon and would last an hour.',
      ),
      published: '2025-10-02',
    });
    expect(r.participants).toEqual([]);
    expect(r.relation).toBeNull();
  });

  it('is read as the talk when the next sentence tells it as past', () => {
    const r = parseReadout({
      content: page('A spokesman told journalists that the two men discussed trade and the war in Ukraine.'),
      published: '2025-10-02',
    });
    expect(names(r)).toEqual(['Recep Tayyip Erdogan', 'David van Weel']);
  });
});

describe('a wire dateline never opens the summary', () => {
  const page = (lead: string) =>
    [
      'Newsroom',
      'Foreign Minister holds telephone call with Indonesian counterpart',
      lead,
      'The two ministers agreed to widen trade in critical minerals and to meet again in the autumn.',
    ].join('\n');
  const lead =
    'Foreign Minister Penny Wong held a telephone call with Indonesian Foreign Minister Retno Marsudi on 2 June 2021.';

  it.each([
    'CANBERRA, Australia, June 3, 2021 /PRNewswire/ -- ',
    'CANBERRA, June 3, 2021 /PRNewswire/ -- ',
    'CANBERRA, Australian Capital Territory, June 03, 2021 (GLOBE NEWSWIRE) -- ',
    'CANBERRA--(BUSINESS WIRE)--',
    'CANBERRA, June 3 (Xinhua) -- ',
    'CANBERRA, June 3 (Antara) - ',
  ])('%s', (dateline) => {
    const r = parseReadout({ content: page(`${dateline}${lead}`), published: '2021-06-03' });
    expect(r.summary[0]).toBe(lead);
    expect(r.date).toBe('2021-06-02');
    expect(names(r)).toEqual(['Penny Wong', 'Retno Marsudi']);
  });
});
