import { describe, expect, it } from 'vitest';
import { findMonthDay, parseDateLine, yearNear } from '../../../src/readout/parse/dates.js';
import { parseKeyPoints } from '../../../src/readout/parse/key-points.js';
import {
  findDurations,
  findTimes,
  firstSentence,
  kindFromPhrase,
  type LeadContext,
  parseLead,
} from '../../../src/readout/parse/lead.js';
import { countryInPhrase, parseParticipant, parsePersonPhrase } from '../../../src/readout/parse/people.js';

// Sentences below are our own, in the shapes of docs/readout-shapes.md (§ numbers refer to it).

const mofa = (referenceDate: string | null, more: Partial<LeadContext> = {}): LeadContext => ({
  referenceDate,
  japaneseSource: true,
  sectionCountry: null,
  title: null,
  ...more,
});

describe('findTimes (§4)', () => {
  it.each([
    ['commencing at 8:50 a.m.', '08:50'],
    ['commencing at 9:20a.m. for', '09:20'],
    ['from 5 p.m. for 35 minutes', '17:00'],
    ['with the President at 4:20 P.M.', '16:20'],
    ['starting at 6:40 PM', '18:40'],
    ['from 02:00 p.m.', '14:00'],
    ['at 12 p.m.', '12:00'],
    ['at 12:30 a.m.', '00:30'],
    ['for approximately 20 minutes from 9:35', '09:35'],
    ['commencing at 23:10', '23:10'],
  ])('%s → %s, not approximate, no warning', (text, time) => {
    const [found, ...more] = findTimes(text);
    expect(more).toEqual([]);
    expect(found).toMatchObject({ time, approximate: false, warning: null });
  });

  it.each([
    ['at 0:10 p.m.', '12:10', /hour 0 with p\.m\./],
    ['at 16:46 a.m.', '16:46', /24-hour hour with a\.m\./],
    ['at 19:05 p.m.', '19:05', /24-hour hour with p\.m\./],
  ])('%s → %s with a warning', (text, time, warning) => {
    const [found] = findTimes(text);
    expect(found?.time).toBe(time);
    expect(found?.warning).toMatch(warning);
  });

  it.each([
    ['commencing at around 10 a.m.', '10:00'],
    ['commencing at shortly after 8:50 a.m.', '08:50'],
    ['commencing from just after 11:30 p.m.', '23:30'],
    ['from approximately 9:00 a.m.', '09:00'],
    ['around 8 p.m.', '20:00'],
  ])('%s keeps the time %s and flags it approximate', (text, time) => {
    expect(findTimes(text)[0]).toMatchObject({ time, approximate: true });
  });

  it('finds no time in numbers that are not times', () => {
    expect(findTimes('the two leaders agreed on 3 points and a 2:1 ratio')).toEqual([]);
    expect(findTimes('at 25:00')).toEqual([]);
  });

  it('marks a time inside parentheses with the parenthesis text', () => {
    const times = findTimes('commencing at 12:25 p.m. (local time; 7:25 p.m. JST)');
    expect(times.map((t) => [t.time, t.inParens])).toEqual([
      ['12:25', false],
      ['19:25', true],
    ]);
    expect(times[1]?.parenText).toBe('local time; 7:25 p.m. JST');
  });
});

describe('findDurations (§5)', () => {
  it.each([
    ['for approximately 30 minutes', 30, true],
    ['for about 25 minutes', 25, true],
    ['for around 30 minutes', 30, true],
    ['for 35 minutes', 35, false],
    ['For five minutes this morning from 9:30', 5, false],
    ['for the total of one hour and 45 minutes', 105, false],
    ['for a total of approximately 1 hour and 10 minutes', 70, true],
    ['approximately 3 hours', 180, true],
    ['approximately 75 minutes', 75, true],
    ['for just under 30 minutes', 30, true],
    ['for over 30 minutes', 30, true],
    ['for an hour and a half', 90, false],
    ['had a 15-minute phone call with', 15, false],
    ['held an hour-long conversation with', 60, false],
    ['The call lasted 45 minutes.', 45, false],
  ])('%s → %i minutes, approximate %s', (text, minutes, approximate) => {
    expect(findDurations(text).map(({ minutes, approximate }) => ({ minutes, approximate }))).toEqual([
      { minutes, approximate },
    ]);
  });

  it.each([
    ['including a 20-minute tête-à-tête'],
    ['The first 20 minutes were between the two leaders alone.'],
    ['commencing at 8:50 a.m.'],
  ])('finds no duration in %j', (text) => {
    expect(findDurations(text)).toEqual([]);
  });

  it('finds each segment of a meeting followed by a lunch', () => {
    const text =
      'for approximately 50 minutes, followed by a working lunch that commenced at 1:00 p.m. for approximately 80 minutes';
    expect(findDurations(text).map((d) => d.minutes)).toEqual([50, 80]);
  });
});

