import { describe, expect, it } from 'vitest';
import {
  dayOfStartTime,
  daysAgo,
  glossesDay,
  numericDateLine,
  parseDateLine,
  vagueTime,
} from '../../../src/readout/parse/dates.js';
import { dateFromTitle } from '../../../src/readout/parse/header.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { wireDateline } from '../../../src/readout/parse/lead.js';

// The day of a talk, in the shapes real pages write it (our own sentences): a page's date line in
// its many forms, a wire's dateline with its year and agency, a day named and then written out,
// a day counted back in words, and a time that names no day.

/** A plain-text page: an optional header line, then the lead. */
function parse(lead: string, published: string | null, header: string[] = [], url: string | null = null) {
  return parseReadout({ content: [...header, lead].join('\n\n'), url, published, feedTitle: null });
}

describe('a page date line, with what sites write around it', () => {
  it.each([
    ['2022-01-08T20:01:00Z', '2022-01-08'],
    ['08 Jan 2022 • 8:01 PM', '2022-01-08'],
    ['January 8, 2022 at 8:01 pm', '2022-01-08'],
    ['January 8, 2022 / 8:01 PM / Updated 2 years ago', '2022-01-08'],
    ['8th January 2022', '2022-01-08'],
    ['Saturday, 8th January 2022', '2022-01-08'],
  ])('%s', (line, date) => {
    expect(parseDateLine(line)).toBe(date);
  });

  it.each([
    'Last Updated : 08 Jan 2022, 20:01',
    'Posted on January 8, 2022 by admin',
    'First published on Sat 8 Jan 2022 20.01 GMT',
  ])('a labelled one: %s', (line) => {
    const lead = 'Secretary of State Antony Blinken spoke today with High Representative Josep Borrell.';
    expect(parse(lead, null, ['World news', line]).date).toBe('2022-01-08');
  });

  it('a page line of the talk is no date line', () => {
    expect(parseDateLine('The ministers met on 8 January 2022 in Paris.')).toBeNull();
  });
});

describe('a date line in figures', () => {
  it.each([
    ['2022/01/08', null, '2022-01-08'],
    ['08.01.2022', null, '2022-01-08'],
    ['08.01.2022 20:01', null, '2022-01-08'],
    ['25/12/2021', null, '2021-12-25'],
    ['12/25/2021', null, '2021-12-25'],
    ['01/08/2022 08:01 PM EST', null, '2022-01-08'],
    // Either could be the month: the reading near the feed's date or the address's month.
    ['01/08/2022', '2022-01-09', '2022-01-08'],
    ['01/08/2022', '2022-08-02', '2022-08-01'],
  ])('%s (hint %s)', (line, hint, date) => {
    expect(numericDateLine(line, hint)).toBe(date);
  });

  it('gives none where the order cannot be told, or the line is no date', () => {
    expect(numericDateLine('01/08/2022', null)).toBeNull();
    expect(numericDateLine('01/08/2022 20:01', null)).toBeNull();
    expect(numericDateLine('Call 01/08/2022', null)).toBeNull();
    expect(numericDateLine('1/2/3', null)).toBeNull();
  });

  it('dates a State readout whose only date is its figures, month first by its address', () => {
    const r = parse(
      'The Secretary of State spoke today with the High Representative of the European Union, Josep Borrell.',
      null,
      ['Department news', '01/08/2022'],
      'https://example.org/2022/01/secretary-call.html',
    );
    expect(r.published).toBe('2022-01-08');
    expect(r.date).toBe('2022-01-08');
  });
});

