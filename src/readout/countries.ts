import { createRequire } from 'node:module';
// The library without its entry-node.js, which registers all 80 languages: only English is read.
import countries from 'i18n-iso-countries/index.js';
import { lookupTable } from '../app/lookup.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** The European Union is not an ISO 3166 country but is a party to readouts. */
export const EU = 'EU';

/**
 * Names governments write that the ISO library does not know, and short forms it spells
 * differently. Keys are normalised with `normaliseName`.
 */
const EXTRA_NAMES = lookupTable<string>({
  rok: 'KR',
  korea: 'KR',
  'republic of korea': 'KR',
  dprk: 'KP',
  "democratic people's republic of korea": 'KP',
  prc: 'CN',
  'u.s.': 'US',
  'u.s.a.': 'US',
  us: 'US',
  usa: 'US',
  america: 'US',
  'united states': 'US',
  'united states of america': 'US',
  uk: 'GB',
  'u.k.': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  'united kingdom': 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  'viet nam': 'VN',
  'socialist republic of viet nam': 'VN',
  'socialist republic of vietnam': 'VN',
  'commonwealth of australia': 'AU',
  'federal republic of germany': 'DE',
  'french republic': 'FR',
  'italian republic': 'IT',
  'republic of india': 'IN',
  'republic of the philippines': 'PH',
  'republic of indonesia': 'ID',
  'republic of singapore': 'SG',
  'kingdom of thailand': 'TH',
  'republic of turkey': 'TR',
  'republic of türkiye': 'TR',
  türkiye: 'TR',
  turkiye: 'TR',
  'russian federation': 'RU',
  'lao pdr': 'LA',
  laos: 'LA',
  syria: 'SY',
  moldova: 'MD',
  brunei: 'BN',
  'state of israel': 'IL',
  'kingdom of saudi arabia': 'SA',
  'islamic republic of iran': 'IR',
  'federative republic of brazil': 'BR',
  'united mexican states': 'MX',
  'republic of poland': 'PL',
  'kingdom of spain': 'ES',
  'kingdom of the netherlands': 'NL',
  'kingdom of sweden': 'SE',
  'kingdom of norway': 'NO',
  'kingdom of denmark': 'DK',
  'republic of finland': 'FI',
  'republic of kazakhstan': 'KZ',
  mongolia: 'MN',
  // Official names of the countries the office-holder table added in the fourth session.
  'state of qatar': 'QA',
  'state of kuwait': 'KW',
  'hashemite kingdom of jordan': 'JO',
  'sultanate of oman': 'OM',
  'kingdom of bahrain': 'BH',
  'republic of azerbaijan': 'AZ',
  'republic of armenia': 'AM',
  'republic of uzbekistan': 'UZ',
  "people's republic of bangladesh": 'BD',
  'kingdom of cambodia': 'KH',
  burma: 'MM',
  'republic of the union of myanmar': 'MM',
  'east timor': 'TL',
  'democratic republic of timor-leste': 'TL',
  'republic of fiji': 'FJ',
  'independent state of papua new guinea': 'PG',
  'kingdom of belgium': 'BE',
  'grand duchy of luxembourg': 'LU',
  'swiss confederation': 'CH',
  'portuguese republic': 'PT',
  'slovak republic': 'SK',
  'republic of bulgaria': 'BG',
  'republic of croatia': 'HR',
  'republic of serbia': 'RS',
  'republic of slovenia': 'SI',
  'republic of estonia': 'EE',
  'republic of latvia': 'LV',
  'republic of lithuania': 'LT',
  'republic of cyprus': 'CY',
  'republic of malta': 'MT',
  'republic of moldova': 'MD',
  'republic of belarus': 'BY',
  'federal republic of nigeria': 'NG',
  'republic of kenya': 'KE',
  'federal democratic republic of ethiopia': 'ET',
  'republic of ghana': 'GH',
  'republic of senegal': 'SN',
  'kingdom of morocco': 'MA',
  "people's democratic republic of algeria": 'DZ',
  'republic of tunisia': 'TN',
  'republic of chile': 'CL',
  'republic of colombia': 'CO',
  'republic of peru': 'PE',
  'bolivarian republic of venezuela': 'VE',
  'republic of cuba': 'CU',
  'oriental republic of uruguay': 'UY',
  'republic of paraguay': 'PY',
  'republic of ecuador': 'EC',
  'plurinational state of bolivia': 'BO',
  'islamic republic of pakistan': 'PK',
  'hellenic republic': 'GR',
  'european union': EU,
  'european commission': EU,
  'european council': EU,
  'european parliament': EU,
  eu: EU,
});