describe('parseLead: time, duration and zone (§4–§6)', () => {
  it('reads a duration written before the time', () => {
    const facts = parseLead(
      "On September 25, for approximately 30 minutes from 8:30 p.m., Mr. SUGA Yoshihide, Prime Minister of Japan, held a telephone talk with Mr. Xi Jinping, President of the People's Republic of China.",
      mofa('2020-09-25'),
    );
    expect(facts).toMatchObject({
      date: '2020-09-25',
      start: { time: '20:30', approximate: false, timeZone: 'Asia/Tokyo' },
      durationMinutes: 30,
      durationApproximate: true,
      kind: 'telephone',
      warnings: [],
    });
  });

  it('reads "(JST)" after the time as Japan time', () => {
    const facts = parseLead(
      'On October 5, commencing at 7:05 a.m. (JST) for approximately 20 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with the Honorable Joseph R. Biden, Jr., President of the United States of America.',
      mofa('2021-10-05'),
    );
    expect(facts.start).toEqual({ time: '07:05', approximate: false, timeZone: 'Asia/Tokyo' });
    expect(facts.durationMinutes).toBe(20);
  });

  it('takes the local time and the city zone of a meeting abroad, not the JST in parentheses', () => {
    const facts = parseLead(
      'On May 2, commencing at 12:25 p.m. (local time; 7:25 p.m. JST) for approximately 55 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Berlin, held a summit meeting with H.E. Mr. Olaf Scholz, Chancellor of the Federal Republic of Germany.',
      mofa('2023-05-03'),
    );
    expect(facts).toMatchObject({
      date: '2023-05-02',
      start: { time: '12:25', approximate: false, timeZone: 'Europe/Berlin' },
      durationMinutes: 55,
      kind: 'meeting',
    });
  });

  it('keeps the local date when the JST date in parentheses is the next day', () => {
    const facts = parseLead(
      "On November 16, commencing at 5:35 p.m. (local time; 10:35 a.m. on November 17, JST) for approximately 65 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting San Francisco, held a meeting with Mr. Xi Jinping, President of the People's Republic of China.",
      mofa('2023-11-17'),
    );
    expect(facts.date).toBe('2023-11-16');
    expect(facts.start).toEqual({ time: '17:35', approximate: false, timeZone: 'America/Los_Angeles' });
  });

  it('reads the inverted form: JST first, local time and date in parentheses', () => {
    const facts = parseLead(
      'On May 24, commencing at 6:00 a.m. (5:00 p.m. on May 23, local time) for approximately 40 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting New York, held a summit meeting with H.E. Mr. Luiz Inácio Lula da Silva, President of the Federative Republic of Brazil.',
      mofa('2023-05-24'),
    );
    expect(facts.start).toEqual({ time: '17:00', approximate: false, timeZone: 'America/New_York' });
    expect(facts.date).toBe('2023-05-23');
  });

  it('reads a time placed after the counterpart, in capitals', () => {
    const facts = parseLead(
      'On June 5, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with H.E. Mr. Moon Jae-in, President of the Republic of Korea, at 4:20 P.M. for approximately 15 minutes.',
      mofa('2017-06-05'),
    );
    expect(facts.start).toEqual({ time: '16:20', approximate: false, timeZone: 'Asia/Tokyo' });
    expect(facts.durationMinutes).toBe(15);
    expect(facts.participants.map((p) => p.name)).toEqual(['Shinzo Abe', 'Moon Jae-in']);
  });

  it('reads a 24-hour time with no a.m./p.m. after the duration', () => {
    const facts = parseLead(
      'On April 10, Prime Minister Shinzo Abe held a telephone conference with the Honorable John Kerry, Secretary of State of the United States, for approximately 20 minutes from 9:35.',
      mofa('2015-04-10'),
    );
    expect(facts.start?.time).toBe('09:35');
    expect(facts.durationMinutes).toBe(20);
  });

  it('sums the segments of a meeting followed by a working lunch, and says so', () => {
    const facts = parseLead(
      'On June 14, commencing at 3:00 p.m. local time, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with the Rt Hon Rishi Sunak MP, Prime Minister of the United Kingdom, in London, for approximately 50 minutes, followed by a working lunch that commenced at 4:00 p.m. for approximately 80 minutes.',
      mofa('2023-06-14'),
    );
    expect(facts.start).toEqual({ time: '15:00', approximate: false, timeZone: 'Europe/London' });
    expect(facts.durationMinutes).toBe(130);
    expect(facts.warnings.join('\n')).toMatch(/summed from 2 segments/);
  });

  it('takes the part the title names when a dinner follows the meeting, and keeps every part', () => {
    const facts = parseLead(
      'On May 9, commencing at 6:30 p.m., Prime Minister ISHIBA Shigeru held a summit meeting (for approximately 60 minutes) and dinner (for approximately 70 minutes) with H.E. Mr. Yoon Suk Yeol, President of the Republic of Korea, who is visiting Japan.',
      mofa('2024-05-09', { title: 'Japan-ROK Summit Meeting' }),
    );
    expect(facts.durationMinutes).toBe(60);
    expect(facts.segments).toEqual([
      { name: 'summit meeting', start: '18:30', minutes: 60 },
      { name: 'dinner', start: null, minutes: 70 },
    ]);
  });

  it('sums the parts when the title names each of them, and gives each its start', () => {
    const facts = parseLead(
      'On July 2, Prime Minister KISHIDA Fumio held a Japan-Philippines Summit Meeting with H.E. Mr. Ferdinand Romualdez Marcos Jr., President of the Republic of the Philippines (tête-à-tête meeting: approximately 20 minutes from 4:10 p.m.; expanded meeting: approximately 45 minutes from 4:35 p.m.).',
      mofa('2024-07-02', { title: 'Japan-Philippines Summit Meeting' }),
    );
    expect(facts.durationMinutes).toBe(65);
    expect(facts.segments?.map((s) => [s.name, s.start, s.minutes])).toEqual([
      ['tête-à-tête meeting', '16:10', 20],
      ['expanded meeting', '16:35', 45],
    ]);
  });

  it('gives no parts for a talk of one duration', () => {
    const facts = parseLead(
      'On November 8, commencing at 8:00 p.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with the Hon. Anthony Albanese, Prime Minister of Australia.',
      mofa('2023-11-08'),
    );
    expect(facts.durationMinutes).toBe(30);
    expect(facts.segments).toBeUndefined();
  });

  it('does not count a tête-à-tête inside the meeting as more time', () => {
    const facts = parseLead(
      'On March 19, commencing at 6:10 p.m. (local time; 9:40 p.m. JST) for approximately 90 minutes, including a 20-minute tête-à-tête, KISHIDA Fumio, Prime Minister, who is visiting New Delhi, held a summit meeting with H.E. Mr. Narendra Modi, Prime Minister of the Republic of India.',
      mofa('2022-03-19'),
    );
    expect(facts.durationMinutes).toBe(90);
    expect(facts.start?.timeZone).toBe('Asia/Kolkata');
  });

  it('gives a null duration and a null start with warnings when the lead states none', () => {
    const facts = parseLead(
      'On July 27, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, paid a courtesy call on H.E. Mr. Narendra Modi, Prime Minister of the Republic of India.',
      mofa('2023-07-28'),
    );
    expect(facts.durationMinutes).toBeNull();
    expect(facts.durationApproximate).toBe(false);
    expect(facts.start).toBeNull();
    expect(facts.warnings).toEqual(expect.arrayContaining(['no duration stated', 'no start time stated']));
  });

  it('does not guess the zone of a meeting whose place is not named', () => {
    const facts = parseLead(
      'On May 9, commencing at 10:00 a.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Mr. Anthony Albanese, Prime Minister of Australia.',
      mofa('2023-05-09'),
    );
    expect(facts.start).toEqual({ time: '10:00', approximate: false, timeZone: null });
    expect(facts.warnings.join('\n')).toMatch(/time zone/);
  });

  it('passes on the warning of an odd time', () => {
    const facts = parseLead(
      'On April 2, commencing at 16:46 a.m. for approximately 10 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with H.E. Mr. Yoon Suk Yeol, President of the Republic of Korea.',
      mofa('2023-04-02'),
    );
    expect(facts.start?.time).toBe('16:46');
    expect(facts.warnings.join('\n')).toMatch(/16:46 a\.m\./);
  });
});

