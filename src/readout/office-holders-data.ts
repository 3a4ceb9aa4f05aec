/**
 * Who held which office when: heads of state, heads of government and foreign ministers of
 * the governments Readout reads, from 2009 to 2026-12-07 (the holder in office on 2009-01-01
 * opens each list). Data only: `office-holders.ts` loads and queries it.
 *
 * Each row is `[name, from, to, extra?]`: the person's usual English form, given name first
 * where English writes it so ("Fumio Kishida") and family name first where it does not ("Xi
 * Jinping", "Yoon Suk Yeol", "Pham Minh Chinh"); the first and last day in office (`to` null
 * while in office; a handover day is both the last day of one holder and the first of the
 * next); and `aka`, other forms readouts use that order and case alone do not give (middle
 * initials, "Jr.", transliterations). "KISHIDA Fumio" and "Kishida Fumio" need no `aka`: the
 * lookup ignores word order and case. `family` names the family name when it is not the last
 * word of `name` (family-first names, "Jr.").
 *
 * Acting holders are left out unless readouts name them in the office; where a source gives a
 * day we could not confirm, the country's `sources` says so.
 */
export type Office =
  | 'head_of_government'
  | 'head_of_state'
  | 'foreign_minister'
  | 'council_president'
  | 'commission_president'
  /** The Vice President of the United States, whom the White House's readouts name as a principal. */
  | 'vice_president'
  /**
   * A ruling party's General Secretary where the party leads the state (Viet Nam's): readouts
   * name him as the country's leader in talks ("General Secretary To Lam").
   */
  | 'party_general_secretary'
  /**
   * The Crown Prince of Abu Dhabi, whom readouts named as the UAE's principal before he became
   * its President ("Crown Prince of Abu Dhabi Mohamed bin Zayed Al Nahyan").
   */
  | 'crown_prince';

export type HolderExtra = { aka?: readonly string[]; family?: string };
export type Row = readonly [name: string, from: string, to: string | null, extra?: HolderExtra];

export type CountryOffices = {
  country: string;
  /** Where the facts come from, and which days are uncertain. */
  sources: string;
  offices: Partial<Record<Office, readonly Row[]>>;
};

/** Where the facts of the countries added with the other languages written in Latin letters come from. */
const RECALLED =
  "Wikipedia's lists of office holders as recalled in the session that added them, without a live look-up: the days are to be checked against those lists";

const LISTS =
  "cross-checked with Wikipedia's lists of office holders (List of heads of state/government and ministers of foreign affairs of each country)";

