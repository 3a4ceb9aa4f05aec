import { describe, expect, it } from 'vitest';
import { officeHolder, officeOf } from '../../../src/readout/office-holders.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { checkJapanTime, parseLead } from '../../../src/readout/parse/lead.js';

const names = (r: { participants: { name: string; country: string | null }[] }) =>
  r.participants.map((p) => `${p.name} (${p.country})`);

describe('prose readouts of other governments (our own sentences in their shapes)', () => {
  it('resolves "The Prime Minister" on GOV.UK to the office holder on the date in the title', () => {
    const r = parseReadout({
      content:
        'PM call with Prime Minister Kishida of Japan: 13 October 2021\nThe Prime Minister spoke to Prime Minister Kishida this morning about the alliance.\nThey agreed to talk again soon.',
      url: 'https://www.gov.uk/government/news/pm-call-with-prime-minister-kishida-of-japan-13-october-2021',
    });
    expect(r.source).toBe('ukgov');
    expect(r.date).toBe('2021-10-13');
    expect(r.kind).toBe('telephone');
    expect(names(r)).toEqual(['Boris Johnson (GB)', 'Fumio Kishida (JP)']);
    expect(r.relation).toBe('japan-uk');
    expect(r.keyPoints).toEqual([]);
    expect(r.summary).toEqual([
      'The Prime Minister spoke to Prime Minister Kishida this morning about the alliance.',
      'They agreed to talk again soon.',
    ]);
  });

  it('counts "today" and "yesterday" from the page date, and leaves out the attribution line', () => {
    const today = parseReadout({
      content:
        'Secretary Rubio’s Call with Japanese Foreign Minister Iwaya\nMarch 3, 2025\nThe following is attributable to the Spokesperson:\nSecretary Rubio spoke yesterday with Japanese Foreign Minister Iwaya Takeshi. They reviewed the alliance.',
      url: 'https://www.state.gov/secretary-rubios-call-with-japanese-foreign-minister-iwaya/',
    });
    expect(today.date).toBe('2025-03-02');
    expect(names(today)).toEqual(['Marco Rubio (US)', 'Iwaya Takeshi (JP)']);
    expect(today.summary[0]).toMatch(/^Secretary Rubio spoke yesterday/);
    expect(today.summary.join(' ')).not.toMatch(/attributable/);
  });

  it('takes the page date for an undated Kremlin lead, with a warning', () => {
    const r = parseReadout({
      content:
        'Telephone conversation with Prime Minister of Japan Shinzo Abe\nMay 26, 2020\nVladimir Putin had a telephone conversation with Prime Minister of Japan Shinzo Abe.\nThe leaders discussed cooperation.',
      url: 'http://en.kremlin.ru/events/president/news/63400',
    });
    expect(r.date).toBe('2020-05-26');
    expect(r.warnings.some((w) => w.includes("page's date"))).toBe(true);
    expect(r.relation).toBe('japan-russia');
  });

  it('reads "the Prime Minister of Japan, Kishida Fumio" on a Canada PMO page dated by its URL', () => {
    const r = parseReadout({
      content:
        'Prime Minister meets with Prime Minister of Japan\nToday, Prime Minister Justin Trudeau met with the Prime Minister of Japan, Kishida Fumio.\nThe leaders discussed trade.',
      url: 'https://www.pm.gc.ca/en/news/readouts/2023/01/12/prime-minister-meets-prime-minister-japan',
    });
    expect(r.date).toBe('2023-01-12');
    expect(r.kind).toBe('meeting');
    expect(r.participants[1]).toEqual({
      name: 'Kishida Fumio',
      honorific: null,
      title: 'Prime Minister of Japan',
      country: 'JP',
    });
    expect(r.relation).toBe('japan-canada');
  });

  it('drops a principal named only by an office it cannot resolve, with a warning', () => {
    const r = parseReadout({
      content: 'Call\nJanuary 5, 1990\nThe Prime Minister spoke to President Bush today about trade.',
      url: 'https://www.gov.uk/government/news/call',
    });
    expect(r.participants.map((p) => p.name)).not.toContain('');
    expect(r.warnings.some((w) => /named only by office/.test(w))).toBe(true);
  });
});

describe('office holders', () => {
  it('knows who held an office on a date, and by surname', () => {
    expect(officeHolder('GB', 'head_of_government', '2022-09-10')).toBe('Liz Truss');
    expect(officeHolder('US', 'head_of_state', '2021-01-20')).toBe('Joe Biden');
    expect(officeHolder('US', 'head_of_state', '2018-05-01', 'Biden')).toBeNull();
    expect(officeHolder('JP', 'foreign_minister', '2024-10-02', 'Iwaya')).toBe('Takeshi Iwaya');
  });
  it('reads the office a title names', () => {
    expect(officeOf('Prime Minister', 'GB')).toBe('head_of_government');
    expect(officeOf('Secretary', 'US')).toBe('foreign_minister');
    expect(officeOf('Japanese Foreign Minister', null)).toBe('foreign_minister');
    expect(officeOf('President of the European Commission', 'EU')).toBe('commission_president');
    // The US Vice President is kept as an office of its own, never as the President's.
    expect(officeOf('Vice President', 'US')).toBe('vice_president');
  });
});

describe('Japan time against local time (§6)', () => {
  const ctx = { referenceDate: '2019-06-27', japaneseSource: true, sectionCountry: null, title: null };
  it('warns when the stated Japan date contradicts the local time, and keeps the text', () => {
    const facts = parseLead(
      'On June 26, commencing at 11:50 p.m. (local time; 12:50 p.m. on June 26, JST) for approximately 40 minutes, Mr. Shinzo Abe, Prime Minister of Japan, who is visiting New York, held a meeting with the Honorable Donald Trump, President of the United States of America.',
      ctx,
    );
    expect(facts.start).toEqual({ time: '23:50', approximate: false, timeZone: 'America/New_York' });
    expect(facts.date).toBe('2019-06-26');
    expect(facts.warnings.some((w) => /Japan time 12:50 on 2019-06-26/.test(w))).toBe(true);
  });
  it('is silent when they agree across midnight', () => {
    expect(
      checkJapanTime('2019-06-26', '23:50', 'America/New_York', '12:50', { month: 5, day: 27, year: null }),
    ).toBeNull();
    expect(checkJapanTime('2019-06-26', '23:50', 'America/New_York', '12:50', null)).toBeNull();
  });
});

describe('artifacts (§12)', () => {
  it('parses a text cut off mid-word and says it is cut off', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const seed = readFileSync(
      join(import.meta.dirname, '../../../fixtures/pages/mofa/seed-2018-03-09-telephone.txt'),
      'utf8',
    );
    const cut = seed.slice(0, seed.indexOf('abductions') + 4);
    const r = parseReadout({ content: cut });
    expect(r.keyPoints).toHaveLength(5);
    expect(r.keyPoints[4]?.text).toMatch(/resolution of the abdu$/);
    expect(r.warnings.some((w) => w.startsWith('the text seems cut off'))).toBe(true);
    expect(parseReadout({ content: seed }).warnings.some((w) => w.includes('cut off'))).toBe(false);
  });
});