describe('parseLead: dates (§3)', () => {
  const withDate = (date: string) =>
    `On ${date}, commencing at 7:15 p.m. for about 25 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with H.E. Dr. Angela Merkel, Chancellor of the Federal Republic of Germany.`;

  it.each([
    ['Monday, March 16', '2020-03-17', '2020-03-16'],
    ['February 13th', '2025-02-13', '2025-02-13'],
    ['September 22nd', '2023-09-23', '2023-09-22'],
    ['March 9, 2018', null, '2018-03-09'],
    ['January 21, 2022', '2023-06-01', '2022-01-21'],
  ])('"On %s" with reference %s → %s', (text, reference, date) => {
    expect(parseLead(withDate(text), mofa(reference)).date).toBe(date);
  });

  it('takes the year from the reference date', () => {
    expect(parseLead(withDate('March 16'), mofa('2020-03-17')).date).toBe('2020-03-16');
    expect(parseLead(withDate('March 16'), mofa('2019-03-16')).date).toBe('2019-03-16');
  });

  it('keeps the old year for a December 31 talk published on January 1', () => {
    expect(parseLead(withDate('December 31'), mofa('2024-01-01')).date).toBe('2023-12-31');
  });

  it('gives no date, with a warning, when neither the lead nor a reference gives the year', () => {
    const facts = parseLead(withDate('March 16'), mofa(null));
    expect(facts.date).toBeNull();
    expect(facts.warnings.join('\n')).toMatch(/no year/);
  });

  it('does not take a date that comes after the verb as the event date', () => {
    const facts = parseLead(
      'Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with H.E. Dr. Angela Merkel, Chancellor of the Federal Republic of Germany, ahead of the summit on March 20.',
      mofa('2020-03-16'),
    );
    expect(facts.date).toBeNull();
    expect(facts.warnings).toContain('no event date in the lead sentence');
  });
});

