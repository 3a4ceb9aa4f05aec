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
  | 'crown_prince'
  /**
   * A monarch kept apart from the head of state: the British monarch as King or Queen of a
   * Commonwealth realm (Canada, Australia, New Zealand, Papua New Guinea), whose readouts name
   * "the King" by title. The person is kept once as GB's head of state; these rows are found only
   * with their country.
   */
  | 'monarch'
  /** Iran's Supreme Leader, whom readouts name by title ("the Supreme Leader") beside the President. */
  | 'supreme_leader';

export type HolderExtra = { aka?: readonly string[]; family?: string };
export type Row = readonly [name: string, from: string, to: string | null, extra?: HolderExtra];

export type CountryOffices = {
  country: string;
  /** Where the facts come from, and which days are uncertain. */
  sources: string;
  offices: Partial<Record<Office, readonly Row[]>>;
};

const LISTS =
  "cross-checked with Wikipedia's lists of office holders (List of heads of state/government and ministers of foreign affairs of each country)";

/**
 * The lists the countries added in the fourth session were written from, the days then checked
 * against news reports where the country's note says so.
 */
const WIKI_LISTS =
  "en.wikipedia.org's lists of office holders (List of heads of state/government and ministers of foreign affairs of each country), days not confirmed on the governments' own pages";
const NEWS = 'news reports found in the stored page index';

