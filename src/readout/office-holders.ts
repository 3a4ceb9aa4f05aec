/**
 * Who held which office when, for the governments Readout reads: heads of state and
 * government, and foreign ministers. Used only when a readout names a principal by office
 * ("The Prime Minister spoke to…" on GOV.UK) or by surname ("President Biden"). Names are
 * given-name first, as English-language readouts write them. Dates are the first and last
 * day in office (`to` null while in office); kept by hand, extended as governments change.
 */
export type Office =
  | 'head_of_government'
  | 'head_of_state'
  | 'foreign_minister'
  | 'council_president'
  | 'commission_president';

export type Holder = { country: string; office: Office; name: string; from: string; to: string | null };

const H = (country: string, office: Office, rows: [string, string, string | null][]): Holder[] =>
  rows.map(([name, from, to]) => ({ country, office, name, from, to }));

export const OFFICE_HOLDERS: readonly Holder[] = [
  ...H('JP', 'head_of_government', [
    ['Yoshihiko Noda', '2011-09-02', '2012-12-26'],
    ['Shinzo Abe', '2012-12-26', '2020-09-16'],
    ['Yoshihide Suga', '2020-09-16', '2021-10-04'],
    ['Fumio Kishida', '2021-10-04', '2024-10-01'],
    ['Shigeru Ishiba', '2024-10-01', '2025-10-21'],
    ['Sanae Takaichi', '2025-10-21', null],
  ]),
  ...H('JP', 'foreign_minister', [
    ['Fumio Kishida', '2012-12-26', '2017-08-03'],
    ['Taro Kono', '2017-08-03', '2019-09-11'],
    ['Toshimitsu Motegi', '2019-09-11', '2021-11-04'],
    ['Fumio Kishida', '2021-11-04', '2021-11-10'],
    ['Yoshimasa Hayashi', '2021-11-10', '2023-09-13'],
    ['Yoko Kamikawa', '2023-09-13', '2024-10-01'],
    ['Takeshi Iwaya', '2024-10-01', '2025-10-21'],
    ['Toshimitsu Motegi', '2025-10-21', null],
  ]),
  ...H('US', 'head_of_state', [
    ['Barack Obama', '2009-01-20', '2017-01-20'],
    ['Donald Trump', '2017-01-20', '2021-01-20'],
    ['Joe Biden', '2021-01-20', '2025-01-20'],
    ['Donald Trump', '2025-01-20', null],
  ]),
  ...H('US', 'foreign_minister', [
    ['John Kerry', '2013-02-01', '2017-01-20'],
    ['Rex Tillerson', '2017-02-01', '2018-03-31'],
    ['Mike Pompeo', '2018-04-26', '2021-01-20'],
    ['Antony Blinken', '2021-01-26', '2025-01-20'],
    ['Marco Rubio', '2025-01-21', null],
  ]),
  ...H('GB', 'head_of_government', [
    ['David Cameron', '2010-05-11', '2016-07-13'],
    ['Theresa May', '2016-07-13', '2019-07-24'],
    ['Boris Johnson', '2019-07-24', '2022-09-06'],
    ['Liz Truss', '2022-09-06', '2022-10-25'],
    ['Rishi Sunak', '2022-10-25', '2024-07-05'],
    ['Keir Starmer', '2024-07-05', null],
  ]),
  ...H('GB', 'foreign_minister', [
    ['Boris Johnson', '2016-07-13', '2018-07-09'],
    ['Jeremy Hunt', '2018-07-09', '2019-07-24'],
    ['Dominic Raab', '2019-07-24', '2021-09-15'],
    ['Liz Truss', '2021-09-15', '2022-09-06'],
    ['James Cleverly', '2022-09-06', '2023-11-13'],
    ['David Cameron', '2023-11-13', '2024-07-05'],
    ['David Lammy', '2024-07-05', '2025-09-05'],
    ['Yvette Cooper', '2025-09-05', null],
  ]),
  ...H('CA', 'head_of_government', [
    ['Stephen Harper', '2006-02-06', '2015-11-04'],
    ['Justin Trudeau', '2015-11-04', '2025-03-14'],
    ['Mark Carney', '2025-03-14', null],
  ]),
  ...H('AU', 'head_of_government', [
    ['Tony Abbott', '2013-09-18', '2015-09-15'],
    ['Malcolm Turnbull', '2015-09-15', '2018-08-24'],
    ['Scott Morrison', '2018-08-24', '2022-05-23'],
    ['Anthony Albanese', '2022-05-23', null],
  ]),
  ...H('AU', 'foreign_minister', [
    ['Julie Bishop', '2013-09-18', '2018-08-28'],
    ['Marise Payne', '2018-08-28', '2022-05-23'],
    ['Penny Wong', '2022-05-23', null],
  ]),
  ...H('IN', 'head_of_government', [['Narendra Modi', '2014-05-26', null]]),
  ...H('IN', 'foreign_minister', [
    ['Sushma Swaraj', '2014-05-26', '2019-05-30'],
    ['Subrahmanyam Jaishankar', '2019-05-30', null],
  ]),
  ...H('KR', 'head_of_state', [
    ['Park Geun-hye', '2013-02-25', '2017-03-10'],
    ['Moon Jae-in', '2017-05-10', '2022-05-10'],
    ['Yoon Suk Yeol', '2022-05-10', '2025-04-04'],
    ['Lee Jae-myung', '2025-06-04', null],
  ]),
  ...H('CN', 'head_of_state', [['Xi Jinping', '2013-03-14', null]]),
  ...H('CN', 'head_of_government', [
    ['Li Keqiang', '2013-03-15', '2023-03-11'],
    ['Li Qiang', '2023-03-11', null],
  ]),
  ...H('CN', 'foreign_minister', [
    ['Wang Yi', '2013-03-16', '2022-12-30'],
    ['Qin Gang', '2022-12-30', '2023-07-25'],
    ['Wang Yi', '2023-07-25', null],
  ]),
  ...H('RU', 'head_of_state', [['Vladimir Putin', '2012-05-07', null]]),
  ...H('RU', 'foreign_minister', [['Sergey Lavrov', '2004-03-09', null]]),
  ...H('DE', 'head_of_government', [
    ['Angela Merkel', '2005-11-22', '2021-12-08'],
    ['Olaf Scholz', '2021-12-08', '2025-05-06'],
    ['Friedrich Merz', '2025-05-06', null],
  ]),
  ...H('FR', 'head_of_state', [
    ['François Hollande', '2012-05-15', '2017-05-14'],
    ['Emmanuel Macron', '2017-05-14', null],
  ]),
  ...H('VN', 'head_of_government', [
    ['Nguyen Xuan Phuc', '2016-04-07', '2021-04-05'],
    ['Pham Minh Chinh', '2021-04-05', null],
  ]),
  ...H('PH', 'head_of_state', [
    ['Rodrigo Duterte', '2016-06-30', '2022-06-30'],
    ['Ferdinand R. Marcos Jr.', '2022-06-30', null],
  ]),
  ...H('UA', 'head_of_state', [
    ['Petro Poroshenko', '2014-06-07', '2019-05-20'],
    ['Volodymyr Zelenskyy', '2019-05-20', null],
  ]),
  // Added for issue 13 from the governments' own lists of office holders (gov.il, gob.mx,
  // governo.it, auswaertiges-amt.de, diplomatie.gouv.fr, mfa.gov.ua, dpmc.govt.nz, lamoncloa.gob.es,
  // gov.pl, eeas.europa.eu, mofa.gov.pk), cross-checked with Wikipedia's lists of holders.
  ...H('IL', 'head_of_government', [
    ['Benjamin Netanyahu', '2009-03-31', '2021-06-13'],
    ['Naftali Bennett', '2021-06-13', '2022-07-01'],
    ['Yair Lapid', '2022-07-01', '2022-12-29'],
    ['Benjamin Netanyahu', '2022-12-29', null],
  ]),
  ...H('MX', 'head_of_state', [
    ['Enrique Peña Nieto', '2012-12-01', '2018-11-30'],
    ['Andrés Manuel López Obrador', '2018-12-01', '2024-09-30'],
    ['Claudia Sheinbaum', '2024-10-01', null],
  ]),
  ...H('IT', 'head_of_government', [
    ['Giuseppe Conte', '2018-06-01', '2021-02-13'],
    ['Mario Draghi', '2021-02-13', '2022-10-22'],
    ['Giorgia Meloni', '2022-10-22', null],
  ]),
  ...H('DE', 'foreign_minister', [
    ['Heiko Maas', '2018-03-14', '2021-12-08'],
    ['Annalena Baerbock', '2021-12-08', '2025-05-06'],
    ['Johann Wadephul', '2025-05-06', null],
  ]),
  ...H('FR', 'foreign_minister', [
    ['Jean-Yves Le Drian', '2017-05-17', '2022-05-20'],
    ['Catherine Colonna', '2022-05-20', '2024-01-11'],
    ['Stéphane Séjourné', '2024-01-11', '2024-09-21'],
    ['Jean-Noël Barrot', '2024-09-21', null],
  ]),
  ...H('UA', 'foreign_minister', [
    ['Dmytro Kuleba', '2020-03-04', '2024-09-05'],
    ['Andrii Sybiha', '2024-09-05', null],
  ]),
  ...H('NZ', 'head_of_government', [
    ['Jacinda Ardern', '2017-10-26', '2023-01-25'],
    ['Chris Hipkins', '2023-01-25', '2023-11-27'],
    ['Christopher Luxon', '2023-11-27', null],
  ]),
  ...H('ES', 'head_of_government', [['Pedro Sánchez', '2018-06-02', null]]),
  ...H('PL', 'head_of_government', [
    ['Mateusz Morawiecki', '2017-12-11', '2023-12-13'],
    ['Donald Tusk', '2023-12-13', null],
  ]),
  ...H('PK', 'foreign_minister', [['Bilawal Bhutto Zardari', '2022-04-27', '2023-08-10']]),
  ...H('EU', 'foreign_minister', [
    ['Federica Mogherini', '2014-11-01', '2019-11-30'],
    ['Josep Borrell', '2019-12-01', '2024-11-30'],
    ['Kaja Kallas', '2024-12-01', null],
  ]),
  ...H('EU', 'council_president', [
    ['Donald Tusk', '2014-12-01', '2019-11-30'],
    ['Charles Michel', '2019-12-01', '2024-11-30'],
    ['António Costa', '2024-12-01', null],
  ]),
  ...H('EU', 'commission_president', [
    ['Jean-Claude Juncker', '2014-11-01', '2019-11-30'],
    ['Ursula von der Leyen', '2019-12-01', null],
  ]),
];

