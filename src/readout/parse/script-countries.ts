import { type Office, officeHolder } from '../office-holders.js';
import type { Participant } from '../types.js';

/**
 * Countries as copies in other scripts name them, by the stem their case forms share
 * ("Казахстана", "президентом Казахстана"; Arabic "اليابان" with its article; Greek "Ελλάδας"):
 * enough to tell whose office a name in that script holds ("президент Казахстана Касым-Жомарт
 * Токаев", "وزير خارجية جمهورية كوريا بارك جين"). Words are compared lower-cased, without accents.
 */

/** [country, stems]: a word opening with a stem (Arabic: holding it) names the country. */
const STEMS: readonly [string, string][] = [
  ['RU', 'росси российск рф русск ρωσ روسيا الروسي روس रूस ரஷ்ய റഷ്യ 러시아'],
  [
    'US',
    'сша америк соединенных αμερικ ηπα الأمريكي أمريكا الولايات امریکہ امریکی अमेरिक அமெரிக്க അമേരിക്ക 미국',
  ],
  ['JP', 'япони японск ιαπων اليابان ياباني جاپان جاپانی जापान ஜப்பான் ജപ്പാ 일본'],
  ['CN', 'китай китая кнр китайск κιν الصين الصيني چین चीन சீன ചൈന 중국'],
  ['FR', 'франци французск γαλλ فرنسا الفرنسي فرانس फ्रांस பிரான்ஸ் ഫ്രാൻസ 프랑스'],
  ['DE', 'германи немецк фрг γερμαν ألمانيا الألماني جرمنی जर्मन ஜெர்மன் ജർമ്മ 독일'],
  ['GB', 'великобритани британск βρεταν بريطانيا البريطاني برطانیہ ब्रिटेन பிரிட்டன் ബ്രിട്ട 영국'],
  ['IN', 'индии индия индией индийск ινδ الهند الهندي ہندوستان بھارت भारत இந்திய ഇന്ത്യ 인도'],
  ['KR', 'корея кореи корее корейск κορε كوريا الكوري کوریا कोरिया கொரிய കൊറിയ 한국 대한민국'],
  ['KZ', 'казахстан казахск καζακ كازاخستان قازاقستان قزاقستان कज़ाख கஜகஸ்தான் കസാഖ്'],
  ['VN', 'вьетнам βιετν فيتنام ویتنام वियतनाम வியட்நாம் വിയറ്റ്നാ 베트남'],
  ['UA', 'украин ουκραν أوكرانيا يوکرین यूक्रेन உக்ரைன் യുക്രെയ്ൻ 우크라이나'],
  ['TR', 'турци турецк τουρκ تركيا التركي ترکی तुर्की துருக்கி തുർക്കി 튀르키예 터키'],
  ['AE', 'оаэ эмират εμιρατ الإمارات الإماراتي امارات यूएई அமீரக യു.എ.ഇ 아랍에미리트'],
  ['GR', 'греци греческ ελλαδ ελληνα ελληνικ ελληνας اليونان يونان ग्रीस கிரீஸ் ഗ്രീസ 그리스'],
  ['EU', 'евросоюз евросовет еврокомисс ευρωπαικ الأوروبي یورپی यूरोपीय ஐரோப்பிய യൂറോപ്യ 유럽연합'],
  ['IT', 'итали ιταλ إيطاليا اٹلی इटली இத்தாலி ഇറ്റലി 이탈리아'],
  ['CA', 'канад καναδ كندا کینیڈا कनाडा கனடா കാനഡ 캐나다'],
  ['AU', 'австрали αυστραλ أستراليا آسٹریلیا ऑस्ट्रेलिया ஆஸ்திரேலிய ഓസ്ട്രേലിയ 호주'],
  ['IL', 'израил ισραηλ إسرائيل اسرائیل इज़राइल இஸ்ரேல் ഇസ്രായേ 이스라엘'],
  ['SA', 'саудовск σαουδ السعودية سعودی सऊदी சவுதி സൗദി 사우디'],
  ['EG', 'египет египта египетск αιγυπτ مصر المصري مصری मिस्र எகிப்து ഈജിപ്ത 이집트'],
  ['BH', 'бахрейн μπαχρειν البحرين البحريني بحرین बहरीन பஹ்ரைன் ബഹ്റൈ 바레인'],
  ['QA', 'катар καταρ قطر القطري قطری क़तर கத்தார் ഖത്തർ 카타르'],
  ['KW', 'кувейт κουβειτ الكويت الكويتي کویت कुवैत குவைத் കുവൈ 쿠웨이트'],
  ['JO', 'иордани ιορδαν الأردن الأردني اردن जॉर्डन ஜோர்டான் ജോർദ 요르단'],
  ['OM', 'оман ομαν عمان العماني عمانی ओमान ஓமன் ഒമാ 오만'],
  ['IQ', 'ирак ιρακ العراق العراقي عراق इराक ஈராக் ഇറാഖ 이라크'],
  ['IR', 'иран ιραν إيران الإيراني ایران ईरान ஈரான் ഇറാ 이란'],
  ['PK', 'пакистан πακισταν باكستان الباكستاني پاکستان पाकिस्तान பாகிஸ்தான் പാകിസ്ഥാ 파키스탄'],
];