describe('parseLead: principals (§7)', () => {
  it('reads "Mr." with a family name first in capitals and "H.E. Mr."', () => {
    const facts = parseLead(
      'On October 2, commencing from just after 11:30 p.m. for approximately 20 minutes, Mr. ISHIBA Shigeru, Prime Minister of Japan, held a telephone talk with H.E. Mr. Yoon Suk Yeol, President of the Republic of Korea.',
      mofa('2024-10-03'),
    );
    expect(facts.participants).toEqual([
      { name: 'ISHIBA Shigeru', honorific: 'Mr.', title: 'Prime Minister of Japan', country: 'JP' },
      {
        name: 'Yoon Suk Yeol',
        honorific: 'H.E. Mr.',
        title: 'President of the Republic of Korea',
        country: 'KR',
      },
    ]);
  });

  it('reads "the Honorable" and a name with "Jr." after a comma', () => {
    const facts = parseLead(
      'On October 5, commencing at 7:05 a.m. for approximately 20 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with the Honorable Joseph R. Biden, Jr., President of the United States of America.',
      mofa('2021-10-05'),
    );
    expect(facts.participants[1]).toEqual({
      name: 'Joseph R. Biden, Jr.',
      honorific: 'the Honorable',
      title: 'President of the United States of America',
      country: 'US',
    });
  });

  it('reads "the Rt Hon … MP" without the MP', () => {
    const facts = parseLead(
      'On September 23, commencing at 10:20 a.m. (local time; 11:20 p.m. JST) for approximately 25 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting New York to attend the UN General Assembly, held a summit meeting with the Rt Hon Keir Starmer MP, Prime Minister of the United Kingdom of Great Britain and Northern Ireland.',
      mofa('2024-09-24'),
    );
    expect(facts.participants[1]).toEqual({
      name: 'Keir Starmer',
      honorific: 'the Rt Hon',
      title: 'Prime Minister of the United Kingdom of Great Britain and Northern Ireland',
      country: 'GB',
    });
    expect(facts.start?.timeZone).toBe('America/New_York');
  });

  it('reads "Mr." for Xi as an honorific, not a rank', () => {
    const facts = parseLead(
      "On September 25, for approximately 30 minutes from 8:30 p.m., Mr. SUGA Yoshihide, Prime Minister of Japan, held a telephone talk with Mr. Xi Jinping, President of the People's Republic of China.",
      mofa('2020-09-25'),
    );
    expect(facts.participants[1]).toEqual({
      name: 'Xi Jinping',
      honorific: 'Mr.',
      title: "President of the People's Republic of China",
      country: 'CN',
    });
  });

  it('reads the Kantei form with no "Mr." and a bare "Prime Minister"', () => {
    const facts = parseLead(
      'On January 6, commencing at 9:20a.m. for approximately 80 minutes, KISHIDA Fumio, Prime Minister, held a summit video teleconference meeting with the Hon Scott Morrison MP, Prime Minister of Australia.',
      mofa('2022-01-06'),
    );
    expect(facts.participants).toEqual([
      { name: 'KISHIDA Fumio', honorific: null, title: 'Prime Minister', country: 'JP' },
      { name: 'Scott Morrison', honorific: 'the Hon', title: 'Prime Minister of Australia', country: 'AU' },
    ]);
  });

  it('reads a title written before the name', () => {
    const facts = parseLead(
      'On April 10, Prime Minister Shinzo Abe held a telephone conference with the Honorable John Kerry, Secretary of State of the United States, for approximately 20 minutes from 9:35.',
      mofa('2015-04-10'),
    );
    expect(facts.participants[0]).toEqual({
      name: 'Shinzo Abe',
      honorific: null,
      title: 'Prime Minister',
      country: 'JP',
    });
  });

  it('does not take people mentioned after the lead as principals', () => {
    const facts = parseLead(
      'On May 9, commencing at 10:00 a.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Mr. Anthony Albanese, Prime Minister of Australia. Mr. Richard Marles, Deputy Prime Minister, and Mr. KIHARA Seiji, Chief Cabinet Secretary, also attended.',
      mofa('2023-05-09'),
    );
    expect(facts.participants.map((p) => p.name)).toEqual(['KISHIDA Fumio', 'Anthony Albanese']);
  });

  it('does not take an attendee in a "which was also attended by" clause as a principal', () => {
    const facts = parseLead(
      'On May 9, commencing at 10:00 a.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Mr. Anthony Albanese, Prime Minister of Australia, which was also attended by Mr. Richard Marles, Deputy Prime Minister of Australia.',
      mofa('2023-05-09'),
    );
    expect(facts.participants.map((p) => p.name)).toEqual(['KISHIDA Fumio', 'Anthony Albanese']);
  });

  it("gives the counterpart the section line's country when the title names none", () => {
    const facts = parseLead(
      'On March 2, commencing at 9:00 p.m. for approximately 20 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with H.E. Mr. Pham Minh Chinh, Prime Minister.',
      mofa('2023-03-02', { sectionCountry: 'VN' }),
    );
    expect(facts.participants[1]?.country).toBe('VN');
  });

  it('leaves an unknown country null and says so', () => {
    const facts = parseLead(
      'On January 5, commencing at 9:00 p.m. for approximately 20 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with H.E. Mr. Someone Else, President of Atlantis.',
      mofa('2023-01-05'),
    );
    expect(facts.participants[1]).toMatchObject({ name: 'Someone Else', country: null });
    expect(facts.warnings).toContain('country of Someone Else not stated');
  });

  it('says so when it finds no principals', () => {
    const facts = parseLead('The weather in Tokyo was fine.', mofa('2023-01-05'));
    expect(facts.participants).toEqual([]);
    expect(facts.warnings).toContain('no principals found in the lead sentence');
  });
});