export const OFFICE_DATA: readonly CountryOffices[] = [
  {
    country: 'JP',
    sources: `kantei.go.jp (Successive Prime Ministers), mofa.go.jp (Successive Ministers for Foreign Affairs), kunaicho.go.jp; ${LISTS}. Yukio Edano was acting foreign minister 2011-03-07 to 2011-03-09 and is left out.`,
    offices: {
      head_of_state: [
        ['Akihito', '1989-01-07', '2019-04-30'],
        ['Naruhito', '2019-05-01', null],
      ],
      head_of_government: [
        ['Taro Aso', '2008-09-24', '2009-09-16'],
        ['Yukio Hatoyama', '2009-09-16', '2010-06-08'],
        ['Naoto Kan', '2010-06-08', '2011-09-02'],
        ['Yoshihiko Noda', '2011-09-02', '2012-12-26'],
        ['Shinzo Abe', '2012-12-26', '2020-09-16', { aka: ['Shinzō Abe'] }],
        ['Yoshihide Suga', '2020-09-16', '2021-10-04'],
        ['Fumio Kishida', '2021-10-04', '2024-10-01'],
        ['Shigeru Ishiba', '2024-10-01', '2025-10-21'],
        ['Sanae Takaichi', '2025-10-21', null],
      ],
      foreign_minister: [
        ['Hirofumi Nakasone', '2008-09-24', '2009-09-16'],
        ['Katsuya Okada', '2009-09-16', '2010-09-17'],
        ['Seiji Maehara', '2010-09-17', '2011-03-07'],
        ['Takeaki Matsumoto', '2011-03-09', '2011-09-02'],
        ['Koichiro Gemba', '2011-09-02', '2012-12-26', { aka: ['Koichiro Genba'] }],
        ['Fumio Kishida', '2012-12-26', '2017-08-03'],
        ['Taro Kono', '2017-08-03', '2019-09-11', { aka: ['Taro Kōno'] }],
        ['Toshimitsu Motegi', '2019-09-11', '2021-11-04'],
        ['Fumio Kishida', '2021-11-04', '2021-11-10'],
        ['Yoshimasa Hayashi', '2021-11-10', '2023-09-13'],
        ['Yoko Kamikawa', '2023-09-13', '2024-10-01'],
        ['Takeshi Iwaya', '2024-10-01', '2025-10-21'],
        ['Toshimitsu Motegi', '2025-10-21', null],
      ],
    },
  },
  {
    country: 'US',
    sources: `whitehouse.gov and obamawhitehouse/trumpwhitehouse archives, history.state.gov (Secretaries of State), senate.gov (Vice Presidents of the United States); ${LISTS}. The President is both head of state and of government: kept once, as head of state.`,
    offices: {
      head_of_state: [
        ['George W. Bush', '2001-01-20', '2009-01-20', { family: 'Bush' }],
        ['Barack Obama', '2009-01-20', '2017-01-20', { aka: ['Barack H. Obama', 'Barack Hussein Obama'] }],
        ['Donald Trump', '2017-01-20', '2021-01-20', { aka: ['Donald J. Trump'] }],
        [
          'Joe Biden',
          '2021-01-20',
          '2025-01-20',
          { aka: ['Joseph R. Biden, Jr.', 'Joseph R. Biden Jr.', 'Joseph R. Biden', 'Joseph Biden'] },
        ],
        ['Donald Trump', '2025-01-20', null, { aka: ['Donald J. Trump'] }],
      ],
      foreign_minister: [
        ['Condoleezza Rice', '2005-01-26', '2009-01-20'],
        ['Hillary Clinton', '2009-01-21', '2013-02-01', { aka: ['Hillary Rodham Clinton'] }],
        ['John Kerry', '2013-02-01', '2017-01-20', { aka: ['John F. Kerry'] }],
        ['Rex Tillerson', '2017-02-01', '2018-03-31', { aka: ['Rex W. Tillerson'] }],
        ['Mike Pompeo', '2018-04-26', '2021-01-20', { aka: ['Michael R. Pompeo', 'Michael Pompeo'] }],
        ['Antony Blinken', '2021-01-26', '2025-01-20', { aka: ['Antony J. Blinken', 'Tony Blinken'] }],
        ['Marco Rubio', '2025-01-21', null, { aka: ['Marco A. Rubio'] }],
      ],
      vice_president: [
        ['Dick Cheney', '2001-01-20', '2009-01-20'],
        [
          'Joe Biden',
          '2009-01-20',
          '2017-01-20',
          { aka: ['Joseph R. Biden, Jr.', 'Joseph R. Biden', 'Joseph Biden'] },
        ],
        ['Mike Pence', '2017-01-20', '2021-01-20', { aka: ['Michael R. Pence', 'Michael Pence'] }],
        ['Kamala Harris', '2021-01-20', '2025-01-20', { aka: ['Kamala D. Harris'] }],
        ['JD Vance', '2025-01-20', null, { aka: ['J.D. Vance', 'James David Vance'] }],
      ],
    },
  },
  {
    country: 'GB',
    sources: `gov.uk (Past Prime Ministers; Past Foreign Secretaries), royal.uk; ${LISTS}.`,
    offices: {
      head_of_state: [
        ['Elizabeth II', '1952-02-06', '2022-09-08'],
        ['Charles III', '2022-09-08', null],
      ],
      head_of_government: [
        ['Gordon Brown', '2007-06-27', '2010-05-11'],
        ['David Cameron', '2010-05-11', '2016-07-13'],
        ['Theresa May', '2016-07-13', '2019-07-24'],
        ['Boris Johnson', '2019-07-24', '2022-09-06'],
        ['Liz Truss', '2022-09-06', '2022-10-25', { aka: ['Elizabeth Truss'] }],
        ['Rishi Sunak', '2022-10-25', '2024-07-05'],
        ['Keir Starmer', '2024-07-05', null],
      ],
      foreign_minister: [
        ['David Miliband', '2007-06-28', '2010-05-11'],
        ['William Hague', '2010-05-12', '2014-07-14'],
        ['Philip Hammond', '2014-07-15', '2016-07-13'],
        ['Boris Johnson', '2016-07-13', '2018-07-09'],
        ['Jeremy Hunt', '2018-07-09', '2019-07-24'],
        ['Dominic Raab', '2019-07-24', '2021-09-15'],
        ['Liz Truss', '2021-09-15', '2022-09-06', { aka: ['Elizabeth Truss'] }],
        ['James Cleverly', '2022-09-06', '2023-11-13'],
        ['David Cameron', '2023-11-13', '2024-07-05', { aka: ['Lord Cameron'] }],
        ['David Lammy', '2024-07-05', '2025-09-05'],
        ['Yvette Cooper', '2025-09-05', null],
      ],
    },
  },
  {
    country: 'CA',
    sources: `pm.gc.ca, international.gc.ca (former ministers), parl.ca (Parlinfo); ${LISTS}. The head of state is the British monarch (see GB); Governors General are not kept. Rob Nicholson's first day (2015-02-09) is as Parlinfo gives it; between John Baird's resignation and it no minister is kept.`,
    offices: {
      head_of_government: [
        ['Stephen Harper', '2006-02-06', '2015-11-04'],
        ['Justin Trudeau', '2015-11-04', '2025-03-14'],
        ['Mark Carney', '2025-03-14', null],
      ],
      foreign_minister: [
        ['Lawrence Cannon', '2008-10-30', '2011-05-18'],
        ['John Baird', '2011-05-18', '2015-02-03'],
        ['Rob Nicholson', '2015-02-09', '2015-11-04'],
        ['Stéphane Dion', '2015-11-04', '2017-01-10', { aka: ['Stephane Dion'] }],
        ['Chrystia Freeland', '2017-01-10', '2019-11-20'],
        ['François-Philippe Champagne', '2019-11-20', '2021-01-12', { aka: ['Francois-Philippe Champagne'] }],
        ['Marc Garneau', '2021-01-12', '2021-10-26'],
        ['Mélanie Joly', '2021-10-26', '2025-05-13', { aka: ['Melanie Joly'] }],
        ['Anita Anand', '2025-05-13', null],
      ],
    },
  },
  {
    country: 'AU',
    sources: `pm.gov.au, dfat.gov.au (former ministers), aph.gov.au (Parliamentary Handbook); ${LISTS}. The head of state is the British monarch (see GB). Craig Emerson's acting weeks as foreign minister (2012) are left out.`,
    offices: {
      head_of_government: [
        ['Kevin Rudd', '2007-12-03', '2010-06-24'],
        ['Julia Gillard', '2010-06-24', '2013-06-27'],
        ['Kevin Rudd', '2013-06-27', '2013-09-18'],
        ['Tony Abbott', '2013-09-18', '2015-09-15'],
        ['Malcolm Turnbull', '2015-09-15', '2018-08-24'],
        ['Scott Morrison', '2018-08-24', '2022-05-23'],
        ['Anthony Albanese', '2022-05-23', null],
      ],
      foreign_minister: [
        ['Stephen Smith', '2007-12-03', '2010-09-14'],
        ['Kevin Rudd', '2010-09-14', '2012-02-22'],
        ['Bob Carr', '2012-03-13', '2013-09-18'],
        ['Julie Bishop', '2013-09-18', '2018-08-28'],
        ['Marise Payne', '2018-08-28', '2022-05-23'],
        ['Penny Wong', '2022-05-23', null],
      ],
    },
  },
  {
    country: 'IN',
    sources: `pmindia.gov.in (former Prime Ministers), presidentofindia.gov.in, mea.gov.in (former External Affairs Ministers); ${LISTS}.`,
    offices: {
      head_of_state: [
        ['Pratibha Patil', '2007-07-25', '2012-07-25'],
        ['Pranab Mukherjee', '2012-07-25', '2017-07-25'],
        ['Ram Nath Kovind', '2017-07-25', '2022-07-25'],
        ['Droupadi Murmu', '2022-07-25', null],
      ],
      head_of_government: [
        ['Manmohan Singh', '2004-05-22', '2014-05-26'],
        ['Narendra Modi', '2014-05-26', null],
      ],
      foreign_minister: [
        ['Pranab Mukherjee', '2006-10-24', '2009-05-22'],
        ['S. M. Krishna', '2009-05-22', '2012-10-28', { aka: ['S.M. Krishna'] }],
        ['Salman Khurshid', '2012-10-28', '2014-05-26'],
        ['Sushma Swaraj', '2014-05-26', '2019-05-30'],
        ['Subrahmanyam Jaishankar', '2019-05-30', null, { aka: ['S. Jaishankar', 'S Jaishankar'] }],
      ],
    },
  },
  {
    country: 'KR',
    sources: `president.go.kr, mofa.go.kr (former ministers), opm.go.kr; ${LISTS}. Acting presidents (Hwang Kyo-ahn 2016-12-09 to 2017-05-10, Han Duck-soo and Choi Sang-mok 2024-12-14 to 2025-06-04) are left out; Korea's prime minister is kept as head of government. Cho Hyun took office on 2025-07-21 (his inauguration, as Korean press reported it); Cho Tae-yul's last day is taken as that day, not confirmed. Kim Min-seok was confirmed by the National Assembly and appointed on 2025-07-03, as Korean press reported it. "Yoon Sung-nyeol" is the form machine translations of Japanese news give Yoon Suk Yeol (read back from the katakana ユン・ソンニョル, the Japanese press's reading of 尹錫悦).`,
    offices: {
      head_of_state: [
        ['Lee Myung-bak', '2008-02-25', '2013-02-25'],
        ['Park Geun-hye', '2013-02-25', '2017-03-10'],
        ['Moon Jae-in', '2017-05-10', '2022-05-10'],
        [
          'Yoon Suk Yeol',
          '2022-05-10',
          '2025-04-04',
          { aka: ['Yoon Suk-yeol', 'Yoon Seok-youl', 'Yoon Sung-yeol', 'Yoon Seok-yeol', 'Yoon Sung-nyeol'] },
        ],
        ['Lee Jae-myung', '2025-06-04', null, { aka: ['Lee Jae Myung'] }],
      ],
      head_of_government: [
        ['Han Seung-soo', '2008-02-29', '2009-09-28'],
        ['Chung Un-chan', '2009-09-29', '2010-08-11'],
        ['Kim Hwang-sik', '2010-10-01', '2013-02-26'],
        ['Chung Hong-won', '2013-02-26', '2015-02-16'],
        ['Lee Wan-koo', '2015-02-17', '2015-04-27'],
        ['Hwang Kyo-ahn', '2015-06-18', '2017-05-11'],
        ['Lee Nak-yon', '2017-05-31', '2020-01-14'],
        ['Chung Sye-kyun', '2020-01-14', '2021-05-13'],
        ['Kim Boo-kyum', '2021-05-14', '2022-05-11'],
        ['Han Duck-soo', '2022-05-21', '2025-05-01'],
        ['Kim Min-seok', '2025-07-03', null],
      ],
      foreign_minister: [
        ['Yu Myung-hwan', '2008-02-29', '2010-09-04'],
        ['Kim Sung-hwan', '2010-10-08', '2013-03-11'],
        ['Yun Byung-se', '2013-03-11', '2017-06-18'],
        ['Kang Kyung-wha', '2017-06-18', '2021-02-08'],
        ['Chung Eui-yong', '2021-02-09', '2022-05-11'],
        ['Park Jin', '2022-05-12', '2024-01-10'],
        ['Cho Tae-yul', '2024-01-10', '2025-07-21'],
        ['Cho Hyun', '2025-07-21', null],
      ],
    },
  },
  {
    country: 'CN',
    sources: `english.www.gov.cn, fmprc.gov.cn (former ministers); ${LISTS}.`,
    offices: {
      head_of_state: [
        ['Hu Jintao', '2003-03-15', '2013-03-14', { family: 'Hu' }],
        ['Xi Jinping', '2013-03-14', null, { family: 'Xi' }],
      ],
      head_of_government: [
        ['Wen Jiabao', '2003-03-16', '2013-03-15', { family: 'Wen' }],
        ['Li Keqiang', '2013-03-15', '2023-03-11', { family: 'Li' }],
        ['Li Qiang', '2023-03-11', null, { family: 'Li' }],
      ],
      foreign_minister: [
        ['Yang Jiechi', '2007-04-27', '2013-03-16', { family: 'Yang' }],
        ['Wang Yi', '2013-03-16', '2022-12-30', { family: 'Wang' }],
        ['Qin Gang', '2022-12-30', '2023-07-25', { family: 'Qin' }],
        ['Wang Yi', '2023-07-25', null, { family: 'Wang' }],
      ],
    },
  },
  {
    country: 'RU',
    sources: `kremlin.ru, government.ru, mid.ru; ${LISTS}.`,
    offices: {
      head_of_state: [
        ['Dmitry Medvedev', '2008-05-07', '2012-05-07', { aka: ['Dmitri Medvedev', 'Dmitri Medwedew'] }],
        [
          'Vladimir Putin',
          '2012-05-07',
          null,
          { aka: ['Vladimir Vladimirovich Putin', 'Wladimir Putin', 'Vladimir Poutine'] },
        ],
      ],
      head_of_government: [
        ['Vladimir Putin', '2008-05-08', '2012-05-07', { aka: ['Wladimir Putin', 'Vladimir Poutine'] }],
        ['Dmitry Medvedev', '2012-05-08', '2020-01-16', { aka: ['Dmitri Medvedev'] }],
        ['Mikhail Mishustin', '2020-01-16', null],
      ],
      foreign_minister: [['Sergey Lavrov', '2004-03-09', null, { aka: ['Sergei Lavrov'] }]],
    },
  },
  {
    country: 'DE',
    sources: `bundeskanzler.de, bundespraesident.de, auswaertiges-amt.de (former ministers); ${LISTS}. Acting Federal Presidents (Jens Böhrnsen 2010, Horst Seehofer 2012) are left out.`,
    offices: {
      head_of_state: [
        ['Horst Köhler', '2004-07-01', '2010-05-31', { aka: ['Horst Koehler'] }],
        ['Christian Wulff', '2010-06-30', '2012-02-17'],
        ['Joachim Gauck', '2012-03-18', '2017-03-18'],
        ['Frank-Walter Steinmeier', '2017-03-19', null],
      ],
      head_of_government: [
        ['Angela Merkel', '2005-11-22', '2021-12-08'],
        ['Olaf Scholz', '2021-12-08', '2025-05-06'],
        ['Friedrich Merz', '2025-05-06', null],
      ],
      foreign_minister: [
        ['Frank-Walter Steinmeier', '2005-11-22', '2009-10-28'],
        ['Guido Westerwelle', '2009-10-28', '2013-12-17'],
        ['Frank-Walter Steinmeier', '2013-12-17', '2017-01-27'],
        ['Sigmar Gabriel', '2017-01-27', '2018-03-14'],
        ['Heiko Maas', '2018-03-14', '2021-12-08'],
        ['Annalena Baerbock', '2021-12-08', '2025-05-06'],
        ['Johann Wadephul', '2025-05-06', null],
      ],
    },
  },
  {
    country: 'AT',
    sources: `bundeskanzleramt.gv.at, bundespraesident.at, bmeia.gv.at (former ministers); ${LISTS}. The Federal Presidency was exercised jointly by the presidents of the National Council from 2016-07-08 to 2017-01-26 (left out). Hartwig Löger (acting chancellor 2019-05-28 to 2019-06-03) is left out; Alexander Schallenberg's second term (2025-01-10 to 2025-03-03) was as acting chancellor and is kept, since readouts name him in the office.`,
    offices: {
      head_of_state: [
        ['Heinz Fischer', '2004-07-08', '2016-07-08'],
        ['Alexander Van der Bellen', '2017-01-26', null],
      ],
      head_of_government: [
        ['Werner Faymann', '2008-12-02', '2016-05-09'],
        ['Christian Kern', '2016-05-17', '2017-12-18'],
        ['Sebastian Kurz', '2017-12-18', '2019-05-28'],
        ['Brigitte Bierlein', '2019-06-03', '2020-01-07'],
        ['Sebastian Kurz', '2020-01-07', '2021-10-11'],
        ['Alexander Schallenberg', '2021-10-11', '2021-12-06'],
        ['Karl Nehammer', '2021-12-06', '2025-01-10'],
        ['Alexander Schallenberg', '2025-01-10', '2025-03-03'],
        ['Christian Stocker', '2025-03-03', null],
      ],
      foreign_minister: [
        ['Michael Spindelegger', '2008-12-02', '2013-12-16'],
        ['Sebastian Kurz', '2013-12-16', '2017-12-18'],
        ['Karin Kneissl', '2017-12-18', '2019-06-03'],
        ['Alexander Schallenberg', '2019-06-03', '2021-10-11'],
        ['Michael Linhart', '2021-10-11', '2021-12-06'],
        ['Alexander Schallenberg', '2021-12-06', '2025-03-03'],
        ['Beate Meinl-Reisinger', '2025-03-03', null],
      ],
    },
  },
  {
    country: 'FR',
    sources: `elysee.fr, gouvernement.fr, diplomatie.gouv.fr (former ministers); ${LISTS}. Sébastien Lecornu resigned on 2025-10-06 and was reappointed on 2025-10-10: kept as one term.`,
    offices: {
      head_of_state: [
        ['Nicolas Sarkozy', '2007-05-16', '2012-05-15'],
        ['François Hollande', '2012-05-15', '2017-05-14', { aka: ['Francois Hollande'] }],
        ['Emmanuel Macron', '2017-05-14', null],
      ],
      head_of_government: [
        ['François Fillon', '2007-05-17', '2012-05-15', { aka: ['Francois Fillon'] }],
        ['Jean-Marc Ayrault', '2012-05-15', '2014-03-31'],
        ['Manuel Valls', '2014-03-31', '2016-12-06'],
        ['Bernard Cazeneuve', '2016-12-06', '2017-05-15'],
        ['Édouard Philippe', '2017-05-15', '2020-07-03', { aka: ['Edouard Philippe'] }],
        ['Jean Castex', '2020-07-03', '2022-05-16'],
        ['Élisabeth Borne', '2022-05-16', '2024-01-09', { aka: ['Elisabeth Borne'] }],
        ['Gabriel Attal', '2024-01-09', '2024-09-05'],
        ['Michel Barnier', '2024-09-05', '2024-12-13'],
        ['François Bayrou', '2024-12-13', '2025-09-09', { aka: ['Francois Bayrou'] }],
        ['Sébastien Lecornu', '2025-09-09', null, { aka: ['Sebastien Lecornu'] }],
      ],
      foreign_minister: [
        ['Bernard Kouchner', '2007-05-18', '2010-11-14'],
        ['Michèle Alliot-Marie', '2010-11-14', '2011-02-27', { aka: ['Michele Alliot-Marie'] }],
        ['Alain Juppé', '2011-02-27', '2012-05-15', { aka: ['Alain Juppe'] }],
        ['Laurent Fabius', '2012-05-16', '2016-02-11'],
        ['Jean-Marc Ayrault', '2016-02-11', '2017-05-17'],
        ['Jean-Yves Le Drian', '2017-05-17', '2022-05-20'],
        ['Catherine Colonna', '2022-05-20', '2024-01-11'],
        ['Stéphane Séjourné', '2024-01-11', '2024-09-21', { aka: ['Stephane Sejourne'] }],
        ['Jean-Noël Barrot', '2024-09-21', null, { aka: ['Jean-Noel Barrot'] }],
      ],
    },
  },
  {
    country: 'IT',
    sources: `governo.it (former governments), quirinale.it, esteri.it; ${LISTS}. Between Giulio Terzi's resignation (2013-03-26) and Emma Bonino (2013-04-28) Mario Monti held the ministry ad interim: left out.`,
    offices: {
      head_of_state: [
        ['Giorgio Napolitano', '2006-05-15', '2015-01-14'],
        ['Sergio Mattarella', '2015-02-03', null],
      ],
      head_of_government: [
        ['Silvio Berlusconi', '2008-05-08', '2011-11-16'],
        ['Mario Monti', '2011-11-16', '2013-04-28'],
        ['Enrico Letta', '2013-04-28', '2014-02-22'],
        ['Matteo Renzi', '2014-02-22', '2016-12-12'],
        ['Paolo Gentiloni', '2016-12-12', '2018-06-01'],
        ['Giuseppe Conte', '2018-06-01', '2021-02-13'],
        ['Mario Draghi', '2021-02-13', '2022-10-22'],
        ['Giorgia Meloni', '2022-10-22', null],
      ],
      foreign_minister: [
        ['Franco Frattini', '2008-05-08', '2011-11-16'],
        [
          'Giulio Terzi',
          '2011-11-16',
          '2013-03-26',
          { aka: ["Giulio Terzi di Sant'Agata"], family: 'Terzi' },
        ],
        ['Emma Bonino', '2013-04-28', '2014-02-22'],
        ['Federica Mogherini', '2014-02-22', '2014-10-31'],
        ['Paolo Gentiloni', '2014-10-31', '2016-12-12'],
        ['Angelino Alfano', '2016-12-12', '2018-06-01'],
        ['Enzo Moavero Milanesi', '2018-06-01', '2019-09-05'],
        ['Luigi Di Maio', '2019-09-05', '2022-10-22', { family: 'Di Maio' }],
        ['Antonio Tajani', '2022-10-22', null],
      ],
    },
  },
  {
    country: 'AR',
    sources: `casarosada.gob.ar, cancilleria.gob.ar; ${LISTS}. Gerardo Werthein's resignation took effect on 2025-10-27 and Pablo Quirno was sworn in on 2025-10-28, as Argentine press reported (Decreto 774/2025); not checked on an official page.`,
    offices: {
      head_of_state: [
        [
          'Cristina Fernández de Kirchner',
          '2007-12-10',
          '2015-12-10',
          { aka: ['Cristina Fernandez de Kirchner', 'Cristina Kirchner'], family: 'Fernández de Kirchner' },
        ],
        ['Mauricio Macri', '2015-12-10', '2019-12-10'],
        ['Alberto Fernández', '2019-12-10', '2023-12-10', { aka: ['Alberto Fernandez'] }],
        ['Javier Milei', '2023-12-10', null],
      ],
      foreign_minister: [
        ['Jorge Taiana', '2005-01-01', '2010-06-18'],
        ['Héctor Timerman', '2010-06-18', '2015-12-10', { aka: ['Hector Timerman'] }],
        ['Susana Malcorra', '2015-12-10', '2017-06-12'],
        ['Jorge Faurie', '2017-06-12', '2019-12-10'],
        ['Felipe Solá', '2019-12-10', '2021-09-20', { aka: ['Felipe Sola'] }],
        ['Santiago Cafiero', '2021-09-20', '2023-12-10'],
        ['Diana Mondino', '2023-12-10', '2024-10-30'],
        ['Gerardo Werthein', '2024-10-30', '2025-10-27'],
        ['Pablo Quirno', '2025-10-28', null],
      ],
    },
  },
  {
    country: 'BR',
    sources: `gov.br/planalto (former presidents), gov.br/mre (former ministers); ${LISTS}. Michel Temer was acting president from 2016-05-12 (Dilma Rousseff suspended) and is kept from 2016-08-31.`,
    offices: {
      head_of_state: [
        [
          'Luiz Inácio Lula da Silva',
          '2003-01-01',
          '2011-01-01',
          { aka: ['Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula'], family: 'Lula' },
        ],
        ['Dilma Rousseff', '2011-01-01', '2016-08-31', { aka: ['Dilma Vana Rousseff'] }],
        ['Michel Temer', '2016-08-31', '2019-01-01'],
        ['Jair Bolsonaro', '2019-01-01', '2023-01-01', { aka: ['Jair Messias Bolsonaro'] }],
        [
          'Luiz Inácio Lula da Silva',
          '2023-01-01',
          null,
          { aka: ['Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula'], family: 'Lula' },
        ],
      ],
      foreign_minister: [
        ['Celso Amorim', '2003-01-01', '2011-01-01'],
        ['Antonio Patriota', '2011-01-01', '2013-08-26', { aka: ['Antonio de Aguiar Patriota'] }],
        ['Luiz Alberto Figueiredo', '2013-08-28', '2015-01-01'],
        ['Mauro Vieira', '2015-01-01', '2016-05-12'],
        ['José Serra', '2016-05-12', '2017-02-22', { aka: ['Jose Serra'] }],
        ['Aloysio Nunes', '2017-03-07', '2019-01-01', { aka: ['Aloysio Nunes Ferreira'] }],
        ['Ernesto Araújo', '2019-01-01', '2021-03-29', { aka: ['Ernesto Araujo'] }],
        [
          'Carlos França',
          '2021-04-06',
          '2023-01-01',
          { aka: ['Carlos Franca', 'Carlos Alberto Franco França'] },
        ],
        ['Mauro Vieira', '2023-01-01', null],
      ],
    },
  },
  {
    country: 'ID',
    sources: `setneg.go.id, kemlu.go.id; ${LISTS}.`,
    offices: {
      head_of_state: [
        ['Susilo Bambang Yudhoyono', '2004-10-20', '2014-10-20', { family: 'Yudhoyono' }],
        ['Joko Widodo', '2014-10-20', '2024-10-20', { aka: ['Jokowi'] }],
        ['Prabowo Subianto', '2024-10-20', null, { family: 'Prabowo' }],
      ],
      foreign_minister: [
        ['Hassan Wirajuda', '2001-08-10', '2009-10-22'],
        ['Marty Natalegawa', '2009-10-22', '2014-10-27', { aka: ['R.M. Marty M. Natalegawa'] }],
        ['Retno Marsudi', '2014-10-27', '2024-10-20', { aka: ['Retno L.P. Marsudi'] }],
        ['Sugiono', '2024-10-21', null],
      ],
    },
  },
  {
    country: 'MX',
    sources: `gob.mx/presidencia, gob.mx/sre (former secretaries); ${LISTS}. The end of Marcelo Ebrard's term (he resigned in June 2023 to run for the candidacy) is given to the day he left, and Juan Ramón de la Fuente's term is kept open: neither confirmed on an official page. He took medical leave on 2025-11-28 with Roberto Velasco in charge of the ministry meanwhile (as Mexican press reported it); Velasco is not kept.`,
    offices: {
      head_of_state: [
        ['Felipe Calderón', '2006-12-01', '2012-11-30', { aka: ['Felipe Calderon'] }],
        [
          'Enrique Peña Nieto',
          '2012-12-01',
          '2018-11-30',
          { aka: ['Enrique Pena Nieto'], family: 'Peña Nieto' },
        ],
        [
          'Andrés Manuel López Obrador',
          '2018-12-01',
          '2024-09-30',
          { aka: ['Andres Manuel Lopez Obrador', 'López Obrador'], family: 'López Obrador' },
        ],
        ['Claudia Sheinbaum', '2024-10-01', null, { aka: ['Claudia Sheinbaum Pardo'], family: 'Sheinbaum' }],
      ],
      foreign_minister: [
        ['Patricia Espinosa', '2006-12-01', '2012-11-30', { aka: ['Patricia Espinosa Cantellano'] }],
        ['José Antonio Meade', '2012-12-01', '2015-08-27', { aka: ['Jose Antonio Meade'] }],
        ['Claudia Ruiz Massieu', '2015-08-27', '2017-01-04'],
        ['Luis Videgaray', '2017-01-04', '2018-11-30', { aka: ['Luis Videgaray Caso'] }],
        ['Marcelo Ebrard', '2018-12-01', '2023-06-12', { aka: ['Marcelo Ebrard Casaubón'] }],
        ['Alicia Bárcena', '2023-07-03', '2024-09-30', { aka: ['Alicia Barcena', 'Alicia Bárcena Ibarra'] }],
        [
          'Juan Ramón de la Fuente',
          '2024-10-01',
          null,
          { aka: ['Juan Ramon de la Fuente'], family: 'de la Fuente' },
        ],
      ],
    },
  },
  {
    country: 'SA',
    sources: `spa.gov.sa, mofa.gov.sa; ${LISTS}. The King was head of government until Crown Prince Mohammed bin Salman was named Prime Minister (2022-09-27).`,
    offices: {
      head_of_state: [
        ['Abdullah bin Abdulaziz Al Saud', '2005-08-01', '2015-01-23', { aka: ['King Abdullah'] }],
        [
          'Salman bin Abdulaziz Al Saud',
          '2015-01-23',
          null,
          { aka: ['Salman bin Abdulaziz'], family: 'Salman' },
        ],
      ],
      head_of_government: [
        ['Abdullah bin Abdulaziz Al Saud', '2005-08-01', '2015-01-23'],
        ['Salman bin Abdulaziz Al Saud', '2015-01-23', '2022-09-27', { aka: ['Salman bin Abdulaziz'] }],
        [
          'Mohammed bin Salman',
          '2022-09-27',
          null,
          {
            aka: [
              'Mohammed bin Salman Al Saud',
              'Mohammed bin Salman bin Abdulaziz Al Saud',
              'Mohammad bin Salman',
            ],
          },
        ],
      ],
      foreign_minister: [
        ['Saud Al-Faisal', '1975-10-13', '2015-04-29', { aka: ['Saud al-Faisal'] }],
        ['Adel al-Jubeir', '2015-04-29', '2018-12-27', { aka: ['Adel Al-Jubeir'] }],
        ['Ibrahim Al-Assaf', '2018-12-27', '2019-10-23', { aka: ['Ibrahim Abdulaziz Al-Assaf'] }],
        [
          'Faisal bin Farhan',
          '2019-10-23',
          null,
          { aka: ['Faisal bin Farhan Al Saud', 'Faisal bin Farhan Al-Saud', 'Prince Faisal bin Farhan'] },
        ],
      ],
    },
  },
  {
    country: 'ZA',
    sources: `thepresidency.gov.za, dirco.gov.za; ${LISTS}. Naledi Pandor's last day is the day before Ronald Lamola's cabinet was sworn in (2024-07-03).`,
    offices: {
      head_of_state: [
        ['Kgalema Motlanthe', '2008-09-25', '2009-05-09'],
        ['Jacob Zuma', '2009-05-09', '2018-02-14'],
        ['Cyril Ramaphosa', '2018-02-15', null, { aka: ['Matamela Cyril Ramaphosa'] }],
      ],
      foreign_minister: [
        ['Nkosazana Dlamini-Zuma', '1999-06-17', '2009-05-10'],
        ['Maite Nkoana-Mashabane', '2009-05-10', '2018-02-26'],
        ['Lindiwe Sisulu', '2018-02-27', '2019-05-29'],
        ['Naledi Pandor', '2019-05-30', '2024-07-02'],
        ['Ronald Lamola', '2024-07-03', null],
      ],
    },
  },
  {
    country: 'TR',
    sources: `tccb.gov.tr, mfa.gov.tr (former ministers); ${LISTS}. The office of Prime Minister was abolished on 2018-07-09; since then the President heads the government.`,
    offices: {
      head_of_state: [
        ['Abdullah Gül', '2007-08-28', '2014-08-28', { aka: ['Abdullah Gul'] }],
        ['Recep Tayyip Erdoğan', '2014-08-28', null, { aka: ['Recep Tayyip Erdogan', 'Erdogan'] }],
      ],
      head_of_government: [
        ['Recep Tayyip Erdoğan', '2003-03-14', '2014-08-28', { aka: ['Recep Tayyip Erdogan', 'Erdogan'] }],
        ['Ahmet Davutoğlu', '2014-08-28', '2016-05-24', { aka: ['Ahmet Davutoglu'] }],
        ['Binali Yıldırım', '2016-05-24', '2018-07-09', { aka: ['Binali Yildirim'] }],
      ],
      foreign_minister: [
        ['Ali Babacan', '2007-08-29', '2009-05-01'],
        ['Ahmet Davutoğlu', '2009-05-01', '2014-08-29', { aka: ['Ahmet Davutoglu'] }],
        ['Mevlüt Çavuşoğlu', '2014-08-29', '2015-08-28', { aka: ['Mevlut Cavusoglu'] }],
        ['Feridun Sinirlioğlu', '2015-08-28', '2015-11-24', { aka: ['Feridun Sinirlioglu'] }],
        ['Mevlüt Çavuşoğlu', '2015-11-24', '2023-06-04', { aka: ['Mevlut Cavusoglu'] }],
        ['Hakan Fidan', '2023-06-04', null],
      ],
    },
  },
  {
    country: 'EU',
    sources: `consilium.europa.eu (former Presidents of the European Council), commission.europa.eu (former Presidents), eeas.europa.eu (High Representatives); ${LISTS}. The High Representative is kept as the EU's foreign minister.`,
    offices: {
      council_president: [
        ['Herman Van Rompuy', '2009-12-01', '2014-11-30', { family: 'Van Rompuy' }],
        ['Donald Tusk', '2014-12-01', '2019-11-30'],
        ['Charles Michel', '2019-12-01', '2024-11-30'],
        ['António Costa', '2024-12-01', null, { aka: ['Antonio Costa'] }],
      ],
      commission_president: [
        [
          'José Manuel Barroso',
          '2004-11-22',
          '2014-10-31',
          { aka: ['Jose Manuel Barroso', 'José Manuel Durão Barroso'] },
        ],
        ['Jean-Claude Juncker', '2014-11-01', '2019-11-30'],
        ['Ursula von der Leyen', '2019-12-01', null, { family: 'von der Leyen' }],
      ],
      foreign_minister: [
        ['Javier Solana', '1999-10-18', '2009-11-30'],
        ['Catherine Ashton', '2009-12-01', '2014-10-31'],
        ['Federica Mogherini', '2014-11-01', '2019-11-30'],
        ['Josep Borrell', '2019-12-01', '2024-11-30', { aka: ['Josep Borrell Fontelles'] }],
        ['Kaja Kallas', '2024-12-01', null],
      ],
    },
  },
  {
    country: 'UA',
    sources: `president.gov.ua, kmu.gov.ua, mfa.gov.ua (former ministers); ${LISTS}. Acting holders of 2014 (Oleksandr Turchynov as president, Andrii Deshchytsia as foreign minister) are left out.`,
    offices: {
      head_of_state: [
        ['Viktor Yushchenko', '2005-01-23', '2010-02-25'],
        ['Viktor Yanukovych', '2010-02-25', '2014-02-22'],
        ['Petro Poroshenko', '2014-06-07', '2019-05-20'],
        [
          'Volodymyr Zelenskyy',
          '2019-05-20',
          null,
          { aka: ['Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Wolodymyr Selenskyj', 'Volodymyr Zelenski'] },
        ],
      ],
      head_of_government: [
        ['Yulia Tymoshenko', '2007-12-18', '2010-03-11'],
        ['Mykola Azarov', '2010-03-11', '2014-01-28'],
        ['Arseniy Yatsenyuk', '2014-02-27', '2016-04-14'],
        ['Volodymyr Groysman', '2016-04-14', '2019-08-29'],
        ['Oleksiy Honcharuk', '2019-08-29', '2020-03-04'],
        ['Denys Shmyhal', '2020-03-04', '2025-07-17'],
        ['Yulia Svyrydenko', '2025-07-17', null],
      ],
      foreign_minister: [
        ['Volodymyr Ohryzko', '2007-12-18', '2009-03-03'],
        ['Petro Poroshenko', '2009-10-09', '2010-03-11'],
        ['Kostyantyn Gryshchenko', '2010-03-11', '2012-12-24'],
        ['Leonid Kozhara', '2012-12-24', '2014-02-23'],
        ['Pavlo Klimkin', '2014-06-19', '2019-08-29'],
        ['Vadym Prystaiko', '2019-08-29', '2020-03-04'],
        ['Dmytro Kuleba', '2020-03-04', '2024-09-05'],
        ['Andrii Sybiha', '2024-09-05', null, { aka: ['Andriy Sybiha'] }],
      ],
    },
  },
  {
    country: 'IL',
    sources: `gov.il (Prime Minister's Office, former ministers), president.gov.il, knesset.gov.il; ${LISTS}. Prime ministers who also held the foreign ministry (Netanyahu 2012–2013 and 2015–2019) are kept as foreign minister for those years; Israel Katz's 2019 start (acting from 2019-02-17) is kept from that day.`,
    offices: {
      head_of_state: [
        ['Shimon Peres', '2007-07-15', '2014-07-24'],
        ['Reuven Rivlin', '2014-07-24', '2021-07-07'],
        ['Isaac Herzog', '2021-07-07', null],
      ],
      head_of_government: [
        ['Ehud Olmert', '2006-04-14', '2009-03-31'],
        ['Benjamin Netanyahu', '2009-03-31', '2021-06-13'],
        ['Naftali Bennett', '2021-06-13', '2022-07-01'],
        ['Yair Lapid', '2022-07-01', '2022-12-29'],
        ['Benjamin Netanyahu', '2022-12-29', null],
      ],
      foreign_minister: [
        ['Tzipi Livni', '2006-05-04', '2009-03-31'],
        ['Avigdor Lieberman', '2009-03-31', '2012-12-18'],
        ['Benjamin Netanyahu', '2012-12-18', '2013-11-11'],
        ['Avigdor Lieberman', '2013-11-11', '2015-05-14'],
        ['Benjamin Netanyahu', '2015-05-14', '2019-02-17'],
        ['Israel Katz', '2019-02-17', '2020-05-17'],
        ['Gabi Ashkenazi', '2020-05-17', '2021-06-13'],
        ['Yair Lapid', '2021-06-13', '2022-12-29'],
        ['Eli Cohen', '2022-12-29', '2024-01-01'],
        ['Israel Katz', '2024-01-01', '2024-11-05'],
        ["Gideon Sa'ar", '2024-11-05', null, { aka: ['Gideon Saar'] }],
      ],
    },
  },
  {
    country: 'PH',
    sources: `pco.gov.ph / officialgazette.gov.ph, dfa.gov.ph; ${LISTS}. Alberto Romulo's first day (2004) and the 2016–2017 acting secretaries are not kept; Ma. Theresa Lazaro's first day (July 2025) is as announced, not confirmed to the day.`,
    offices: {
      head_of_state: [
        [
          'Gloria Macapagal Arroyo',
          '2001-01-20',
          '2010-06-30',
          { aka: ['Gloria Macapagal-Arroyo'], family: 'Arroyo' },
        ],
        [
          'Benigno Aquino III',
          '2010-06-30',
          '2016-06-30',
          { aka: ['Benigno S. Aquino III', 'Noynoy Aquino'], family: 'Aquino' },
        ],
        ['Rodrigo Duterte', '2016-06-30', '2022-06-30', { aka: ['Rodrigo Roa Duterte'] }],
        [
          'Ferdinand R. Marcos Jr.',
          '2022-06-30',
          null,
          {
            aka: [
              'Ferdinand R. Marcos, Jr.',
              'Ferdinand Marcos Jr.',
              'Ferdinand Romualdez Marcos Jr.',
              'Bongbong Marcos',
            ],
            family: 'Marcos',
          },
        ],
      ],
      foreign_minister: [
        ['Alberto Romulo', '2004-08-23', '2011-02-24'],
        ['Albert del Rosario', '2011-02-24', '2016-03-07', { family: 'del Rosario' }],
        ['Perfecto Yasay Jr.', '2016-06-30', '2017-03-08', { aka: ['Perfecto Yasay'], family: 'Yasay' }],
        ['Alan Peter Cayetano', '2017-05-18', '2018-10-17'],
        [
          'Teodoro Locsin Jr.',
          '2018-10-17',
          '2022-06-30',
          { aka: ['Teodoro L. Locsin Jr.', 'Teodoro Locsin'], family: 'Locsin' },
        ],
        ['Enrique Manalo', '2022-07-01', '2025-06-30', { aka: ['Enrique A. Manalo'] }],
        ['Ma. Theresa Lazaro', '2025-07-01', null, { aka: ['Maria Theresa Lazaro', 'Theresa Lazaro'] }],
      ],
    },
  },
  {
    country: 'VN',
    sources: `chinhphu.vn (English portal), mofa.gov.vn; ${LISTS}. The President of Viet Nam is head of state. The General Secretary of the Communist Party of Viet Nam is kept as readouts name him (dangcongsan.vn, the Party's site; Nguyen Phu Trong died in office on 2024-07-19 and To Lam, standing in from then, was elected on 2024-08-03: the days between are left out). Le Hoai Trung is kept from the Prime Minister's decision of 2025-08-29 making him acting foreign minister (Bui Thanh Son relieved of the ministry then); the National Assembly confirmed him on 2025-10-25, as Vietnamese press reported it.`,
    offices: {
      head_of_state: [
        ['Nguyen Minh Triet', '2006-06-27', '2011-07-25', { family: 'Nguyen' }],
        ['Truong Tan Sang', '2011-07-25', '2016-04-02', { family: 'Truong' }],
        ['Tran Dai Quang', '2016-04-02', '2018-09-21', { family: 'Tran' }],
        ['Nguyen Phu Trong', '2018-10-23', '2021-04-05', { family: 'Nguyen' }],
        ['Nguyen Xuan Phuc', '2021-04-05', '2023-01-18', { family: 'Nguyen' }],
        ['Vo Van Thuong', '2023-03-02', '2024-03-21', { family: 'Vo' }],
        ['To Lam', '2024-05-22', '2024-10-21', { family: 'To' }],
        ['Luong Cuong', '2024-10-21', null, { family: 'Luong' }],
      ],
      head_of_government: [
        ['Nguyen Tan Dung', '2006-06-27', '2016-04-07', { family: 'Nguyen' }],
        ['Nguyen Xuan Phuc', '2016-04-07', '2021-04-05', { family: 'Nguyen' }],
        ['Pham Minh Chinh', '2021-04-05', null, { family: 'Pham' }],
      ],
      foreign_minister: [
        ['Pham Gia Khiem', '2006-06-27', '2011-08-03', { family: 'Pham' }],
        ['Pham Binh Minh', '2011-08-03', '2021-04-08', { family: 'Pham' }],
        ['Bui Thanh Son', '2021-04-08', '2025-08-29', { family: 'Bui' }],
        ['Le Hoai Trung', '2025-08-29', null, { family: 'Le' }],
      ],
      party_general_secretary: [
        ['Nong Duc Manh', '2001-04-22', '2011-01-19', { family: 'Nong' }],
        ['Nguyen Phu Trong', '2011-01-19', '2024-07-19', { family: 'Nguyen' }],
        ['To Lam', '2024-08-03', null, { family: 'To' }],
      ],
    },
  },
  {
    country: 'NZ',
    sources: `dpmc.govt.nz (former Prime Ministers), mfat.govt.nz, beehive.govt.nz; ${LISTS}.`,
    offices: {
      head_of_government: [
        ['John Key', '2008-11-19', '2016-12-12'],
        ['Bill English', '2016-12-12', '2017-10-26'],
        ['Jacinda Ardern', '2017-10-26', '2023-01-25'],
        ['Chris Hipkins', '2023-01-25', '2023-11-27'],
        ['Christopher Luxon', '2023-11-27', null],
      ],
      foreign_minister: [
        ['Murray McCully', '2008-11-19', '2017-05-02'],
        ['Gerry Brownlee', '2017-05-02', '2017-10-26'],
        ['Winston Peters', '2017-10-26', '2020-11-06'],
        ['Nanaia Mahuta', '2020-11-06', '2023-11-27'],
        ['Winston Peters', '2023-11-27', null],
      ],
    },
  },
  {
    country: 'ES',
    sources: `lamoncloa.gob.es (former presidents of the government), casareal.es, exteriores.gob.es; ${LISTS}. Margarita Robles's acting weeks as foreign minister (2019–2020) are left out.`,
    offices: {
      head_of_state: [
        ['Juan Carlos I', '1975-11-22', '2014-06-19'],
        ['Felipe VI', '2014-06-19', null],
      ],
      head_of_government: [
        [
          'José Luis Rodríguez Zapatero',
          '2004-04-17',
          '2011-12-21',
          { aka: ['Jose Luis Rodriguez Zapatero'] },
        ],
        ['Mariano Rajoy', '2011-12-21', '2018-06-02'],
        ['Pedro Sánchez', '2018-06-02', null, { aka: ['Pedro Sanchez'] }],
      ],
      foreign_minister: [
        ['Miguel Ángel Moratinos', '2004-04-18', '2010-10-21', { aka: ['Miguel Angel Moratinos'] }],
        ['Trinidad Jiménez', '2010-10-21', '2011-12-22', { aka: ['Trinidad Jimenez'] }],
        ['José Manuel García-Margallo', '2011-12-22', '2016-11-04', { aka: ['Jose Manuel Garcia-Margallo'] }],
        ['Alfonso Dastis', '2016-11-04', '2018-06-07'],
        ['Josep Borrell', '2018-06-07', '2019-11-30'],
        ['Arancha González Laya', '2020-01-13', '2021-07-12', { aka: ['Arancha Gonzalez Laya'] }],
        ['José Manuel Albares', '2021-07-12', null, { aka: ['Jose Manuel Albares'] }],
      ],
    },
  },
  {
    country: 'PL',
    sources: `gov.pl (Chancellery of the Prime Minister; Ministry of Foreign Affairs), prezydent.pl; ${LISTS}. Bronisław Komorowski is kept from his inauguration (2010-08-06), not from his acting months.`,
    offices: {
      head_of_state: [
        ['Lech Kaczyński', '2005-12-23', '2010-04-10', { aka: ['Lech Kaczynski'] }],
        ['Bronisław Komorowski', '2010-08-06', '2015-08-06', { aka: ['Bronislaw Komorowski'] }],
        ['Andrzej Duda', '2015-08-06', '2025-08-06'],
        ['Karol Nawrocki', '2025-08-06', null],
      ],
      head_of_government: [
        ['Donald Tusk', '2007-11-16', '2014-09-22'],
        ['Ewa Kopacz', '2014-09-22', '2015-11-16'],
        ['Beata Szydło', '2015-11-16', '2017-12-11', { aka: ['Beata Szydlo'] }],
        ['Mateusz Morawiecki', '2017-12-11', '2023-12-13'],
        ['Donald Tusk', '2023-12-13', null],
      ],
      foreign_minister: [
        ['Radosław Sikorski', '2007-11-16', '2014-09-22', { aka: ['Radoslaw Sikorski'] }],
        ['Grzegorz Schetyna', '2014-09-22', '2015-11-16'],
        ['Witold Waszczykowski', '2015-11-16', '2018-01-09'],
        ['Jacek Czaputowicz', '2018-01-09', '2020-08-20'],
        ['Zbigniew Rau', '2020-08-26', '2023-11-27'],
        ['Szymon Szynkowski vel Sęk', '2023-11-27', '2023-12-13', { family: 'Szynkowski vel Sęk' }],
        ['Radosław Sikorski', '2023-12-13', null, { aka: ['Radoslaw Sikorski'] }],
      ],
    },
  },
  {
    country: 'PK',
    sources: `pmo.gov.pk, mofa.gov.pk; ${LISTS}. Only foreign ministers named in readouts read so far are kept.`,
    offices: {
      foreign_minister: [
        ['Bilawal Bhutto Zardari', '2022-04-27', '2023-08-10', { family: 'Bhutto Zardari' }],
      ],
    },
  },
  {
    country: 'SG',
    sources: `pmo.gov.sg, mfa.gov.sg; ${LISTS}.`,
    offices: {
      head_of_government: [
        ['Lee Hsien Loong', '2004-08-12', '2024-05-15', { family: 'Lee' }],
        ['Lawrence Wong', '2024-05-15', null],
      ],
      foreign_minister: [
        ['George Yeo', '2004-08-12', '2011-05-20'],
        ['K. Shanmugam', '2011-05-21', '2015-09-30', { aka: ['Kasiviswanathan Shanmugam'] }],
        ['Vivian Balakrishnan', '2015-10-01', null],
      ],
    },
  },
  {
    country: 'GR',
    sources: `primeminister.gr (former prime ministers), presidency.gr; ${LISTS}. The caretaker prime ministers before elections (Panagiotis Pikrammenos 2012, Vassiliki Thanou 2015, Ioannis Sarmas 2023) are kept: they held the office. Added for the Chancellery's and news copies that name Greece's leaders.`,
    offices: {
      head_of_state: [
        ['Karolos Papoulias', '2005-03-12', '2015-03-13'],
        ['Prokopis Pavlopoulos', '2015-03-13', '2020-03-13'],
        ['Katerina Sakellaropoulou', '2020-03-13', '2025-03-13'],
        ['Konstantinos Tasoulas', '2025-03-13', null],
      ],
      head_of_government: [
        ['Kostas Karamanlis', '2004-03-10', '2009-10-06'],
        ['George Papandreou', '2009-10-06', '2011-11-11'],
        ['Lucas Papademos', '2011-11-11', '2012-05-17'],
        ['Panagiotis Pikrammenos', '2012-05-17', '2012-06-20'],
        ['Antonis Samaras', '2012-06-20', '2015-01-26'],
        ['Alexis Tsipras', '2015-01-26', '2015-08-27'],
        ['Vassiliki Thanou', '2015-08-27', '2015-09-21', { aka: ['Vassiliki Thanou-Christophilou'] }],
        ['Alexis Tsipras', '2015-09-21', '2019-07-08'],
        ['Kyriakos Mitsotakis', '2019-07-08', '2023-05-25'],
        ['Ioannis Sarmas', '2023-05-25', '2023-06-26'],
        ['Kyriakos Mitsotakis', '2023-06-26', null],
      ],
    },
  },
  {
    country: 'IE',
    sources: `gov.ie (Department of the Taoiseach; former Ministers for Foreign Affairs), president.ie; ${LISTS}. Brian Cowen's acting weeks as foreign minister (2011) are left out, and the foreign ministers are kept only to Micheál Martin's second term (to 2025-01-23). Catherine Connolly's inauguration (2025-11-11) is as Irish press reported it.`,
    offices: {
      head_of_state: [
        ['Mary McAleese', '1997-11-11', '2011-11-11'],
        ['Michael D. Higgins', '2011-11-11', '2025-11-11', { aka: ['Michael Higgins'] }],
        ['Catherine Connolly', '2025-11-11', null],
      ],
      head_of_government: [
        ['Brian Cowen', '2008-05-07', '2011-03-09'],
        ['Enda Kenny', '2011-03-09', '2017-06-14'],
        ['Leo Varadkar', '2017-06-14', '2020-06-27'],
        ['Micheál Martin', '2020-06-27', '2022-12-17', { aka: ['Micheal Martin'] }],
        ['Leo Varadkar', '2022-12-17', '2024-04-09'],
        ['Simon Harris', '2024-04-09', '2025-01-23'],
        ['Micheál Martin', '2025-01-23', null, { aka: ['Micheal Martin'] }],
      ],
      foreign_minister: [
        ['Micheál Martin', '2008-05-07', '2011-01-19', { aka: ['Micheal Martin'] }],
        ['Eamon Gilmore', '2011-03-09', '2014-07-11'],
        ['Charles Flanagan', '2014-07-11', '2017-06-14'],
        ['Simon Coveney', '2017-06-14', '2022-12-17'],
        ['Micheál Martin', '2022-12-17', '2025-01-23', { aka: ['Micheal Martin'] }],
      ],
    },
  },
  {
    country: 'KZ',
    sources: `akorda.kz (the President), primeminister.kz (the Government), gov.kz/memleket/entities/mfa (the Ministry of Foreign Affairs); ${LISTS}. Acting prime ministers between governments (2019-02-21 to 2019-02-25, 2022-01-05 to 2022-01-11, 2024-02-05 to 2024-02-06) are left out. Murat Nurtleu's appointment (2023-04-03) and his replacement by Yermek Kosherbayev (2025-09-26) are as Kazakh and Russian press reported the decrees.`,
    offices: {
      head_of_state: [
        ['Nursultan Nazarbayev', '1990-04-24', '2019-03-20'],
        [
          'Kassym-Jomart Tokayev',
          '2019-03-20',
          null,
          { aka: ['Kassym-Zhomart Tokayev', 'Kasym-Zhomart Tokayev', 'Qasym-Jomart Toqayev'] },
        ],
      ],
      head_of_government: [
        ['Karim Massimov', '2007-01-10', '2012-09-24', { aka: ['Karim Masimov'] }],
        ['Serik Akhmetov', '2012-09-24', '2014-04-02'],
        ['Karim Massimov', '2014-04-02', '2016-09-08', { aka: ['Karim Masimov'] }],
        ['Bakhytzhan Sagintayev', '2016-09-09', '2019-02-21', { aka: ['Bakytzhan Sagintayev'] }],
        ['Askar Mamin', '2019-02-25', '2022-01-05'],
        ['Alikhan Smailov', '2022-01-11', '2024-02-05'],
        ['Olzhas Bektenov', '2024-02-06', null],
      ],
      foreign_minister: [
        ['Marat Tazhin', '2007-01-10', '2009-09-04'],
        ['Kanat Saudabayev', '2009-09-04', '2011-04-05'],
        ['Yerzhan Kazykhanov', '2011-04-05', '2012-09-28'],
        ['Erlan Idrissov', '2012-09-28', '2016-12-28', { aka: ['Yerlan Idrissov'] }],
        ['Kairat Abdrakhmanov', '2016-12-28', '2018-12-18'],
        ['Beibut Atamkulov', '2018-12-18', '2019-09-18'],
        ['Mukhtar Tleuberdi', '2019-09-18', '2023-04-03'],
        ['Murat Nurtleu', '2023-04-03', '2025-09-26'],
        ['Yermek Kosherbayev', '2025-09-26', null],
      ],
    },
  },
  {
    country: 'AE',
    sources: `uaecabinet.ae (the Cabinet), mofa.gov.ae, wam.ae (Emirates News Agency); ${LISTS}. President Khalifa bin Zayed Al Nahyan died on 2022-05-13; the Federal Supreme Council elected Mohamed bin Zayed Al Nahyan on 2022-05-14. He had been Crown Prince of Abu Dhabi since 2004-11-03, the office readouts named him by until then; Khaled bin Mohamed bin Zayed Al Nahyan was named Crown Prince on 2023-03-29.`,
    offices: {
      head_of_state: [
        ['Khalifa bin Zayed Al Nahyan', '2004-11-03', '2022-05-13', { aka: ['Khalifa bin Zayed'] }],
        [
          'Mohamed bin Zayed Al Nahyan',
          '2022-05-14',
          null,
          { aka: ['Mohammed bin Zayed Al Nahyan', 'Mohamed bin Zayed', 'Mohammed bin Zayed'] },
        ],
      ],
      head_of_government: [
        [
          'Mohammed bin Rashid Al Maktoum',
          '2006-01-05',
          null,
          { aka: ['Mohammed bin Rashid', 'Mohammed Bin Rashid Al Maktoum'] },
        ],
      ],
      foreign_minister: [
        ['Abdullah bin Zayed Al Nahyan', '2006-02-09', null, { aka: ['Abdullah bin Zayed'] }],
      ],
      crown_prince: [
        [
          'Mohamed bin Zayed Al Nahyan',
          '2004-11-03',
          '2022-05-14',
          { aka: ['Mohammed bin Zayed Al Nahyan', 'Mohamed bin Zayed', 'Mohammed bin Zayed'] },
        ],
        ['Khaled bin Mohamed bin Zayed Al Nahyan', '2023-03-29', null],
      ],
    },
  },
  {
    country: 'MN',
    sources: `president.mn, zasag.mn (Government of Mongolia); ${LISTS}. Mongolian names are written patronymic first ("Ukhnaagiin Khurelsukh"); the given name, kept last, is the one readouts use alone, and the short forms pages write ("Khurelsukh Ukhnaa") are kept as other forms. Acting prime ministers between governments are left out; Gombojavyn Zandanshatar is kept in office after parliament's vote of October 2025 to dismiss him, which the Constitutional Court set aside (as Mongolian press reported it). Foreign ministers are not kept yet.`,
    offices: {
      head_of_state: [
        ['Nambaryn Enkhbayar', '2005-06-24', '2009-06-18', { aka: ['Enkhbayar Nambar'] }],
        ['Tsakhiagiin Elbegdorj', '2009-06-18', '2017-07-10', { aka: ['Elbegdorj Tsakhia'] }],
        ['Khaltmaagiin Battulga', '2017-07-10', '2021-06-25', { aka: ['Battulga Khaltmaa'] }],
        ['Ukhnaagiin Khurelsukh', '2021-06-25', null, { aka: ['Khurelsukh Ukhnaa', 'Ukhnaa Khurelsukh'] }],
      ],
      head_of_government: [
        ['Sanjaagiin Bayar', '2007-11-22', '2009-10-29', { aka: ['Bayar Sanj'] }],
        [
          'Sükhbaataryn Batbold',
          '2009-10-29',
          '2012-08-10',
          { aka: ['Sukhbaataryn Batbold', 'Batbold Sukhbaatar'] },
        ],
        ['Norovyn Altankhuyag', '2012-08-10', '2014-11-05', { aka: ['Altankhuyag Norov'] }],
        ['Chimediin Saikhanbileg', '2014-12-04', '2016-07-07', { aka: ['Saikhanbileg Chimed'] }],
        ['Jargaltulgyn Erdenebat', '2016-07-07', '2017-09-07', { aka: ['Erdenebat Jargaltulga'] }],
        [
          'Ukhnaagiin Khurelsukh',
          '2017-10-04',
          '2021-01-27',
          { aka: ['Khurelsukh Ukhnaa', 'Ukhnaa Khurelsukh'] },
        ],
        [
          'Luvsannamsrain Oyun-Erdene',
          '2021-01-27',
          '2025-06-13',
          { aka: ['Oyun-Erdene Luvsannamsrai'], family: 'Oyun-Erdene' },
        ],
        ['Gombojavyn Zandanshatar', '2025-06-13', null, { aka: ['Zandanshatar Gombojav'] }],
      ],
    },
  },
  {
    country: 'EG',
    sources: `presidency.eg, cabinet.gov.eg, mfa.gov.eg; ${LISTS}. The interim heads of 2011–2012 (the Supreme Council of the Armed Forces) are left out; Adly Mansour, interim president 2013–2014, is kept. Foreign ministers between Ahmed Aboul Gheit and Nabil Fahmy (2011–2013: Nabil Elaraby, Mohamed Orabi, Mohamed Kamel Amr) are not kept yet.`,
    offices: {
      head_of_state: [
        ['Hosni Mubarak', '1981-10-14', '2011-02-11'],
        ['Mohamed Morsi', '2012-06-30', '2013-07-03', { aka: ['Mohammed Morsi', 'Mohamed Mursi'] }],
        ['Adly Mansour', '2013-07-04', '2014-06-08'],
        [
          'Abdel Fattah el-Sisi',
          '2014-06-08',
          null,
          {
            aka: [
              'Abdel Fattah al-Sisi',
              'Abdel Fattah El-Sisi',
              'Abdel Fattah Al Sisi',
              'Abdel Fattah el-Sissi',
              'Abdelfattah Elsisi',
            ],
            family: 'Sisi',
          },
        ],
      ],
      head_of_government: [
        ['Ahmed Nazif', '2004-07-14', '2011-01-31'],
        ['Ahmed Shafik', '2011-01-31', '2011-03-03'],
        ['Essam Sharaf', '2011-03-03', '2011-12-07'],
        ['Kamal Ganzouri', '2011-12-07', '2012-08-02', { aka: ['Kamal el-Ganzouri'] }],
        ['Hesham Qandil', '2012-08-02', '2013-07-16', { aka: ['Hisham Qandil'] }],
        ['Hazem el-Beblawi', '2013-07-16', '2014-03-01', { aka: ['Hazem Beblawi'] }],
        ['Ibrahim Mahlab', '2014-03-01', '2015-09-19'],
        ['Sherif Ismail', '2015-09-19', '2018-06-07'],
        ['Mostafa Madbouly', '2018-06-07', null, { aka: ['Moustafa Madbouly', 'Mostafa Madbouli'] }],
      ],
      foreign_minister: [
        [
          'Ahmed Aboul Gheit',
          '2004-07-14',
          '2011-03-06',
          { aka: ['Ahmed Abul Gheit'], family: 'Aboul Gheit' },
        ],
        ['Nabil Fahmy', '2013-07-16', '2014-06-17'],
        ['Sameh Shoukry', '2014-06-17', '2024-07-03', { aka: ['Sameh Hassan Shoukry'] }],
        ['Badr Abdelatty', '2024-07-03', null, { aka: ['Badr Abdel Aty', 'Badr Abdelaty'] }],
      ],
    },
  },
  {
    country: 'IQ',
    sources: `pmo.iq, presidency.iq, mofa.gov.iq; ${LISTS}. Fuad Hussein is kept from his appointment (2020-06-06), not from the government's first day.`,
    offices: {
      head_of_state: [
        ['Jalal Talabani', '2005-04-07', '2014-07-24'],
        ['Fuad Masum', '2014-07-24', '2018-10-02', { aka: ['Fouad Massoum', 'Fuad Maasum'] }],
        ['Barham Salih', '2018-10-02', '2022-10-17', { aka: ['Barham Saleh'] }],
        ['Abdul Latif Rashid', '2022-10-17', null, { aka: ['Abdul Latif Jamal Rashid'] }],
      ],
      head_of_government: [
        ['Nouri al-Maliki', '2006-05-20', '2014-09-08', { aka: ['Nuri al-Maliki', 'Nouri Maliki'] }],
        ['Haider al-Abadi', '2014-09-08', '2018-10-25', { aka: ['Haider Abadi', 'Haidar al-Abadi'] }],
        ['Adil Abdul-Mahdi', '2018-10-25', '2020-05-07', { aka: ['Adel Abdul Mahdi'] }],
        [
          'Mustafa al-Kadhimi',
          '2020-05-07',
          '2022-10-27',
          { aka: ['Mustafa Al-Kadhimi', 'Mustafa Kadhimi'] },
        ],
        [
          'Mohammed Shia al-Sudani',
          '2022-10-27',
          null,
          { aka: ["Mohammed Shia' al-Sudani", 'Mohammed Shia Al-Sudani'] },
        ],
      ],
      foreign_minister: [
        ['Hoshyar Zebari', '2003-09-03', '2014-09-08'],
        ['Ibrahim al-Jaafari', '2014-09-08', '2018-10-25', { aka: ['Ibrahim Jaafari'] }],
        ['Mohamed Ali Alhakim', '2018-10-25', '2020-05-07', { aka: ['Mohammed Ali al-Hakim'] }],
        ['Fuad Hussein', '2020-06-06', null, { aka: ['Fouad Hussein'] }],
      ],
    },
  },
  {
    country: 'LK',
    sources: `presidentsoffice.gov.lk, pmoffice.gov.lk, mfa.gov.lk; ${LISTS}. Ranil Wickremesinghe is kept as president from his swearing-in (2022-07-21), not from his acting days; the disputed weeks of late 2018 (Mahinda Rajapaksa named prime minister from 2018-10-26 to 2018-12-15) are left out.`,
    offices: {
      head_of_state: [
        ['Mahinda Rajapaksa', '2005-11-19', '2015-01-09'],
        ['Maithripala Sirisena', '2015-01-09', '2019-11-18'],
        ['Gotabaya Rajapaksa', '2019-11-18', '2022-07-14'],
        ['Ranil Wickremesinghe', '2022-07-21', '2024-09-23'],
        [
          'Anura Kumara Dissanayake',
          '2024-09-23',
          null,
          { aka: ['Anura Kumara Dissanayaka'], family: 'Dissanayake' },
        ],
      ],
      head_of_government: [
        ['Ratnasiri Wickremanayake', '2005-11-21', '2010-04-21'],
        ['D. M. Jayaratne', '2010-04-21', '2015-01-09', { aka: ['Disanayaka Mudiyanselage Jayaratne'] }],
        ['Ranil Wickremesinghe', '2015-01-09', '2018-10-26'],
        ['Ranil Wickremesinghe', '2018-12-16', '2019-11-21'],
        ['Mahinda Rajapaksa', '2019-11-21', '2022-05-09'],
        ['Ranil Wickremesinghe', '2022-05-12', '2022-07-21'],
        ['Dinesh Gunawardena', '2022-07-22', '2024-09-23'],
        ['Harini Amarasuriya', '2024-09-24', null],
      ],
      foreign_minister: [
        ['Rohitha Bogollagama', '2007-01-28', '2010-04-23'],
        ['G. L. Peiris', '2010-04-23', '2015-01-12', { aka: ['Gamini Lakshman Peiris'] }],
        ['Mangala Samaraweera', '2015-01-12', '2017-05-22'],
        ['Tilak Marapana', '2017-05-22', '2019-11-21'],
        ['Dinesh Gunawardena', '2019-11-22', '2021-08-16'],
        ['G. L. Peiris', '2021-08-16', '2022-07-22', { aka: ['Gamini Lakshman Peiris'] }],
        ['Ali Sabry', '2022-07-22', '2024-09-23'],
        ['Vijitha Herath', '2024-09-24', null],
      ],
    },
  },
  {
    country: 'NP',
    sources: `opmcm.gov.np (Office of the Prime Minister and Council of Ministers), presidentofnepal.gov.np; ${LISTS}. Khil Raj Regmi, chairman of the interim council of ministers (2013-03-14 to 2014-02-11), is left out; K. P. Sharma Oli's last day (he resigned on 2025-09-09) and Sushila Karki's interim appointment (2025-09-12) are as Nepali press reported them. Foreign ministers are not kept yet.`,
    offices: {
      head_of_state: [
        ['Ram Baran Yadav', '2008-07-23', '2015-10-29'],
        ['Bidya Devi Bhandari', '2015-10-29', '2023-03-13'],
        ['Ram Chandra Paudel', '2023-03-13', null, { aka: ['Ram Chandra Poudel'] }],
      ],
      head_of_government: [
        ['Pushpa Kamal Dahal', '2008-08-18', '2009-05-25', { aka: ['Prachanda'] }],
        ['Madhav Kumar Nepal', '2009-05-25', '2011-02-06'],
        ['Jhala Nath Khanal', '2011-02-06', '2011-08-29'],
        ['Baburam Bhattarai', '2011-08-29', '2013-03-14'],
        ['Sushil Koirala', '2014-02-11', '2015-10-12'],
        [
          'K. P. Sharma Oli',
          '2015-10-12',
          '2016-08-04',
          { aka: ['Khadga Prasad Sharma Oli', 'KP Sharma Oli'] },
        ],
        ['Pushpa Kamal Dahal', '2016-08-04', '2017-06-07', { aka: ['Prachanda'] }],
        ['Sher Bahadur Deuba', '2017-06-07', '2018-02-15'],
        [
          'K. P. Sharma Oli',
          '2018-02-15',
          '2021-07-13',
          { aka: ['Khadga Prasad Sharma Oli', 'KP Sharma Oli'] },
        ],
        ['Sher Bahadur Deuba', '2021-07-13', '2022-12-26'],
        ['Pushpa Kamal Dahal', '2022-12-26', '2024-07-15', { aka: ['Prachanda'] }],
        [
          'K. P. Sharma Oli',
          '2024-07-15',
          '2025-09-09',
          { aka: ['Khadga Prasad Sharma Oli', 'KP Sharma Oli'] },
        ],
        ['Sushila Karki', '2025-09-12', null],
      ],
    },
  },
  {
    country: 'IR',
    sources: `president.ir, mfa.ir; ${RECALLED}. The President is kept as the head of state, as readouts name him as Iran's principal (the Supreme Leader is not kept). Acting holders are left out: Mohammad Mokhber (2024-05-19 to 2024-07-28) and Ali Bagheri Kani (foreign minister, 2024-05-20 to 2024-08-21).`,
    offices: {
      head_of_state: [
        ['Mahmoud Ahmadinejad', '2005-08-03', '2013-08-03'],
        [
          'Hassan Rouhani',
          '2013-08-03',
          '2021-08-03',
          { aka: ['Hasan Rouhani', 'Hassan Rohani', 'Hasan Ruhani'] },
        ],
        [
          'Ebrahim Raisi',
          '2021-08-03',
          '2024-05-19',
          { aka: ['Ebrahim Raeisi', 'Ibrahim Raisi', 'Ibrahim Reisi', 'Ebrahim Reisi'] },
        ],
        ['Masoud Pezeshkian', '2024-07-28', null, { aka: ['Masud Pezeshkian', 'Mesud Pezeşkiyan'] }],
      ],
      foreign_minister: [
        ['Manouchehr Mottaki', '2005-08-24', '2010-12-13'],
        ['Ali Akbar Salehi', '2010-12-13', '2013-08-15'],
        ['Mohammad Javad Zarif', '2013-08-15', '2021-08-25', { aka: ['Javad Zarif', 'Cevad Zarif'] }],
        [
          'Hossein Amir-Abdollahian',
          '2021-08-25',
          '2024-05-19',
          { aka: ['Hossein Amirabdollahian', 'Hüseyin Emir Abdullahiyan'] },
        ],
        ['Abbas Araghchi', '2024-08-21', null, { aka: ['Abbas Araqchi', 'Abbas Arakçi'] }],
      ],
    },
  },
  {
    country: 'NL',
    sources: `government.nl (prime ministers, ministers of foreign affairs), royal-house.nl; ${RECALLED}. Acting foreign ministers between two ministers are left out, and the foreign ministers after Caspar Veldkamp are not kept.`,
    offices: {
      head_of_state: [
        ['Beatrix', '1980-04-30', '2013-04-30'],
        ['Willem-Alexander', '2013-04-30', null],
      ],
      head_of_government: [
        ['Jan Peter Balkenende', '2002-07-22', '2010-10-14'],
        ['Mark Rutte', '2010-10-14', '2024-07-02'],
        ['Dick Schoof', '2024-07-02', null],
      ],
      foreign_minister: [
        ['Maxime Verhagen', '2007-02-22', '2010-10-14'],
        ['Uri Rosenthal', '2010-10-14', '2012-11-05'],
        ['Frans Timmermans', '2012-11-05', '2014-10-17'],
        ['Bert Koenders', '2014-10-17', '2017-10-26'],
        ['Halbe Zijlstra', '2017-10-26', '2018-02-13'],
        ['Stef Blok', '2018-03-07', '2021-05-25'],
        ['Sigrid Kaag', '2021-05-25', '2021-09-17'],
        ['Ben Knapen', '2021-09-24', '2022-01-10'],
        ['Wopke Hoekstra', '2022-01-10', '2023-09-01'],
        ['Hanke Bruins Slot', '2023-09-05', '2024-07-02', { family: 'Bruins Slot' }],
        ['Caspar Veldkamp', '2024-07-02', '2025-08-22'],
      ],
    },
  },
  {
    country: 'PT',
    sources: `portugal.gov.pt (former governments), presidencia.pt, portaldiplomatico.mne.gov.pt; ${RECALLED}. The President after Marcelo Rebelo de Sousa's term (ended 2026-03-09) and the foreign minister of the weeks between the two governments of late 2015 are not kept.`,
    offices: {
      head_of_state: [
        [
          'Aníbal Cavaco Silva',
          '2006-03-09',
          '2016-03-09',
          { aka: ['Anibal Cavaco Silva'], family: 'Cavaco Silva' },
        ],
        ['Marcelo Rebelo de Sousa', '2016-03-09', '2026-03-09', { family: 'Rebelo de Sousa' }],
      ],
      head_of_government: [
        ['José Sócrates', '2005-03-12', '2011-06-21', { aka: ['Jose Socrates'] }],
        ['Pedro Passos Coelho', '2011-06-21', '2015-11-26', { family: 'Passos Coelho' }],
        ['António Costa', '2015-11-26', '2024-04-02', { aka: ['Antonio Costa'] }],
        ['Luís Montenegro', '2024-04-02', null, { aka: ['Luis Montenegro'] }],
      ],
      foreign_minister: [
        ['Augusto Santos Silva', '2015-11-26', '2022-03-30', { family: 'Santos Silva' }],
        [
          'João Gomes Cravinho',
          '2022-03-30',
          '2024-04-02',
          { aka: ['Joao Gomes Cravinho'], family: 'Gomes Cravinho' },
        ],
        ['Paulo Rangel', '2024-04-02', null],
      ],
    },
  },
  {
    country: 'SE',
    sources: `government.se (prime ministers, ministers for foreign affairs), kungahuset.se; ${RECALLED}. Stefan Löfven's days as acting prime minister in the summer of 2021 are counted in his term.`,
    offices: {
      head_of_state: [['Carl XVI Gustaf', '1973-09-15', null]],
      head_of_government: [
        ['Fredrik Reinfeldt', '2006-10-06', '2014-10-03'],
        ['Stefan Löfven', '2014-10-03', '2021-11-30', { aka: ['Stefan Lofven'] }],
        ['Magdalena Andersson', '2021-11-30', '2022-10-18'],
        ['Ulf Kristersson', '2022-10-18', null],
      ],
      foreign_minister: [
        ['Carl Bildt', '2006-10-06', '2014-10-03'],
        ['Margot Wallström', '2014-10-03', '2019-09-10', { aka: ['Margot Wallstrom'] }],
        ['Ann Linde', '2019-09-10', '2022-10-18'],
        ['Tobias Billström', '2022-10-18', '2024-09-10', { aka: ['Tobias Billstrom'] }],
        ['Maria Malmer Stenergard', '2024-09-10', null, { family: 'Malmer Stenergard' }],
      ],
    },
  },
  {
    country: 'CZ',
    sources: `vlada.gov.cz (former prime ministers), hrad.cz, mzv.gov.cz; ${RECALLED}. Only the prime ministers from 2010 and the President are kept; Petr Fiala is kept to the election of October 2025, and neither his caretaker weeks nor the government formed after it are kept.`,
    offices: {
      head_of_state: [
        ['Václav Klaus', '2003-03-07', '2013-03-07', { aka: ['Vaclav Klaus'] }],
        ['Miloš Zeman', '2013-03-08', '2023-03-08', { aka: ['Milos Zeman'] }],
        ['Petr Pavel', '2023-03-09', null],
      ],
      head_of_government: [
        ['Petr Nečas', '2010-07-13', '2013-07-10', { aka: ['Petr Necas'] }],
        ['Jiří Rusnok', '2013-07-10', '2014-01-29', { aka: ['Jiri Rusnok'] }],
        ['Bohuslav Sobotka', '2014-01-29', '2017-12-13'],
        ['Andrej Babiš', '2017-12-13', '2021-12-17', { aka: ['Andrej Babis'] }],
        ['Petr Fiala', '2021-12-17', '2025-10-03'],
      ],
    },
  },
  {
    country: 'RO',
    sources: `presidency.ro, gov.ro (former prime ministers); ${RECALLED}. Interim presidents and prime ministers are left out, and so are the foreign ministers.`,
    offices: {
      head_of_state: [
        ['Traian Băsescu', '2004-12-20', '2014-12-21', { aka: ['Traian Basescu'] }],
        ['Klaus Iohannis', '2014-12-21', '2025-02-12'],
        ['Nicușor Dan', '2025-05-26', null, { aka: ['Nicusor Dan'] }],
      ],
      head_of_government: [
        ['Dacian Cioloș', '2015-11-17', '2017-01-04', { aka: ['Dacian Ciolos'] }],
        ['Sorin Grindeanu', '2017-01-04', '2017-06-29'],
        ['Mihai Tudose', '2017-06-29', '2018-01-16'],
        ['Viorica Dăncilă', '2018-01-29', '2019-11-04', { aka: ['Viorica Dancila'] }],
        ['Ludovic Orban', '2019-11-04', '2020-12-07'],
        ['Florin Cîțu', '2020-12-23', '2021-11-25', { aka: ['Florin Citu'] }],
        ['Nicolae Ciucă', '2021-11-25', '2023-06-15', { aka: ['Nicolae Ciuca'] }],
        ['Marcel Ciolacu', '2023-06-15', '2025-05-06'],
        ['Ilie Bolojan', '2025-06-23', null],
      ],
    },
  },
  {
    country: 'MY',
    sources: `pmo.gov.my (former prime ministers), kln.gov.my; ${RECALLED}. Only the prime ministers are kept; the days of interim governments are left out.`,
    offices: {
      head_of_government: [
        ['Najib Razak', '2009-04-03', '2018-05-10'],
        ['Mahathir Mohamad', '2018-05-10', '2020-02-24'],
        ['Muhyiddin Yassin', '2020-03-01', '2021-08-16'],
        ['Ismail Sabri Yaakob', '2021-08-21', '2022-11-24', { family: 'Ismail Sabri' }],
        ['Anwar Ibrahim', '2022-11-24', null],
      ],
    },
  },
];