/** Adjectives used before titles ("Japanese Foreign Minister", "U.S. Secretary of State"). */
const DEMONYMS = lookupTable<string>({
  japanese: 'JP',
  american: 'US',
  'u.s.': 'US',
  us: 'US',
  korean: 'KR',
  'south korean': 'KR',
  chinese: 'CN',
  british: 'GB',
  'u.k.': 'GB',
  uk: 'GB',
  australian: 'AU',
  indian: 'IN',
  german: 'DE',
  french: 'FR',
  italian: 'IT',
  canadian: 'CA',
  russian: 'RU',
  ukrainian: 'UA',
  vietnamese: 'VN',
  philippine: 'PH',
  filipino: 'PH',
  indonesian: 'ID',
  singaporean: 'SG',
  thai: 'TH',
  'new zealand': 'NZ',
  european: EU,
  eu: EU,
  // Read on real readouts of the State Department, the White House and GOV.UK.
  pakistani: 'PK',
  israeli: 'IL',
  palestinian: 'PS',
  mexican: 'MX',
  spanish: 'ES',
  polish: 'PL',
  turkish: 'TR',
  saudi: 'SA',
  emirati: 'AE',
  qatari: 'QA',
  egyptian: 'EG',
  iranian: 'IR',
  iraqi: 'IQ',
  afghan: 'AF',
  brazilian: 'BR',
  argentine: 'AR',
  'south african': 'ZA',
  nigerian: 'NG',
  kenyan: 'KE',
  dutch: 'NL',
  belgian: 'BE',
  swedish: 'SE',
  norwegian: 'NO',
  finnish: 'FI',
  danish: 'DK',
  irish: 'IE',
  austrian: 'AT',
  swiss: 'CH',
  greek: 'GR',
  czech: 'CZ',
  hungarian: 'HU',
  romanian: 'RO',
  lithuanian: 'LT',
  latvian: 'LV',
  estonian: 'EE',
  malaysian: 'MY',
  mongolian: 'MN',
  kazakh: 'KZ',
  'sri lankan': 'LK',
  bangladeshi: 'BD',
  nepali: 'NP',
  prc: 'CN',
  rok: 'KR',
  // Adjectives of further countries whose leaders and ministers readouts name.
  's. korean': 'KR',
  's korean': 'KR',
  'north korean': 'KP',
  'n. korean': 'KP',
  taiwanese: 'TW',
  burmese: 'MM',
  cambodian: 'KH',
  laotian: 'LA',
  lao: 'LA',
  bruneian: 'BN',
  timorese: 'TL',
  nepalese: 'NP',
  bhutanese: 'BT',
  maldivian: 'MV',
  'new zealander': 'NZ',
  fijian: 'FJ',
  'papua new guinean': 'PG',
  guyanese: 'GY',
  chilean: 'CL',
  peruvian: 'PE',
  colombian: 'CO',
  venezuelan: 'VE',
  ecuadorian: 'EC',
  bolivian: 'BO',
  paraguayan: 'PY',
  uruguayan: 'UY',
  cuban: 'CU',
  haitian: 'HT',
  jamaican: 'JM',
  panamanian: 'PA',
  'costa rican': 'CR',
  guatemalan: 'GT',
  honduran: 'HN',
  salvadoran: 'SV',
  nicaraguan: 'NI',
  portuguese: 'PT',
  icelandic: 'IS',
  luxembourgish: 'LU',
  maltese: 'MT',
  cypriot: 'CY',
  slovak: 'SK',
  slovenian: 'SI',
  croatian: 'HR',
  serbian: 'RS',
  bosnian: 'BA',
  montenegrin: 'ME',
  albanian: 'AL',
  'north macedonian': 'MK',
  bulgarian: 'BG',
  moldovan: 'MD',
  belarusian: 'BY',
  georgian: 'GE',
  armenian: 'AM',
  azerbaijani: 'AZ',
  uzbek: 'UZ',
  kyrgyz: 'KG',
  tajik: 'TJ',
  turkmen: 'TM',
  jordanian: 'JO',
  lebanese: 'LB',
  syrian: 'SY',
  yemeni: 'YE',
  omani: 'OM',
  bahraini: 'BH',
  kuwaiti: 'KW',
  libyan: 'LY',
  tunisian: 'TN',
  algerian: 'DZ',
  moroccan: 'MA',
  sudanese: 'SD',
  ethiopian: 'ET',
  somali: 'SO',
  ghanaian: 'GH',
  senegalese: 'SN',
  ivorian: 'CI',
  cameroonian: 'CM',
  angolan: 'AO',
  mozambican: 'MZ',
  zimbabwean: 'ZW',
  zambian: 'ZM',
  tanzanian: 'TZ',
  ugandan: 'UG',
  rwandan: 'RW',
  namibian: 'NA',
  'south sudanese': 'SS',
  // Further forms written before titles ("Azeri Foreign Minister", "Myanmar State Counsellor").
  azeri: 'AZ',
  uzbekistani: 'UZ',
  kazakhstani: 'KZ',
  myanmar: 'MM',
  'east timorese': 'TL',
  luxembourg: 'LU',
  luxembourger: 'LU',
  slovene: 'SI',
  belarussian: 'BY',
  ecuadorean: 'EC',
  comorian: 'KM',
  nigerien: 'NE',
  mauritanian: 'MR',
  malian: 'ML',
  chadian: 'TD',
  djiboutian: 'DJ',
  eritrean: 'ER',
  gabonese: 'GA',
  congolese: 'CG',
  beninese: 'BJ',
  togolese: 'TG',
  burundian: 'BI',
  malawian: 'MW',
  botswanan: 'BW',
  liberian: 'LR',
});