describe('parseLead: kind of talk (§8)', () => {
  const lead = (verb: string) =>
    `On November 8, commencing at 4:45 p.m. for approximately 20 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, ${verb} the Honorable Antony J. Blinken, Secretary of State of the United States of America.`;

  it.each([
    ['held a telephone talk with', 'telephone'],
    ['held telephone talks with', 'telephone'],
    ['had a telephone conference with', 'telephone'],
    ['held a summit video teleconference meeting with', 'video'],
    ['held a meeting via VTC with', 'video'],
    ['held a summit meeting with', 'meeting'],
    ['held a working lunch with', 'meeting'],
    ['held informal talks with', 'meeting'],
    ['received a courtesy call from', 'courtesy_call'],
    ['paid a courtesy call on', 'courtesy_call'],
  ])('"%s" → %s', (verb, kind) => {
    expect(parseLead(lead(verb), mofa('2023-11-08')).kind).toBe(kind);
  });

  it('trusts a telephone title over a bare "held talks"', () => {
    const facts = parseLead(
      lead('held talks with'),
      mofa('2023-11-08', { title: 'Japan-U.S. Foreign Ministers’ Telephone Talk' }),
    );
    expect(facts.kind).toBe('telephone');
  });

  it('decides from the verb phrase, not from an "overview of the meeting" sentence', () => {
    const facts = parseLead(
      `${lead('held a telephone talk with')} The overview of the meeting is as follows.`,
      mofa('2023-11-08'),
    );
    expect(facts.kind).toBe('telephone');
  });

  it.each([
    ['Summit Video Teleconference Meeting', 'video'],
    ['Japan-Australia Summit Telephone Talk', 'telephone'],
    ['Courtesy Call on Prime Minister Modi', 'courtesy_call'],
    ['Japan-China Summit Meeting and Dinner', 'meeting'],
    ['Statement by the Press Secretary', 'other'],
    // Phone words of pages in other scripts (a news copy in Hindi, Russian, Greek, Tagalog).
    ['प्रधानमंत्री ने फोन पर बात की', 'telephone'],
    ['телефонный разговор', 'telephone'],
    ['τηλεφωνική επικοινωνία', 'telephone'],
    ['nag-usap sa telepono', 'telephone'],
    ['दोनों नेताओं ने चर्चा की', 'other'],
  ])('kindFromPhrase(%j) → %s', (phrase, kind) => {
    expect(kindFromPhrase(phrase)).toBe(kind);
  });
});

