import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '../../../src/readout/parse/clock.js';
import { filedMonth } from '../../../src/readout/parse/dates.js';
import { classifyDocType } from '../../../src/readout/parse/doc-type.js';
import { findDurations, findTimes } from '../../../src/readout/parse/lead.js';

/** Clock times, lengths and filed months in the shapes real pages write them (our own sentences). */
describe('clock times', () => {
  it.each([
    ['They talked from 10 : 15 pm on the 3rd.', '22:15'],
    ['The call took place from 4:30 this afternoon.', '16:30'],
    ['The leaders met at 9:10 in the evening.', '21:10'],
    ['The leaders met at 9:10 this morning.', '09:10'],
    ['The meeting ran from 7:45 to 8:37 pm.', '19:45'],
    ['The meeting ran from 11:30 to 1 pm.', '11:30'],
  ])('%s', (text, time) => {
    expect(findTimes(text)[0]?.time).toBe(time);
  });
});

describe('lengths', () => {
  it.each([
    ['The talks lasted approximately one and a half hours.', 90, true],
    ['We spoke for close to an hour.', 60, true],
    ['The two spent nearly two and a half hours together.', 150, true],
    ['The leaders held 90-minute delegation-level talks.', 90, false],
    ['Their meeting began at 7.45 pm and ended at 8.37 pm.', 52, false],
    ['The call ran from 10:05 to 10:40 a.m.', 35, false],
  ])('%s', (text, minutes, approximate) => {
    const found = findDurations(text);
    expect(found.map((d) => d.minutes)).toEqual([minutes]);
    expect(found[0]?.approximate).toBe(approximate);
  });

  it('a range reads no length from numbers that are not clock times, or an end before its start', () => {
    expect(findTimeRanges('Growth rose from 2 to 3 percent.')).toEqual([]);
    expect(findTimeRanges('The talk began at 9:40 pm and ended at 9:10 pm.')).toEqual([]);
  });

  it('a written length wins over a start and an end', () => {
    expect(
      findDurations('From 3:00 to 3:40 p.m., for about 40 minutes, they talked.').map((d) => d.minutes),
    ).toEqual([40]);
  });
});

describe('filed month', () => {
  it('reads a breadcrumb month, else an address month, as a year hint only', () => {
    expect(filedMonth(['Home > Highlights > Highlights March 2019 > Diary'], null)).toBe('2019-03-15');
    expect(filedMonth(['Title'], 'https://example.jp/html/201711/page.html')).toBe('2017-11-15');
    expect(filedMonth(['Home > News > Diary'], 'https://example.jp/page.html')).toBeNull();
  });
});

describe('transcripts and trips to come', () => {
  const base = { section: null, homeCountry: null, participants: [], url: null };
  const lines = [
    'Ministers open their meeting',
    'FOREIGN MINISTER SATO: Thank you for coming today. We spoke by telephone last week.',
    'SECRETARY JONES: It is good to see you again.',
  ];
  it('a lead in a speaker turn with no question is remarks', () => {
    expect(
      classifyDocType({ ...base, title: 'Ministers open their meeting', lines, lead: lines[1] as string }),
    ).toBe('other');
  });
  it('with a journalist asking, it is a press conference', () => {
    const asked = [...lines, 'JOURNALIST: What did you discuss?'];
    expect(
      classifyDocType({
        ...base,
        title: 'Ministers open their meeting',
        lines: asked,
        lead: asked[1] as string,
      }),
    ).toBe('press_conference');
  });
  it('a press conference on a visit still to come is not posted', () => {
    const title = 'Press Conference by the Prime Minister regarding His Upcoming Visit to Canada';
    expect(classifyDocType({ ...base, title, lines: [title], lead: null })).toBe('other');
  });
});
