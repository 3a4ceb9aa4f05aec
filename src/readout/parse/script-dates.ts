import { isoDate } from './dates.js';

/**
 * Full dates as copies in other scripts write them, day, month, year: Arabic with the Egyptian
 * and Gulf month names or the Levantine ones, or both ("7 فبراير/ شباط 2017"); Persian with the
 * Gregorian months as Iranian pages spell them; Russian and Ukrainian in the genitive ("16
 * августа 2025 года", "16 серпня 2025 року"); Greek in the genitive ("16 Αυγούστου 2025"); Thai
 * with the Buddhist year, the Gregorian plus 543 ("29 พฤษภาคม 2568"). Arabic-Indic and Persian
 * digits are read as ASCII ones. Solar Hijri dates are not read.
 */

/** Each month's names, January first: a word opening with a stem names it. */
const MONTH_STEMS: readonly string[] = [
  'يناير كانون الثاني ژانویه ژانويه январ січ ιανουαρ มกราคม',
  'فبراير شباط فوریه فبريه феврал лют φεβρουαρ กุมภาพันธ์',
  'مارس آذار март берез μαρτ มีนาคม',
  'أبريل ابريل إبريل نيسان آوریل апрел квіт απριλ เมษายน',
  'مايو أيار ایار مه мая май травн μαι พฤษภาคม',
  'يونيو يونيه حزيران ژوئن июн черв ιουν มิถุนายน',
  'يوليو يوليه تموز ژوئیه июл лип ιουλ กรกฎาคม',
  'أغسطس اغسطس آب اوت августа серп αυγουστ สิงหาคม',
  'سبتمبر أيلول سپتامبر сентябр верес σεπτεμβρ กันยายน',
  'أكتوبر اكتوبر تشرين الأول اکتبر октябр жовт οκτωβρ ตุลาคม',
  'نوفمبر تشرين الثاني نوامبر ноябр листопад νοεμβρ พฤศจิกายน',
  'ديسمبر كانون الأول دسامبر декабр груд δεκεμβρ ธันวาคม',
];

/** Two-word Levantine names first ("تشرين الأول" before "تشرين"), then the longer stems. */
const MONTH_LIST: readonly { stem: string; month: number }[] = MONTH_STEMS.flatMap((line, month) => {
  const words = line.split(' ');
  const out: { stem: string; month: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if ((w === 'كانون' || w === 'تشرين') && next) {
      out.push({ stem: `${w} ${next}`, month });
      i++;
    } else out.push({ stem: w, month });
  }
  return out;
}).sort((a, b) => b.stem.length - a.stem.length);

const MONTH_ALT = MONTH_LIST.map((m) => m.stem).join('|');

/** Day, month (a second name after a slash allowed), year, with a year word after it or not. */
const SCRIPT_DATE_RE = new RegExp(
  `(?<![\\d\\p{L}])(\\d{1,2})\\s+(?:من\\s+)?(${MONTH_ALT})[\\p{L}\\p{M}]*(?:\\s*[/،,-]\\s*(?:${MONTH_ALT})[\\p{L}\\p{M}]*)?\\s*[,،]?\\s+(?:(?:عام|سنة|พ\\.ศ\\.|ค\\.ศ\\.)\\s*)?(\\d{4})(?!\\d)`,
  'iu',
);

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII ones. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
}

/** The first full date a text in one of these scripts writes, or null. */
export function scriptFullDate(text: string): string | null {
  // Greek's accents off ("Αυγούστου"), the other scripts' letters as they were.
  const s = asciiDigits(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  const m = SCRIPT_DATE_RE.exec(s);
  if (!m) return null;
  const word = (m[2] as string).toLowerCase();
  const month = MONTH_LIST.find((x) => x.stem.toLowerCase() === word)?.month;
  if (month === undefined) return null;
  let year = Number(m[3]);
  // A Thai month name with a year past 2400 counts in the Buddhist era.
  if (/[\u0e00-\u0e7f]/.test(word) && year > 2400) year -= 543;
  return isoDate(year, month, Number(m[1]));
}