describe('a wire dateline with its year and agency', () => {
  it.each([
    [
      'SINGAPORE, June 3, 2021 /PRNewswire/ -- The minister spoke by phone with X.',
      'The minister spoke by phone with X.',
      '2021-06-03',
    ],
    ['HANOI, Jun 3, 2021, VNS. The Prime Minister met X.', 'The Prime Minister met X.', '2021-06-03'],
    ['Tokyo, 3 June 2021 (ABC): The minister met X.', 'The minister met X.', '2021-06-03'],
  ])('%s', (lead, rest, date) => {
    const got = wireDateline(lead, '2021-06-04');
    expect(got.rest).toBe(rest);
    expect(got.date).toBe(date);
  });

  it('the talk is dated by the lead, not by the day the wire filed it', () => {
    const r = parse(
      'SINGAPORE, June 3, 2021 /PRNewswire/ -- Foreign Minister Vivian Balakrishnan spoke with Foreign Minister Wang Yi of China on 25 May 2021 by telephone.',
      '2021-06-03',
    );
    expect(r.date).toBe('2021-05-25');
  });

  it('a weekday counts back from the dateline’s day', () => {
    const r = parse(
      'Tokyo, 3 June 2021 (ABC): Foreign Minister Toshimitsu Motegi held a telephone conversation on Tuesday with Secretary of State Antony Blinken.',
      '2021-06-04',
    );
    expect(r.date).toBe('2021-06-01');
  });
});

describe('a day named, then written out', () => {
  it('finds the written day right after the word', () => {
    const text = 'The leaders spoke today (4 June) about trade.';
    expect(glossesDay(text, text.indexOf('today') + 5, text.indexOf('4 June'))).toBe(true);
    const far = 'The leaders spoke today about the summit on 4 June.';
    expect(glossesDay(far, far.indexOf('today') + 5, far.indexOf('4 June'))).toBe(false);
  });

  it.each([
    ['The Prime Minister spoke to Chancellor Olaf Scholz today (4 June) from the summit.', '2021-06-04'],
    ['The Prime Minister spoke to Chancellor Olaf Scholz yesterday (Thursday, 3 June).', '2021-06-03'],
    ['The Prime Minister spoke to Chancellor Olaf Scholz on Thursday (June 3).', '2021-06-03'],
  ])('%s', (lead, date) => {
    // Published late on the day before in the feed's zone: the written day is one after.
    expect(parse(lead, '2021-06-03').date).toBe(date);
  });
});

describe('the day of the talk’s own start, in a Japanese lead', () => {
  it('finds a date just after the start time', () => {
    const text = 'for about 20 minutes starting at 8:30 p.m. on May 12 (Wed), concerning';
    expect(dayOfStartTime(text, text.indexOf('May 12'))).toBe(true);
    const other = 'ahead of the summit on May 12';
    expect(dayOfStartTime(other, other.indexOf('May 12'))).toBe(false);
  });

  it('dates a ministry lead by it, not leaving it undated', () => {
    const r = parseReadout({
      content: [
        'Telephone Conversation Between the Foreign Ministers of Japan and Brazil',
        'May 12, 2021',
        'Mr. Toshimitsu Motegi, Minister for Foreign Affairs of Japan, held a telephone conversation with Mr. Carlos França, Minister of External Relations of Brazil, for about 20 minutes starting at 8:30 p.m. on May 12 (Wed). The overview is as follows.',
      ].join('\n\n'),
      url: 'https://www.mofa.go.jp/press/release/page1e_000001.html',
      published: '2021-05-12',
    });
    expect(r.date).toBe('2021-05-12');
    expect(r.start?.time).toBe('20:30');
  });
});

describe('days counted back in words', () => {
  it.each([
    ['They spoke the day before yesterday.', 2],
    ['They spoke three days ago.', 3],
    ['They spoke 2 days ago.', 2],
    ['They spoke yesterday.', null],
  ])('%s', (text, days) => {
    expect(daysAgo(text)).toBe(days);
  });

  it('dates the talk two days before the page', () => {
    expect(
      parse('Chancellor Olaf Scholz spoke with President Joe Biden two days ago.', '2024-03-06').date,
    ).toBe('2024-03-04');
  });

  it('"last Wednesday" on a Wednesday is the week before', () => {
    expect(
      parse('Chancellor Olaf Scholz spoke with President Joe Biden last Wednesday.', '2024-03-06').date,
    ).toBe('2024-02-28');
  });
});

