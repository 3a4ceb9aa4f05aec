import type { Office } from '../office-holders.js';

/**
 * Words of readouts written in Japanese, Chinese and Korean: which language a text is in, the
 * countries by their names and short forms in these scripts, and the offices. Data with the few
 * rules of each language's writing: no spaces between Japanese and Chinese words, a country
 * written just before its office ("米国大統領", "美国总统", "미국 대통령"), one character standing
 * for a country in a pair ("日米", "中美", "한미").
 */

export type CjkLanguage = 'ja' | 'zh' | 'ko';

/** A letter of these scripts: kana, Han characters, Hangul syllables. */
export const CJK_LETTER_RE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/;
const CJK_LETTERS_RE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3]/g;
const KANA_RE = /[\u3040-\u30ff]/;
const HANGUL_RE = /[\uac00-\ud7a3]/;

const LETTERS_RE = /\p{L}/gu;

/**
 * Whether a text is written in these scripts: at least `min` of its letters are theirs, and a
 * third of them (an English lead with a name in characters in brackets is not).
 */
export function isCjkText(text: string, min = 8): boolean {
  if (!CJK_LETTER_RE.test(text)) return false;
  const head = text.slice(0, 400);
  const cjk = head.match(CJK_LETTERS_RE)?.length ?? 0;
  return cjk >= min && cjk * 3 >= (head.match(LETTERS_RE)?.length ?? 0);
}

/** The language of a text in these scripts: Korean by its Hangul, Japanese by its kana, else Chinese. */
export function cjkLanguage(text: string): CjkLanguage {
  const head = text.slice(0, 400);
  if (HANGUL_RE.test(head)) return 'ko';
  return KANA_RE.test(head) ? 'ja' : 'zh';
}

/** The country each language's own readouts speak for. */
export const LANGUAGE_HOME: Record<CjkLanguage, string> = { ja: 'JP', zh: 'CN', ko: 'KR' };
/** The zone of a time a call's readout gives in each language. */
export const LANGUAGE_ZONE: Record<CjkLanguage, string> = {
  ja: 'Asia/Tokyo',
  zh: 'Asia/Shanghai',
  ko: 'Asia/Seoul',
};

/**
 * [country, names in Japanese, Chinese and Korean (simplified and traditional), short forms of
 * one character used in pairs and before an office ("日米", "米大統領", "中美", "한미")].
 */