describe('firstSentence', () => {
  it('does not cut at "a.m.", "Mr.", "H.E.", "Joseph R.", "Jr." or "U.S." inside the sentence', () => {
    const lead =
      'On October 5, commencing at 7:05 a.m. for approximately 20 minutes, Mr. KISHIDA Fumio held a telephone talk with H.E. Mr. Yoon and the Honorable Joseph R. Biden, Jr., President of the U.S. of America. The overview is as follows.';
    expect(firstSentence(lead)).toBe(lead.slice(0, lead.indexOf(' The overview')));
  });
});

describe('people (§7)', () => {
  it.each([
    ['H.E. Mr. Yoon Suk Yeol', 'Yoon Suk Yeol', 'H.E. Mr.', null],
    ['the Honorable Antony J. Blinken', 'Antony J. Blinken', 'the Honorable', null],
    ['The Honorable Antony J. Blinken', 'Antony J. Blinken', 'The Honorable', null],
    ['the Rt Hon Keir Starmer MP', 'Keir Starmer', 'the Rt Hon', null],
    ['the Hon. Anthony Albanese, MP', 'Anthony Albanese', 'the Hon.', null],
    ['Senator the Hon Penny Wong', 'Penny Wong', 'Senator the Hon', null],
    ['Hon. Enrique A. Manalo', 'Enrique A. Manalo', 'Hon.', null],
    ['H.E. Ms. Mr. Olaf Scholz', 'Olaf Scholz', 'H.E. Ms. Mr.', null],
    ['Mr. Xi Jinping', 'Xi Jinping', 'Mr.', null],
    ['Mr. KISHIDA Fumio', 'KISHIDA Fumio', 'Mr.', null],
    ['Prime Minister Shinzo Abe', 'Shinzo Abe', null, 'Prime Minister'],
    ['former Foreign Minister HAYASHI Yoshimasa', 'HAYASHI Yoshimasa', null, 'former Foreign Minister'],
  ])('parsePersonPhrase(%j) → %s', (phrase, name, honorific, prefixTitle) => {
    expect(parsePersonPhrase(phrase)).toMatchObject({ name, honorific, prefixTitle });
  });

  it('reads a country named after the name', () => {
    expect(parsePersonPhrase("President Xi Jinping of the People's Republic of China")).toMatchObject({
      name: 'Xi Jinping',
      prefixTitle: 'President',
      ofCountry: 'CN',
    });
  });

  it('finds no person in a phrase without a name', () => {
    expect(parsePersonPhrase('his counterpart')).toBeNull();
  });

  it('joins "Jr." to the name and takes the title segment after it', () => {
    expect(
      parseParticipant(['the Honorable Joseph R. Biden', 'Jr.', 'President of the United States of America']),
    ).toEqual({
      participant: {
        name: 'Joseph R. Biden, Jr.',
        honorific: 'the Honorable',
        title: 'President of the United States of America',
        country: 'US',
      },
      used: 3,
    });
  });

  it.each([
    ['Prime Minister of Japan', 'JP'],
    ['Secretary of State of the United States of America', 'US'],
    ["President of the People's Republic of China", 'CN'],
    ['Prime Minister of the Commonwealth of Australia', 'AU'],
    ['Chancellor of the Federal Republic of Germany', 'DE'],
    ['President of the European Commission', 'EU'],
    ['Japanese Foreign Minister', 'JP'],
    ['Minister of Foreign Affairs of Atlantis', null],
  ])('countryInPhrase(%j) → %s', (phrase, code) => {
    expect(countryInPhrase(phrase)).toBe(code);
  });
});