describe('a weekday that owns the talk', () => {
  it('dates it: "in Thursday’s phone call"', () => {
    const r = parse(
      'In Thursday’s phone call, Chancellor Olaf Scholz told President Joe Biden that Germany would raise its aid.',
      '2024-03-08',
    );
    expect(r.date).toBe('2024-03-07');
  });

  it('after a part of its day: "in the early hours of Thursday"', () => {
    const r = parse(
      'Chancellor Olaf Scholz spoke with President Joe Biden by phone in the early hours of Thursday.',
      '2024-03-08',
    );
    expect(r.date).toBe('2024-03-07');
  });

  it('not another event’s: "ahead of Sunday’s election"', () => {
    const r = parse(
      'Chancellor Olaf Scholz spoke with President Joe Biden ahead of Sunday’s election.',
      '2024-03-08',
      ['8 March 2024'],
    );
    expect(r.date).toBe('2024-03-08');
  });
});

describe('a later sentence saying when the talk took place', () => {
  const lead = 'Chancellor Olaf Scholz held a telephone conversation with President Joe Biden.';
  it.each([
    ['The conversation took place on Tuesday at the request of the American side.', '2024-03-05'],
    ['The conversation took place on 5 March at the request of the American side.', '2024-03-05'],
    ['The call was held on March 5th.', '2024-03-05'],
    // Another talk, or one to come: the page's date stays.
    ['The leaders recalled their meeting on 3 March in Brussels.', '2024-03-08'],
    ['The meeting was held on 20 March last year.', '2024-03-08'],
  ])('%s', (later, date) => {
    expect(parse(`${lead}\n\n${later}`, '2024-03-08', ['8 March 2024']).date).toBe(date);
  });
});

describe('a time that names no day', () => {
  it.each([
    ['They spoke by phone last week.', 'last week'],
    ['They met earlier this month in Rome.', 'earlier this month'],
    ['They spoke over the weekend.', 'over the weekend'],
    ['The two recently spoke by phone.', 'recently'],
    ['They spoke a few days ago.', 'a few days ago'],
  ])('%s', (text, vague) => {
    expect(vagueTime(text)).toBe(vague);
  });

  it.each([
    'The recently elected president spoke today.',
    'They spoke after last week’s summit.',
    'The minister, who took office last week, spoke today.',
    'They have been in contact since last month.',
  ])('not in: %s', (text) => {
    expect(vagueTime(text)).toBeNull();
  });

  it('leaves the talk undated rather than dated by the page', () => {
    const r = parse(
      'Chancellor Olaf Scholz spoke by telephone with President Joe Biden last week.',
      '2024-03-06',
    );
    expect(r.date).toBeNull();
    expect(r.warnings.some((w) => w.includes('last week'))).toBe(true);
  });

  it('a title’s day still dates it', () => {
    const r = parseReadout({
      content: 'The Prime Minister met Prime Minister Anthony Albanese of Australia at the summit this week.',
      url: null,
      published: '2024-10-25',
      feedTitle: 'PM meeting with Prime Minister Albanese of Australia: 25 October 2024',
    });
    expect(r.date).toBe('2024-10-25');
  });
});

describe('a day closing a title', () => {
  it.each([
    ['PM call with President Macron: 4 June 2021', '2021-06-04'],
    ['pm call with president macron 4 june 2021', '2021-06-04'],
    ['PM call with President Macron', null],
  ])('%s', (title, date) => {
    expect(dateFromTitle(title)).toBe(date);
  });
});

describe('a date below the readout', () => {
  const lead =
    'Secretary of State Antony Blinken spoke today with Foreign Minister Yoko Kamikawa of Japan. They discussed the region.';
  const page = (below: string[]) =>
    parseReadout({
      content: [lead, 'The Secretary reaffirmed the alliance.', ...below].join('\n\n'),
      url: null,
    });

  it('the signature’s date, under its place, dates the page', () => {
    expect(page(['Washington', 'March 3, 2024']).date).toBe('2024-03-03');
  });

  it('a date under another article’s headline does not', () => {
    expect(page(['Secretary Blinken meets the Foreign Minister of India', 'March 3, 2024']).date).toBeNull();
    expect(page(['Related Articles', 'Secretary travels to Brussels', 'March 1, 2024']).date).toBeNull();
  });
});