export const OFFICE_DATA: readonly CountryOffices[] = [
  {
    country: 'JP',
    sources: `kantei.go.jp (Successive Prime Ministers), mofa.go.jp (Successive Ministers for Foreign Affairs), kunaicho.go.jp; ${LISTS}. Names in kanji (and the simplified characters Chinese pages write them in) as kantei.go.jp's and mofa.go.jp's Japanese pages give them, family name first, a space before the given name. Yukio Edano was acting foreign minister 2011-03-07 to 2011-03-09 and is left out.`,
    offices: {
      head_of_state: [
        ['Akihito', '1989-01-07', '2019-04-30'],
        ['Naruhito', '2019-05-01', null],
      ],
      head_of_government: [
        ['Taro Aso', '2008-09-24', '2009-09-16', { aka: ['麻生 太郎'] }],
        ['Yukio Hatoyama', '2009-09-16', '2010-06-08', { aka: ['鳩山 由紀夫', '鸠山 由纪夫'] }],
        ['Naoto Kan', '2010-06-08', '2011-09-02', { aka: ['菅 直人'] }],
        ['Yoshihiko Noda', '2011-09-02', '2012-12-26', { aka: ['野田 佳彦'] }],
        ['Shinzo Abe', '2012-12-26', '2020-09-16', { aka: ['Shinzō Abe', '安倍 晋三'] }],
        ['Yoshihide Suga', '2020-09-16', '2021-10-04', { aka: ['菅 義偉', '菅 义伟'] }],
        ['Fumio Kishida', '2021-10-04', '2024-10-01', { aka: ['岸田 文雄'] }],
        ['Shigeru Ishiba', '2024-10-01', '2025-10-21', { aka: ['石破 茂'] }],
        ['Sanae Takaichi', '2025-10-21', null, { aka: ['高市 早苗'] }],
      ],
      foreign_minister: [
        ['Hirofumi Nakasone', '2008-09-24', '2009-09-16', { aka: ['中曽根 弘文', '中曾根 弘文'] }],
        ['Katsuya Okada', '2009-09-16', '2010-09-17', { aka: ['岡田 克也', '冈田 克也'] }],
        ['Seiji Maehara', '2010-09-17', '2011-03-07', { aka: ['前原 誠司', '前原 诚司'] }],
        ['Takeaki Matsumoto', '2011-03-09', '2011-09-02', { aka: ['松本 剛明', '松本 刚明'] }],
        [
          'Koichiro Gemba',
          '2011-09-02',
          '2012-12-26',
          { aka: ['Koichiro Genba', '玄葉 光一郎', '玄叶 光一郎'] },
        ],
        ['Fumio Kishida', '2012-12-26', '2017-08-03', { aka: ['岸田 文雄'] }],
        ['Taro Kono', '2017-08-03', '2019-09-11', { aka: ['Taro Kōno', '河野 太郎'] }],
        ['Toshimitsu Motegi', '2019-09-11', '2021-11-04', { aka: ['茂木 敏充'] }],
        ['Fumio Kishida', '2021-11-04', '2021-11-10', { aka: ['岸田 文雄'] }],
        ['Yoshimasa Hayashi', '2021-11-10', '2023-09-13', { aka: ['林 芳正'] }],
        ['Yoko Kamikawa', '2023-09-13', '2024-10-01', { aka: ['上川 陽子', '上川 阳子'] }],
        ['Takeshi Iwaya', '2024-10-01', '2025-10-21', { aka: ['岩屋 毅'] }],
        ['Toshimitsu Motegi', '2025-10-21', null, { aka: ['茂木 敏充'] }],
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
    sources: `pm.gc.ca, international.gc.ca (former ministers), parl.ca (Parlinfo); ${LISTS}. The head of state is the British monarch (see GB); Governors General are not kept. The monarch is the British monarch (kept as GB's head of state), kept here as its monarch on the days royal.uk gives (Charles III's accession on his mother's death, 2022-09-08). Rob Nicholson's first day (2015-02-09) is as Parlinfo gives it; between John Baird's resignation and it no minister is kept.`,
    offices: {
      monarch: [
        ['Elizabeth II', '1952-02-06', '2022-09-08'],
        ['Charles III', '2022-09-08', null],
      ],
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
    sources: `pm.gov.au, dfat.gov.au (former ministers), aph.gov.au (Parliamentary Handbook); ${LISTS}. The head of state is the British monarch (see GB). The monarch is the British monarch (kept as GB's head of state), kept here as its monarch on the days royal.uk gives (Charles III's accession on his mother's death, 2022-09-08). Craig Emerson's acting weeks as foreign minister (2012) are left out.`,
    offices: {
      monarch: [
        ['Elizabeth II', '1952-02-06', '2022-09-08'],
        ['Charles III', '2022-09-08', null],
      ],
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
    sources: `president.go.kr, mofa.go.kr (former ministers), opm.go.kr; ${LISTS}. Names in Hangul as president.go.kr and mofa.go.kr write them, and in Han characters as Japanese and Chinese pages do. Acting presidents (Hwang Kyo-ahn 2016-12-09 to 2017-05-10, Han Duck-soo and Choi Sang-mok 2024-12-14 to 2025-06-04) are left out; Korea's prime minister is kept as head of government. Cho Hyun took office on 2025-07-21 (his inauguration, as Korean press reported it); Cho Tae-yul's last day is taken as that day, not confirmed. Kim Min-seok was confirmed by the National Assembly and appointed on 2025-07-03, as Korean press reported it. "Yoon Sung-nyeol" is the form machine translations of Japanese news give Yoon Suk Yeol (read back from the katakana ユン・ソンニョル, the Japanese press's reading of 尹錫悦).`,
    offices: {
      head_of_state: [
        ['Lee Myung-bak', '2008-02-25', '2013-02-25', { aka: ['이명박', '李明博'] }],
        ['Park Geun-hye', '2013-02-25', '2017-03-10', { aka: ['박근혜', '朴槿恵', '朴槿惠'] }],
        ['Moon Jae-in', '2017-05-10', '2022-05-10', { aka: ['문재인', '文在寅'] }],
        [
          'Yoon Suk Yeol',
          '2022-05-10',
          '2025-04-04',
          {
            aka: [
              'Yoon Suk-yeol',
              'Yoon Seok-youl',
              'Yoon Sung-yeol',
              'Yoon Seok-yeol',
              'Yoon Sung-nyeol',
              '윤석열',
              '尹錫悦',
              '尹锡悦',
              '尹錫悅',
            ],
          },
        ],
        ['Lee Jae-myung', '2025-06-04', null, { aka: ['Lee Jae Myung', '이재명', '李在明'] }],
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
        ['Han Duck-soo', '2022-05-21', '2025-05-01', { aka: ['한덕수', '韓悳洙', '韩德洙'] }],
        ['Kim Min-seok', '2025-07-03', null, { aka: ['김민석'] }],
      ],
      foreign_minister: [
        ['Yu Myung-hwan', '2008-02-29', '2010-09-04'],
        ['Kim Sung-hwan', '2010-10-08', '2013-03-11'],
        ['Yun Byung-se', '2013-03-11', '2017-06-18', { aka: ['윤병세', '尹炳世'] }],
        ['Kang Kyung-wha', '2017-06-18', '2021-02-08', { aka: ['강경화', '康京和'] }],
        ['Chung Eui-yong', '2021-02-09', '2022-05-11', { aka: ['정의용', '鄭義溶', '郑义溶'] }],
        ['Park Jin', '2022-05-12', '2024-01-10', { aka: ['박진', '朴振'] }],
        ['Cho Tae-yul', '2024-01-10', '2025-07-21', { aka: ['조태열', '趙兌烈', '赵兑烈'] }],
        ['Cho Hyun', '2025-07-21', null, { aka: ['조현', '趙顕', '赵显'] }],
      ],
    },
  },
  {
    country: 'CN',
    sources: `english.www.gov.cn, fmprc.gov.cn (former ministers); ${LISTS}. Names in simplified and traditional characters as fmprc.gov.cn's Chinese pages write them, and in Hangul as Korean pages do.`,
    offices: {
      head_of_state: [
        ['Hu Jintao', '2003-03-15', '2013-03-14', { aka: ['胡锦涛', '胡錦濤', '후진타오'], family: 'Hu' }],
        ['Xi Jinping', '2013-03-14', null, { aka: ['习近平', '習近平', '시진핑'], family: 'Xi' }],
      ],
      head_of_government: [
        ['Wen Jiabao', '2003-03-16', '2013-03-15', { aka: ['温家宝', '溫家寶', '원자바오'], family: 'Wen' }],
        ['Li Keqiang', '2013-03-15', '2023-03-11', { aka: ['李克强', '李克強', '리커창'], family: 'Li' }],
        ['Li Qiang', '2023-03-11', null, { aka: ['李强', '李強'], family: 'Li' }],
      ],
      foreign_minister: [
        ['Yang Jiechi', '2007-04-27', '2013-03-16', { aka: ['杨洁篪', '楊潔篪'], family: 'Yang' }],
        ['Wang Yi', '2013-03-16', '2022-12-30', { aka: ['王毅'], family: 'Wang' }],
        ['Qin Gang', '2022-12-30', '2023-07-25', { aka: ['秦刚', '秦剛'], family: 'Qin' }],
        ['Wang Yi', '2023-07-25', null, { aka: ['王毅'], family: 'Wang' }],
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
      foreign_minister: [
        ['Sergey Lavrov', '2004-03-09', null, { aka: ['Sergei Lavrov', 'Sergej Lawrow', 'Serguei Lavrov'] }],
      ],
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
    sources: `elysee.fr, gouvernement.fr, diplomatie.gouv.fr (former ministers); ${LISTS}. Sébastien Lecornu resigned on 2025-10-06 and was reappointed on 2025-10-10: kept as one term. "Emmanuel Makron" is the spelling Azerbaijani pages write.`,
    offices: {
      head_of_state: [
        ['Nicolas Sarkozy', '2007-05-16', '2012-05-15'],
        ['François Hollande', '2012-05-15', '2017-05-14', { aka: ['Francois Hollande'] }],
        ['Emmanuel Macron', '2017-05-14', null, { aka: ['Emmanuel Makron'] }],
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
          { aka: ['Andres Manuel Lopez Obrador', 'López Obrador', 'AMLO'], family: 'López Obrador' },
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
    sources: `spa.gov.sa, mofa.gov.sa; ${LISTS}. The King was head of government until Crown Prince Mohammed bin Salman was named Prime Minister (2022-09-27). The Crown Princes (Salman from 2012-06-18, Muqrin bin Abdulaziz from 2015-01-23, Muhammad bin Nayef from 2015-04-29, Mohammed bin Salman from 2017-06-21) are kept because readouts name the Crown Prince as the Kingdom's principal in talks; days as royal decrees announced them (Saudi Press Agency, Wikipedia's Crown Prince of Saudi Arabia).`,
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
              'Muhammad bin Salman',
              'MBS',
            ],
          },
        ],
      ],
      crown_prince: [
        ['Salman bin Abdulaziz Al Saud', '2012-06-18', '2015-01-23', { aka: ['Salman bin Abdulaziz'] }],
        ['Muqrin bin Abdulaziz Al Saud', '2015-01-23', '2015-04-29', { aka: ['Muqrin bin Abdulaziz'] }],
        [
          'Muhammad bin Nayef Al Saud',
          '2015-04-29',
          '2017-06-21',
          { aka: ['Muhammad bin Nayef', 'Mohammed bin Nayef'] },
        ],
        [
          'Mohammed bin Salman',
          '2017-06-21',
          null,
          {
            aka: [
              'Mohammed bin Salman Al Saud',
              'Mohammed bin Salman bin Abdulaziz Al Saud',
              'Mohammed bin Salman bin Abdulaziz',
              'Mohammad bin Salman',
              'Muhammad bin Salman',
              'MBS',
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
    sources: `tccb.gov.tr, mfa.gov.tr (former ministers); ${LISTS}. "Rəcəb Tayyib Ərdoğan" (also "Tayyip") is the Azerbaijani spelling president.az and Azerbaijani news write. The office of Prime Minister was abolished on 2018-07-09; since then the President heads the government.`,
    offices: {
      head_of_state: [
        ['Abdullah Gül', '2007-08-28', '2014-08-28', { aka: ['Abdullah Gul'] }],
        [
          'Recep Tayyip Erdoğan',
          '2014-08-28',
          null,
          { aka: ['Recep Tayyip Erdogan', 'Erdogan', 'Rəcəb Tayyib Ərdoğan', 'Rəcəb Tayyip Ərdoğan'] },
        ],
      ],
      head_of_government: [
        [
          'Recep Tayyip Erdoğan',
          '2003-03-14',
          '2014-08-28',
          { aka: ['Recep Tayyip Erdogan', 'Erdogan', 'Rəcəb Tayyib Ərdoğan', 'Rəcəb Tayyip Ərdoğan'] },
        ],
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
          {
            aka: [
              'Volodymyr Zelensky',
              'Volodymyr Zelenskiy',
              'Wolodymyr Selenskyj',
              'Volodymyr Zelenski',
              'Volodymyr Selenskyj',
              'Vladimir Zelensky',
              'Volodymyr Zelenskyi',
            ],
          },
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
        ['Benjamin Netanyahu', '2009-03-31', '2021-06-13', { aka: ['Binyamin Netanyahu'] }],
        ['Naftali Bennett', '2021-06-13', '2022-07-01'],
        ['Yair Lapid', '2022-07-01', '2022-12-29'],
        ['Benjamin Netanyahu', '2022-12-29', null, { aka: ['Binyamin Netanyahu'] }],
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
    sources: `dpmc.govt.nz (former Prime Ministers), mfat.govt.nz, beehive.govt.nz; ${LISTS}. The head of state is the British monarch (see GB). The monarch is the British monarch (kept as GB's head of state), kept here as its monarch on the days royal.uk gives (Charles III's accession on his mother's death, 2022-09-08).`,
    offices: {
      monarch: [
        ['Elizabeth II', '1952-02-06', '2022-09-08'],
        ['Charles III', '2022-09-08', null],
      ],
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
    sources: `${WIKI_LISTS}. Caretaker prime ministers before elections are kept: they held the office. From 2013 to 2017 Nawaz Sharif kept the foreign ministry himself while Sartaj Aziz, Adviser to the Prime Minister on Foreign Affairs, conducted it: Sartaj Aziz is kept as foreign minister, as readouts name him. Hina Rabbani Khar, minister of state in charge from February 2011, is kept from her appointment as minister (2011-07-20). Caretaker foreign ministers other than Jalil Abbas Jilani are left out.`,
    offices: {
      head_of_state: [
        ['Asif Ali Zardari', '2008-09-09', '2013-09-09', { aka: ['Asif Zardari'] }],
        ['Mamnoon Hussain', '2013-09-09', '2018-09-09'],
        ['Arif Alvi', '2018-09-09', '2024-03-10', { aka: ['Arif-ur-Rehman Alvi'] }],
        ['Asif Ali Zardari', '2024-03-10', null, { aka: ['Asif Zardari'] }],
      ],
      head_of_government: [
        [
          'Yousaf Raza Gillani',
          '2008-03-25',
          '2012-04-26',
          { aka: ['Yousuf Raza Gilani', 'Yousaf Raza Gilani', 'Syed Yousaf Raza Gillani'] },
        ],
        ['Raja Pervaiz Ashraf', '2012-06-22', '2013-03-25', { aka: ['Raja Pervez Ashraf'] }],
        ['Mir Hazar Khan Khoso', '2013-03-25', '2013-06-05', { family: 'Khoso' }],
        [
          'Nawaz Sharif',
          '2013-06-05',
          '2017-07-28',
          { aka: ['Muhammad Nawaz Sharif', 'Mian Muhammad Nawaz Sharif'] },
        ],
        ['Shahid Khaqan Abbasi', '2017-08-01', '2018-05-31'],
        ['Nasirul Mulk', '2018-06-01', '2018-08-18', { aka: ['Nasir-ul-Mulk'] }],
        ['Imran Khan', '2018-08-18', '2022-04-10', { aka: ['Imran Ahmed Khan Niazi'] }],
        [
          'Shehbaz Sharif',
          '2022-04-11',
          '2023-08-14',
          { aka: ['Shahbaz Sharif', 'Muhammad Shehbaz Sharif', 'Mian Muhammad Shehbaz Sharif'] },
        ],
        [
          'Anwaar-ul-Haq Kakar',
          '2023-08-14',
          '2024-03-04',
          { aka: ['Anwaar ul Haq Kakar', 'Anwar-ul-Haq Kakar'], family: 'Kakar' },
        ],
        [
          'Shehbaz Sharif',
          '2024-03-04',
          null,
          { aka: ['Shahbaz Sharif', 'Muhammad Shehbaz Sharif', 'Mian Muhammad Shehbaz Sharif'] },
        ],
      ],
      foreign_minister: [
        ['Shah Mahmood Qureshi', '2008-03-31', '2011-02-11', { aka: ['Makhdoom Shah Mahmood Qureshi'] }],
        ['Hina Rabbani Khar', '2011-07-20', '2013-03-16'],
        ['Sartaj Aziz', '2013-06-07', '2017-07-28'],
        ['Khawaja Muhammad Asif', '2017-08-04', '2018-04-26', { aka: ['Khawaja Asif'] }],
        ['Shah Mahmood Qureshi', '2018-08-20', '2022-04-10', { aka: ['Makhdoom Shah Mahmood Qureshi'] }],
        ['Bilawal Bhutto Zardari', '2022-04-27', '2023-08-10', { family: 'Bhutto Zardari' }],
        ['Jalil Abbas Jilani', '2023-08-17', '2024-03-04'],
        ['Ishaq Dar', '2024-03-11', null, { aka: ['Muhammad Ishaq Dar'] }],
      ],
    },
  },
  {
    country: 'SG',
    sources: `pmo.gov.sg, mfa.gov.sg; ${LISTS}. The Presidents (head of state): ${WIKI_LISTS}.`,
    offices: {
      head_of_state: [
        ['S. R. Nathan', '1999-09-01', '2011-08-31', { aka: ['S R Nathan', 'Sellapan Ramanathan'] }],
        ['Tony Tan', '2011-09-01', '2017-08-31', { aka: ['Tony Tan Keng Yam'], family: 'Tan' }],
        ['Halimah Yacob', '2017-09-14', '2023-09-13'],
        ['Tharman Shanmugaratnam', '2023-09-14', null],
      ],
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
    sources: `primeminister.gr (former prime ministers), presidency.gr; ${LISTS}. The caretaker prime ministers before elections (Panagiotis Pikrammenos 2012, Vassiliki Thanou 2015, Ioannis Sarmas 2023) are kept: they held the office. Added for the Chancellery's and news copies that name Greece's leaders. The foreign ministers: ${WIKI_LISTS}; George Papandreou held the ministry himself as prime minister (2009-10-06 to 2010-09-07), Alexis Tsipras likewise (2018-10-17 to 2019-02-15), and Vassilis Kaskarelis was caretaker foreign minister (2023-05-25 to 2023-06-27). Giorgos Gerapetritis is not checked after 2025.`,
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
      foreign_minister: [
        ['Dora Bakoyannis', '2006-02-15', '2009-10-06', { aka: ['Dora Bakoyanni', 'Dora Bakogianni'] }],
        ['George Papandreou', '2009-10-06', '2010-09-07', { aka: ['Georgios Papandreou'] }],
        ['Dimitris Droutsas', '2010-09-07', '2011-06-17'],
        ['Stavros Lambrinidis', '2011-06-17', '2011-11-11'],
        ['Stavros Dimas', '2011-11-11', '2012-05-17'],
        ['Petros Molyviatis', '2012-05-17', '2012-06-21'],
        ['Dimitris Avramopoulos', '2012-06-21', '2013-06-25'],
        ['Evangelos Venizelos', '2013-06-25', '2015-01-27'],
        ['Nikos Kotzias', '2015-01-27', '2018-10-17'],
        ['Alexis Tsipras', '2018-10-17', '2019-02-15'],
        ['Georgios Katrougalos', '2019-02-15', '2019-07-09', { aka: ['Giorgos Katrougalos'] }],
        ['Nikos Dendias', '2019-07-09', '2023-05-25', { aka: ['Nikolaos Dendias'] }],
        ['Vassilis Kaskarelis', '2023-05-25', '2023-06-27'],
        [
          'Giorgos Gerapetritis',
          '2023-06-27',
          null,
          { aka: ['George Gerapetritis', 'Georgios Gerapetritis'] },
        ],
      ],
    },
  },
  {
    country: 'IE',
    sources: `gov.ie (Department of the Taoiseach; former Ministers for Foreign Affairs), president.ie; ${LISTS}. Brian Cowen's acting weeks as foreign minister (2011) are left out. Simon Harris took the foreign ministry in Micheál Martin's second government (2025-01-23); Helen McEntee succeeded him in the reshuffle of 2025-11-18, as Irish press reported it (not confirmed on an official page). Catherine Connolly's inauguration (2025-11-11) is as Irish press reported it.`,
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
        ['Simon Harris', '2025-01-23', '2025-11-18'],
        ['Helen McEntee', '2025-11-18', null],
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
          { aka: ['Mohammed bin Zayed Al Nahyan', 'Mohamed bin Zayed', 'Mohammed bin Zayed', 'MBZ'] },
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
          { aka: ['Mohammed bin Zayed Al Nahyan', 'Mohamed bin Zayed', 'Mohammed bin Zayed', 'MBZ'] },
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
    sources: `pmo.iq, presidency.iq, mofa.gov.iq; ${LISTS}. Fuad Hussein is kept from his appointment (2020-06-06), not from the government's first day. "Berhem Salih" is the Kurdish spelling Turkish and Kurdish pages write.`,
    offices: {
      head_of_state: [
        ['Jalal Talabani', '2005-04-07', '2014-07-24'],
        ['Fuad Masum', '2014-07-24', '2018-10-02', { aka: ['Fouad Massoum', 'Fuad Maasum'] }],
        ['Barham Salih', '2018-10-02', '2022-10-17', { aka: ['Barham Saleh', 'Berhem Salih'] }],
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
    sources: `${WIKI_LISTS}; ${NEWS} for 2024–2026. The President is kept as head of state, the office readouts name in talks. The Supreme Leader is kept (as supreme_leader): Ali Khamenei from his election by the Assembly of Experts (1989-06-04) to his death in the US–Israeli strikes of 2026-02-28 (confirmed by Iranian state media); the three-member council that led in between is left out; Mojtaba Khamenei from the Assembly of Experts' announcement late on 2026-03-08 (reported on 2026-03-09; some outlets had reported his choice on 2026-03-04), the day as those news reports give it, not confirmed on the government's own pages. Acting holders after Ebrahim Raisi's and Hossein Amir-Abdollahian's deaths on 2024-05-19 (Mohammad Mokhber, Ali Bagheri Kani) are left out; Ali Akbar Salehi is kept from his appointment as caretaker (2010-12-13), confirmed by parliament on 2011-01-30. Masoud Pezeshkian is kept from the Supreme Leader's endorsement (2024-07-28). Not checked after March 2026.`,
    offices: {
      head_of_state: [
        ['Mahmoud Ahmadinejad', '2005-08-03', '2013-08-03', { aka: ['Mahmoud Ahmadi-Nejad'] }],
        [
          'Hassan Rouhani',
          '2013-08-03',
          '2021-08-03',
          { aka: ['Hassan Rohani', 'Hasan Rouhani', 'Hasan Ruhani'] },
        ],
        [
          'Ebrahim Raisi',
          '2021-08-03',
          '2024-05-19',
          {
            aka: [
              'Ebrahim Raeisi',
              'Ebrahim Raeesi',
              'Ebrahim Raissi',
              'Seyyed Ebrahim Raisi',
              'Sayyid Ebrahim Raisi',
              'Ibrahim Raisi',
              'Ibrahim Reisi',
              'Ebrahim Reisi',
            ],
          },
        ],
        [
          'Masoud Pezeshkian',
          '2024-07-28',
          null,
          { aka: ['Massoud Pezeshkian', 'Masoud Pezeshkiyan', 'Masud Pezeshkian', 'Mesud Pezeşkiyan'] },
        ],
      ],
      supreme_leader: [
        ['Ali Khamenei', '1989-06-04', '2026-02-28', { aka: ['Seyyed Ali Khamenei'] }],
        [
          'Mojtaba Khamenei',
          '2026-03-08',
          null,
          { aka: ['Mojtaba Hosseini Khamenei', 'Seyyed Mojtaba Khamenei'] },
        ],
      ],
      foreign_minister: [
        ['Manouchehr Mottaki', '2005-08-24', '2010-12-13', { aka: ['Manouchehr Motaki'] }],
        ['Ali Akbar Salehi', '2010-12-13', '2013-08-15'],
        [
          'Mohammad Javad Zarif',
          '2013-08-15',
          '2021-08-25',
          { aka: ['Javad Zarif', 'Mohammad-Javad Zarif', 'Cevad Zarif'] },
        ],
        [
          'Hossein Amir-Abdollahian',
          '2021-08-25',
          '2024-05-19',
          { aka: ['Hossein Amirabdollahian', 'Hüseyin Emir Abdullahiyan'] },
        ],
        [
          'Abbas Araghchi',
          '2024-08-21',
          null,
          { aka: ['Abbas Araqchi', 'Seyed Abbas Araghchi', 'Seyyed Abbas Araghchi', 'Abbas Arakçi'] },
        ],
      ],
    },
  },
  {
    country: 'MY',
    sources: `${WIKI_LISTS}; ${NEWS} for 2025–2026. The Yang di-Pertuan Agong (the King) is head of state; between Muhammad V's abdication (2019-01-06) and Abdullah's accession (2019-01-31) the Deputy King acted and is left out. Mahathir Mohamad is kept to 2020-03-01: he was interim Prime Minister from his resignation (2020-02-24) until Muhyiddin Yassin was sworn in. The foreign ministry had no minister from 2018-05-10 to 2018-07-02 and from 2020-02-24 to 2020-03-10.`,
    offices: {
      head_of_state: [
        [
          'Mizan Zainal Abidin',
          '2006-12-13',
          '2011-12-12',
          {
            aka: ['Tuanku Mizan Zainal Abidin', 'Sultan Mizan Zainal Abidin'],
            family: 'Mizan Zainal Abidin',
          },
        ],
        [
          'Abdul Halim',
          '2011-12-13',
          '2016-12-12',
          { aka: ["Abdul Halim Mu'adzam Shah", "Tuanku Abdul Halim Mu'adzam Shah"], family: 'Abdul Halim' },
        ],
        ['Muhammad V', '2016-12-13', '2019-01-06', { aka: ['Sultan Muhammad V'], family: 'Muhammad' }],
        [
          'Abdullah of Pahang',
          '2019-01-31',
          '2024-01-30',
          {
            aka: [
              'Al-Sultan Abdullah',
              "Abdullah Ri'ayatuddin",
              "Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah",
            ],
            family: 'Abdullah',
          },
        ],
        [
          'Ibrahim Iskandar',
          '2024-01-31',
          null,
          { aka: ['Sultan Ibrahim Iskandar', 'Ibrahim ibni Almarhum Sultan Iskandar'], family: 'Ibrahim' },
        ],
      ],
      head_of_government: [
        ['Abdullah Ahmad Badawi', '2003-10-31', '2009-04-03', { aka: ['Abdullah Badawi'] }],
        [
          'Najib Razak',
          '2009-04-03',
          '2018-05-10',
          {
            aka: [
              'Najib Tun Razak',
              'Mohd Najib Tun Abdul Razak',
              'Mohd Najib Abdul Razak',
              'Najib Abdul Razak',
            ],
            family: 'Najib',
          },
        ],
        [
          'Mahathir Mohamad',
          '2018-05-10',
          '2020-03-01',
          { aka: ['Mahathir bin Mohamad', 'Mahathir Mohammad'], family: 'Mahathir' },
        ],
        [
          'Muhyiddin Yassin',
          '2020-03-01',
          '2021-08-16',
          { aka: ['Muhyiddin Mohd Yassin'], family: 'Muhyiddin' },
        ],
        [
          'Ismail Sabri Yaakob',
          '2021-08-21',
          '2022-11-24',
          { aka: ['Ismail Sabri Yaacob', 'Ismail Sabri'], family: 'Ismail Sabri' },
        ],
        ['Anwar Ibrahim', '2022-11-24', null, { aka: ['Anwar bin Ibrahim'], family: 'Anwar' }],
      ],
      foreign_minister: [
        ['Rais Yatim', '2008-03-19', '2009-04-09'],
        ['Anifah Aman', '2009-04-10', '2018-05-10', { aka: ['Anifah Haji Aman'] }],
        ['Saifuddin Abdullah', '2018-07-02', '2020-02-24'],
        [
          'Hishammuddin Hussein',
          '2020-03-10',
          '2021-08-16',
          { aka: ['Hishammuddin Tun Hussein', 'Hishamuddin Hussein'] },
        ],
        ['Saifuddin Abdullah', '2021-08-30', '2022-11-24'],
        ['Zambry Abdul Kadir', '2022-12-03', '2023-12-12', { aka: ['Zambry Abd Kadir'] }],
        ['Mohamad Hasan', '2023-12-12', null, { aka: ['Mohamad bin Haji Hasan', 'Mohamad Haji Hasan'] }],
      ],
    },
  },
  {
    country: 'TH',
    sources: `${WIKI_LISTS}; ${NEWS} for 2025–2026. The gaps are the acting prime ministers: after Yingluck Shinawatra's removal (2014-05-07) until Prayut Chan-o-cha's royal endorsement (2014-08-24); Prawit Wongsuwan while Prayut was suspended (2022-08-24 to 2022-09-30); Suriya Juangroongruangkit and Phumtham Wechayachai while Paetongtarn Shinawatra was suspended (from 2025-07-01) and after her dismissal (2025-08-29) until Anutin Charnvirakul's royal endorsement (2025-09-07). Anutin was re-elected by the new House on 2026-03-19 and is kept as one term. Sihasak Phuangketkeow is kept from the royal endorsement of Anutin's cabinet (2025-09-19); whether he stayed in the cabinet of March 2026 was not checked.`,
    offices: {
      head_of_state: [
        ['Bhumibol Adulyadej', '1946-06-09', '2016-10-13', { aka: ['Rama IX'] }],
        [
          'Maha Vajiralongkorn',
          '2016-10-13',
          null,
          { aka: ['Vajiralongkorn', 'Rama X', 'Maha Vajiralongkorn Bodindradebayavarangkun'] },
        ],
      ],
      head_of_government: [
        ['Abhisit Vejjajiva', '2008-12-17', '2011-08-05'],
        ['Yingluck Shinawatra', '2011-08-05', '2014-05-07'],
        [
          'Prayut Chan-o-cha',
          '2014-08-24',
          '2022-08-24',
          { aka: ['Prayuth Chan-o-cha', 'Prayut Chan-ocha', 'Prayuth Chan-ocha', 'Prayut Chanocha'] },
        ],
        [
          'Prayut Chan-o-cha',
          '2022-09-30',
          '2023-08-22',
          { aka: ['Prayuth Chan-o-cha', 'Prayut Chan-ocha', 'Prayuth Chan-ocha', 'Prayut Chanocha'] },
        ],
        ['Srettha Thavisin', '2023-08-22', '2024-08-14'],
        ['Paetongtarn Shinawatra', '2024-08-16', '2025-07-01', { aka: ['Paethongtarn Shinawatra'] }],
        ['Anutin Charnvirakul', '2025-09-07', null],
      ],
      foreign_minister: [
        ['Kasit Piromya', '2008-12-20', '2011-08-09'],
        ['Surapong Tovichakchaikul', '2011-08-09', '2014-05-22'],
        ['Tanasak Patimapragorn', '2014-08-31', '2015-08-23'],
        ['Don Pramudwinai', '2015-08-23', '2023-09-01'],
        [
          'Parnpree Bahiddha-nukara',
          '2023-09-01',
          '2024-04-28',
          { aka: ['Panpree Bahiddha-nukara', 'Parnpree Bahidda-Nukara'] },
        ],
        ['Maris Sangiampongsa', '2024-04-30', '2025-09-19'],
        ['Sihasak Phuangketkeow', '2025-09-19', null],
      ],
    },
  },
  {
    country: 'QA',
    sources: `${WIKI_LISTS}. The Emir is head of state and leads in talks. Hamad bin Jassim's first day as foreign minister (1992-09-01) is as those lists give it, not confirmed.`,
    offices: {
      head_of_state: [
        ['Hamad bin Khalifa Al Thani', '1995-06-27', '2013-06-25', { aka: ['Hamad bin Khalifa'] }],
        ['Tamim bin Hamad Al Thani', '2013-06-25', null, { aka: ['Tamim bin Hamad'] }],
      ],
      head_of_government: [
        [
          'Hamad bin Jassim bin Jaber Al Thani',
          '2007-04-03',
          '2013-06-26',
          { aka: ['Hamad bin Jassim Al Thani', 'Hamad bin Jassim', 'Hamad bin Jasim bin Jabr Al Thani'] },
        ],
        [
          'Abdullah bin Nasser bin Khalifa Al Thani',
          '2013-06-26',
          '2020-01-28',
          { aka: ['Abdullah bin Nasser Al Thani', 'Abdullah bin Nasser'] },
        ],
        [
          'Khalid bin Khalifa bin Abdulaziz Al Thani',
          '2020-01-28',
          '2023-03-07',
          { aka: ['Khalid bin Khalifa Al Thani', 'Khalid bin Khalifa'] },
        ],
        [
          'Mohammed bin Abdulrahman Al Thani',
          '2023-03-07',
          null,
          {
            aka: [
              'Mohammed bin Abdulrahman bin Jassim Al Thani',
              'Mohammed bin Abdulrahman',
              'Mohamed bin Abdulrahman Al Thani',
              'Mohammed bin Abdul Rahman Al Thani',
            ],
          },
        ],
      ],
      foreign_minister: [
        [
          'Hamad bin Jassim bin Jaber Al Thani',
          '1992-09-01',
          '2013-06-26',
          { aka: ['Hamad bin Jassim Al Thani', 'Hamad bin Jassim', 'Hamad bin Jasim bin Jabr Al Thani'] },
        ],
        [
          'Khalid bin Mohammad Al Attiyah',
          '2013-06-26',
          '2016-01-27',
          { aka: ['Khalid Al Attiyah', 'Khalid al-Attiyah', 'Khalid bin Mohammed Al Attiyah'] },
        ],
        [
          'Mohammed bin Abdulrahman Al Thani',
          '2016-01-27',
          null,
          {
            aka: [
              'Mohammed bin Abdulrahman bin Jassim Al Thani',
              'Mohammed bin Abdulrahman',
              'Mohamed bin Abdulrahman Al Thani',
              'Mohammed bin Abdul Rahman Al Thani',
            ],
          },
        ],
      ],
    },
  },
  {
    country: 'KW',
    sources: `${WIKI_LISTS}; ${NEWS} (KUNA, Reuters) for the foreign ministers of 2011 and 2024 and the governments of 2024. The Emir is head of state and leads in talks; the Emirs are kept from their accession (Nawaf Al-Ahmad was sworn in on 2020-09-30, Mishal Al-Ahmad on 2023-12-20). Mohammad Sabah Al-Salem resigned the foreign ministry in October 2011 (the day is not confirmed); Sabah Al-Khalid was sworn in on 2011-10-23. The days of 2019 and 2022 between governments, and the change of prime minister in April–May 2024 (Ahmad Abdullah Al-Ahmad kept from his appointment, 2024-04-15, not confirmed), are as those lists give them.`,
    offices: {
      head_of_state: [
        [
          'Sabah Al-Ahmad Al-Jaber Al-Sabah',
          '2006-01-29',
          '2020-09-29',
          { aka: ['Sabah Al-Ahmed Al-Jaber Al-Sabah', 'Sabah Al-Ahmad'] },
        ],
        [
          'Nawaf Al-Ahmad Al-Jaber Al-Sabah',
          '2020-09-29',
          '2023-12-16',
          { aka: ['Nawaf Al-Ahmed Al-Jaber Al-Sabah', 'Nawaf Al-Ahmad'] },
        ],
        [
          'Mishal Al-Ahmad Al-Jaber Al-Sabah',
          '2023-12-16',
          null,
          {
            aka: [
              'Meshal Al-Ahmad Al-Jaber Al-Sabah',
              'Mishaal Al-Ahmad Al-Jaber Al-Sabah',
              'Meshaal Al-Ahmad Al-Jaber Al-Sabah',
              'Mishal Al-Ahmad',
            ],
          },
        ],
      ],
      head_of_government: [
        [
          'Nasser Al-Mohammed Al-Ahmed Al-Sabah',
          '2006-02-07',
          '2011-11-28',
          { aka: ['Nasser Al-Mohammad Al-Ahmad Al-Sabah', 'Nasser Al-Mohammed'] },
        ],
        ['Jaber Al-Mubarak Al-Hamad Al-Sabah', '2011-11-30', '2019-11-19', { aka: ['Jaber Al-Mubarak'] }],
        [
          'Sabah Al-Khalid Al-Hamad Al-Sabah',
          '2019-11-19',
          '2022-07-24',
          { aka: ['Sabah Khalid Al-Hamad Al-Sabah', 'Sabah Al-Khaled Al-Sabah', 'Sabah Al-Khalid'] },
        ],
        [
          'Ahmad Nawaf Al-Ahmad Al-Sabah',
          '2022-07-24',
          '2024-01-04',
          { aka: ['Ahmad Al-Nawaf Al-Ahmad Al-Sabah', 'Ahmed Nawaf Al-Ahmad Al-Sabah', 'Ahmad Nawaf'] },
        ],
        [
          'Mohammad Sabah Al-Salem Al-Sabah',
          '2024-01-04',
          '2024-04-15',
          { aka: ['Mohammed Sabah Al-Salem Al-Sabah', 'Mohammad Al-Sabah', 'Muhammad al-Sabah'] },
        ],
        [
          'Ahmad Abdullah Al-Ahmad Al-Sabah',
          '2024-04-15',
          null,
          {
            aka: [
              'Ahmad Al-Abdullah Al-Ahmad Al-Sabah',
              'Ahmed Abdullah Al-Ahmad Al-Sabah',
              'Ahmad Al-Abdullah',
            ],
          },
        ],
      ],
      foreign_minister: [
        [
          'Mohammad Sabah Al-Salem Al-Sabah',
          '2003-07-14',
          '2011-10-18',
          { aka: ['Mohammed Sabah Al-Salem Al-Sabah', 'Mohammad Al-Sabah', 'Muhammad al-Sabah'] },
        ],
        [
          'Sabah Al-Khalid Al-Hamad Al-Sabah',
          '2011-10-23',
          '2019-11-19',
          { aka: ['Sabah Khalid Al-Hamad Al-Sabah', 'Sabah Al-Khaled Al-Sabah', 'Sabah Al-Khalid'] },
        ],
        [
          'Ahmad Nasser Al-Mohammad Al-Sabah',
          '2019-12-17',
          '2022-08-01',
          { aka: ['Ahmed Nasser Al-Mohammad Al-Sabah', 'Ahmad Nasser Al-Sabah'] },
        ],
        [
          'Salem Abdullah Al-Jaber Al-Sabah',
          '2022-08-01',
          '2024-01-17',
          { aka: ['Salem Al-Abdullah Al-Jaber Al-Sabah'] },
        ],
        [
          'Abdullah Ali Al-Yahya',
          '2024-01-17',
          null,
          { aka: ['Abdullah Al-Yahya', 'Abdullah Ali Abdullah Al-Yahya'] },
        ],
      ],
    },
  },
  {
    country: 'JO',
    sources: `${WIKI_LISTS}. The King is head of state and leads in talks. Salaheddine al-Bashir's first day (2007-11-25) is as those lists give it.`,
    offices: {
      head_of_state: [
        [
          'Abdullah II',
          '1999-02-07',
          null,
          { aka: ['Abdullah II bin Al-Hussein', 'Abdullah II ibn Al-Hussein'], family: 'Abdullah' },
        ],
      ],
      head_of_government: [
        ['Nader al-Dahabi', '2007-11-25', '2009-12-14', { aka: ['Nader Dahabi', 'Nader Al-Thahabi'] }],
        ['Samir Rifai', '2009-12-14', '2011-02-09', { aka: ['Samir al-Rifai', 'Samir Al-Rifai'] }],
        ['Marouf al-Bakhit', '2011-02-09', '2011-10-24', { aka: ['Marouf Bakhit', 'Maarouf al-Bakhit'] }],
        ['Awn Khasawneh', '2011-10-24', '2012-05-02', { aka: ['Awn Al-Khasawneh', 'Aoun Khasawneh'] }],
        ['Fayez al-Tarawneh', '2012-05-02', '2012-10-11', { aka: ['Fayez Tarawneh'] }],
        [
          'Abdullah Ensour',
          '2012-10-11',
          '2016-06-01',
          { aka: ['Abdullah Nsour', 'Abdullah Al-Nsour', 'Abdullah Ensour'] },
        ],
        ['Hani Mulki', '2016-06-01', '2018-06-14', { aka: ['Hani Al-Mulki'] }],
        ['Omar Razzaz', '2018-06-14', '2020-10-12', { aka: ['Omar Al-Razzaz'] }],
        [
          'Bisher Al-Khasawneh',
          '2020-10-12',
          '2024-09-18',
          { aka: ['Bisher Khasawneh', 'Bisher Hani Al-Khasawneh'] },
        ],
        ['Jafar Hassan', '2024-09-18', null, { aka: ['Jafar Hasan'] }],
      ],
      foreign_minister: [
        [
          'Salaheddine al-Bashir',
          '2007-11-25',
          '2009-02-23',
          { aka: ['Salaheddin Al-Bashir', 'Salah Eddin al-Bashir'] },
        ],
        ['Nasser Judeh', '2009-02-23', '2017-01-15'],
        ['Ayman Safadi', '2017-01-15', null, { aka: ['Ayman Al-Safadi'] }],
      ],
    },
  },
  {
    country: 'OM',
    sources: `${WIKI_LISTS}. The Sultan is head of state and Prime Minister. Yusuf bin Alawi bin Abdullah, Minister Responsible for Foreign Affairs, is kept as foreign minister; his first day in that office (1997) is not known to the day and is given as 1997-01-01.`,
    offices: {
      head_of_state: [
        [
          'Qaboos bin Said',
          '1970-07-23',
          '2020-01-10',
          { aka: ['Qaboos bin Said Al Said', 'Qaboos bin Saeed'], family: 'Qaboos' },
        ],
        [
          'Haitham bin Tariq',
          '2020-01-11',
          null,
          {
            aka: ['Haitham bin Tarik', 'Haitham bin Tariq Al Said', 'Haitham bin Tarik Al Said'],
            family: 'Haitham',
          },
        ],
      ],
      head_of_government: [
        [
          'Qaboos bin Said',
          '1970-07-23',
          '2020-01-10',
          { aka: ['Qaboos bin Said Al Said', 'Qaboos bin Saeed'], family: 'Qaboos' },
        ],
        [
          'Haitham bin Tariq',
          '2020-01-11',
          null,
          {
            aka: ['Haitham bin Tarik', 'Haitham bin Tariq Al Said', 'Haitham bin Tarik Al Said'],
            family: 'Haitham',
          },
        ],
      ],
      foreign_minister: [
        [
          'Yusuf bin Alawi bin Abdullah',
          '1997-01-01',
          '2020-08-18',
          {
            aka: ['Yousef bin Alawi bin Abdullah', 'Yusuf bin Alawi', 'Yousuf bin Alawi'],
            family: 'bin Alawi',
          },
        ],
        [
          'Badr Albusaidi',
          '2020-08-18',
          null,
          { aka: ['Badr bin Hamad Albusaidi', 'Badr bin Hamad Al Busaidi', 'Badr Al Busaidi'] },
        ],
      ],
    },
  },
  {
    country: 'BH',
    sources: `${WIKI_LISTS}; ${NEWS} (Bahrain News Agency, AP) for Abdullatif Al Zayani's appointment, announced on 2020-01-02 to take effect when his term at the GCC ended; his first day (2020-02-11) is as those lists give it. The King is head of state and leads in talks; Khalifa bin Salman was Prime Minister from 1970 (given as 1970-01-10) until his death.`,
    offices: {
      head_of_state: [['Hamad bin Isa Al Khalifa', '1999-03-06', null, { aka: ['Hamad bin Isa'] }]],
      head_of_government: [
        ['Khalifa bin Salman Al Khalifa', '1970-01-10', '2020-11-11', { aka: ['Khalifa bin Salman'] }],
        [
          'Salman bin Hamad Al Khalifa',
          '2020-11-11',
          null,
          { aka: ['Salman bin Hamad bin Isa Al Khalifa', 'Salman bin Hamad'] },
        ],
      ],
      foreign_minister: [
        [
          'Khalid bin Ahmed Al Khalifa',
          '2005-09-01',
          '2020-02-11',
          { aka: ['Khalid bin Ahmed bin Mohammed Al Khalifa', 'Khalid bin Ahmed'] },
        ],
        [
          'Abdullatif bin Rashid Al Zayani',
          '2020-02-11',
          null,
          {
            aka: ['Abdullatif Al Zayani', 'Abdullatif bin Rashid Al-Zayani', 'Abdullatif Al-Zayani'],
            family: 'Al Zayani',
          },
        ],
      ],
    },
  },
  {
    country: 'AZ',
    sources: `${WIKI_LISTS}; "İlham Əliyev" as president.az writes it.`,
    offices: {
      head_of_state: [
        ['Ilham Aliyev', '2003-10-31', null, { aka: ['Ilham Aliev', 'Ilham Alijew', 'İlham Əliyev'] }],
      ],
      head_of_government: [
        ['Artur Rasizade', '2003-11-04', '2018-04-21', { aka: ['Artur Rasizadeh'] }],
        ['Novruz Mammadov', '2018-04-21', '2019-10-08'],
        ['Ali Asadov', '2019-10-08', null],
      ],
      foreign_minister: [
        ['Elmar Mammadyarov', '2004-04-02', '2020-07-16'],
        ['Jeyhun Bayramov', '2020-07-16', null, { aka: ['Ceyhun Bayramov'] }],
      ],
    },
  },
  {
    country: 'AM',
    sources: `${WIKI_LISTS}. Karen Karapetyan (acting prime minister 2018-04-23 to 2018-05-08) and the acting foreign minister of June–August 2021 are left out; Nikol Pashinyan is kept as one term through his resignation before the election of 2021 (he stayed in office). The parliamentary election of 2026-06-07 was not checked.`,
    offices: {
      head_of_state: [
        [
          'Serzh Sargsyan',
          '2008-04-09',
          '2018-04-09',
          { aka: ['Serzh Sargsian', 'Serzh Sarkisian', 'Serzh Sarkissian', 'Serzh Sarkisyan'] },
        ],
        ['Armen Sarkissian', '2018-04-09', '2022-02-01', { aka: ['Armen Sargsyan', 'Armen Sarkisyan'] }],
        ['Vahagn Khachaturyan', '2022-03-13', null, { aka: ['Vahagn Khachaturian'] }],
      ],
      head_of_government: [
        [
          'Tigran Sargsyan',
          '2008-04-09',
          '2014-04-13',
          { aka: ['Tigran Sargsian', 'Tigran Sarkisian', 'Tigran Sarkisyan'] },
        ],
        ['Hovik Abrahamyan', '2014-04-13', '2016-09-13', { aka: ['Hovik Abrahamian'] }],
        ['Karen Karapetyan', '2016-09-13', '2018-04-17', { aka: ['Karen Karapetian'] }],
        [
          'Serzh Sargsyan',
          '2018-04-17',
          '2018-04-23',
          { aka: ['Serzh Sargsian', 'Serzh Sarkisian', 'Serzh Sarkissian', 'Serzh Sarkisyan'] },
        ],
        ['Nikol Pashinyan', '2018-05-08', null, { aka: ['Nikol Pashinian', 'Nikol Paschinjan'] }],
      ],
      foreign_minister: [
        [
          'Eduard Nalbandyan',
          '2008-04-21',
          '2018-05-12',
          { aka: ['Edward Nalbandian', 'Eduard Nalbandian'] },
        ],
        ['Zohrab Mnatsakanyan', '2018-05-12', '2020-11-16', { aka: ['Zohrab Mnatsakanian'] }],
        ['Ara Aivazian', '2020-11-18', '2021-06-01', { aka: ['Ara Ayvazyan'] }],
        ['Ararat Mirzoyan', '2021-08-19', null],
      ],
    },
  },
  {
    country: 'GE',
    sources: `${WIKI_LISTS}; ${NEWS} (Agenda.ge, JAMnews, AFP) for the foreign ministers of 2015, 2018, 2022 and 2024. Irakli Kobakhidze's government of November 2024, with Maka Botchorishvili as foreign minister, is kept from its confidence vote (2024-11-28). Mikheil Kavelashvili, inaugurated on 2024-12-29, is kept as president; Salome Zourabichvili disputed his election. Mikheil Saakashvili is kept from his second inauguration (2008-01-20).`,
    offices: {
      head_of_state: [
        ['Mikheil Saakashvili', '2008-01-20', '2013-11-17', { aka: ['Mikhail Saakashvili'] }],
        ['Giorgi Margvelashvili', '2013-11-17', '2018-12-16'],
        ['Salome Zourabichvili', '2018-12-16', '2024-12-29', { aka: ['Salome Zurabishvili'] }],
        ['Mikheil Kavelashvili', '2024-12-29', null, { aka: ['Mikhail Kavelashvili'] }],
      ],
      head_of_government: [
        ['Grigol Mgaloblishvili', '2008-11-01', '2009-02-06'],
        ['Nika Gilauri', '2009-02-06', '2012-07-04'],
        ['Vano Merabishvili', '2012-07-04', '2012-10-25', { aka: ['Ivane Merabishvili'] }],
        ['Bidzina Ivanishvili', '2012-10-25', '2013-11-20'],
        ['Irakli Garibashvili', '2013-11-20', '2015-12-30', { aka: ['Irakli Gharibashvili'] }],
        ['Giorgi Kvirikashvili', '2015-12-30', '2018-06-20'],
        ['Mamuka Bakhtadze', '2018-06-20', '2019-09-08'],
        ['Giorgi Gakharia', '2019-09-08', '2021-02-18'],
        ['Irakli Garibashvili', '2021-02-22', '2024-02-08', { aka: ['Irakli Gharibashvili'] }],
        ['Irakli Kobakhidze', '2024-02-08', null],
      ],
      foreign_minister: [
        ['Grigol Vashadze', '2008-12-05', '2012-10-25'],
        ['Maia Panjikidze', '2012-10-25', '2014-11-05'],
        ['Tamar Beruchashvili', '2014-11-11', '2015-09-01'],
        ['Giorgi Kvirikashvili', '2015-09-01', '2015-12-30'],
        ['Mikheil Janelidze', '2015-12-30', '2018-06-14'],
        ['David Zalkaliani', '2018-06-21', '2022-04-04'],
        ['Ilia Darchiashvili', '2022-04-04', '2024-11-28'],
        ['Maka Botchorishvili', '2024-11-28', null, { aka: ['Maka Bochorishvili'] }],
      ],
    },
  },
  {
    country: 'UZ',
    sources: `${WIKI_LISTS}; ${NEWS} (Fergana, Qalampir, Caspian Policy Center) for the foreign ministers of 2022–2023. Shavkat Mirziyoyev is kept as president from his inauguration (2016-12-14), after his months as interim president, and as prime minister until then. The first days of Vladimir Norov's first term (2006), of Elyor Ganiev (2010) and of Abdulaziz Kamilov (2012) are not confirmed to the day. Vladimir Norov was acting foreign minister from 2022-04-27 and confirmed in September 2022; Bakhtiyor Saidov was acting from 2022-12-30 and confirmed in April 2023: both are kept from the first day.`,
    offices: {
      head_of_state: [
        ['Islam Karimov', '1990-03-24', '2016-09-02'],
        [
          'Shavkat Mirziyoyev',
          '2016-12-14',
          null,
          { aka: ['Shavkat Mirziyoev', 'Shavkat Mirzijojev', 'Shavkat Mirziyoyev'] },
        ],
      ],
      head_of_government: [
        [
          'Shavkat Mirziyoyev',
          '2003-12-12',
          '2016-12-14',
          { aka: ['Shavkat Mirziyoev', 'Shavkat Mirzijojev'] },
        ],
        ['Abdulla Aripov', '2016-12-14', null],
      ],
      foreign_minister: [
        ['Vladimir Norov', '2006-07-17', '2010-01-12'],
        ['Elyor Ganiev', '2010-01-12', '2012-01-12', { aka: ['Elyor Ganiyev'] }],
        ['Abdulaziz Kamilov', '2012-01-12', '2022-04-27', { aka: ['Abdulaziz Komilov'] }],
        ['Vladimir Norov', '2022-04-27', '2022-12-30'],
        ['Bakhtiyor Saidov', '2022-12-30', null, { aka: ['Bakhtiyar Saidov', 'Bakhtiyor Saidov'] }],
      ],
    },
  },
  {
    country: 'BD',
    sources: `${WIKI_LISTS}; ${NEWS} (Anadolu, TRT, The Business Standard) for the government of 2026-02-17. The heads of the interim governments (Chief Adviser Fakhruddin Ahmed to 2009-01-06, Muhammad Yunus from 2024-08-08 to 2026-02-17) are kept as heads of government, and their advisers for foreign affairs (Iftekhar Ahmed Chowdhury, Md. Touhid Hossain) as foreign ministers. Abdul Hamid, acting president from 2013-03-14, is kept from his election (2013-04-24). Md. Touhid Hossain is kept from the allocation of the advisers' portfolios (given as 2024-08-09, not confirmed).`,
    offices: {
      head_of_state: [
        ['Iajuddin Ahmed', '2002-09-06', '2009-02-12'],
        ['Zillur Rahman', '2009-02-12', '2013-03-20'],
        ['Abdul Hamid', '2013-04-24', '2023-04-24', { aka: ['Md. Abdul Hamid', 'Mohammad Abdul Hamid'] }],
        [
          'Mohammed Shahabuddin',
          '2023-04-24',
          null,
          { aka: ['Mohammad Shahabuddin', 'Md. Shahabuddin', 'Mohammed Shahabuddin Chuppu'] },
        ],
      ],
      head_of_government: [
        ['Fakhruddin Ahmed', '2007-01-12', '2009-01-06'],
        ['Sheikh Hasina', '2009-01-06', '2024-08-05', { aka: ['Sheikh Hasina Wazed'] }],
        ['Muhammad Yunus', '2024-08-08', '2026-02-17', { aka: ['Mohammad Yunus'] }],
        ['Tarique Rahman', '2026-02-17', null, { aka: ['Tarek Rahman', 'Tarik Rahman'] }],
      ],
      foreign_minister: [
        ['Iftekhar Ahmed Chowdhury', '2007-01-16', '2009-01-06'],
        ['Dipu Moni', '2009-01-06', '2014-01-12', { aka: ['Dr. Dipu Moni'] }],
        [
          'Abul Hassan Mahmood Ali',
          '2014-01-12',
          '2019-01-07',
          { aka: ['A. H. Mahmood Ali', 'AH Mahmood Ali', 'A.H. Mahmood Ali'] },
        ],
        [
          'A. K. Abdul Momen',
          '2019-01-07',
          '2024-01-11',
          { aka: ['AK Abdul Momen', 'A.K. Abdul Momen', 'A K Abdul Momen', 'Abul Kalam Abdul Momen'] },
        ],
        ['Hasan Mahmud', '2024-01-11', '2024-08-06', { aka: ['Muhammad Hasan Mahmud'] }],
        [
          'Md. Touhid Hossain',
          '2024-08-09',
          '2026-02-17',
          { aka: ['Touhid Hossain', 'Mohammad Touhid Hossain', 'Md Touhid Hossain'] },
        ],
        ['Khalilur Rahman', '2026-02-17', null, { aka: ['Dr. Khalilur Rahman'] }],
      ],
    },
  },
  {
    country: 'KH',
    sources: `${WIKI_LISTS}; ${NEWS} (Phnom Penh Post, RFA, CamboJA) for the foreign ministers of 2016, 2023 and 2024: Prak Sokhonn was sworn in on 2016-04-05, succeeded by Sok Chenda Sophea on 2023-08-22, and reappointed by the National Assembly's vote of 2024-11-20. Khmer names are written family name first ("Hun Manet").`,
    offices: {
      head_of_state: [['Norodom Sihamoni', '2004-10-14', null]],
      head_of_government: [
        ['Hun Sen', '1985-01-14', '2023-08-22'],
        ['Hun Manet', '2023-08-22', null],
      ],
      foreign_minister: [
        ['Hor Namhong', '1998-11-30', '2016-04-04'],
        ['Prak Sokhonn', '2016-04-05', '2023-08-22', { aka: ['Prak Sokhon'] }],
        ['Sok Chenda Sophea', '2023-08-22', '2024-11-20'],
        ['Prak Sokhonn', '2024-11-20', null, { aka: ['Prak Sokhon'] }],
      ],
    },
  },
  {
    country: 'LA',
    sources: `${WIKI_LISTS}; ${NEWS} (Xinhua, Laotian Times, RFA) for the National Assembly's elections of 2016 and 2021 and the foreign ministry's change of November 2024 (Thongsavanh Phomvihane approved on 2024-11-14, as RFA reported it). The National Assembly elected in 2026 and the offices it filled were not checked.`,
    offices: {
      head_of_state: [
        ['Choummaly Sayasone', '2006-06-08', '2016-04-20'],
        ['Bounnhang Vorachith', '2016-04-20', '2021-03-22', { aka: ['Bounnhang Vorachit'] }],
        [
          'Thongloun Sisoulith',
          '2021-03-22',
          null,
          { aka: ['Thongloun Sisoulit', 'Thongluon Sisoulith', 'Tongloun Sisoulith'] },
        ],
      ],
      head_of_government: [
        ['Bouasone Bouphavanh', '2006-06-08', '2010-12-23'],
        ['Thongsing Thammavong', '2010-12-23', '2016-04-20'],
        [
          'Thongloun Sisoulith',
          '2016-04-20',
          '2021-03-22',
          { aka: ['Thongloun Sisoulit', 'Thongluon Sisoulith', 'Tongloun Sisoulith'] },
        ],
        ['Phankham Viphavanh', '2021-03-22', '2022-12-30'],
        [
          'Sonexay Siphandone',
          '2022-12-30',
          null,
          { aka: ['Sonexay Siphandon', 'Sonexai Siphandone', 'Sonesay Siphandon'] },
        ],
      ],
      foreign_minister: [
        [
          'Thongloun Sisoulith',
          '2006-06-08',
          '2016-04-20',
          { aka: ['Thongloun Sisoulit', 'Thongluon Sisoulith', 'Tongloun Sisoulith'] },
        ],
        ['Saleumxay Kommasith', '2016-04-20', '2024-11-14', { aka: ['Saleumsay Kommasith'] }],
        ['Thongsavanh Phomvihane', '2024-11-14', null, { aka: ['Thongsavan Phomvihane'] }],
      ],
    },
  },
  {
    country: 'MM',
    sources: `${WIKI_LISTS}; ${NEWS} for 2025–2026. Burmese names have no family name: the whole name is kept as it. Aung San Suu Kyi, State Counsellor (2016-04-06 to 2021-02-01), is kept as head of government, and Min Aung Hlaing as Prime Minister of the military government from 2021-08-01 until it handed that office to Nyo Saw (2025-07-31). Myint Swe, acting president from the coup of 2021-02-01, is left out; Min Aung Hlaing is kept as head of state from 2024-07-22, when he took over the acting presidency, as readouts name him. The president and government chosen by the parliament elected in 2025–2026 were not checked.`,
    offices: {
      head_of_state: [
        ['Than Shwe', '1992-04-23', '2011-03-30', { family: 'Than Shwe' }],
        ['Thein Sein', '2011-03-30', '2016-03-30', { aka: ['U Thein Sein'], family: 'Thein Sein' }],
        ['Htin Kyaw', '2016-03-30', '2018-03-21', { aka: ['U Htin Kyaw'], family: 'Htin Kyaw' }],
        ['Win Myint', '2018-03-30', '2021-02-01', { aka: ['U Win Myint'], family: 'Win Myint' }],
        ['Min Aung Hlaing', '2024-07-22', null, { family: 'Min Aung Hlaing' }],
      ],
      head_of_government: [
        ['Thein Sein', '2007-10-24', '2011-03-30', { aka: ['U Thein Sein'], family: 'Thein Sein' }],
        [
          'Aung San Suu Kyi',
          '2016-04-06',
          '2021-02-01',
          { aka: ['Daw Aung San Suu Kyi'], family: 'Suu Kyi' },
        ],
        ['Min Aung Hlaing', '2021-08-01', '2025-07-31', { family: 'Min Aung Hlaing' }],
        ['Nyo Saw', '2025-07-31', null, { aka: ['U Nyo Saw'], family: 'Nyo Saw' }],
      ],
      foreign_minister: [
        ['Nyan Win', '2004-09-18', '2011-03-30', { aka: ['U Nyan Win'], family: 'Nyan Win' }],
        [
          'Wunna Maung Lwin',
          '2011-03-30',
          '2016-03-30',
          { aka: ['U Wunna Maung Lwin'], family: 'Wunna Maung Lwin' },
        ],
        [
          'Aung San Suu Kyi',
          '2016-03-30',
          '2021-02-01',
          { aka: ['Daw Aung San Suu Kyi'], family: 'Suu Kyi' },
        ],
        [
          'Wunna Maung Lwin',
          '2021-02-01',
          '2023-02-01',
          { aka: ['U Wunna Maung Lwin'], family: 'Wunna Maung Lwin' },
        ],
        ['Than Swe', '2023-02-01', null, { aka: ['U Than Swe'], family: 'Than Swe' }],
      ],
    },
  },
  {
    country: 'BN',
    sources: `${WIKI_LISTS}. The Sultan is head of state and Prime Minister, and has held the foreign ministry himself since the cabinet change of 2015-10-22; the Second Minister of Foreign Affairs is not kept.`,
    offices: {
      head_of_state: [
        [
          'Hassanal Bolkiah',
          '1967-10-05',
          null,
          {
            aka: ['Haji Hassanal Bolkiah', "Hassanal Bolkiah Mu'izzaddin Waddaulah"],
            family: 'Hassanal Bolkiah',
          },
        ],
      ],
      head_of_government: [
        [
          'Hassanal Bolkiah',
          '1984-01-01',
          null,
          {
            aka: ['Haji Hassanal Bolkiah', "Hassanal Bolkiah Mu'izzaddin Waddaulah"],
            family: 'Hassanal Bolkiah',
          },
        ],
      ],
      foreign_minister: [
        [
          'Mohamed Bolkiah',
          '1984-01-01',
          '2015-10-22',
          { aka: ['Prince Mohamed Bolkiah'], family: 'Mohamed Bolkiah' },
        ],
        [
          'Hassanal Bolkiah',
          '2015-10-22',
          null,
          {
            aka: ['Haji Hassanal Bolkiah', "Hassanal Bolkiah Mu'izzaddin Waddaulah"],
            family: 'Hassanal Bolkiah',
          },
        ],
      ],
    },
  },
  {
    country: 'TL',
    sources: `${WIKI_LISTS}. Dionísio Babo Soares is kept until Adaljiza Magno's appointment (2020-06-24); when he left the ministry in 2020 is not confirmed.`,
    offices: {
      head_of_state: [
        ['José Ramos-Horta', '2007-05-20', '2012-05-20', { aka: ['Jose Ramos-Horta'] }],
        ['Taur Matan Ruak', '2012-05-20', '2017-05-20', { family: 'Taur Matan Ruak' }],
        [
          'Francisco Guterres',
          '2017-05-20',
          '2022-05-20',
          { aka: ['Lú-Olo', 'Lu-Olo', 'Francisco Guterres Lú-Olo', 'Francisco Guterres Lu-Olo'] },
        ],
        ['José Ramos-Horta', '2022-05-20', null, { aka: ['Jose Ramos-Horta'] }],
      ],
      head_of_government: [
        [
          'Xanana Gusmão',
          '2007-08-08',
          '2015-02-16',
          { aka: ['Xanana Gusmao', 'Kay Rala Xanana Gusmão', 'Kay Rala Xanana Gusmao'] },
        ],
        [
          'Rui Maria de Araújo',
          '2015-02-16',
          '2017-09-15',
          { aka: ['Rui Maria de Araujo', 'Rui Araújo', 'Rui Araujo'], family: 'Araújo' },
        ],
        ['Mari Alkatiri', '2017-09-15', '2018-06-22'],
        ['Taur Matan Ruak', '2018-06-22', '2023-07-01', { family: 'Taur Matan Ruak' }],
        [
          'Xanana Gusmão',
          '2023-07-01',
          null,
          { aka: ['Xanana Gusmao', 'Kay Rala Xanana Gusmão', 'Kay Rala Xanana Gusmao'] },
        ],
      ],
      foreign_minister: [
        ['Zacarias da Costa', '2007-08-08', '2012-08-08', { family: 'da Costa' }],
        ['José Luís Guterres', '2012-08-08', '2015-02-16', { aka: ['Jose Luis Guterres'] }],
        ['Hernâni Coelho', '2015-02-16', '2017-09-15', { aka: ['Hernani Coelho'] }],
        ['Aurélio Guterres', '2017-09-15', '2018-06-22', { aka: ['Aurelio Guterres'] }],
        [
          'Dionísio Babo Soares',
          '2018-06-22',
          '2020-06-24',
          { aka: ['Dionisio Babo Soares', 'Dionísio da Costa Babo Soares'], family: 'Babo Soares' },
        ],
        ['Adaljiza Magno', '2020-06-24', '2023-07-01', { aka: ['Adaljíza Magno'] }],
        ['Bendito Freitas', '2023-07-01', null, { aka: ['Bendito dos Santos Freitas'] }],
      ],
    },
  },
  {
    country: 'FJ',
    sources: `${WIKI_LISTS}. Epeli Nailatikau is kept as president from 2009-07-30, when he took over from Josefa Iloilo (acting until his confirmation on 2009-11-05). Sitiveni Rabuka has held the foreign ministry himself since 2022-12-24; the foreign ministers before him are not kept yet.`,
    offices: {
      head_of_state: [
        [
          'Josefa Iloilo',
          '2007-01-04',
          '2009-07-30',
          { aka: ['Ratu Josefa Iloilo', 'Josefa Iloilovatu Uluivuda'] },
        ],
        ['Epeli Nailatikau', '2009-07-30', '2015-11-12', { aka: ['Ratu Epeli Nailatikau'] }],
        ['Jioji Konrote', '2015-11-12', '2021-11-12', { aka: ['George Konrote', 'Jioji Konousi Konrote'] }],
        [
          'Wiliame Katonivere',
          '2021-11-12',
          null,
          { aka: ['Ratu Wiliame Katonivere', 'Williame Katonivere'] },
        ],
      ],
      head_of_government: [
        [
          'Frank Bainimarama',
          '2007-01-05',
          '2022-12-24',
          { aka: ['Voreqe Bainimarama', 'Josaia Voreqe Bainimarama'] },
        ],
        ['Sitiveni Rabuka', '2022-12-24', null, { aka: ['Sitiveni Ligamamada Rabuka'] }],
      ],
      foreign_minister: [['Sitiveni Rabuka', '2022-12-24', null, { aka: ['Sitiveni Ligamamada Rabuka'] }]],
    },
  },
  {
    country: 'PG',
    sources: `${WIKI_LISTS}. The head of state is the British monarch (see GB); Governors General are not kept. The monarch is the British monarch (kept as GB's head of state), kept here as its monarch on the days royal.uk gives (Charles III's accession on his mother's death, 2022-09-08). Sam Abal's months as acting prime minister (2011) are left out. Foreign ministers are not kept yet.`,
    offices: {
      monarch: [
        ['Elizabeth II', '1952-02-06', '2022-09-08'],
        ['Charles III', '2022-09-08', null],
      ],
      head_of_government: [
        ['Michael Somare', '2002-08-05', '2011-08-02', { aka: ['Sir Michael Somare'] }],
        ["Peter O'Neill", '2011-08-02', '2019-05-30', { aka: ['Peter O’Neill', 'Peter ONeill'] }],
        ['James Marape', '2019-05-30', null],
      ],
    },
  },
  {
    country: 'NL',
    sources: `${WIKI_LISTS}; ${NEWS} (NOS, AP, Dutch Brief) for Rob Jetten's cabinet, sworn in on 2026-02-23 with Tom Berendsen as foreign minister. Acting foreign ministers (Sigrid Kaag 2018-02-13 to 2018-03-07, Tom de Bruijn 2021-09-17 to 2021-09-24) are left out. David van Weel's first day (2025-08-23, after Caspar Veldkamp's resignation) is as Dutch press reported it.`,
    offices: {
      head_of_state: [
        ['Beatrix', '1980-04-30', '2013-04-30'],
        ['Willem-Alexander', '2013-04-30', null],
      ],
      head_of_government: [
        ['Jan Peter Balkenende', '2002-07-22', '2010-10-14'],
        ['Mark Rutte', '2010-10-14', '2024-07-02'],
        ['Dick Schoof', '2024-07-02', '2026-02-23'],
        ['Rob Jetten', '2026-02-23', null],
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
        ['Wopke Hoekstra', '2022-01-10', '2023-09-05'],
        ['Hanke Bruins Slot', '2023-09-05', '2024-07-02', { family: 'Bruins Slot' }],
        ['Caspar Veldkamp', '2024-07-02', '2025-08-22'],
        ['David van Weel', '2025-08-23', '2026-02-23', { family: 'van Weel' }],
        ['Tom Berendsen', '2026-02-23', null],
      ],
    },
  },
  {
    country: 'BE',
    sources: `${WIKI_LISTS}.`,
    offices: {
      head_of_state: [
        ['Albert II', '1993-08-09', '2013-07-21'],
        ['Philippe', '2013-07-21', null],
      ],
      head_of_government: [
        ['Herman Van Rompuy', '2008-12-30', '2009-11-25', { family: 'Van Rompuy' }],
        ['Yves Leterme', '2009-11-25', '2011-12-06'],
        ['Elio Di Rupo', '2011-12-06', '2014-10-11', { family: 'Di Rupo' }],
        ['Charles Michel', '2014-10-11', '2019-10-27'],
        ['Sophie Wilmès', '2019-10-27', '2020-10-01', { aka: ['Sophie Wilmes'] }],
        ['Alexander De Croo', '2020-10-01', '2025-02-03', { family: 'De Croo' }],
        ['Bart De Wever', '2025-02-03', null, { family: 'De Wever' }],
      ],
      foreign_minister: [
        ['Karel De Gucht', '2004-07-18', '2009-07-17', { family: 'De Gucht' }],
        ['Yves Leterme', '2009-07-17', '2009-11-25'],
        ['Steven Vanackere', '2009-11-25', '2011-12-06'],
        ['Didier Reynders', '2011-12-06', '2019-11-30'],
        ['Philippe Goffin', '2019-11-30', '2020-10-01'],
        ['Sophie Wilmès', '2020-10-01', '2022-07-15', { aka: ['Sophie Wilmes'] }],
        ['Hadja Lahbib', '2022-07-15', '2024-12-01'],
        ['Bernard Quintin', '2024-12-01', '2025-02-03'],
        ['Maxime Prévot', '2025-02-03', null, { aka: ['Maxime Prevot'] }],
      ],
    },
  },
  {
    country: 'LU',
    sources: `${WIKI_LISTS}; ${NEWS} for Grand Duke Henri's abdication in favour of Guillaume (2025-10-03). Jean Asselborn kept the foreign ministry from 2004 until Luc Frieden's government (2023-11-17), whose foreign minister is Xavier Bettel.`,
    offices: {
      head_of_state: [
        ['Henri', '2000-10-07', '2025-10-03', { aka: ['Henri of Luxembourg'] }],
        ['Guillaume', '2025-10-03', null, { aka: ['Guillaume of Luxembourg'] }],
      ],
      head_of_government: [
        ['Jean-Claude Juncker', '1995-01-20', '2013-12-04'],
        ['Xavier Bettel', '2013-12-04', '2023-11-17'],
        ['Luc Frieden', '2023-11-17', null],
      ],
      foreign_minister: [
        ['Jean Asselborn', '2004-07-31', '2023-11-17'],
        ['Xavier Bettel', '2023-11-17', null],
      ],
    },
  },
  {
    country: 'SE',
    sources: `${WIKI_LISTS}. The general election of 2026-09-13 and the government after it were not checked: the holders in office before it are kept open.`,
    offices: {
      head_of_state: [
        [
          'Carl XVI Gustaf',
          '1973-09-15',
          null,
          { aka: ['Carl Gustaf', 'Carl XVI Gustav'], family: 'Carl Gustaf' },
        ],
      ],
      head_of_government: [
        ['Fredrik Reinfeldt', '2006-10-06', '2014-10-03'],
        ['Stefan Löfven', '2014-10-03', '2021-11-30', { aka: ['Stefan Lofven', 'Stefan Loefven'] }],
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
    country: 'NO',
    sources: `${WIKI_LISTS}. Jonas Gahr Støre's government continued after the election of September 2025.`,
    offices: {
      head_of_state: [['Harald V', '1991-01-17', null, { family: 'Harald' }]],
      head_of_government: [
        ['Jens Stoltenberg', '2005-10-17', '2013-10-16'],
        ['Erna Solberg', '2013-10-16', '2021-10-14'],
        [
          'Jonas Gahr Støre',
          '2021-10-14',
          null,
          { aka: ['Jonas Gahr Store', 'Jonas Gahr Stoere'], family: 'Støre' },
        ],
      ],
      foreign_minister: [
        [
          'Jonas Gahr Støre',
          '2005-10-17',
          '2012-09-21',
          { aka: ['Jonas Gahr Store', 'Jonas Gahr Stoere'], family: 'Støre' },
        ],
        ['Espen Barth Eide', '2012-09-21', '2013-10-16', { family: 'Barth Eide' }],
        ['Børge Brende', '2013-10-16', '2017-10-20', { aka: ['Borge Brende', 'Boerge Brende'] }],
        [
          'Ine Eriksen Søreide',
          '2017-10-20',
          '2021-10-14',
          { aka: ['Ine Eriksen Soreide', 'Ine Eriksen Soereide'], family: 'Eriksen Søreide' },
        ],
        ['Anniken Huitfeldt', '2021-10-14', '2023-10-16'],
        ['Espen Barth Eide', '2023-10-16', null, { family: 'Barth Eide' }],
      ],
    },
  },
  {
    country: 'FI',
    sources: `${WIKI_LISTS}. The President leads foreign policy in cooperation with the Government (Constitution of Finland, section 93, finlex.fi) and holds the leaders' foreign talks: the President, not the Prime Minister, is the leader in talks.`,
    offices: {
      head_of_state: [
        ['Tarja Halonen', '2000-03-01', '2012-03-01'],
        ['Sauli Niinistö', '2012-03-01', '2024-03-01', { aka: ['Sauli Niinisto'] }],
        ['Alexander Stubb', '2024-03-01', null],
      ],
      head_of_government: [
        ['Matti Vanhanen', '2003-06-24', '2010-06-22'],
        ['Mari Kiviniemi', '2010-06-22', '2011-06-22'],
        ['Jyrki Katainen', '2011-06-22', '2014-06-24'],
        ['Alexander Stubb', '2014-06-24', '2015-05-29'],
        ['Juha Sipilä', '2015-05-29', '2019-06-06', { aka: ['Juha Sipila'] }],
        ['Antti Rinne', '2019-06-06', '2019-12-10'],
        ['Sanna Marin', '2019-12-10', '2023-06-20'],
        ['Petteri Orpo', '2023-06-20', null],
      ],
      foreign_minister: [
        ['Alexander Stubb', '2008-04-04', '2011-06-22'],
        ['Erkki Tuomioja', '2011-06-22', '2015-05-29'],
        ['Timo Soini', '2015-05-29', '2019-06-06'],
        ['Pekka Haavisto', '2019-06-06', '2023-06-20'],
        ['Elina Valtonen', '2023-06-20', null],
      ],
    },
  },
  {
    country: 'DK',
    sources: `${WIKI_LISTS}. The general election of 2026-03-24 (called in February 2026) and the government after it were not found in the news reports at hand: the holders in office before it are kept open.`,
    offices: {
      head_of_state: [
        ['Margrethe II', '1972-01-14', '2024-01-14'],
        ['Frederik X', '2024-01-14', null, { family: 'Frederik' }],
      ],
      head_of_government: [
        ['Anders Fogh Rasmussen', '2001-11-27', '2009-04-05', { family: 'Fogh Rasmussen' }],
        [
          'Lars Løkke Rasmussen',
          '2009-04-05',
          '2011-10-03',
          { aka: ['Lars Lokke Rasmussen', 'Lars Loekke Rasmussen'], family: 'Løkke Rasmussen' },
        ],
        ['Helle Thorning-Schmidt', '2011-10-03', '2015-06-28'],
        [
          'Lars Løkke Rasmussen',
          '2015-06-28',
          '2019-06-27',
          { aka: ['Lars Lokke Rasmussen', 'Lars Loekke Rasmussen'], family: 'Løkke Rasmussen' },
        ],
        ['Mette Frederiksen', '2019-06-27', null],
      ],
      foreign_minister: [
        [
          'Per Stig Møller',
          '2001-11-27',
          '2010-02-23',
          { aka: ['Per Stig Moller', 'Per Stig Moeller'], family: 'Møller' },
        ],
        ['Lene Espersen', '2010-02-23', '2011-10-03'],
        ['Villy Søvndal', '2011-10-03', '2013-12-12', { aka: ['Villy Sovndal', 'Villy Soevndal'] }],
        ['Holger K. Nielsen', '2013-12-12', '2014-02-03', { aka: ['Holger Nielsen'] }],
        ['Martin Lidegaard', '2014-02-03', '2015-06-28'],
        ['Kristian Jensen', '2015-06-28', '2016-11-28'],
        ['Anders Samuelsen', '2016-11-28', '2019-06-27'],
        ['Jeppe Kofod', '2019-06-27', '2022-12-15'],
        [
          'Lars Løkke Rasmussen',
          '2022-12-15',
          null,
          { aka: ['Lars Lokke Rasmussen', 'Lars Loekke Rasmussen'], family: 'Løkke Rasmussen' },
        ],
      ],
    },
  },
  {
    country: 'IS',
    sources: `${WIKI_LISTS}. Icelandic names are given name and patronymic; readouts use the given name alone.`,
    offices: {
      head_of_state: [
        ['Ólafur Ragnar Grímsson', '1996-08-01', '2016-08-01', { aka: ['Olafur Ragnar Grimsson'] }],
        [
          'Guðni Th. Jóhannesson',
          '2016-08-01',
          '2024-08-01',
          {
            aka: [
              'Gudni Th. Johannesson',
              'Guðni Jóhannesson',
              'Gudni Johannesson',
              'Gudni Thorlacius Johannesson',
            ],
          },
        ],
        ['Halla Tómasdóttir', '2024-08-01', null, { aka: ['Halla Tomasdottir'] }],
      ],
      head_of_government: [
        ['Geir Haarde', '2006-06-15', '2009-02-01', { aka: ['Geir H. Haarde'] }],
        ['Jóhanna Sigurðardóttir', '2009-02-01', '2013-05-23', { aka: ['Johanna Sigurdardottir'] }],
        [
          'Sigmundur Davíð Gunnlaugsson',
          '2013-05-23',
          '2016-04-07',
          { aka: ['Sigmundur David Gunnlaugsson'] },
        ],
        ['Sigurður Ingi Jóhannsson', '2016-04-07', '2017-01-11', { aka: ['Sigurdur Ingi Johannsson'] }],
        ['Bjarni Benediktsson', '2017-01-11', '2017-11-30'],
        ['Katrín Jakobsdóttir', '2017-11-30', '2024-04-09', { aka: ['Katrin Jakobsdottir'] }],
        ['Bjarni Benediktsson', '2024-04-09', '2024-12-21'],
        ['Kristrún Frostadóttir', '2024-12-21', null, { aka: ['Kristrun Frostadottir'] }],
      ],
      foreign_minister: [
        [
          'Ingibjörg Sólrún Gísladóttir',
          '2007-05-24',
          '2009-02-01',
          { aka: ['Ingibjorg Solrun Gisladottir'] },
        ],
        ['Össur Skarphéðinsson', '2009-02-01', '2013-05-23', { aka: ['Ossur Skarphedinsson'] }],
        ['Gunnar Bragi Sveinsson', '2013-05-23', '2016-04-07'],
        [
          'Lilja Alfreðsdóttir',
          '2016-04-07',
          '2017-01-11',
          { aka: ['Lilja Alfredsdottir', 'Lilja Dögg Alfreðsdóttir', 'Lilja Dogg Alfredsdottir'] },
        ],
        [
          'Guðlaugur Þór Þórðarson',
          '2017-01-11',
          '2021-11-28',
          { aka: ['Gudlaugur Thor Thordarson', 'Gudlaugur Þór Þórðarson'] },
        ],
        [
          'Þórdís Kolbrún Reykfjörð Gylfadóttir',
          '2021-11-28',
          '2023-10-14',
          {
            aka: [
              'Thordis Kolbrun Reykfjord Gylfadottir',
              'Þórdís Kolbrún R. Gylfadóttir',
              'Thordis Kolbrun R. Gylfadottir',
            ],
          },
        ],
        ['Bjarni Benediktsson', '2023-10-14', '2024-04-09'],
        [
          'Þórdís Kolbrún Reykfjörð Gylfadóttir',
          '2024-04-09',
          '2024-12-21',
          {
            aka: [
              'Thordis Kolbrun Reykfjord Gylfadottir',
              'Þórdís Kolbrún R. Gylfadóttir',
              'Thordis Kolbrun R. Gylfadottir',
            ],
          },
        ],
        ['Þorgerður Katrín Gunnarsdóttir', '2024-12-21', null, { aka: ['Thorgerdur Katrin Gunnarsdottir'] }],
      ],
    },
  },
  {
    country: 'CH',
    sources: `${WIKI_LISTS}. The President of the Swiss Confederation, elected for one calendar year, is kept as head of state, the office readouts name in talks; the head of the Federal Department of Foreign Affairs is kept as foreign minister.`,
    offices: {
      head_of_state: [
        ['Hans-Rudolf Merz', '2009-01-01', '2009-12-31'],
        ['Doris Leuthard', '2010-01-01', '2010-12-31'],
        ['Micheline Calmy-Rey', '2011-01-01', '2011-12-31'],
        ['Eveline Widmer-Schlumpf', '2012-01-01', '2012-12-31'],
        ['Ueli Maurer', '2013-01-01', '2013-12-31'],
        ['Didier Burkhalter', '2014-01-01', '2014-12-31'],
        ['Simonetta Sommaruga', '2015-01-01', '2015-12-31'],
        ['Johann Schneider-Ammann', '2016-01-01', '2016-12-31', { aka: ['Johann N. Schneider-Ammann'] }],
        ['Doris Leuthard', '2017-01-01', '2017-12-31'],
        ['Alain Berset', '2018-01-01', '2018-12-31'],
        ['Ueli Maurer', '2019-01-01', '2019-12-31'],
        ['Simonetta Sommaruga', '2020-01-01', '2020-12-31'],
        ['Guy Parmelin', '2021-01-01', '2021-12-31'],
        ['Ignazio Cassis', '2022-01-01', '2022-12-31'],
        ['Alain Berset', '2023-01-01', '2023-12-31'],
        ['Viola Amherd', '2024-01-01', '2024-12-31'],
        ['Karin Keller-Sutter', '2025-01-01', '2025-12-31'],
        ['Guy Parmelin', '2026-01-01', null],
      ],
      foreign_minister: [
        ['Micheline Calmy-Rey', '2003-01-01', '2011-12-31'],
        ['Didier Burkhalter', '2012-01-01', '2017-10-31'],
        ['Ignazio Cassis', '2017-11-01', null],
      ],
    },
  },
  {
    country: 'PT',
    sources: `${WIKI_LISTS}; ${NEWS} for António José Seguro's inauguration (2026-03-09).`,
    offices: {
      head_of_state: [
        [
          'Aníbal Cavaco Silva',
          '2006-03-09',
          '2016-03-09',
          { aka: ['Anibal Cavaco Silva'], family: 'Cavaco Silva' },
        ],
        ['Marcelo Rebelo de Sousa', '2016-03-09', '2026-03-09', { family: 'Rebelo de Sousa' }],
        ['António José Seguro', '2026-03-09', null, { aka: ['Antonio Jose Seguro'] }],
      ],
      head_of_government: [
        ['José Sócrates', '2005-03-12', '2011-06-21', { aka: ['Jose Socrates'] }],
        ['Pedro Passos Coelho', '2011-06-21', '2015-11-26', { family: 'Passos Coelho' }],
        ['António Costa', '2015-11-26', '2024-04-02', { aka: ['Antonio Costa'] }],
        ['Luís Montenegro', '2024-04-02', null, { aka: ['Luis Montenegro'] }],
      ],
      foreign_minister: [
        ['Luís Amado', '2006-07-03', '2011-06-21', { aka: ['Luis Amado'] }],
        ['Paulo Portas', '2011-06-21', '2013-07-24'],
        ['Rui Machete', '2013-07-24', '2015-11-26'],
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
    country: 'CZ',
    sources: `${WIKI_LISTS}; ${NEWS} (ČTK, Reuters, Xinhua) for Andrej Babiš's appointment (2025-12-09) and his cabinet's (2025-12-15, with Petr Macinka as foreign minister). Acting foreign ministers (Jan Hamáček 2018 and 2021) are left out.`,
    offices: {
      head_of_state: [
        ['Václav Klaus', '2003-03-07', '2013-03-07', { aka: ['Vaclav Klaus'] }],
        ['Miloš Zeman', '2013-03-08', '2023-03-08', { aka: ['Milos Zeman'] }],
        ['Petr Pavel', '2023-03-09', null],
      ],
      head_of_government: [
        ['Mirek Topolánek', '2006-09-04', '2009-05-08', { aka: ['Mirek Topolanek'] }],
        ['Jan Fischer', '2009-05-08', '2010-07-13'],
        ['Petr Nečas', '2010-07-13', '2013-07-10', { aka: ['Petr Necas'] }],
        ['Jiří Rusnok', '2013-07-10', '2014-01-29', { aka: ['Jiri Rusnok'] }],
        ['Bohuslav Sobotka', '2014-01-29', '2017-12-13'],
        ['Andrej Babiš', '2017-12-13', '2021-12-17', { aka: ['Andrej Babis'] }],
        ['Petr Fiala', '2021-12-17', '2025-12-09'],
        ['Andrej Babiš', '2025-12-09', null, { aka: ['Andrej Babis'] }],
      ],
      foreign_minister: [
        ['Karel Schwarzenberg', '2007-01-09', '2009-05-08'],
        ['Jan Kohout', '2009-05-08', '2010-07-13'],
        ['Karel Schwarzenberg', '2010-07-13', '2013-07-10'],
        ['Jan Kohout', '2013-07-10', '2014-01-29'],
        ['Lubomír Zaorálek', '2014-01-29', '2017-12-13', { aka: ['Lubomir Zaoralek'] }],
        ['Martin Stropnický', '2017-12-13', '2018-06-27', { aka: ['Martin Stropnicky'] }],
        ['Tomáš Petříček', '2018-10-16', '2021-04-12', { aka: ['Tomas Petricek'] }],
        ['Jakub Kulhánek', '2021-04-21', '2021-12-17', { aka: ['Jakub Kulhanek'] }],
        ['Jan Lipavský', '2021-12-17', '2025-12-15', { aka: ['Jan Lipavsky'] }],
        ['Petr Macinka', '2025-12-15', null],
      ],
    },
  },
  {
    country: 'SK',
    sources: `${WIKI_LISTS}. The change of foreign minister in September 2022 (Ivan Korčok's resignation, Rastislav Káčer's appointment on 2022-09-13) is as those lists give it.`,
    offices: {
      head_of_state: [
        ['Ivan Gašparovič', '2004-06-15', '2014-06-15', { aka: ['Ivan Gasparovic'] }],
        ['Andrej Kiska', '2014-06-15', '2019-06-15'],
        ['Zuzana Čaputová', '2019-06-15', '2024-06-15', { aka: ['Zuzana Caputova'] }],
        ['Peter Pellegrini', '2024-06-15', null],
      ],
      head_of_government: [
        ['Robert Fico', '2006-07-04', '2010-07-08'],
        ['Iveta Radičová', '2010-07-08', '2012-04-04', { aka: ['Iveta Radicova'] }],
        ['Robert Fico', '2012-04-04', '2018-03-22'],
        ['Peter Pellegrini', '2018-03-22', '2020-03-21'],
        ['Igor Matovič', '2020-03-21', '2021-04-01', { aka: ['Igor Matovic'] }],
        ['Eduard Heger', '2021-04-01', '2023-05-15'],
        ['Ľudovít Ódor', '2023-05-15', '2023-10-25', { aka: ['Ludovit Odor'] }],
        ['Robert Fico', '2023-10-25', null],
      ],
      foreign_minister: [
        ['Ján Kubiš', '2006-07-04', '2009-01-26', { aka: ['Jan Kubis'] }],
        ['Miroslav Lajčák', '2009-01-26', '2010-07-08', { aka: ['Miroslav Lajcak'] }],
        ['Mikuláš Dzurinda', '2010-07-08', '2012-04-04', { aka: ['Mikulas Dzurinda'] }],
        ['Miroslav Lajčák', '2012-04-04', '2020-03-21', { aka: ['Miroslav Lajcak'] }],
        ['Ivan Korčok', '2020-03-21', '2022-09-13', { aka: ['Ivan Korcok'] }],
        ['Rastislav Káčer', '2022-09-13', '2023-05-15', { aka: ['Rastislav Kacer'] }],
        ['Miroslav Wlachovský', '2023-05-15', '2023-10-25', { aka: ['Miroslav Wlachovsky'] }],
        ['Juraj Blanár', '2023-10-25', null, { aka: ['Juraj Blanar'] }],
      ],
    },
  },
  {
    country: 'HU',
    sources: `${WIKI_LISTS}; ${NEWS} for the election of 2026-04-12 and Péter Magyar's swearing-in (2026-05-09). Péter Szijjártó is kept to that day; his successor in Péter Magyar's government is not kept yet (not confirmed in the reports at hand).`,
    offices: {
      head_of_state: [
        ['László Sólyom', '2005-08-05', '2010-08-06', { aka: ['Laszlo Solyom'] }],
        ['Pál Schmitt', '2010-08-06', '2012-04-02', { aka: ['Pal Schmitt'] }],
        ['János Áder', '2012-05-10', '2022-05-10', { aka: ['Janos Ader'] }],
        ['Katalin Novák', '2022-05-10', '2024-02-26', { aka: ['Katalin Novak'] }],
        ['Tamás Sulyok', '2024-03-05', null, { aka: ['Tamas Sulyok'] }],
      ],
      head_of_government: [
        ['Ferenc Gyurcsány', '2004-09-29', '2009-04-14', { aka: ['Ferenc Gyurcsany'] }],
        ['Gordon Bajnai', '2009-04-14', '2010-05-29'],
        ['Viktor Orbán', '2010-05-29', '2026-05-09', { aka: ['Viktor Orban'] }],
        ['Péter Magyar', '2026-05-09', null, { aka: ['Peter Magyar'] }],
      ],
      foreign_minister: [
        ['Kinga Göncz', '2006-06-09', '2009-04-16', { aka: ['Kinga Goncz'] }],
        ['Péter Balázs', '2009-04-16', '2010-05-29', { aka: ['Peter Balazs'] }],
        ['János Martonyi', '2010-05-29', '2014-06-06', { aka: ['Janos Martonyi'] }],
        ['Tibor Navracsics', '2014-06-06', '2014-09-23'],
        ['Péter Szijjártó', '2014-09-23', '2026-05-09', { aka: ['Peter Szijjarto'] }],
      ],
    },
  },
  {
    country: 'RO',
    sources: `${WIKI_LISTS}; ${NEWS} for 2025. Acting presidents (Crin Antonescu during Traian Băsescu's suspension in 2012, Ilie Bolojan from 2025-02-12 to 2025-05-26) and acting prime ministers between governments (Gabriel Oprea 2015, Nicolae Ciucă 2020, Cătălin Predoiu 2025) are left out; the acting foreign ministers between Cristian Diaconescu's resignation (2009-10-01) and Teodor Baconschi (2009-12-23) likewise.`,
    offices: {
      head_of_state: [
        ['Traian Băsescu', '2004-12-20', '2014-12-21', { aka: ['Traian Basescu'] }],
        ['Klaus Iohannis', '2014-12-21', '2025-02-12', { aka: ['Klaus Johannis'] }],
        ['Nicușor Dan', '2025-05-26', null, { aka: ['Nicusor Dan', 'Nicuşor Dan'] }],
      ],
      head_of_government: [
        ['Emil Boc', '2008-12-22', '2012-02-06'],
        ['Mihai Răzvan Ungureanu', '2012-02-09', '2012-05-07', { aka: ['Mihai Razvan Ungureanu'] }],
        ['Victor Ponta', '2012-05-07', '2015-11-04'],
        ['Dacian Cioloș', '2015-11-17', '2017-01-04', { aka: ['Dacian Ciolos', 'Dacian Cioloş'] }],
        ['Sorin Grindeanu', '2017-01-04', '2017-06-29'],
        ['Mihai Tudose', '2017-06-29', '2018-01-16'],
        ['Viorica Dăncilă', '2018-01-29', '2019-11-04', { aka: ['Viorica Dancila'] }],
        ['Ludovic Orban', '2019-11-04', '2020-12-07'],
        ['Florin Cîțu', '2020-12-23', '2021-11-25', { aka: ['Florin Citu', 'Florin Câţu', 'Florin Cîţu'] }],
        ['Nicolae Ciucă', '2021-11-25', '2023-06-15', { aka: ['Nicolae Ciuca'] }],
        ['Marcel Ciolacu', '2023-06-15', '2025-05-06'],
        ['Ilie Bolojan', '2025-06-23', null],
      ],
      foreign_minister: [
        ['Cristian Diaconescu', '2008-12-22', '2009-10-01'],
        ['Teodor Baconschi', '2009-12-23', '2012-01-23'],
        ['Cristian Diaconescu', '2012-02-09', '2012-05-07'],
        ['Andrei Marga', '2012-05-07', '2012-08-06'],
        ['Titus Corlățean', '2012-08-06', '2014-11-10', { aka: ['Titus Corlatean', 'Titus Corlăţean'] }],
        ['Teodor Meleșcanu', '2014-11-10', '2014-11-24', { aka: ['Teodor Melescanu', 'Teodor Meleşcanu'] }],
        ['Bogdan Aurescu', '2014-11-24', '2015-11-17'],
        ['Lazăr Comănescu', '2015-11-17', '2017-01-04', { aka: ['Lazar Comanescu'] }],
        ['Teodor Meleșcanu', '2017-01-04', '2019-07-24', { aka: ['Teodor Melescanu', 'Teodor Meleşcanu'] }],
        ['Ramona Mănescu', '2019-07-24', '2019-11-04', { aka: ['Ramona Manescu'] }],
        ['Bogdan Aurescu', '2019-11-04', '2023-06-15'],
        [
          'Luminița Odobescu',
          '2023-06-15',
          '2024-12-23',
          { aka: ['Luminita Odobescu', 'Luminiţa Odobescu'] },
        ],
        ['Emil Hurezeanu', '2024-12-23', '2025-06-23'],
        ['Oana Țoiu', '2025-06-23', null, { aka: ['Oana Toiu', 'Oana Ţoiu'] }],
      ],
    },
  },
  {
    country: 'BG',
    sources: `${WIKI_LISTS}; ${NEWS} (BTA, Anadolu, Qazinform) for 2025–2026: Rosen Zhelyazkov's cabinet resigned on 2025-12-11 and stayed in office until the caretaker cabinet of Andrey Gyurov was sworn in (given as 2026-02-19, a Thursday in February 2026: the day is not confirmed); Rumen Radev's mandate ended by the Constitutional Court's ruling of 2026-01-23 and Iliana Iotova took over the presidency. The caretaker cabinet's foreign minister, and the government after the election of 2026-04-19, were not checked. Caretaker prime ministers before elections are kept: they held the office. Ivan Kondov's first day as foreign minister (2024-08-27) is not confirmed.`,
    offices: {
      head_of_state: [
        ['Georgi Parvanov', '2002-01-22', '2012-01-22', { aka: ['Georgi Purvanov'] }],
        ['Rosen Plevneliev', '2012-01-22', '2017-01-22', { aka: ['Rossen Plevneliev'] }],
        ['Rumen Radev', '2017-01-22', '2026-01-23', { aka: ['Roumen Radev'] }],
        ['Iliana Iotova', '2026-01-23', null, { aka: ['Iliana Yotova', 'Iliyana Yotova'] }],
      ],
      head_of_government: [
        ['Sergei Stanishev', '2005-08-16', '2009-07-27', { aka: ['Sergey Stanishev'] }],
        [
          'Boyko Borisov',
          '2009-07-27',
          '2013-03-13',
          { aka: ['Boyko Borissov', 'Boiko Borissov', 'Boiko Borisov'] },
        ],
        ['Marin Raykov', '2013-03-13', '2013-05-29', { aka: ['Marin Raikov'] }],
        ['Plamen Oresharski', '2013-05-29', '2014-08-06'],
        ['Georgi Bliznashki', '2014-08-06', '2014-11-07'],
        [
          'Boyko Borisov',
          '2014-11-07',
          '2017-01-27',
          { aka: ['Boyko Borissov', 'Boiko Borissov', 'Boiko Borisov'] },
        ],
        ['Ognyan Gerdzhikov', '2017-01-27', '2017-05-04', { aka: ['Ognian Gerdjikov'] }],
        [
          'Boyko Borisov',
          '2017-05-04',
          '2021-05-12',
          { aka: ['Boyko Borissov', 'Boiko Borissov', 'Boiko Borisov'] },
        ],
        ['Stefan Yanev', '2021-05-12', '2021-12-13'],
        ['Kiril Petkov', '2021-12-13', '2022-08-02'],
        ['Galab Donev', '2022-08-02', '2023-06-06'],
        ['Nikolai Denkov', '2023-06-06', '2024-04-09', { aka: ['Nikolay Denkov'] }],
        ['Dimitar Glavchev', '2024-04-09', '2025-01-16'],
        ['Rosen Zhelyazkov', '2025-01-16', '2026-02-19', { aka: ['Rossen Zhelyazkov', 'Rossen Jeliazkov'] }],
        ['Andrey Gyurov', '2026-02-19', null, { aka: ['Andrey Gurov', 'Andrei Gyurov'] }],
      ],
      foreign_minister: [
        ['Ivailo Kalfin', '2005-08-16', '2009-07-27', { aka: ['Ivaylo Kalfin'] }],
        ['Rumiana Jeleva', '2009-07-27', '2010-01-27', { aka: ['Rumyana Zheleva', 'Rumiana Zheleva'] }],
        ['Nickolay Mladenov', '2010-01-27', '2013-03-13', { aka: ['Nikolay Mladenov', 'Nickolay Mladenov'] }],
        ['Marin Raykov', '2013-03-13', '2013-05-29', { aka: ['Marin Raikov'] }],
        ['Kristian Vigenin', '2013-05-29', '2014-08-06'],
        ['Daniel Mitov', '2014-08-06', '2017-01-27'],
        ['Radi Naidenov', '2017-01-27', '2017-05-04'],
        ['Ekaterina Zaharieva', '2017-05-04', '2021-05-12', { aka: ['Ekaterina Zakharieva'] }],
        ['Svetlan Stoev', '2021-05-12', '2021-12-13'],
        ['Teodora Genchovska', '2021-12-13', '2022-08-02'],
        ['Nikolay Milkov', '2022-08-02', '2023-06-06'],
        ['Mariya Gabriel', '2023-06-06', '2024-04-09', { aka: ['Mariya Gabriel', 'Maria Gabriel'] }],
        ['Dimitar Glavchev', '2024-04-09', '2024-08-27'],
        ['Ivan Kondov', '2024-08-27', '2025-01-16'],
        ['Georg Georgiev', '2025-01-16', '2026-02-19'],
      ],
    },
  },
  {
    country: 'HR',
    sources: `${WIKI_LISTS}.`,
    offices: {
      head_of_state: [
        ['Stjepan Mesić', '2000-02-18', '2010-02-18', { aka: ['Stjepan Mesic'] }],
        ['Ivo Josipović', '2010-02-18', '2015-02-19', { aka: ['Ivo Josipovic'] }],
        ['Kolinda Grabar-Kitarović', '2015-02-19', '2020-02-19', { aka: ['Kolinda Grabar-Kitarovic'] }],
        ['Zoran Milanović', '2020-02-19', null, { aka: ['Zoran Milanovic'] }],
      ],
      head_of_government: [
        ['Ivo Sanader', '2003-12-23', '2009-07-06'],
        ['Jadranka Kosor', '2009-07-06', '2011-12-23'],
        ['Zoran Milanović', '2011-12-23', '2016-01-22', { aka: ['Zoran Milanovic'] }],
        ['Tihomir Orešković', '2016-01-22', '2016-10-19', { aka: ['Tihomir Oreskovic'] }],
        ['Andrej Plenković', '2016-10-19', null, { aka: ['Andrej Plenkovic'] }],
      ],
      foreign_minister: [
        ['Gordan Jandroković', '2008-01-12', '2011-12-23', { aka: ['Gordan Jandrokovic'] }],
        ['Vesna Pusić', '2011-12-23', '2016-01-22', { aka: ['Vesna Pusic'] }],
        ['Miro Kovač', '2016-01-22', '2016-10-19', { aka: ['Miro Kovac'] }],
        ['Davor Ivo Stier', '2016-10-19', '2017-06-19'],
        [
          'Marija Pejčinović Burić',
          '2017-06-19',
          '2019-07-19',
          { aka: ['Marija Pejcinovic Buric'], family: 'Pejčinović Burić' },
        ],
        ['Gordan Grlić Radman', '2019-07-19', null, { aka: ['Gordan Grlic Radman'], family: 'Grlić Radman' }],
      ],
    },
  },
  {
    country: 'RS',
    sources: `${WIKI_LISTS}. Slavica Đukić Dejanović (acting president 2012) is left out; Miloš Vučević, who resigned on 2025-01-28, is kept until Đuro Macut's government took office (2025-04-16).`,
    offices: {
      head_of_state: [
        ['Boris Tadić', '2004-07-11', '2012-04-05', { aka: ['Boris Tadic'] }],
        ['Tomislav Nikolić', '2012-05-31', '2017-05-31', { aka: ['Tomislav Nikolic'] }],
        ['Aleksandar Vučić', '2017-05-31', null, { aka: ['Aleksandar Vucic'] }],
      ],
      head_of_government: [
        ['Mirko Cvetković', '2008-07-07', '2012-07-27', { aka: ['Mirko Cvetkovic'] }],
        ['Ivica Dačić', '2012-07-27', '2014-04-27', { aka: ['Ivica Dacic'] }],
        ['Aleksandar Vučić', '2014-04-27', '2017-05-31', { aka: ['Aleksandar Vucic'] }],
        ['Ana Brnabić', '2017-06-29', '2024-05-02', { aka: ['Ana Brnabic'] }],
        ['Miloš Vučević', '2024-05-02', '2025-04-16', { aka: ['Milos Vucevic'] }],
        ['Đuro Macut', '2025-04-16', null, { aka: ['Djuro Macut', 'Duro Macut'] }],
      ],
      foreign_minister: [
        ['Vuk Jeremić', '2007-05-15', '2012-07-27', { aka: ['Vuk Jeremic'] }],
        ['Ivan Mrkić', '2012-07-27', '2014-04-27', { aka: ['Ivan Mrkic'] }],
        ['Ivica Dačić', '2014-04-27', '2020-10-28', { aka: ['Ivica Dacic'] }],
        ['Nikola Selaković', '2020-10-28', '2022-10-26', { aka: ['Nikola Selakovic'] }],
        ['Ivica Dačić', '2022-10-26', '2024-05-02', { aka: ['Ivica Dacic'] }],
        ['Marko Đurić', '2024-05-02', null, { aka: ['Marko Djuric', 'Marko Duric'] }],
      ],
    },
  },
  {
    country: 'SI',
    sources: `${WIKI_LISTS}. The general election of 2026-03-22 and the government after it were not checked: the holders in office before it are kept open.`,
    offices: {
      head_of_state: [
        ['Danilo Türk', '2007-12-22', '2012-12-22', { aka: ['Danilo Turk'] }],
        ['Borut Pahor', '2012-12-22', '2022-12-22'],
        ['Nataša Pirc Musar', '2022-12-23', null, { aka: ['Natasa Pirc Musar'], family: 'Pirc Musar' }],
      ],
      head_of_government: [
        ['Borut Pahor', '2008-11-21', '2012-02-10'],
        ['Janez Janša', '2012-02-10', '2013-03-20', { aka: ['Janez Jansa'] }],
        ['Alenka Bratušek', '2013-03-20', '2014-09-18', { aka: ['Alenka Bratusek'] }],
        ['Miro Cerar', '2014-09-18', '2018-09-13'],
        ['Marjan Šarec', '2018-09-13', '2020-03-13', { aka: ['Marjan Sarec'] }],
        ['Janez Janša', '2020-03-13', '2022-06-01', { aka: ['Janez Jansa'] }],
        ['Robert Golob', '2022-06-01', null],
      ],
      foreign_minister: [
        ['Samuel Žbogar', '2008-11-21', '2012-02-10', { aka: ['Samuel Zbogar'] }],
        ['Karl Erjavec', '2012-02-10', '2018-09-13'],
        ['Miro Cerar', '2018-09-13', '2020-03-13'],
        ['Anže Logar', '2020-03-13', '2022-06-01', { aka: ['Anze Logar'] }],
        ['Tanja Fajon', '2022-06-01', null],
      ],
    },
  },
  {
    country: 'EE',
    sources: `${WIKI_LISTS}. Kaja Kallas is kept as Estonia's prime minister to 2024-07-23 and as the EU's High Representative from 2024-12-01 (see EU). The presidential election of 2026 was not checked.`,
    offices: {
      head_of_state: [
        ['Toomas Hendrik Ilves', '2006-10-09', '2016-10-10'],
        ['Kersti Kaljulaid', '2016-10-10', '2021-10-11'],
        ['Alar Karis', '2021-10-11', null],
      ],
      head_of_government: [
        ['Andrus Ansip', '2005-04-13', '2014-03-26'],
        ['Taavi Rõivas', '2014-03-26', '2016-11-23', { aka: ['Taavi Roivas'] }],
        ['Jüri Ratas', '2016-11-23', '2021-01-26', { aka: ['Juri Ratas'] }],
        ['Kaja Kallas', '2021-01-26', '2024-07-23'],
        ['Kristen Michal', '2024-07-23', null],
      ],
      foreign_minister: [
        ['Urmas Paet', '2005-04-13', '2014-03-26'],
        ['Keit Pentus-Rosimannus', '2014-03-26', '2015-07-16'],
        ['Marina Kaljurand', '2015-07-16', '2016-09-12'],
        ['Jürgen Ligi', '2016-09-12', '2016-11-23', { aka: ['Jurgen Ligi'] }],
        ['Sven Mikser', '2016-11-23', '2019-04-29'],
        ['Urmas Reinsalu', '2019-04-29', '2021-01-26'],
        ['Eva-Maria Liimets', '2021-01-26', '2022-06-03'],
        ['Urmas Reinsalu', '2022-07-18', '2023-04-17'],
        ['Margus Tsahkna', '2023-04-17', null],
      ],
    },
  },
  {
    country: 'LV',
    sources: `${WIKI_LISTS}; ${NEWS} (AP, LETA, dpa) for the change of foreign minister in April 2024: Krišjānis Kariņš left on 2024-04-10 and the Saeima confirmed Baiba Braže at an extraordinary sitting (given as 2024-04-19, not confirmed to the day). The days of the change from Māris Riekstiņš to Aivis Ronis (2010-01-07) are not confirmed. The general election of 2026-10-03 was not checked.`,
    offices: {
      head_of_state: [
        ['Valdis Zatlers', '2007-07-08', '2011-07-08'],
        ['Andris Bērziņš', '2011-07-08', '2015-07-08', { aka: ['Andris Berzins'] }],
        ['Raimonds Vējonis', '2015-07-08', '2019-07-08', { aka: ['Raimonds Vejonis'] }],
        ['Egils Levits', '2019-07-08', '2023-07-08'],
        ['Edgars Rinkēvičs', '2023-07-08', null, { aka: ['Edgars Rinkevics'] }],
      ],
      head_of_government: [
        ['Ivars Godmanis', '2007-12-20', '2009-03-12'],
        ['Valdis Dombrovskis', '2009-03-12', '2014-01-22'],
        ['Laimdota Straujuma', '2014-01-22', '2016-02-11'],
        ['Māris Kučinskis', '2016-02-11', '2019-01-23', { aka: ['Maris Kucinskis'] }],
        ['Krišjānis Kariņš', '2019-01-23', '2023-09-15', { aka: ['Krisjanis Karins'] }],
        ['Evika Siliņa', '2023-09-15', null, { aka: ['Evika Silina'] }],
      ],
      foreign_minister: [
        ['Māris Riekstiņš', '2007-11-08', '2010-01-07', { aka: ['Maris Riekstins'] }],
        ['Aivis Ronis', '2010-01-07', '2010-11-03'],
        ['Ģirts Valdis Kristovskis', '2010-11-03', '2011-10-25', { aka: ['Girts Valdis Kristovskis'] }],
        ['Edgars Rinkēvičs', '2011-10-25', '2023-07-08', { aka: ['Edgars Rinkevics'] }],
        ['Krišjānis Kariņš', '2023-09-15', '2024-04-10', { aka: ['Krisjanis Karins'] }],
        ['Baiba Braže', '2024-04-19', null, { aka: ['Baiba Braze'] }],
      ],
    },
  },
  {
    country: 'LT',
    sources: `${WIKI_LISTS}. The President settles the basic issues of foreign policy and implements it with the Government (Constitution of Lithuania, Article 84, lrkt.lt) and represents Lithuania at the European Council: the President, not the Prime Minister, is the leader in talks; ${NEWS} (LRT, Politico, Xinhua) for 2025: Gintautas Paluckas resigned on 2025-07-31 and his government on 2025-08-04; the Seimas approved Inga Ruginienė on 2025-08-26 (she is kept from that day; her oath and the president's decree followed). Rimantas Šadžius, acting prime minister in between, is left out. The days of the change from Vygaudas Ušackas to Audronius Ažubalis (January–February 2010) are not confirmed.`,
    offices: {
      head_of_state: [
        ['Valdas Adamkus', '2004-07-12', '2009-07-12'],
        ['Dalia Grybauskaitė', '2009-07-12', '2019-07-12', { aka: ['Dalia Grybauskaite'] }],
        ['Gitanas Nausėda', '2019-07-12', null, { aka: ['Gitanas Nauseda'] }],
      ],
      head_of_government: [
        ['Andrius Kubilius', '2008-12-09', '2012-12-13'],
        ['Algirdas Butkevičius', '2012-12-13', '2016-12-13', { aka: ['Algirdas Butkevicius'] }],
        ['Saulius Skvernelis', '2016-12-13', '2020-12-11'],
        ['Ingrida Šimonytė', '2020-12-11', '2024-12-12', { aka: ['Ingrida Simonyte'] }],
        ['Gintautas Paluckas', '2024-12-12', '2025-08-04'],
        ['Inga Ruginienė', '2025-08-26', null, { aka: ['Inga Ruginiene'] }],
      ],
      foreign_minister: [
        ['Vygaudas Ušackas', '2008-12-09', '2010-01-22', { aka: ['Vygaudas Usackas'] }],
        ['Audronius Ažubalis', '2010-02-04', '2012-12-13', { aka: ['Audronius Azubalis'] }],
        ['Linas Linkevičius', '2012-12-13', '2020-12-11', { aka: ['Linas Linkevicius'] }],
        ['Gabrielius Landsbergis', '2020-12-11', '2024-12-12'],
        ['Kęstutis Budrys', '2024-12-12', null, { aka: ['Kestutis Budrys'] }],
      ],
    },
  },
  {
    country: 'CY',
    sources: `${WIKI_LISTS}. The President is head of state and of government: kept once, as head of state.`,
    offices: {
      head_of_state: [
        ['Demetris Christofias', '2008-02-28', '2013-02-28', { aka: ['Dimitris Christofias'] }],
        [
          'Nicos Anastasiades',
          '2013-02-28',
          '2023-02-28',
          { aka: ['Nikos Anastasiadis', 'Nicos Anastasiadis'] },
        ],
        ['Nikos Christodoulides', '2023-02-28', null, { aka: ['Nicos Christodoulides'] }],
      ],
      foreign_minister: [
        ['Markos Kyprianou', '2008-02-29', '2011-08-05'],
        ['Erato Kozakou-Marcoullis', '2011-08-05', '2013-02-28'],
        ['Ioannis Kasoulides', '2013-03-01', '2018-03-01'],
        ['Nikos Christodoulides', '2018-03-01', '2022-01-12', { aka: ['Nicos Christodoulides'] }],
        ['Ioannis Kasoulides', '2022-01-12', '2023-02-28'],
        ['Constantinos Kombos', '2023-03-01', null, { aka: ['Konstantinos Kombos'] }],
      ],
    },
  },
  {
    country: 'MT',
    sources: `${WIKI_LISTS}.`,
    offices: {
      head_of_state: [
        ['Edward Fenech Adami', '2004-04-04', '2009-04-04', { family: 'Fenech Adami' }],
        ['George Abela', '2009-04-04', '2014-04-04'],
        ['Marie-Louise Coleiro Preca', '2014-04-04', '2019-04-04', { family: 'Coleiro Preca' }],
        ['George Vella', '2019-04-04', '2024-04-04'],
        ['Myriam Spiteri Debono', '2024-04-04', null, { family: 'Spiteri Debono' }],
      ],
      head_of_government: [
        ['Lawrence Gonzi', '2004-03-23', '2013-03-11'],
        ['Joseph Muscat', '2013-03-11', '2020-01-13'],
        ['Robert Abela', '2020-01-13', null],
      ],
      foreign_minister: [
        ['Tonio Borg', '2008-03-12', '2012-11-29'],
        ['Francis Zammit Dimech', '2012-11-29', '2013-03-13', { family: 'Zammit Dimech' }],
        ['George Vella', '2013-03-13', '2017-06-09'],
        ['Carmelo Abela', '2017-06-09', '2020-01-15'],
        ['Evarist Bartolo', '2020-01-15', '2022-03-30'],
        ['Ian Borg', '2022-03-30', null],
      ],
    },
  },
  {
    country: 'MD',
    sources: `${WIKI_LISTS}; ${NEWS} (Moldpres, Reuters) for Alexandru Munteanu's government, sworn in on 2025-11-01 with Mihai Popșoi kept as foreign minister. Acting presidents (2009–2012) and acting prime ministers between governments are left out. The day Tudor Ulianovschi succeeded Andrei Galbur (2018-07-19) is not confirmed.`,
    offices: {
      head_of_state: [
        ['Vladimir Voronin', '2001-04-07', '2009-09-11'],
        ['Nicolae Timofti', '2012-03-23', '2016-12-23'],
        ['Igor Dodon', '2016-12-23', '2020-12-24'],
        ['Maia Sandu', '2020-12-24', null],
      ],
      head_of_government: [
        ['Zinaida Greceanîi', '2008-03-31', '2009-09-14', { aka: ['Zinaida Greceanii'] }],
        ['Vlad Filat', '2009-09-25', '2013-04-25'],
        ['Iurie Leancă', '2013-05-31', '2015-02-18', { aka: ['Iurie Leanca'] }],
        ['Chiril Gaburici', '2015-02-18', '2015-06-22'],
        ['Valeriu Streleț', '2015-07-30', '2015-10-29', { aka: ['Valeriu Strelet'] }],
        ['Pavel Filip', '2016-01-20', '2019-06-08'],
        ['Maia Sandu', '2019-06-08', '2019-11-14'],
        ['Ion Chicu', '2019-11-14', '2020-12-31'],
        ['Natalia Gavrilița', '2021-08-06', '2023-02-16', { aka: ['Natalia Gavrilita'] }],
        ['Dorin Recean', '2023-02-16', '2025-11-01'],
        ['Alexandru Munteanu', '2025-11-01', null],
      ],
      foreign_minister: [
        ['Andrei Stratan', '2004-12-19', '2009-09-25'],
        ['Iurie Leancă', '2009-09-25', '2013-05-31', { aka: ['Iurie Leanca'] }],
        ['Natalia Gherman', '2013-05-31', '2016-01-20'],
        ['Andrei Galbur', '2016-01-20', '2018-07-19'],
        ['Tudor Ulianovschi', '2018-07-19', '2019-06-08'],
        ['Nicu Popescu', '2019-06-08', '2019-11-14'],
        ['Aureliu Ciocoi', '2019-11-14', '2021-08-06'],
        ['Nicu Popescu', '2021-08-06', '2024-01-29'],
        ['Mihai Popșoi', '2024-01-29', null, { aka: ['Mihai Popsoi', 'Mihai Popşoi'] }],
      ],
    },
  },
  {
    country: 'BY',
    sources: `${WIKI_LISTS}; ${NEWS} (BelTA via president.gov.by, Kyiv Independent) for Alexander Turchin's appointment (2025-03-10); Maxim Ryzhenkov's appointment in April 2024 is given as 2024-04-04, not confirmed to the day.`,
    offices: {
      head_of_state: [
        [
          'Alexander Lukashenko',
          '1994-07-20',
          null,
          {
            aka: [
              'Aleksandr Lukashenko',
              'Alyaksandr Lukashenka',
              'Alexandr Lukashenko',
              'Alexander Lukaschenko',
            ],
          },
        ],
      ],
      head_of_government: [
        ['Sergei Sidorsky', '2003-12-19', '2010-12-28', { aka: ['Sergey Sidorsky'] }],
        ['Mikhail Myasnikovich', '2010-12-28', '2014-12-27'],
        ['Andrei Kobyakov', '2014-12-27', '2018-08-18', { aka: ['Andrey Kobyakov'] }],
        ['Sergei Rumas', '2018-08-18', '2020-06-04', { aka: ['Sergey Rumas'] }],
        ['Roman Golovchenko', '2020-06-04', '2025-03-10', { aka: ['Raman Halouchanka'] }],
        ['Alexander Turchin', '2025-03-10', null, { aka: ['Aleksandr Turchin', 'Alyaksandr Turchyn'] }],
      ],
      foreign_minister: [
        ['Sergei Martynov', '2003-03-17', '2012-08-20', { aka: ['Sergey Martynov'] }],
        ['Vladimir Makei', '2012-08-20', '2022-11-26', { aka: ['Uladzimir Makei', 'Vladimir Makey'] }],
        ['Sergei Aleinik', '2022-12-19', '2024-04-04', { aka: ['Sergey Aleinik'] }],
        ['Maxim Ryzhenkov', '2024-04-04', null, { aka: ['Maksim Ryzhenkov', 'Maksim Ryzhankou'] }],
      ],
    },
  },
  {
    country: 'NG',
    sources: `${WIKI_LISTS}. Goodluck Jonathan, acting president from 2010-02-09, is kept from his swearing-in after Umaru Musa Yar'Adua's death (2010-05-06). Foreign ministers between Olugbenga Ashiru's resignation (2013-09-11) and Aminu Wali (2014-03-05), and between Aminu Wali and Geoffrey Onyeama (2015), are left out. Not checked after 2025.`,
    offices: {
      head_of_state: [
        [
          "Umaru Musa Yar'Adua",
          '2007-05-29',
          '2010-05-05',
          { aka: ["Umaru Yar'Adua", 'Umaru Musa Yar’Adua', 'Umaru Yar’Adua'], family: "Yar'Adua" },
        ],
        ['Goodluck Jonathan', '2010-05-06', '2015-05-29', { aka: ['Goodluck Ebele Jonathan'] }],
        ['Muhammadu Buhari', '2015-05-29', '2023-05-29'],
        ['Bola Tinubu', '2023-05-29', null, { aka: ['Bola Ahmed Tinubu'] }],
      ],
      foreign_minister: [
        ['Ojo Maduekwe', '2007-07-26', '2010-03-17'],
        ['Henry Odein Ajumogobia', '2010-04-06', '2011-05-29', { aka: ['Henry Ajumogobia'] }],
        ['Olugbenga Ashiru', '2011-07-11', '2013-09-11'],
        ['Aminu Wali', '2014-03-05', '2015-05-29'],
        ['Geoffrey Onyeama', '2015-11-11', '2023-05-29'],
        ['Yusuf Tuggar', '2023-08-21', null, { aka: ['Yusuf Maitama Tuggar'] }],
      ],
    },
  },
  {
    country: 'KE',
    sources: `${WIKI_LISTS}. Raila Odinga, Prime Minister under the power-sharing accord (2008-04-17 to 2013-04-09), is kept as head of government; the office then ended. Foreign ministers before Amina Mohamed (2013-05-15) are not kept yet; the day Raychelle Omamo replaced Monica Juma (2020-03-03) is not confirmed. Musalia Mudavadi, Prime Cabinet Secretary, is kept as foreign minister from 2023-10-04 as one term through the cabinet's dismissal and reappointment of 2024. Not checked after 2025.`,
    offices: {
      head_of_state: [
        ['Mwai Kibaki', '2002-12-30', '2013-04-09'],
        ['Uhuru Kenyatta', '2013-04-09', '2022-09-13'],
        ['William Ruto', '2022-09-13', null, { aka: ['William Samoei Ruto'] }],
      ],
      head_of_government: [['Raila Odinga', '2008-04-17', '2013-04-09', { aka: ['Raila Amolo Odinga'] }]],
      foreign_minister: [
        ['Amina Mohamed', '2013-05-15', '2018-01-26', { aka: ['Amina Chawahir Mohamed'] }],
        ['Monica Juma', '2018-01-26', '2020-03-03'],
        ['Raychelle Omamo', '2020-03-03', '2022-10-27'],
        ['Alfred Mutua', '2022-10-27', '2023-10-04'],
        ['Musalia Mudavadi', '2023-10-04', null, { aka: ['Wycliffe Musalia Mudavadi'] }],
      ],
    },
  },
  {
    country: 'ET',
    sources: `${WIKI_LISTS}; ${NEWS} (Xinhua, Al-Ain) for 2024: Taye Atske Selassie, foreign minister from 2024-02-08, was elected president on 2024-10-07, and Gedion Timothewos named foreign minister on 2024-10-18. Hailemariam Desalegn, acting from Meles Zenawi's death (2012-08-20), is kept from that day. Foreign ministers other than these and Tedros Adhanom are not kept yet. The election of 2026 was not checked.`,
    offices: {
      head_of_state: [
        ['Girma Wolde-Giorgis', '2001-10-08', '2013-10-07', { aka: ['Girma Woldegiorgis'] }],
        ['Mulatu Teshome', '2013-10-07', '2018-10-25', { aka: ['Mulatu Teshome Wirtu'] }],
        ['Sahle-Work Zewde', '2018-10-25', '2024-10-07', { aka: ['Sahlework Zewde'] }],
        [
          'Taye Atske Selassie',
          '2024-10-07',
          null,
          { aka: ['Taye Atske-Selassie', 'Taye Atskeselassie'], family: 'Taye' },
        ],
      ],
      head_of_government: [
        ['Meles Zenawi', '1995-08-23', '2012-08-20'],
        ['Hailemariam Desalegn', '2012-08-20', '2018-04-02', { aka: ['Hailemariam Dessalegn'] }],
        ['Abiy Ahmed', '2018-04-02', null, { aka: ['Abiy Ahmed Ali'] }],
      ],
      foreign_minister: [
        ['Tedros Adhanom', '2012-11-29', '2016-11-01', { aka: ['Tedros Adhanom Ghebreyesus'] }],
        [
          'Taye Atske Selassie',
          '2024-02-08',
          '2024-10-07',
          { aka: ['Taye Atske-Selassie', 'Taye Atskeselassie'], family: 'Taye' },
        ],
        ['Gedion Timothewos', '2024-10-18', null, { aka: ['Gedion Timotheos'] }],
      ],
    },
  },
  {
    country: 'GH',
    sources: `${WIKI_LISTS}. Foreign ministers are kept from their administration's first day (2009-01-07, 2013-01-07, 2017-01-07, 2025-01-07); their approval and swearing-in followed by some weeks. Not checked after 2025.`,
    offices: {
      head_of_state: [
        ['John Kufuor', '2001-01-07', '2009-01-07', { aka: ['John Agyekum Kufuor'] }],
        [
          'John Atta Mills',
          '2009-01-07',
          '2012-07-24',
          { aka: ['John Evans Atta Mills'], family: 'Atta Mills' },
        ],
        ['John Mahama', '2012-07-24', '2017-01-07', { aka: ['John Dramani Mahama'] }],
        ['Nana Akufo-Addo', '2017-01-07', '2025-01-07', { aka: ['Nana Addo Dankwa Akufo-Addo'] }],
        ['John Mahama', '2025-01-07', null, { aka: ['John Dramani Mahama'] }],
      ],
      foreign_minister: [
        ['Muhammad Mumuni', '2009-01-07', '2013-01-07', { aka: ['Mohammed Mumuni'] }],
        ['Hanna Tetteh', '2013-01-07', '2017-01-07', { aka: ['Hannah Tetteh', 'Hanna Serwaa Tetteh'] }],
        ['Shirley Ayorkor Botchwey', '2017-01-07', '2025-01-07', { family: 'Botchwey' }],
        ['Samuel Okudzeto Ablakwa', '2025-01-07', null, { family: 'Ablakwa' }],
      ],
    },
  },
  {
    country: 'SN',
    sources: `${WIKI_LISTS}; ${NEWS} (Dakaractu, Seneweb) for the reshuffle of 2025-09-06 that named Cheikh Niang foreign minister. The office of prime minister was abolished from 2019-05-14 to 2021-12-10 and unfilled until Amadou Ba (2022-09-17). Foreign ministers between Amadou Ba (to 2020-11-01) and Yassine Fall (2024-04-05) are not kept yet. Not checked after September 2025.`,
    offices: {
      head_of_state: [
        ['Abdoulaye Wade', '2000-04-01', '2012-04-02'],
        ['Macky Sall', '2012-04-02', '2024-04-02'],
        ['Bassirou Diomaye Faye', '2024-04-02', null, { aka: ['Diomaye Faye'] }],
      ],
      head_of_government: [
        ['Cheikh Hadjibou Soumaré', '2007-06-19', '2009-04-30', { aka: ['Cheikh Hadjibou Soumare'] }],
        ['Souleymane Ndéné Ndiaye', '2009-04-30', '2012-04-03', { aka: ['Souleymane Ndene Ndiaye'] }],
        ['Abdoul Mbaye', '2012-04-03', '2013-09-01'],
        ['Aminata Touré', '2013-09-01', '2014-07-04', { aka: ['Aminata Toure', 'Mimi Touré'] }],
        [
          'Mahammed Dionne',
          '2014-07-06',
          '2019-05-14',
          { aka: ['Mahammed Boun Abdallah Dionne', 'Mohammed Dionne'] },
        ],
        ['Amadou Ba', '2022-09-17', '2024-03-06'],
        ['Sidiki Kaba', '2024-03-06', '2024-04-02'],
        ['Ousmane Sonko', '2024-04-02', null],
      ],
      foreign_minister: [
        ['Mankeur Ndiaye', '2012-10-29', '2017-09-06'],
        ['Sidiki Kaba', '2017-09-06', '2019-04-07'],
        ['Amadou Ba', '2019-04-07', '2020-11-01'],
        ['Yassine Fall', '2024-04-05', '2025-09-06'],
        ['Cheikh Niang', '2025-09-06', null],
      ],
    },
  },
  {
    country: 'MA',
    sources: `${WIKI_LISTS}. The King is head of state and leads in talks. Heads of government are kept from their governments' first days (2012-01-03, 2017-04-05, 2021-10-07), not from their appointment by the King some weeks before. The election of September 2026 was not checked.`,
    offices: {
      head_of_state: [['Mohammed VI', '1999-07-23', null]],
      head_of_government: [
        ['Abbas El Fassi', '2007-09-19', '2012-01-03', { family: 'El Fassi' }],
        ['Abdelilah Benkirane', '2012-01-03', '2017-04-05', { aka: ['Abdelilah Benkiran'] }],
        [
          'Saadeddine Othmani',
          '2017-04-05',
          '2021-10-07',
          { aka: ['Saad Eddine El Othmani', 'Saad-Eddine El Othmani', 'Saadeddine El Othmani'] },
        ],
        ['Aziz Akhannouch', '2021-10-07', null],
      ],
      foreign_minister: [
        [
          'Taieb Fassi Fihri',
          '2007-10-15',
          '2012-01-03',
          { aka: ['Taïeb Fassi Fihri'], family: 'Fassi Fihri' },
        ],
        [
          'Saadeddine Othmani',
          '2012-01-03',
          '2013-10-10',
          { aka: ['Saad Eddine El Othmani', 'Saad-Eddine El Othmani', 'Saadeddine El Othmani'] },
        ],
        ['Salaheddine Mezouar', '2013-10-10', '2017-04-05'],
        ['Nasser Bourita', '2017-04-05', null],
      ],
    },
  },
  {
    country: 'DZ',
    sources: `${WIKI_LISTS}. Abdelkader Bensalah (acting president 2019) is left out. Ramtane Lamamra was deputy prime minister and foreign minister from 2019-03-11 to 2019-03-31. Nadir Larbaoui's dismissal (2025-08-28) and Sifi Ghrieb's appointment, acting from that day and prime minister from September 2025, are as Algerian press reported them and not confirmed to the day. Not checked after 2025.`,
    offices: {
      head_of_state: [
        ['Abdelaziz Bouteflika', '1999-04-27', '2019-04-02'],
        ['Abdelmadjid Tebboune', '2019-12-19', null, { aka: ['Abdelmajid Tebboune'] }],
      ],
      head_of_government: [
        ['Ahmed Ouyahia', '2008-06-23', '2012-09-03'],
        ['Abdelmalek Sellal', '2012-09-03', '2017-05-24'],
        ['Abdelmadjid Tebboune', '2017-05-24', '2017-08-15', { aka: ['Abdelmajid Tebboune'] }],
        ['Ahmed Ouyahia', '2017-08-15', '2019-03-11'],
        ['Noureddine Bedoui', '2019-03-11', '2019-12-19'],
        ['Abdelaziz Djerad', '2019-12-28', '2021-06-30'],
        ['Aymen Benabderrahmane', '2021-07-07', '2023-11-11'],
        ['Nadir Larbaoui', '2023-11-11', '2025-08-28'],
        ['Sifi Ghrieb', '2025-08-28', null],
      ],
      foreign_minister: [
        ['Mourad Medelci', '2007-06-04', '2013-09-11'],
        ['Ramtane Lamamra', '2013-09-11', '2017-05-25'],
        ['Abdelkader Messahel', '2017-05-25', '2019-03-11'],
        ['Ramtane Lamamra', '2019-03-11', '2019-03-31'],
        ['Sabri Boukadoum', '2019-03-31', '2021-07-07'],
        ['Ramtane Lamamra', '2021-07-07', '2023-03-16'],
        ['Ahmed Attaf', '2023-03-16', null],
      ],
    },
  },
  {
    country: 'TN',
    sources: `${WIKI_LISTS}. Acting presidents (Fouad Mebazaa 2011, Mohamed Ennaceur 2019) and the interim foreign ministers of 2011 and of 2019–2020 are left out; the change from Noureddine Erray to Othman Jerandi in 2020 is not confirmed to the day. Not checked after 2025.`,
    offices: {
      head_of_state: [
        ['Zine El Abidine Ben Ali', '1987-11-07', '2011-01-14', { family: 'Ben Ali' }],
        ['Moncef Marzouki', '2011-12-13', '2014-12-31'],
        [
          'Beji Caid Essebsi',
          '2014-12-31',
          '2019-07-25',
          { aka: ['Béji Caïd Essebsi', 'Beji Caid Sebsi', 'Béji Caïd Sebsi'], family: 'Caid Essebsi' },
        ],
        ['Kais Saied', '2019-10-23', null, { aka: ['Kaïs Saïed', 'Qais Saied'] }],
      ],
      head_of_government: [
        ['Mohamed Ghannouchi', '1999-11-17', '2011-02-27'],
        [
          'Beji Caid Essebsi',
          '2011-02-27',
          '2011-12-24',
          { aka: ['Béji Caïd Essebsi', 'Beji Caid Sebsi', 'Béji Caïd Sebsi'], family: 'Caid Essebsi' },
        ],
        ['Hamadi Jebali', '2011-12-24', '2013-03-14'],
        ['Ali Laarayedh', '2013-03-14', '2014-01-29'],
        ['Mehdi Jomaa', '2014-01-29', '2015-02-06'],
        ['Habib Essid', '2015-02-06', '2016-08-27'],
        ['Youssef Chahed', '2016-08-27', '2020-02-27'],
        ['Elyes Fakhfakh', '2020-02-27', '2020-09-02'],
        ['Hichem Mechichi', '2020-09-02', '2021-07-25'],
        ['Najla Bouden', '2021-10-11', '2023-08-01', { aka: ['Najla Bouden Romdhane'] }],
        ['Ahmed Hachani', '2023-08-01', '2024-08-07'],
        ['Kamel Madouri', '2024-08-07', '2025-03-20'],
        ['Sara Zaafrani Zenzri', '2025-03-21', null],
      ],
      foreign_minister: [
        ['Abdelwahab Abdallah', '2005-08-17', '2010-01-14'],
        ['Kamel Morjane', '2010-01-14', '2011-01-27'],
        ['Rafik Abdessalem', '2011-12-24', '2013-03-13'],
        ['Othman Jerandi', '2013-03-13', '2014-01-29'],
        ['Mongi Hamdi', '2014-01-29', '2015-02-06'],
        ['Taïeb Baccouche', '2015-02-06', '2016-01-06', { aka: ['Taieb Baccouche'] }],
        ['Khemaies Jhinaoui', '2016-01-12', '2019-10-29'],
        ['Noureddine Erray', '2020-02-27', '2020-07-24'],
        ['Othman Jerandi', '2020-09-02', '2023-02-07'],
        ['Nabil Ammar', '2023-02-07', '2024-08-25'],
        ['Mohamed Ali Nafti', '2024-08-25', null],
      ],
    },
  },
  {
    country: 'CL',
    sources: `${WIKI_LISTS}; ${NEWS} (AP, AFP) for José Antonio Kast's inauguration (2026-03-11). The President is head of state and of government: kept once, as head of state. Andrés Allamand left the foreign ministry in January 2022 for the Ibero-American General Secretariat; the day Carolina Valdivia took over (given as 2022-01-14) is not confirmed. Kast's foreign minister is not kept yet.`,
    offices: {
      head_of_state: [
        ['Michelle Bachelet', '2006-03-11', '2010-03-11'],
        ['Sebastián Piñera', '2010-03-11', '2014-03-11', { aka: ['Sebastian Pinera'] }],
        ['Michelle Bachelet', '2014-03-11', '2018-03-11'],
        ['Sebastián Piñera', '2018-03-11', '2022-03-11', { aka: ['Sebastian Pinera'] }],
        ['Gabriel Boric', '2022-03-11', '2026-03-11', { aka: ['Gabriel Boric Font'] }],
        ['José Antonio Kast', '2026-03-11', null, { aka: ['Jose Antonio Kast'] }],
      ],
      foreign_minister: [
        ['Alejandro Foxley', '2006-03-11', '2009-03-12'],
        ['Mariano Fernández', '2009-03-12', '2010-03-11', { aka: ['Mariano Fernandez'] }],
        ['Alfredo Moreno', '2010-03-11', '2014-03-11'],
        ['Heraldo Muñoz', '2014-03-11', '2018-03-11', { aka: ['Heraldo Munoz'] }],
        ['Roberto Ampuero', '2018-03-11', '2019-06-13'],
        ['Teodoro Ribera', '2019-06-13', '2020-07-28'],
        ['Andrés Allamand', '2020-07-28', '2022-01-14', { aka: ['Andres Allamand'] }],
        ['Carolina Valdivia', '2022-01-14', '2022-03-11'],
        ['Antonia Urrejola', '2022-03-11', '2023-03-10'],
        ['Alberto van Klaveren', '2023-03-10', '2026-03-11', { family: 'van Klaveren' }],
      ],
    },
  },
  {
    country: 'CO',
    sources: `${WIKI_LISTS}. The President is head of state and of government: kept once, as head of state. Gustavo Petro's term ended on 2026-08-07; his successor is not kept yet (not checked). Marta Lucía Ramírez's first day (given as 2021-05-19) and Álvaro Leyva's last (his suspension in January 2024, given as 2024-01-23) are not confirmed; the foreign ministers after him (Luis Gilberto Murillo, Laura Sarabia, Rosa Villavicencio) are not kept yet, their days not being confirmed.`,
    offices: {
      head_of_state: [
        ['Álvaro Uribe', '2002-08-07', '2010-08-07', { aka: ['Alvaro Uribe', 'Álvaro Uribe Vélez'] }],
        ['Juan Manuel Santos', '2010-08-07', '2018-08-07'],
        ['Iván Duque', '2018-08-07', '2022-08-07', { aka: ['Ivan Duque', 'Iván Duque Márquez'] }],
        ['Gustavo Petro', '2022-08-07', '2026-08-07', { aka: ['Gustavo Petro Urrego'] }],
      ],
      foreign_minister: [
        ['Jaime Bermúdez', '2008-07-21', '2010-08-07', { aka: ['Jaime Bermudez'] }],
        ['María Ángela Holguín', '2010-08-07', '2018-08-07', { aka: ['Maria Angela Holguin'] }],
        ['Carlos Holmes Trujillo', '2018-08-07', '2019-11-12', { family: 'Holmes Trujillo' }],
        ['Claudia Blum', '2019-11-12', '2021-05-13'],
        ['Marta Lucía Ramírez', '2021-05-19', '2022-08-07', { aka: ['Marta Lucia Ramirez'] }],
        ['Álvaro Leyva', '2022-08-07', '2024-01-23', { aka: ['Alvaro Leyva'] }],
      ],
    },
  },
  {
    country: 'PE',
    sources: `${WIKI_LISTS}; ${NEWS} (La República, El Comercio, Gestión) for 2025–2026: Dina Boluarte was removed on 2025-10-10 and José Jerí, President of Congress, took over; Congress censured him on 2026-02-17 and its new president José María Balcázar took over on 2026-02-18, with Hugo de Zela kept as foreign minister (sworn in on 2025-10-14). The transitional presidency ended on 2026-07-28; the president elected in 2026 is not kept yet (not checked). Foreign ministers before Hugo de Zela are not kept yet.`,
    offices: {
      head_of_state: [
        ['Alan García', '2006-07-28', '2011-07-28', { aka: ['Alan Garcia', 'Alan García Pérez'] }],
        ['Ollanta Humala', '2011-07-28', '2016-07-28'],
        ['Pedro Pablo Kuczynski', '2016-07-28', '2018-03-23'],
        ['Martín Vizcarra', '2018-03-23', '2020-11-10', { aka: ['Martin Vizcarra'] }],
        ['Manuel Merino', '2020-11-10', '2020-11-15'],
        ['Francisco Sagasti', '2020-11-17', '2021-07-28'],
        ['Pedro Castillo', '2021-07-28', '2022-12-07'],
        ['Dina Boluarte', '2022-12-07', '2025-10-10'],
        ['José Jerí', '2025-10-10', '2026-02-17', { aka: ['Jose Jeri', 'José Enrique Jerí Oré'] }],
        [
          'José María Balcázar',
          '2026-02-18',
          '2026-07-28',
          { aka: ['Jose Maria Balcazar', 'José María Balcázar Zelada'] },
        ],
      ],
      foreign_minister: [
        ['Hugo de Zela', '2025-10-14', '2026-07-28', { aka: ['Hugo de Zela Martínez'], family: 'de Zela' }],
      ],
    },
  },
  {
    country: 'VE',
    sources: `${WIKI_LISTS}; ${NEWS} for January 2026: Nicolás Maduro was seized by US forces on 2026-01-03 and Vice President Delcy Rodríguez took over as acting president that day (sworn in on 2026-01-05); she is kept, since readouts name her in the office. Nicolás Maduro is kept from Hugo Chávez's death (2013-03-05), acting until his election. The President is head of state and of government: kept once, as head of state. Jorge Arreaza's last day (August 2021) is not confirmed; later foreign ministers are not kept yet. Not checked after January 2026.`,
    offices: {
      head_of_state: [
        ['Hugo Chávez', '1999-02-02', '2013-03-05', { aka: ['Hugo Chavez', 'Hugo Rafael Chávez Frías'] }],
        ['Nicolás Maduro', '2013-03-05', '2026-01-03', { aka: ['Nicolas Maduro', 'Nicolás Maduro Moros'] }],
        ['Delcy Rodríguez', '2026-01-03', null, { aka: ['Delcy Rodriguez', 'Delcy Eloína Rodríguez Gómez'] }],
      ],
      foreign_minister: [
        ['Nicolás Maduro', '2006-08-09', '2013-01-15', { aka: ['Nicolas Maduro', 'Nicolás Maduro Moros'] }],
        ['Elías Jaua', '2013-01-15', '2014-09-02', { aka: ['Elias Jaua'] }],
        ['Rafael Ramírez', '2014-09-02', '2014-12-26', { aka: ['Rafael Ramirez'] }],
        [
          'Delcy Rodríguez',
          '2014-12-26',
          '2017-06-21',
          { aka: ['Delcy Rodriguez', 'Delcy Eloína Rodríguez Gómez'] },
        ],
        ['Samuel Moncada', '2017-06-21', '2017-08-02'],
        ['Jorge Arreaza', '2017-08-02', '2021-08-19'],
      ],
    },
  },
  {
    country: 'CU',
    sources: `${WIKI_LISTS}. The President of the Council of State (from 2019-10-10 the President of the Republic) is kept as head of state; the President of the Council of Ministers, held by the head of state until Manuel Marrero Cruz became Prime Minister (2019-12-21), as head of government.`,
    offices: {
      head_of_state: [
        ['Raúl Castro', '2008-02-24', '2018-04-19', { aka: ['Raul Castro', 'Raúl Castro Ruz'] }],
        [
          'Miguel Díaz-Canel',
          '2018-04-19',
          null,
          { aka: ['Miguel Diaz-Canel', 'Miguel Díaz-Canel Bermúdez'] },
        ],
      ],
      head_of_government: [
        ['Raúl Castro', '2008-02-24', '2018-04-19', { aka: ['Raul Castro', 'Raúl Castro Ruz'] }],
        [
          'Miguel Díaz-Canel',
          '2018-04-19',
          '2019-12-21',
          { aka: ['Miguel Diaz-Canel', 'Miguel Díaz-Canel Bermúdez'] },
        ],
        ['Manuel Marrero Cruz', '2019-12-21', null, { aka: ['Manuel Marrero'], family: 'Marrero' }],
      ],
      foreign_minister: [
        [
          'Felipe Pérez Roque',
          '1999-05-28',
          '2009-03-02',
          { aka: ['Felipe Perez Roque'], family: 'Pérez Roque' },
        ],
        [
          'Bruno Rodríguez Parrilla',
          '2009-03-02',
          null,
          { aka: ['Bruno Rodriguez Parrilla', 'Bruno Rodríguez', 'Bruno Rodriguez'], family: 'Rodríguez' },
        ],
      ],
    },
  },
  {
    country: 'UY',
    sources: `${WIKI_LISTS}. The President is head of state and of government: kept once, as head of state. Foreign ministers before Luis Almagro are not kept yet; the day Omar Paganini succeeded Francisco Bustillo (November 2023, given as 2023-11-06) is not confirmed.`,
    offices: {
      head_of_state: [
        ['Tabaré Vázquez', '2005-03-01', '2010-03-01', { aka: ['Tabare Vazquez'] }],
        ['José Mujica', '2010-03-01', '2015-03-01', { aka: ['Jose Mujica', 'Pepe Mujica'] }],
        ['Tabaré Vázquez', '2015-03-01', '2020-03-01', { aka: ['Tabare Vazquez'] }],
        ['Luis Lacalle Pou', '2020-03-01', '2025-03-01', { family: 'Lacalle Pou' }],
        ['Yamandú Orsi', '2025-03-01', null, { aka: ['Yamandu Orsi'] }],
      ],
      foreign_minister: [
        ['Luis Almagro', '2010-03-01', '2015-03-01'],
        ['Rodolfo Nin Novoa', '2015-03-01', '2020-03-01', { family: 'Nin Novoa' }],
        ['Ernesto Talvi', '2020-03-01', '2020-07-06'],
        ['Francisco Bustillo', '2020-07-06', '2023-11-06'],
        ['Omar Paganini', '2023-11-06', '2025-03-01'],
        ['Mario Lubetkin', '2025-03-01', null],
      ],
    },
  },
  {
    country: 'PY',
    sources: `${WIKI_LISTS}. The President is head of state and of government: kept once, as head of state. Only the foreign ministers of full presidential terms whose days are known (Eladio Loizaga, Rubén Ramírez Lezcano) are kept.`,
    offices: {
      head_of_state: [
        ['Fernando Lugo', '2008-08-15', '2012-06-22'],
        ['Federico Franco', '2012-06-22', '2013-08-15'],
        ['Horacio Cartes', '2013-08-15', '2018-08-15'],
        [
          'Mario Abdo Benítez',
          '2018-08-15',
          '2023-08-15',
          { aka: ['Mario Abdo Benitez', 'Mario Abdo'], family: 'Abdo Benítez' },
        ],
        ['Santiago Peña', '2023-08-15', null, { aka: ['Santiago Pena'] }],
      ],
      foreign_minister: [
        ['Eladio Loizaga', '2013-08-15', '2018-08-15'],
        [
          'Rubén Ramírez Lezcano',
          '2023-08-15',
          null,
          { aka: ['Ruben Ramirez Lezcano'], family: 'Ramírez Lezcano' },
        ],
      ],
    },
  },
  {
    country: 'EC',
    sources: `${WIKI_LISTS}. The President is head of state and of government: kept once, as head of state. Only Gabriela Sommerfeld, foreign minister from Daniel Noboa's first day, is kept as foreign minister; not checked after 2025.`,
    offices: {
      head_of_state: [
        ['Rafael Correa', '2007-01-15', '2017-05-24'],
        ['Lenín Moreno', '2017-05-24', '2021-05-24', { aka: ['Lenin Moreno'] }],
        ['Guillermo Lasso', '2021-05-24', '2023-11-23'],
        ['Daniel Noboa', '2023-11-23', null, { aka: ['Daniel Noboa Azín'] }],
      ],
      foreign_minister: [['Gabriela Sommerfeld', '2023-11-23', null]],
    },
  },
  {
    country: 'BO',
    sources: `${WIKI_LISTS}. The President is head of state and of government: kept once, as head of state. Foreign ministers other than David Choquehuanca and Karen Longaric are not kept yet.`,
    offices: {
      head_of_state: [
        ['Evo Morales', '2006-01-22', '2019-11-10'],
        ['Jeanine Áñez', '2019-11-12', '2020-11-08', { aka: ['Jeanine Anez'] }],
        ['Luis Arce', '2020-11-08', '2025-11-08', { aka: ['Luis Arce Catacora'] }],
        ['Rodrigo Paz', '2025-11-08', null, { aka: ['Rodrigo Paz Pereira'] }],
      ],
      foreign_minister: [
        ['David Choquehuanca', '2006-01-23', '2017-01-23'],
        ['Karen Longaric', '2019-11-13', '2020-11-08'],
      ],
    },
  },
  {
    country: 'AO',
    sources: `${WIKI_LISTS}. The President is head of state and of government (the office of Prime Minister ended with the 2010 constitution): kept once, as head of state. Foreign ministers are not kept yet.`,
    offices: {
      head_of_state: [
        [
          'José Eduardo dos Santos',
          '1979-09-21',
          '2017-09-26',
          { aka: ['Jose Eduardo dos Santos'], family: 'dos Santos' },
        ],
        ['João Lourenço', '2017-09-26', null, { aka: ['Joao Lourenco', 'João Manuel Gonçalves Lourenço'] }],
      ],
    },
  },
  {
    country: 'KM',
    sources: `${WIKI_LISTS}. The President is head of state and of government: kept once, as head of state; each took office on 26 May after the rotating presidency's election. Foreign ministers are not kept yet.`,
    offices: {
      head_of_state: [
        ['Ahmed Abdallah Sambi', '2006-05-26', '2011-05-26'],
        ['Ikililou Dhoinine', '2011-05-26', '2016-05-26'],
        ['Azali Assoumani', '2016-05-26', null],
      ],
    },
  },
  {
    country: 'TJ',
    sources: `${WIKI_LISTS}. Emomali Rahmon has been President since 1994-11-16 (head of state as Chairman of the Supreme Assembly from 1992); he wrote his name Rahmonov until 2007. Prime ministers and foreign ministers are not kept yet.`,
    offices: {
      head_of_state: [['Emomali Rahmon', '1994-11-16', null, { aka: ['Emomali Rahmonov'] }]],
    },
  },
  {
    country: 'SY',
    sources: `${WIKI_LISTS}; ${NEWS} for Ahmed al-Sharaa's naming as President for the transition (2025-01-29). Between Bashar al-Assad's fall (2024-12-08) and that day no one is kept. Prime ministers and foreign ministers are not kept yet.`,
    offices: {
      head_of_state: [
        [
          'Bashar al-Assad',
          '2000-07-17',
          '2024-12-08',
          { aka: ['Bashar Al-Assad', 'Bashar Assad'], family: 'al-Assad' },
        ],
        [
          'Ahmed al-Sharaa',
          '2025-01-29',
          null,
          {
            aka: ['Ahmed Al-Sharaa', 'Ahmad al-Sharaa', 'Ahmed al-Shara', 'Ahmed Al-Shara'],
            family: 'al-Sharaa',
          },
        ],
      ],
    },
  },
  {
    country: 'MR',
    sources: `${WIKI_LISTS}. Mohamed Ould Abdel Aziz is kept from his inauguration as elected President (2009-08-05), not as head of the junta before it. The President leads in talks; prime ministers and foreign ministers are not kept yet.`,
    offices: {
      head_of_state: [
        ['Mohamed Ould Abdel Aziz', '2009-08-05', '2019-08-01'],
        [
          'Mohamed Ould Ghazouani',
          '2019-08-01',
          null,
          {
            aka: [
              'Mohamed Ould Cheikh El Ghazouani',
              'Mohamed Ould El-Ghazouani',
              'Mohamed Ould Cheikh Ghazouani',
            ],
          },
        ],
      ],
    },
  },
];