/** Relation slugs that differ from the lower-cased short name. */
const SLUG_OVERRIDES = lookupTable<string>({
  US: 'us',
  GB: 'uk',
  KR: 'korea',
  KP: 'dprk',
  CN: 'china',
  RU: 'russia',
  VN: 'vietnam',
  IR: 'iran',
  SY: 'syria',
  TW: 'taiwan',
  LA: 'laos',
  TZ: 'tanzania',
  MD: 'moldova',
  CZ: 'czechia',
  TR: 'turkey',
  AE: 'uae',
  BN: 'brunei',
  VA: 'holy-see',
  MK: 'north-macedonia',
  CI: 'cote-divoire',
  // ISO's short names that read as an inverted title ("Netherlands, Kingdom of the").
  NL: 'netherlands',
  FK: 'falkland-islands',
  VG: 'british-virgin-islands',
  VI: 'us-virgin-islands',
  CD: 'dr-congo',
  CG: 'congo',
  FM: 'micronesia',
  PS: 'palestine',
  EU: 'eu',
});

/** Extra words `/readout` accepts for a country, beside names, slugs and ISO codes. */
const SLUG_ALIASES = lookupTable<string>({
  jp: 'JP',
  jpn: 'JP',
  nippon: 'JP',
  rok: 'KR',
  'south-korea': 'KR',
  'republic-of-korea': 'KR',
  'north-korea': 'KP',
  prc: 'CN',
  usa: 'US',
  'united-states': 'US',
  'united-states-of-america': 'US',
  america: 'US',
  gb: 'GB',
  britain: 'GB',
  'great-britain': 'GB',
  'united-kingdom': 'GB',
  'viet-nam': 'VN',
  'european-union': EU,
});

export function normaliseName(value: string): string {
  return value
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[,;:]+$/, '')
    .toLowerCase();
}

/** ISO code (or "EU") for a country name as governments write it; null when unknown. */
const nameCache = new Map<string, string | null>();

export function countryFromName(name: string): string | null {
  const key = normaliseName(name);
  if (!key) return null;
  const cached = nameCache.get(key);
  if (cached !== undefined) return cached;
  // The parser asks about many word runs per page; the answers are few and never change.
  const code = EXTRA_NAMES[key] ?? countries.getAlpha2Code(key, 'en') ?? null;
  if (nameCache.size < 20_000) nameCache.set(key, code);
  return code;
}

/** ISO code for an adjective such as "Japanese" or "U.S."; null when unknown. */
export function countryFromDemonym(word: string): string | null {
  return DEMONYMS[normaliseName(word)] ?? null;
}

function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of one country inside a relation: "japan", "us", "korea", "new-zealand", "eu". */
export function countrySlug(code: string): string {
  const override = SLUG_OVERRIDES[code];
  if (override) return override;
  const names = countries.getName(code, 'en', { select: 'all' }) as string[] | undefined;
  const short = names && names.length > 0 ? names[names.length - 1] : undefined;
  return short ? slugify(short) : code.toLowerCase();
}

let slugIndex: Map<string, string> | undefined;

/** Every word `/readout` accepts for a country, slugified, mapped to its code. */
function getSlugIndex(): Map<string, string> {
  if (slugIndex) return slugIndex;
  const index = new Map<string, string>();
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    const names = (countries.getName(code, 'en', { select: 'all' }) as string[] | undefined) ?? [];
    for (const name of names) index.set(slugify(name), code);
    index.set(code.toLowerCase(), code);
    const alpha3 = countries.alpha2ToAlpha3(code);
    if (alpha3) index.set(alpha3.toLowerCase(), code);
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) index.set(slugify(name), code);
  for (const [code, slug] of Object.entries(SLUG_OVERRIDES)) index.set(slug, code);
  for (const [alias, code] of Object.entries(SLUG_ALIASES)) index.set(alias, code);
  slugIndex = index;
  return index;
}

/** The country a slug word names ("korea", "rok", "united-states", "jp"); null when unknown. */
export function countryFromSlug(slug: string): string | null {
  return getSlugIndex().get(slug.toLowerCase()) ?? null;
}

/** The flag emoji of a code: regional indicator letters (the EU has its own flag too). */
export function flagEmoji(code: string | null): string {
  if (!code || !/^[A-Z]{2}$/.test(code)) return '🏳️';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** The English short name of a country code ("Japan", "United States"), or the code. */
const SHORT_NAMES = lookupTable<string>({
  US: 'United States',
  GB: 'United Kingdom',
  KR: 'Korea',
  KP: 'North Korea',
  CN: 'China',
  RU: 'Russia',
  VN: 'Viet Nam',
  TW: 'Taiwan',
  IR: 'Iran',
  LA: 'Laos',
  MD: 'Moldova',
  BN: 'Brunei',
  EU: 'European Union',
});

export function countryName(code: string): string {
  const short = SHORT_NAMES[code];
  if (short) return short;
  const names = countries.getName(code, 'en', { select: 'all' }) as string[] | undefined;
  return names?.[0] ?? code;
}
