import { describe, expect, it } from 'vitest';
import { lengthInBody, startInBody } from '../../../src/readout/parse/body-facts.js';
import { cityOfClock, zoneByAbbreviation } from '../../../src/readout/parse/clock.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { findDurations, findTimes } from '../../../src/readout/parse/lead.js';

// A talk's length and start in the shapes English pages write them (our own sentences).

describe('lengths', () => {
  it.each([
    ['The two leaders talked for about half an hour.', 30, true],
    ['The call lasted over half an hour.', 30, true],
    ['They held a half-hour call on Friday.', 30, false],
    ['The ministers held two-and-a-half-hour talks.', 150, false],
    ['The leaders had an hour-and-a-half-long meeting.', 90, false],
    ['The ministers had an hour-and-a-half meeting.', 90, false],
    ['The call, which lasted 1 hour 20 minutes, covered trade.', 80, false],
    ['The talks lasted two hours, 10 minutes.', 130, false],
    ['They spoke for 1 hr 15 mins.', 75, false],
    ['The conversation lasted just over 1h30.', 90, true],
    ['The conversation lasted seventy-five minutes.', 75, false],
    ['They spoke for twenty one minutes.', 21, false],
    ['They spoke in a call of about 40 minutes.', 40, true],
    ['The leaders held talks of two hours.', 120, false],
    ['The chancellor held a 45-min call with the president.', 45, false],
    ['They held talks between 10:00 and 11:30.', 90, false],
  ])('%s', (text, minutes, approximate) => {
    const found = findDurations(text);
    expect(found.map((d) => d.minutes)).toEqual([minutes]);
    expect(found[0]?.approximate).toBe(approximate);
  });

  it.each([
    ['Розмова, яка тривала близько години, стосувалась миру.', 60, true],
    ['Розмова тривала 40 хвилин.', 40, false],
    ['Зустріч тривала понад дві години.', 120, true],
    ['Розмова тривала півгодини.', 30, false],
  ])('Ukrainian: %s', (text, minutes, approximate) => {
    const found = findDurations(text);
    expect(found.map((d) => d.minutes)).toEqual([minutes]);
    expect(found[0]?.approximate).toBe(approximate);
  });

  it.each([
    'Some half an hour later they spoke again.',
    'The meeting, of two hours, ended.',
    'At 20h30 the leaders spoke.',
  ])('none in: %s', (text) => {
    expect(findDurations(text)).toEqual([]);
  });

  it('minutes after minutes are not added', () => {
    expect(
      findDurations('They talked for 40 minutes, 20 minutes of it alone.').map((d) => d.minutes),
    ).toEqual([40]);
  });

  it('a length in a later sentence, written in hours and minutes run together', () => {
    const r = parseReadout({
      content:
        'Chancellor Olaf Scholz spoke by telephone with President Joe Biden on Tuesday.\n\nThe conversation lasted 1h15.',
      url: null,
      published: '2024-03-06',
    });
    expect(r.durationMinutes).toBe(75);
  });
});

describe('a length in a later sentence that is another talk’s', () => {
  it('is not the talk’s', () => {
    const lines = [
      'The leaders’ call followed a meeting of their foreign ministers, who talked for more than an hour in Geneva.',
    ];
    expect(lengthInBody(lines, null)).toBeNull();
  });

  it('a length before the other event is still the talk’s', () => {
    const lines = ['The call lasted 40 minutes, ahead of a meeting of their ministers next week.'];
    expect(lengthInBody(lines, null)?.minutes).toBe(40);
  });
});

describe('start times', () => {
  it.each([
    ['The leaders spoke at 14.30 on Tuesday.', '14:30'],
    ['The leaders spoke at noon on Tuesday.', '12:00'],
    ['The leaders spoke starting at midnight.', '00:00'],
    ['The ministers met at 1500 hrs in the capital.', '15:00'],
    ['The leaders spoke by phone at 2100 GMT.', '21:00'],
  ])('%s', (text, time) => {
    expect(findTimes(text)[0]?.time).toBe(time);
  });

  it.each([
    'Inflation stood at 2.50 percent.',
    'The currency traded at 10.50 euros.',
    'The index rose about 3.25 million.',
  ])('no time in: %s', (text) => {
    expect(findTimes(text)).toEqual([]);
  });

  it.each([
    [' CET on Tuesday', 'CET'],
    [' (GMT)', 'UTC'],
    [' EST', 'America/New_York'],
    [' IST', null],
    [' on Tuesday', null],
  ])('zone by letters after a time: "%s"', (after, zone) => {
    expect(zoneByAbbreviation(after)).toBe(zone);
  });

  it('a range whose start has no a.m. or p.m. starts in its end’s half of the day', () => {
    const start = parseReadout({
      content:
        'Chancellor Olaf Scholz spoke by telephone with President Joe Biden on Tuesday from 6 to 7 p.m.',
      url: null,
      published: '2024-03-06',
    }).start;
    expect(start?.time).toBe('18:00');
  });

  it('a later sentence saying when the talk took place', () => {
    expect(startInBody(['The call took place at 6 p.m. and lasted 35 minutes.'])?.time).toBe('18:00');
    expect(startInBody(['The meeting was held at around 10.30am in the palace.'])?.time).toBe('10:30');
    expect(startInBody(['The meeting took place at the palace at 3 p.m.'])).toBeNull();
  });

  it('a city named as the clock', () => {
    expect(cityOfClock(' Tokyo time on Tuesday')).toBe('tokyo');
    expect(cityOfClock(' (Moscow time)')).toBe('moscow');
    expect(cityOfClock(' in Tokyo')).toBeNull();
  });

  it('a lead gives its start with the zone it names', () => {
    const parse = (lead: string) =>
      parseReadout({ content: lead, url: null, published: '2024-03-06' }).start ?? null;
    expect(
      parse('Chancellor Olaf Scholz spoke by telephone with President Joe Biden at 07:35 CET on Tuesday.'),
    ).toEqual({ time: '07:35', approximate: false, timeZone: 'CET' });
    expect(
      parse(
        'Chancellor Olaf Scholz spoke by telephone with President Joe Biden on Tuesday at 9:15 p.m. Tokyo time.',
      ),
    ).toEqual({ time: '21:15', approximate: false, timeZone: 'Asia/Tokyo' });
  });
});