/** Where the head of state also leads the government (a "President" runs the talks). */
const PRESIDENTIAL = new Set(['US', 'KR', 'RU', 'FR', 'PH', 'UA', 'CN', 'ID', 'BR']);

/** The office a title names for a country; null when the title names none we keep. */
export function officeOf(title: string, country: string | null): Office | null {
  const t = title.toLowerCase();
  if (/president of the european council/.test(t)) return 'council_president';
  if (/president of the european commission|commission president/.test(t)) return 'commission_president';
  if (
    /\b(foreign minister|foreign secretary|secretary of state|minister (?:for|of) foreign affairs|secretary of foreign affairs|external affairs minister|minister of external affairs|high representative)\b/.test(
      t,
    )
  )
    return 'foreign_minister';
  if (/^(?:the\s+)?secretary\b/.test(t) && country === 'US') return 'foreign_minister';
  if (/\b(prime minister|premier|chancellor|taoiseach)\b/.test(t) && !/deputy|vice|former/.test(t))
    return 'head_of_government';
  if (
    /\bpresident\b/.test(t) &&
    !/vice|former|-elect/.test(t) &&
    (country === null || PRESIDENTIAL.has(country))
  )
    return 'head_of_state';
  return null;
}

export type HolderQuery = {
  /** Holders in office on this day (YYYY-MM-DD); any time when absent. */
  date?: string | null;
  country?: string | null;
  office?: Office | null;
  /**
   * A name to match: `surname` the text gives alone ("Biden", "von der Leyen"), a `full` name
   * in either order ("Kishida Fumio"), or a longer name that `contains` the holder's surname
   * ("Joseph R. Biden, Jr.").
   */
  name?: { text: string; match: 'surname' | 'full' | 'contains' } | null;
};

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);

