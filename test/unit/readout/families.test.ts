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