const COUNTRIES: readonly [string, string, string][] = [
  ['JP', '日本 日本国 일본', '日 일'],
  ['US', '米国 アメリカ アメリカ合衆国 合衆国 美国 美國 美利坚合众国 미국', '米 美 미'],
  ['CN', '中国 中國 中華人民共和国 中华人民共和国 중국', '中 중'],
  ['KR', '韓国 大韓民国 韩国 韓國 大韩民国 大韓民國 南韓 한국 대한민국', '韓 韩 한'],
  ['GB', '英国 英國 イギリス 連合王国 영국', '英 영'],
  ['DE', 'ドイツ 德国 德國 독일', '独 德 독'],
  ['FR', 'フランス 法国 法國 프랑스', '仏 法 불'],
  ['RU', 'ロシア ロシア連邦 俄罗斯 俄羅斯 俄罗斯联邦 러시아', '露 俄 러'],
  ['AU', '豪州 オーストラリア 澳大利亚 澳洲 澳大利亞 호주 오스트레일리아', '豪 澳 호'],
  ['IN', 'インド 印度 인도', '印'],
  ['ID', 'インドネシア 印度尼西亚 印尼 인도네시아', ''],
  ['CA', 'カナダ 加拿大 캐나다', '加'],
  ['IT', 'イタリア 意大利 義大利 이탈리아', ''],
  ['UA', 'ウクライナ 乌克兰 烏克蘭 우크라이나', ''],
  ['VN', 'ベトナム 越南 베트남', '越'],
  ['PH', 'フィリピン 菲律宾 菲律賓 필리핀', ''],
  ['TR', 'トルコ 土耳其 튀르키예 터키', ''],
  ['SA', 'サウジアラビア 沙特阿拉伯 沙特 沙烏地阿拉伯 사우디아라비아 사우디', ''],
  ['AE', 'アラブ首長国連邦 阿联酋 阿聯酋 阿拉伯联合酋长国 아랍에미리트', ''],
  ['IL', 'イスラエル 以色列 이스라엘', ''],
  ['EG', 'エジプト 埃及 이집트', ''],
  ['BR', 'ブラジル 巴西 브라질', ''],
  ['MX', 'メキシコ 墨西哥 멕시코', ''],
  ['AR', 'アルゼンチン 阿根廷 아르헨티나', ''],
  ['ZA', '南アフリカ 南非 남아프리카공화국 남아공', ''],
  ['ES', 'スペイン 西班牙 스페인', ''],
  ['PL', 'ポーランド 波兰 波蘭 폴란드', ''],
  ['NZ', 'ニュージーランド 新西兰 新西蘭 紐西蘭 뉴질랜드', ''],
  ['SG', 'シンガポール 新加坡 싱가포르', ''],
  ['PK', 'パキスタン 巴基斯坦 파키스탄', ''],
  ['KZ', 'カザフスタン 哈萨克斯坦 哈薩克 카자흐스탄', ''],
  ['MN', 'モンゴル 蒙古国 蒙古 몽골', ''],
  ['GR', 'ギリシャ 希腊 希臘 그리스', ''],
  ['IE', 'アイルランド 爱尔兰 愛爾蘭 아일랜드', ''],
  ['AT', 'オーストリア 奥地利 奧地利 오스트리아', ''],
  ['IQ', 'イラク 伊拉克 이라크', ''],
  ['LK', 'スリランカ 斯里兰卡 斯里蘭卡 스리랑카', ''],
  ['NP', 'ネパール 尼泊尔 尼泊爾 네팔', ''],
  ['EU', '欧州連合 欧州 EU 欧盟 歐盟 欧洲联盟 유럽연합', ''],
  ['IR', 'イラン 伊朗 이란', ''],
  ['TH', 'タイ 泰国 泰國 태국', ''],
  ['MY', 'マレーシア 马来西亚 馬來西亞 말레이시아', ''],
  ['KH', 'カンボジア 柬埔寨 캄보디아', ''],
  ['LA', 'ラオス 老挝 寮國 라오스', ''],
  ['MM', 'ミャンマー 缅甸 緬甸 미얀마', ''],
  ['BN', 'ブルネイ 文莱 汶萊 브루나이', ''],
  ['TL', '東ティモール 东帝汶 東帝汶 동티모르', ''],
  ['BD', 'バングラデシュ 孟加拉国 孟加拉 방글라데시', ''],
  ['UZ', 'ウズベキスタン 乌兹别克斯坦 烏茲別克 우즈베키스탄', ''],
  ['AZ', 'アゼルバイジャン 阿塞拜疆 亞塞拜然 아제르바이잔', ''],
  ['AM', 'アルメニア 亚美尼亚 亞美尼亞 아르메니아', ''],
  ['BY', 'ベラルーシ 白俄罗斯 白俄羅斯 벨라루스', ''],
  ['NL', 'オランダ 荷兰 荷蘭 네덜란드', ''],
  ['BE', 'ベルギー 比利时 比利時 벨기에', ''],
  ['CH', 'スイス 瑞士 스위스', ''],
  ['SE', 'スウェーデン 瑞典 스웨덴', ''],
  ['NO', 'ノルウェー 挪威 노르웨이', ''],
  ['DK', 'デンマーク 丹麦 丹麥 덴마크', ''],
  ['FI', 'フィンランド 芬兰 芬蘭 핀란드', ''],
  ['PT', 'ポルトガル 葡萄牙 포르투갈', ''],
  ['CZ', 'チェコ 捷克 체코', ''],
  ['HU', 'ハンガリー 匈牙利 헝가리', ''],
  ['RO', 'ルーマニア 罗马尼亚 羅馬尼亞 루마니아', ''],
  ['RS', 'セルビア 塞尔维亚 塞爾維亞 세르비아', ''],
  ['QA', 'カタール 卡塔尔 卡達 카타르', ''],
  ['KW', 'クウェート 科威特 쿠웨이트', ''],
  ['JO', 'ヨルダン 约旦 約旦 요르단', ''],
  ['BH', 'バーレーン 巴林 바레인', ''],
  ['CL', 'チリ 智利 칠레', ''],
  ['PE', 'ペルー 秘鲁 秘魯 페루', ''],
  ['CO', 'コロンビア 哥伦比亚 哥倫比亞 콜롬비아', ''],
  ['CU', 'キューバ 古巴 쿠바', ''],
  ['VE', 'ベネズエラ 委内瑞拉 委內瑞拉 베네수엘라', ''],
  ['NG', 'ナイジェリア 尼日利亚 奈及利亞 나이지리아', ''],
  ['KE', 'ケニア 肯尼亚 肯亞 케냐', ''],
  ['ET', 'エチオピア 埃塞俄比亚 衣索比亞 에티오피아', ''],
  ['MA', 'モロッコ 摩洛哥 모로코', ''],
  ['DZ', 'アルジェリア 阿尔及利亚 阿爾及利亞 알제리', ''],
  ['FJ', 'フィジー 斐济 斐濟 피지', ''],
  ['PG', 'パプアニューギニア 巴布亚新几内亚 巴布亞紐幾內亞 파푸아뉴기니', ''],
];