describe('dates (§3)', () => {
  it.each([
    ['March 9, 2018', '2018-03-09'],
    ['Monday, March 16, 2020', '2020-03-16'],
    ['September 22nd, 2023', '2023-09-22'],
    ['Sept. 22, 2023', '2023-09-22'],
    ['26 May 2020', '2020-05-26'],
    ['2018-03-09', '2018-03-09'],
    ['February 30, 2020', null],
    ['March 9', null],
    ['Back to Japan-United States of America Relations', null],
  ])('parseDateLine(%j) → %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it('finds the first month-day with or without a year', () => {
    expect(findMonthDay('On Saturday, November 12, commencing at')).toMatchObject({
      month: 10,
      day: 12,
      year: null,
    });
    expect(findMonthDay('On February 13th, from 5 p.m.')).toMatchObject({ month: 1, day: 13, year: null });
    expect(findMonthDay('On January 21, 2022, the Prime Minister')).toMatchObject({
      month: 0,
      day: 21,
      year: 2022,
    });
    expect(findMonthDay('no date here')).toBeNull();
  });

  it('gives a year-less date the year nearest the reference', () => {
    expect(yearNear(11, 31, '2024-01-01')).toBe(2023);
    expect(yearNear(0, 1, '2023-12-31')).toBe(2024);
    expect(yearNear(2, 9, '2018-03-10')).toBe(2018);
  });
});