function nameMatches(holder: string, query: NonNullable<HolderQuery['name']>): boolean {
  const h = holder.toLowerCase();
  const q = query.text.toLowerCase();
  if (query.match === 'surname') return h.endsWith(q) || words(holder).includes(q);
  if (query.match === 'full') return words(holder).sort().join(' ') === words(query.text).sort().join(' ');
  return words(query.text).includes(words(holder).at(-1) ?? '');
}

/**
 * The office holders a text can mean, narrowed by what it says. On a handover day two holders
 * of one office match; the one who took office that day holds it.
 */
export function findHolders(query: HolderQuery): Holder[] {
  const { date, country, office, name } = query;
  const newest = new Map<string, Holder>();
  for (const h of OFFICE_HOLDERS) {
    if (date && (h.from > date || (h.to !== null && date > h.to))) continue;
    if (country && h.country !== country) continue;
    if (office && h.office !== office) continue;
    if (name && !nameMatches(h.name, name)) continue;
    const key = `${h.country}|${h.office}|${date ? '' : h.name}`;
    const current = newest.get(key);
    if (!current || h.from > current.from) newest.set(key, h);
  }
  return [...newest.values()];
}

/**
 * The holder of an office on a date, optionally matching a surname the text gives
 * ("President Biden"). Null when the table does not know, or the surname does not match.
 */
export function officeHolder(country: string, office: Office, date: string, surname?: string): string | null {
  const [holder] = findHolders({
    date,
    country,
    office,
    name: surname ? { text: surname, match: 'surname' } : null,
  });
  return holder?.name ?? null;
}