/**
 * Foreign holders' family names as these scripts write them ("トランプ", "特朗普", "川普"): each
 * names its holder only just before or after an office of theirs ("トランプ大統領", "美国总统特朗普"),
 * never alone (Korean's Hangul forms are read by their sound: `cyrillic.ts`).
 */
export const CJK_FAMILY_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Barack Obama': ['オバマ', '奥巴马', '奧巴馬', '歐巴馬'],
  'Donald Trump': ['トランプ', '特朗普', '川普'],
  'Joe Biden': ['バイデン', '拜登'],
  'Hillary Clinton': ['クリントン', '克林顿', '柯林頓'],
  'John Kerry': ['ケリー', '克里', '凱瑞'],
  'Rex Tillerson': ['ティラーソン', '蒂勒森', '提勒森'],
  'Mike Pompeo': ['ポンペオ', '蓬佩奥', '蓬佩奧', '龐佩奧'],
  'Antony Blinken': ['ブリンケン', '布林肯'],
  'Marco Rubio': ['ルビオ', '鲁比奥', '盧比歐', '魯比奧'],
  'Vladimir Putin': ['プーチン', '普京', '普丁'],
  'Sergey Lavrov': ['ラブロフ', '拉夫罗夫', '拉夫羅夫'],
  'Emmanuel Macron': ['マクロン', '马克龙', '馬克宏'],
  'Keir Starmer': ['スターマー', '斯塔默', '施凱爾'],
  'Anthony Albanese': ['アルバニージー', '阿尔巴尼斯', '艾班尼斯'],
  'Narendra Modi': ['モディ', '莫迪'],
  'Olaf Scholz': ['ショルツ', '朔尔茨', '蕭茲'],
  'Volodymyr Zelenskyy': ['ゼレンスキー', '泽连斯基', '澤倫斯基'],
};

const FULL_NAMES = new Map(COUNTRIES.flatMap(([code, names]) => names.split(' ').map((n) => [n, code])));
const SHORT_FORMS = new Map(
  COUNTRIES.flatMap(([code, , short]) => (short ? short.split(' ').map((s) => [s, code]) : [])),
);

const byLength = (a: string, b: string) => b.length - a.length;
const NAME_ALT = [...FULL_NAMES.keys()].sort(byLength).join('|');
const SHORT_ALT = [...SHORT_FORMS.keys()].join('');

/** A state's formal ending after its name ("ベトナム社会主義共和国", "俄罗斯联邦", "필리핀 공화국"). */
const STATE_ENDING =
  '(?:(?:社会主義|民主|連邦|人民|イスラム|社会主义|联邦|伊斯兰)?(?:共和国|王国|連邦|联邦)|\\s?(?:공화국|왕국|연방))?';

/**
 * A country just before an office ("米国大統領", "美国总统", "일본 총리"), with its state's ending
 * and a joining particle ("の", "的"); a short form only after a letter that is no Han
 * character ("バイデン米大統領", "スナク英首相").
 */
const COUNTRY_BEFORE_RE = new RegExp(
  `(?:(${NAME_ALT})${STATE_ENDING}|(?<![\\u3400-\\u9fff])([${SHORT_ALT}]))[の的・\\s]*$`,
  'u',
);

/** The country named just before a place in a text (an office's), or null. */
export function countryJustBefore(before: string): string | null {
  const m = COUNTRY_BEFORE_RE.exec(before.slice(-24));
  if (!m) return null;
  // A Hangul short form is no country before an office ("대통령" after "미" of another word).
  if (m[2] && /[\uac00-\ud7a3]/.test(m[2])) return null;
  return m[1] ? (FULL_NAMES.get(m[1]) ?? null) : (SHORT_FORMS.get(m[2] as string) ?? null);
}

/** What a pair of countries names: a talk of leaders or of foreign ministers. */
const PAIR_TALK =
  '(?:首脳|外相|外務大臣|首相|総理|元首|领导人|外长|外交部长|정상|외교장관|외교부\\s?장관|외무장관|会談|会谈|会晤|電話|电话|通话|회담|통화|\\s)';

/**
 * Countries joined as a pair or more before a talk ("日米首脳電話会談", "日・インド首脳会談",
 * "中美元首会晤", "한미 정상회담", "한·일 외교장관회담"): short forms or names, joined or with a dot or dash.
 */
const PAIR_RE = new RegExp(
  `(?<![\\u3400-\\u9fff])((?:[${SHORT_ALT}]|${NAME_ALT})(?:[・·\\-－]?(?:[${SHORT_ALT}]|${NAME_ALT})){1,3})${PAIR_TALK}`,
  'u',
);
const PAIR_PART_RE = new RegExp(`[${SHORT_ALT}]|${NAME_ALT}`, 'gu');