/** A word lower-cased without accents (Greek "Ελλάδας" → "ελλαδας"). */
function plain(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Each stem, whether a word holds it anywhere (Arabic script's article and clitics) or opens with it. */
const BY_STEM: readonly { stem: string; country: string; inside: boolean }[] = STEMS.flatMap(
  ([country, stems]) =>
    stems.split(' ').map((stem) => ({ stem: plain(stem), country, inside: /[\u0600-\u06ff]/.test(stem) })),
);

/**
 * A short Arabic-script stem ("مصر", "قطر", "عمان") is inside many other words ("مصرف"): it names
 * the country only as the whole word, with a clitic or article before it and a nisba after it.
 */
const SHORT_STEM = 4;
const CLITICS = /^[وبلفك]?(?:ال|لل)?$/u;
const NISBA = /^(?:ي|ى|ية|يه|ی|یہ)?$/u;

/** The country a word of another script names, or null. */
export function countryOfWord(word: string): string | null {
  const w = plain(word);
  for (const s of BY_STEM) {
    if (!s.inside) {
      if (w.startsWith(s.stem)) return s.country;
    } else if (s.stem.length > SHORT_STEM ? w.includes(s.stem) : shortStemIs(w, s.stem)) return s.country;
  }
  return null;
}

/** Whether an Arabic-script word is the short stem, with its clitics and nisba only. */
function shortStemIs(word: string, stem: string): boolean {
  const at = word.indexOf(stem);
  if (at < 0) return false;
  return CLITICS.test(word.slice(0, at)) && NISBA.test(word.slice(at + stem.length));
}

/** How many words before a name its country may be named ("генеральным секретарем ЦК … Вьетнама То Ламом"). */
const NEAR = 6;

/** Whether one of the few words before the i-th names the country. */
export function countryBefore(words: readonly { text: string }[], i: number, country: string): boolean {
  for (let k = Math.max(0, i - NEAR); k < i; k++)
    if (countryOfWord((words[k] as { text: string }).text) === country) return true;
  return false;
}

/** How many words after a name its country may stand ("حمد بن عيسى ملك البحرين"): an apposition. */
const NEAR_AFTER = 3;

/** Whether one of the few words after the i-th (an office word between) names the country. */
export function countryAfter(words: readonly { text: string }[], i: number, country: string): boolean {
  for (let k = i + 1; k < Math.min(words.length, i + 1 + NEAR_AFTER); k++)
    if (countryOfWord((words[k] as { text: string }).text) === country) return true;
  return false;
}

/**
 * Offices as copies in other scripts name them, before or after the country ("президентом
 * Казахстана", "Έλληνας πρωθυπουργός", "وزير خارجية جمهورية كوريا", "جاپانی وزیر اعظم"). The
 * foreign minister's words come first: "министр иностранных дел" is no head of government.
 */
const SCRIPT_OFFICES: readonly [Office, RegExp][] = [
  [
    'foreign_minister',
    /министр\p{L}*\s+иностранных\s+дел|глав\p{L}*\s+МИД|госсекретар\p{L}*|υπουργ\p{L}*\s+εξωτερικ\p{L}*|وزير\s+(?:ال)?خارجية|وزیر\s+خارجہ|विदेश\s+मंत्री|வெளியுறவு(?:த்துறை)?\s+அமைச்சர்|വിദേശകാര്യ\s*മന്ത്രി|외교부?\s*장관/giu,
  ],
  [
    'head_of_government',
    /премьер(?:-министр\p{L}*)?|председател\p{L}*\s+правительства|канцлер\p{L}*|πρωθυπουργ\p{L}*|καγκελ[αά]ρι\p{L}*|رئيس\s+(?:ال)?وزراء|وزیر\s+اعظم|प्रधानमंत्री|प्रधान\s+मंत्री|பிரதமர்\p{L}*|പ്രധാനമന്ത്രി\p{L}*|총리/giu,
  ],
  [
    'head_of_state',
    /президент\p{L}*|πρ[οό]εδρ\p{L}*\s+(?:της|του)\s+(?:Δημοκρατ|Κυπρ|ΗΠΑ|Ρωσ|Γαλλ|Τουρκ)\p{L}*|الرئيس|राष्ट्रपति|அதிபர்\p{L}*|ஜனாதிபதி\p{L}*|പ്രസിഡന്റ്\p{L}*|대통령/giu,
  ],
];

/** How many words after an office its country may stand ("генеральным секретарем ЦК … Вьетнама"). */
const OFFICE_REACH = 3;

/**
 * People a text in another script names by office and country, resolved through the office
 * table on the date (none without a date): "президент Казахстана" on 2024-05-16 is Tokayev.
 */
export function holdersByScriptOffice(text: string, date: string | null): Participant[] {
  if (!date) return [];
  const found: { at: number; p: Participant }[] = [];
  const taken: [number, number][] = [];
  for (const [office, re] of SCRIPT_OFFICES)
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken.some(([a, b]) => at < b && a < end)) continue;
      taken.push([at, end]);
      const country = countryNear(text.slice(Math.max(0, at - 40), at), text.slice(end, end + 80));
      if (!country || (office === 'head_of_state' && !REPUBLICS_NAMED.has(country))) continue;
      const name = officeHolder(country, office, date);
      if (name && !found.some((f) => f.p.name === name))
        found.push({ at, p: { name, honorific: null, title: null, country } });
    }
  return found.sort((a, b) => a.at - b.at).map((f) => f.p);
}

/** Countries whose head of state the word "President" names in these scripts. */
const REPUBLICS_NAMED = new Set('US RU FR KR CN KZ UA TR IN VN DE IT GR IL ID BR AR MX ZA PH AE'.split(' '));

/** The country named in the word just before an office or in the few words after it. */
function countryNear(before: string, after: string): string | null {
  const prior = before.split(/\s+/).filter(Boolean).at(-1);
  const next = after.split(/\s+/).filter(Boolean).slice(0, OFFICE_REACH);
  for (const word of [...next, prior]) {
    const country = word ? countryOfWord(word.replace(/[.,;:«»"()]/g, '')) : null;
    if (country) return country;
  }
  return null;
}
