import { describe, expect, it } from 'vitest';
import {
  findHolders,
  leaderOffice,
  OFFICE_HOLDERS,
  OFFICE_SOURCES,
  officeHolder,
  officeOf,
} from '../../../src/readout/office-holders.js';

const G20 = 'AR AU BR CA CN FR DE IN ID IT JP KR MX RU SA ZA TR GB US'.split(' ');
const OTHERS = 'UA IL PH VN NZ PL ES'.split(' ');
const TODAY = '2026-12-07';

describe('the office-holder table', () => {
  it('covers every G20 member, the EU and the other governments, each with its sources named', () => {
    for (const country of [...G20, ...OTHERS, 'EU']) {
      expect(OFFICE_SOURCES[country], country).toMatch(/\b[a-z0-9-]+(?:\.[a-z]{2,})+\b/);
      expect(
        OFFICE_HOLDERS.some((h) => h.country === country),
        country,
      ).toBe(true);
    }
  });

  it('knows the leader and the foreign minister of every G20 member on every first of January since 2009 and today', () => {
    const days = [...Array.from({ length: 18 }, (_, i) => `${2009 + i}-01-01`), TODAY];
    const gaps: string[] = [];
    const check = (country: string, office: Parameters<typeof findHolders>[0]['office'], day: string) => {
      if (findHolders({ country, office, date: day }).length !== 1) gaps.push(`${country} ${office} ${day}`);
    };
    for (const day of days) {
      for (const country of G20) {
        check(country, leaderOffice(country), day);
        check(country, 'foreign_minister', day);
      }
      if (day >= '2010')
        for (const office of ['council_president', 'commission_president', 'foreign_minister'] as const)
          check('EU', office, day);
    }
    expect(gaps).toEqual([]);
  });

  it('has dates in order and no two holders of one office at once (a handover day aside)', () => {
    const byOffice = new Map<string, typeof OFFICE_HOLDERS>();
    for (const h of OFFICE_HOLDERS) {
      expect(h.from, h.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (h.to !== null) expect(h.to >= h.from, `${h.name} ${h.from}–${h.to}`).toBe(true);
      const key = `${h.country} ${h.office}`;
      byOffice.set(key, [...(byOffice.get(key) ?? []), h]);
    }
    for (const [key, rows] of byOffice) {
      const sorted = [...rows].sort((a, b) => a.from.localeCompare(b.from));
      expect(
        sorted.map((h) => h.name),
        `${key} is listed in order`,
      ).toEqual(rows.map((h) => h.name));
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1] as (typeof sorted)[number];
        const after = sorted[i] as (typeof sorted)[number];
        expect(
          before.to,
          `${key}: ${before.name} is still in office when ${after.name} starts`,
        ).not.toBeNull();
        expect((before.to as string) <= after.from, `${key}: ${before.name} overlaps ${after.name}`).toBe(
          true,
        );
      }
      const last = sorted.at(-1);
      if (last?.to) expect(last.to <= TODAY).toBe(true);
    }
  });

  it.each([
    ['AR', 'head_of_state', '2017-06-01', 'Mauricio Macri'],
    ['AU', 'head_of_government', '2011-03-01', 'Julia Gillard'],
    ['BR', 'head_of_state', '2020-01-01', 'Jair Bolsonaro'],
    ['CA', 'foreign_minister', '2012-05-01', 'John Baird'],
    ['CN', 'foreign_minister', '2010-01-01', 'Yang Jiechi'],
    ['FR', 'head_of_state', '2011-07-14', 'Nicolas Sarkozy'],
    ['DE', 'foreign_minister', '2011-01-01', 'Guido Westerwelle'],
    ['IN', 'head_of_government', '2012-01-01', 'Manmohan Singh'],
    ['ID', 'head_of_state', '2012-01-01', 'Susilo Bambang Yudhoyono'],
    ['IT', 'head_of_government', '2012-06-01', 'Mario Monti'],
    ['JP', 'head_of_government', '2010-03-01', 'Yukio Hatoyama'],
    ['JP', 'foreign_minister', '2012-03-01', 'Koichiro Gemba'],
    ['KR', 'head_of_state', '2011-01-01', 'Lee Myung-bak'],
    ['MX', 'head_of_state', '2010-01-01', 'Felipe Calderón'],
    ['RU', 'head_of_state', '2010-06-01', 'Dmitry Medvedev'],
    ['SA', 'head_of_government', '2023-01-01', 'Mohammed bin Salman'],
    ['ZA', 'head_of_state', '2015-01-01', 'Jacob Zuma'],
    ['TR', 'foreign_minister', '2012-01-01', 'Ahmet Davutoğlu'],
    ['GB', 'foreign_minister', '2012-01-01', 'William Hague'],
    ['US', 'foreign_minister', '2011-06-01', 'Hillary Clinton'],
    ['EU', 'council_president', '2012-01-01', 'Herman Van Rompuy'],
    ['EU', 'foreign_minister', '2012-01-01', 'Catherine Ashton'],
    ['UA', 'head_of_government', '2017-01-01', 'Volodymyr Groysman'],
    ['IL', 'head_of_state', '2016-01-01', 'Reuven Rivlin'],
    ['PH', 'head_of_state', '2013-01-01', 'Benigno Aquino III'],
    ['VN', 'head_of_government', '2012-01-01', 'Nguyen Tan Dung'],
    ['NZ', 'head_of_government', '2014-01-01', 'John Key'],
    ['PL', 'head_of_government', '2016-01-01', 'Beata Szydło'],
    ['ES', 'head_of_government', '2015-01-01', 'Mariano Rajoy'],
    ['GR', 'head_of_government', '2016-03-07', 'Alexis Tsipras'],
    ['GR', 'head_of_government', '2023-06-01', 'Ioannis Sarmas'],
    ['IE', 'head_of_government', '2019-02-21', 'Leo Varadkar'],
    ['IE', 'foreign_minister', '2018-01-31', 'Simon Coveney'],
  ] as const)('%s %s on %s is %s', (country, office, date, name) => {
    expect(officeHolder(country, office, date)).toBe(name);
  });

  it('finds a person in the forms readouts write', () => {
    const full = (text: string, country?: string) =>
      findHolders({ country, name: { text, match: 'full' } }).map((h) => h.name);
    expect(full('KISHIDA Fumio')).toContain('Fumio Kishida');
    // One person in two offices (Vice President, then President) is one name.
    expect([...new Set(full('Joseph R. Biden, Jr.'))]).toEqual(['Joe Biden']);
    expect(full('Ferdinand R. Marcos, Jr.')).toEqual(['Ferdinand R. Marcos Jr.']);
    expect(full('Mevlut Cavusoglu')).toEqual(['Mevlüt Çavuşoğlu']);
    expect(full('S. Jaishankar')).toEqual(['Subrahmanyam Jaishankar']);
    expect(officeHolder('JP', 'foreign_minister', '2012-05-01', 'GEMBA')).toBe('Koichiro Gemba');
    expect(officeHolder('CN', 'head_of_state', '2024-05-01', 'Xi')).toBe('Xi Jinping');
    expect(officeHolder('CN', 'head_of_government', '2024-05-01', 'Li')).toBe('Li Qiang');
    expect(officeHolder('BR', 'head_of_state', '2024-05-01', 'Lula')).toBe('Luiz Inácio Lula da Silva');
    expect(officeHolder('EU', 'commission_president', '2024-05-01', 'von der Leyen')).toBe(
      'Ursula von der Leyen',
    );
    // A surname that is not the holder's on that day does not match.
    expect(officeHolder('US', 'foreign_minister', '2014-05-01', 'Clinton')).toBeNull();
  });

  it('knows the forms German, French and other copies write', () => {
    const full = (text: string) => findHolders({ name: { text, match: 'full' } }).map((h) => h.country);
    expect(new Set(full('Wladimir Putin'))).toEqual(new Set(['RU']));
    expect(new Set(full('Vladimir Poutine'))).toEqual(new Set(['RU']));
    expect(full('Yoon Seok-youl')).toEqual(['KR']);
  });

  it('names the US Vice President by office and surname, and no other country’s', () => {
    expect(officeOf('Vice President', 'US')).toBe('vice_president');
    expect(officeOf('Vice President', null)).toBe('vice_president');
    expect(officeOf('Vice President', 'CN')).toBeNull();
    expect(officeOf('Japanese FM', 'JP')).toBe('foreign_minister');
    expect(officeOf('the leader of Japan', 'JP')).toBe('head_of_government');
    expect(officeOf('Supreme Leader', 'IR')).toBeNull();
    expect(officeOf('opposition leader', 'GB')).toBeNull();
    expect(officeHolder('US', 'vice_president', '2013-10-08', 'Biden')).toBe('Joe Biden');
    expect(officeHolder('US', 'vice_president', '2022-03-01')).toBe('Kamala Harris');
    expect(officeHolder('US', 'vice_president', '2022-03-01', 'Biden')).toBeNull();
  });

  it('reads the office a title names, and never a deputy’s', () => {
    expect(officeOf('President', 'TR')).toBe('head_of_state');
    expect(officeOf('Federal President', 'DE')).toBe('head_of_state');
    expect(officeOf('President', 'GB')).toBeNull();
    expect(officeOf('King', 'ES')).toBe('head_of_state');
    expect(officeOf('Crown Prince and Prime Minister', 'SA')).toBe('head_of_government');
    expect(officeOf('Minister for Europe and Foreign Affairs', 'FR')).toBe('foreign_minister');
    expect(officeOf('Vice Foreign Minister', 'KR')).toBeNull();
    expect(officeOf('State Minister for Foreign Affairs', 'JP')).toBeNull();
    expect(officeOf('Deputy Secretary of State', 'US')).toBeNull();
    expect(officeOf('PRC State Councilor', 'CN')).toBeNull();
    expect(officeOf('Secretary of State for Defence', 'GB')).toBeNull();
    expect(officeOf('Secretary of State for Foreign, Commonwealth and Development Affairs', 'GB')).toBe(
      'foreign_minister',
    );
  });
});
