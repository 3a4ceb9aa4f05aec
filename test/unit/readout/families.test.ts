import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { kindFromPhrase } from '../../../src/readout/parse/lead.js';

// Issue 13 §2, families 4–6, on short pages in the shapes of real ones (our own sentences).

describe('dates (family 4)', () => {
  it.each([
    ['French', 'Publié le 16 septembre 2019'],
    ['German', '16. September 2019'],
    ['Japanese', '2019年9月16日'],
    ['Korean', '2019년 9월 16일'],
    ['Russian', '16 сентября 2019 года'],
  ])('a %s date header around the readout is not the event’s', (_lang, header) => {
    const r = parseReadout({
      content: [
        header,
        'Telephone conversation with the Prime Minister of Japan',
        'September 14, 2019',
        'On September 14, President Emmanuel Macron had a telephone conversation with Prime Minister Shinzo Abe of Japan.',
      ].join('\n'),
      published: '2019-09-16',
    });
    expect(r.date).toBe('2019-09-14');
    expect(r.published).toBe('2019-09-14');
  });

  it('places a date line without a year by the feed’s date, across the new year too', () => {
    const content = [
      'Readout of the call between President Michel and Prime Minister Kishida',
      'Brussels, 30 December',
      'President Charles Michel held a telephone call with Prime Minister Kishida Fumio of Japan on 30 December.',
    ].join('\n');
    const r = parseReadout({
      content,
      url: 'https://www.consilium.europa.eu/en/press/x',
      published: '2022-01-02',
    });
    expect(r.published).toBe('2021-12-30');
    expect(r.date).toBe('2021-12-30');
  });

  it('takes the title’s date over "yesterday" on a copy published the day after', () => {
    const r = parseReadout({
      content: [
        'PM call with Prime Minister Kishida of Japan: 12 January 2023',
        'A Downing Street spokesperson said:',
        'The Prime Minister spoke to Prime Minister Kishida of Japan yesterday afternoon.',
      ].join('\n'),
      url: 'https://www.gov.uk/government/news/pm-call-with-prime-minister-kishida-of-japan-12-january-2023',
      published: '2023-01-13',
    });
    expect(r.date).toBe('2023-01-12');
  });

  it('never dates the event days after its page: a later date in the text is a wrapper’s', () => {
    const r = parseReadout({
      content: [
        'Readout of President Biden’s Call with Prime Minister Suga of Japan',
        'January 27, 2021',
        'On June 24, 2026, President Biden spoke with Prime Minister Suga Yoshihide of Japan.',
      ].join('\n'),
      url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/01/27/readout/',
    });
    expect(r.date).toBe('2021-01-27');
  });
});

describe('dates of other governments and of copies (family 4)', () => {
  const call = (lead: string, header: string, published: string | null = null) =>
    parseReadout({
      content: ['Yoon, Kishida hold phone talks', header, lead].join('\n'),
      url: 'https://www.korea.kr/briefing/policyBriefingView.do?newsId=1',
      published,
    });

  it('counts "on the 17th" back from the page’s date, into the month before when it must', () => {
    const lead =
      'President Yoon Suk Yeol on the 17th held phone talks with Prime Minister Kishida Fumio of Japan.';
    expect(call(lead, 'Apr 18, 2024').date).toBe('2024-04-17');
    expect(call(lead, 'May 2, 2024').date).toBe('2024-04-17');
  });

  it.each([
    ['2023 Nov. 22', '2023-11-22'],
    ['Fri 05 May 2023', '2023-05-05'],
    ['Washington DC, February 18, 2025', '2025-02-18'],
  ])('reads the date line %j', (header, date) => {
    const lead = 'President Yoon Suk Yeol held phone talks with Prime Minister Kishida Fumio of Japan today.';
    expect(call(lead, header).published).toBe(date);
    expect(call(lead, header).date).toBe(date);
  });

  it('takes the feed’s date over a later date line of a copy’s wrapper for "today"', () => {
    const lead = 'President Yoon Suk Yeol held phone talks with Prime Minister Kishida Fumio of Japan today.';
    expect(call(lead, 'Sun. Apr 20th, 2025', '2025-02-18').date).toBe('2025-02-18');
  });
});