/** The countries a run of short forms and names holds, in its order; none unless two or more. */
function pairCodes(run: string): string[] {
  const codes: string[] = [];
  for (const part of run.matchAll(PAIR_PART_RE)) {
    const code = FULL_NAMES.get(part[0]) ?? SHORT_FORMS.get(part[0]);
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes.length >= 2 ? codes : [];
}

/** The countries a heading pairs before its talk, in its order; none when it pairs none. */
export function pairedCountries(text: string | null): string[] {
  const m = text ? PAIR_RE.exec(text) : null;
  if (!m) return [];
  return pairCodes(m[1] as string);
}

/**
 * Countries paired just before an office ("日中外相は", "中美元首", "한미 정상"): two or more short forms
 * or names, after no Han character but a particle's ("举行了中美元首会晤").
 */
const PAIR_BEFORE_RE = new RegExp(
  `(?<=^|[^\\u3400-\\u9fff]|[了的在和与與同及])((?:[${SHORT_ALT}]|${NAME_ALT})(?:[・·\\-－]?(?:[${SHORT_ALT}]|${NAME_ALT})){1,3})\\s?$`,
  'u',
);

/** The countries paired just before a place in a text, in their order; none when no pair stands there. */
export function pairJustBefore(before: string): string[] {
  const m = PAIR_BEFORE_RE.exec(before.slice(-24));
  if (!m) return [];
  return pairCodes(m[1] as string);
}

/** Whether a pair heading names foreign ministers' talk, not leaders'. */
export function pairOfMinisters(text: string): boolean {
  return /(?:外相|外務大臣|外长|外交部长|외교장관|외교부\s?장관|외무장관)/.test(text);
}

/**
 * Offices in these scripts. `only`: the office's country when the word names one country's
 * office alone ("内閣総理大臣" is Japan's, "国家主席" China's, "国務長官" the United States');
 * `home`: a country this office is of when none is written and the holder's own name stands
 * just before it ("岸田総理", "윤 대통령"). A deputy ("副総理", "부총리") and an office's building or
 * staff ("首相官邸", "대통령실") are no holder.
 */
export type CjkOffice = { re: RegExp; office: Office; only?: string; leaders?: boolean };
const NOT_DEPUTY = '(?<![副부])';
export const CJK_OFFICES: readonly CjkOffice[] = [
  // China's premier and Korea's prime minister as Japanese writes them too ("国務院総理", "国務総理"),
  // before Japan's "総理", which no other office's name holds ("副総理" is a deputy).
  { re: /国务院总理|國務院總理|国務院総理/gu, office: 'head_of_government', only: 'CN' },
  { re: /국무총리|国務総理|国务总理|國務總理/gu, office: 'head_of_government', only: 'KR' },
  { re: /内閣総理大臣|総理大臣|(?<![副務院])総理(?!官邸|府)/gu, office: 'head_of_government', only: 'JP' },
  { re: /国家主席|國家主席|국가주석/gu, office: 'head_of_state', only: 'CN' },
  { re: /国務長官|国务卿|國務卿|국무장관/gu, office: 'foreign_minister', only: 'US' },
  { re: /欧州委員会委員長|欧盟委员会主席|집행위원장/gu, office: 'commission_president', only: 'EU' },
  { re: /欧州理事会議長|欧洲理事会主席|상임의장/gu, office: 'council_president', only: 'EU' },
  // "日米首脳", "中美元首", "한미 정상": the leaders of the countries paired before it, and only so.
  { re: /首脳|元首|정상(?=\s?(?:회담|통화|간|은|이|들))/gu, office: 'head_of_state', leaders: true },
  {
    re: new RegExp(
      `${NOT_DEPUTY}(?:外務大臣(?!政務官)|外相|外交部长|外交部長|外长|外長|외교부\\s?장관|외교장관|외무장관|외교부장|외무상|외무대신|외교\\s?수장)`,
      'gu',
    ),
    office: 'foreign_minister',
  },
  {
    re: new RegExp(`${NOT_DEPUTY}(?:首相(?!官邸|補佐官)|总理(?!府)|總理|총리(?!실|공관))`, 'gu'),
    office: 'head_of_government',
  },
  {
    re: new RegExp(
      `${NOT_DEPUTY}(?:大統領(?!府|選|夫人|補佐官|報道官|候補)|总统(?!府|候选|夫人|选举)|總統|대통령(?!실|비서|부인|후보|선거|궁|의\\s?(?:취임|부인)))`,
      'gu',
    ),
    office: 'head_of_state',
  },
];