describe('parseKeyPoints (§10)', () => {
  const parse = (text: string) => parseKeyPoints(text.split('\n'));
  const point = (n: number, text: string, subPoints: string[] = [], heading: string | null = null) => ({
    n,
    heading,
    text,
    subPoints,
  });

  it('reads "1." lines, skipping blank lines', () => {
    expect(parse('1. The leaders agreed to cooperate.\n\n2. They will meet again.\n')).toEqual({
      keyPoints: [point(1, 'The leaders agreed to cooperate.'), point(2, 'They will meet again.')],
      prose: [],
    });
  });

  it('keeps a second paragraph with its point', () => {
    expect(
      parse('1. The President explained.\nHe also added more.\n2. The Prime Minister thanked him.'),
    ).toEqual({
      keyPoints: [
        point(1, 'The President explained.\nHe also added more.'),
        point(2, 'The Prime Minister thanked him.'),
      ],
      prose: [],
    });
  });

  it('reads "1 " numbers with no period', () => {
    expect(parse('1 The leaders agreed to cooperate.\n2 They will meet again.').keyPoints).toEqual([
      point(1, 'The leaders agreed to cooperate.'),
      point(2, 'They will meet again.'),
    ]);
  });

  it.each([['-'], ['•']])('reads "%s" bullets', (bullet) => {
    expect(parse(`${bullet} The ministers spoke.\n${bullet} They agreed.`).keyPoints).toEqual([
      point(1, 'The ministers spoke.'),
      point(2, 'They agreed.'),
    ]);
  });

  it('reads "(1)" sub-points under a numbered item', () => {
    expect(
      parse(
        '1. On North Korea, the two leaders:\n(1) condemned the launches;\n(2) agreed to coordinate.\n2. Next.',
      ).keyPoints,
    ).toEqual([
      point(1, 'On North Korea, the two leaders:', ['condemned the launches;', 'agreed to coordinate.']),
      point(2, 'Next.'),
    ]);
  });

  it('reads "• (1)" sub-points under a bullet', () => {
    expect(parse('• The ministers agreed on three things.\n• (1) trade;\n• (2) security.').keyPoints).toEqual(
      [point(1, 'The ministers agreed on three things.', ['trade;', 'security.'])],
    );
  });

  it('reads duplicated "1. (1)" sub-points', () => {
    expect(parse('1. On trade.\n1. (1) first;\n1. (2) second.\n2. Last.').keyPoints).toEqual([
      point(1, 'On trade.', ['first;', 'second.']),
      point(2, 'Last.'),
    ]);
  });

  it('reads sectioned headings with prose or sub-points below', () => {
    expect(
      parse(
        [
          '1. Opening remarks',
          'Prime Minister Kishida welcomed the President.',
          'The President thanked him.',
          '2. Bilateral relations',
          '(1) The economy.',
          '(2) Security.',
          '3. Regional situation',
          'They exchanged views.',
        ].join('\n'),
      ).keyPoints,
    ).toEqual([
      point(
        1,
        'Prime Minister Kishida welcomed the President.\nThe President thanked him.',
        [],
        'Opening remarks',
      ),
      point(2, '', ['The economy.', 'Security.'], 'Bilateral relations'),
      point(3, 'They exchanged views.', [], 'Regional situation'),
    ]);
  });

  it('does not take short numbered points that follow one another for headings', () => {
    expect(parse('1. Opening remarks\n2. Bilateral relations').keyPoints).toEqual([
      point(1, 'Opening remarks'),
      point(2, 'Bilateral relations'),
    ]);
  });

  it('gives the bullets after "X stated the following:" to that item', () => {
    expect(
      parse(
        '1. Prime Minister Kishida stated the following:\n- "Japan stands with you."\n- "We will cooperate."\n2. The President responded.',
      ).keyPoints,
    ).toEqual([
      point(1, 'Prime Minister Kishida stated the following:', [
        '"Japan stands with you."',
        '"We will cooperate."',
      ]),
      point(2, 'The President responded.'),
    ]);
  });

  it('returns prose before the first point as prose', () => {
    expect(parse('The two leaders had a warm exchange.\n1. First.\n2. Second.')).toEqual({
      keyPoints: [point(1, 'First.'), point(2, 'Second.')],
      prose: ['The two leaders had a warm exchange.'],
    });
  });

  it('returns a readout without points as prose only', () => {
    expect(parse('The Prime Minister spoke to the President today.\nThey discussed trade.')).toEqual({
      keyPoints: [],
      prose: ['The Prime Minister spoke to the President today.', 'They discussed trade.'],
    });
  });
});