describe('how long, read after the lead (families 5 and 7)', () => {
  const readout = (body: string[], url = 'https://www.bundesregierung.de/breg-en/news/x') =>
    parseReadout({
      content: [
        'Federal Chancellor Scholz telephones President Macron',
        'Friday, 2 December 2022',
        'Federal Chancellor Olaf Scholz spoke on the telephone today with President Emmanuel Macron of France.',
        ...body,
      ].join('\n'),
      url,
    });

  it.each([
    [['The conversation lasted about one hour.'], 60, true],
    [['During the 25-minute conversation, the two discussed Ukraine.'], 25, false],
    [['They talked about energy. The call, which began at 6 p.m., lasted for over 40 minutes.'], 40, true],
  ])('%j → %i minutes', (body, minutes, approximate) => {
    const r = readout(body);
    expect(r.durationMinutes).toBe(minutes);
    expect(r.durationApproximate).toBe(approximate);
  });

  it('takes the start a later sentence gives, on the publisher’s clock for a call', () => {
    const r = readout(['The conversation began at 6:15 p.m. and lasted about 30 minutes.']);
    expect(r.start).toEqual({ time: '18:15', approximate: false, timeZone: 'Europe/Berlin' });
  });

  it('never takes a length to come, or a part of the talk alone', () => {
    expect(readout(['Their next call will last about an hour.']).durationMinutes).toBeNull();
    expect(readout(['The leaders also spoke alone for 10 minutes.']).durationMinutes).toBeNull();
  });

  it('keeps the parts a later sentence gives, and sums them when the title names neither', () => {
    const r = readout([
      'The two first held a small-group meeting for about 30 minutes, followed by an expanded meeting for about 50 minutes.',
    ]);
    expect(r.durationMinutes).toBe(80);
    expect(r.segments).toEqual([
      { name: 'small-group meeting', start: null, minutes: 30 },
      { name: 'expanded meeting', start: null, minutes: 50 },
    ]);
  });
});

describe('kinds (family 5)', () => {
  it.each([
    ['held a telephonic conversation with', 'telephone'],
    ['interacted over phone with', 'telephone'],
    ['has spoken with', 'telephone'],
    ['had a phone conversation with', 'telephone'],
    ['met virtually with', 'video'],
    ['spoke via video link with', 'video'],
    ['held a video conference with', 'video'],
    ['paid a courtesy visit to', 'courtesy_call'],
    ['congratulated him in a phone call on', 'telephone'],
    ['se sont entretenus au téléphone', 'telephone'],
    ['hosted the Chancellor at the White House, holding a bilateral meeting', 'meeting'],
    ['sat down for a bilateral meeting with', 'meeting'],
    ['mengadakan pertemuan dengan', 'meeting'],
    ['habló por llamada con', 'telephone'],
  ])('"%s" → %s', (phrase, kind) => {
    expect(kindFromPhrase(phrase)).toBe(kind);
  });

  it('reads "spoke with … on the sidelines of" a summit as a meeting, and a call there as a call', () => {
    const page = (verb: string) =>
      parseReadout({
        content: `Readout\nPrime Minister Anthony Albanese ${verb} Prime Minister Fumio Kishida of Japan on the sidelines of the G20 Summit in New Delhi.`,
        url: 'https://www.pm.gov.au/media/x',
        published: '2023-09-09',
      }).kind;
    expect(page('spoke with')).toBe('meeting');
    expect(page('spoke by phone with')).toBe('telephone');
  });
});

describe('page chrome (family 6)', () => {
  it.each([['OTTAWA, Ontario – '], ['WASHINGTON (AP) — '], ['BERLIN, December 2. /TASS/. ']])(
    'drops the dateline %j from the lead',
    (dateline) => {
      const r = parseReadout({
        content: `Call with the Prime Minister of Japan\n${dateline}Prime Minister Justin Trudeau spoke with Prime Minister Fumio Kishida of Japan today.`,
        published: '2022-12-02',
      });
      expect(r.summary[0]).toBe(
        'Prime Minister Justin Trudeau spoke with Prime Minister Fumio Kishida of Japan today.',
      );
      expect(r.participants.map((p) => p.name)).toEqual(['Justin Trudeau', 'Fumio Kishida']);
    },
  );
});
