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

/** The country a word of another script names, or null. */
export function countryOfWord(word: string): string | null {
  const w = plain(word);
  for (const s of BY_STEM) if (s.inside ? w.includes(s.stem) : w.startsWith(s.stem)) return s.country;
  return null;
}

/** How many words before a name its country may be named ("генеральным секретарем ЦК … Вьетнама То Ламом"). */
const NEAR = 6;

/** Whether one of the few words before the i-th names the country. */
export function countryBefore(words: readonly { text: string }[], i: number, country: string): boolean {
  for (let k = Math.max(0, i - NEAR); k < i; k++)
    if (countryOfWord((words[k] as { text: string }).text) === country) return true;
  return false;
}