describe('a copy whose only date is from outside its text', () => {
  const lead = 'Chancellor Olaf Scholz held a telephone conversation with President Joe Biden.';
  it('dates nothing by itself: the talk may be of any day before the article', () => {
    expect(parse(lead, '2024-03-08').date).toBeNull();
    expect(parse(lead, null, [], 'https://news.example.com/2024/03/08/scholz-biden').date).toBeNull();
    // The index's note opening a stored text is not the page's own date either.
    expect(parse(` date 2024-03-08 ${lead}`, '2024-03-08').date).toBeNull();
  });

  it.each([
    ['a date line in figures', ['Friday, 08/03/2024']],
    ['a byline date in words', ['By A Reporter', 'Friday, March 8, 2024']],
    ['a date in another script', ['Новости', '8 марта 2024']],
    ['a date in CJK', ['2024年3月8日']],
  ])('is the talk’s when the page writes it too: %s', (_what, header) => {
    expect(parse(lead, '2024-03-08', header).date).toBe('2024-03-08');
  });

  // A news site's stamp, the day with the clock time the article went up, is the feed item's
  // date written out: the article may report a talk of the day before (the real-page labels).
  it.each([
    ['a date line in figures', ['Friday, 08/03/2024, 10:15 (GMT+1)']],
    ['a short line’s month and day', ['Mar. 8 | 10:15 GMT']],
    ['a date in another script', ['Новости', '8 марта 2024, 10:15']],
    ['a date in CJK', ['2024年3月8日 10:15']],
  ])('is not the talk’s when the page writes it as a stamp with its clock: %s', (_what, header) => {
    expect(parse(lead, '2024-03-08', header).date).toBeNull();
    expect(parse(lead.replace('held', 'on Thursday held'), '2024-03-08', header).date).toBe('2024-03-07');
  });

  it('is a government’s own: its feed item’s date is its readout’s', () => {
    const r = parse(
      'President Joe Biden held a telephone conversation with Chancellor Olaf Scholz of Germany.',
      '2024-03-08',
      [],
      'https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/08/readout/',
    );
    expect(r.date).toBe('2024-03-08');
  });

  it('still counts its "today" and weekdays', () => {
    expect(parse(lead.replace('held', 'on Tuesday held'), '2024-03-08').date).toBe('2024-03-05');
    expect(parse(lead.replace('held', 'today held'), '2024-03-08').date).toBe('2024-03-08');
  });
});

describe('the day a copy’s opening gives above a lead that gives none', () => {
  it('a weekday in the sentence naming the counterpart', () => {
    const r = parse(
      'In their phone call, Prime Minister Mark Carney said the two countries would deepen their trade.',
      '2025-05-08',
      [
        'Canada’s leader calls new German chancellor',
        'OTTAWA, May 8, 2025. Prime Minister Mark Carney on Tuesday congratulated his German counterpart, Chancellor Friedrich Merz, on taking office.',
      ],
    );
    expect(r.date).toBe('2025-05-06');
  });

  it('"today" in a sentence naming the talk', () => {
    const r = parse(
      'The two sides exchanged views on trade and regional security with each other.',
      '2025-05-08',
      [
        'Canada, Germany widen energy ties',
        'Energy ties between Canada and Germany will grow, the ministry said.',
        'The agreement came at the foreign ministers’ strategic dialogue in Berlin today.',
      ],
    );
    expect(r.date).toBe('2025-05-08');
  });

  it('not a day to come, nor a sentence naming neither the talk nor its principals', () => {
    const r = parse(
      'In their phone call, Prime Minister Mark Carney said the two countries would deepen their trade.',
      '2025-05-08',
      [
        'Canada’s leader calls new German chancellor',
        'Markets fell sharply on Tuesday across Europe.',
        'Prime Minister Mark Carney will travel on Friday to Berlin.',
      ],
    );
    expect(r.date).toBeNull();
  });
});

describe('weekdays and "today" of more copies’ languages', () => {
  it.each([
    // Ukrainian "on Wednesday", Hindi "today", Bengali "on Thursday" (2024-03-08 is a Friday).
    [
      'Президент Володимир Зеленський у середу провів телефонну розмову з президентом Франції Емманюелем Макроном.',
      '2024-03-06',
    ],
    [
      'प्रधानमंत्री नरेंद्र मोदी (Narendra Modi) ने आज जापान के प्रधानमंत्री फुमियो किशिदा (Fumio Kishida) के साथ फोन पर बात की.',
      '2024-03-08',
    ],
  ])('%s', (lead, date) => {
    expect(parse(lead, '2024-03-08').date).toBe(date);
  });
});
