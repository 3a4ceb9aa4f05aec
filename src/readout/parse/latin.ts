import type { ReadoutKind } from '../types.js';
import {
  LATIN_MONTHS,
  LATIN_TODAY,
  LATIN_WEEKDAYS,
  LATIN_YESTERDAY,
  MONTH_FIRST,
  WEEKDAY_AHEAD_AFTER,
  WEEKDAY_AHEAD_BEFORE,
} from './latin-words.js';

/**
 * Readouts in languages written in Latin letters other than English, French and German (see
 * `latin-words.ts`): their dates, days, talk words in the past and the future, and lengths. Every
 * pattern is built once, here.
 */

/** A word of these languages, lower case, without accents ("Çavuşoğlu" → "cavusoglu", "Đức" → "duc"). */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ə/g, 'e')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A literal text as a pattern. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternatives, longest first, so that "pazartesi" is tried before "pazar". */
const alternatives = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

/**
 * Letters that the flags `iu` fold onto letters of these word lists and `i` alone does not: ſ
 * (s), the Kelvin sign (k), the Ångström sign (å), ẞ (ß), the ohm sign (ω), ϴ (θ). Found by
 * trying every code point against every letter of the lists, under both flags.
 */
const FOLDED_ONLY_BY_IU_RE = /[\u017f\u212a\u212b\u1e9e\u2126\u03f4]/;

/**
 * Whether a pattern's cue is found in a text. A cue is what the pattern cannot match without:
 * its words or figures, without the slow lookarounds; it lets the long patterns of these
 * languages skip the English lines that are most of a page. A cue of words is written with `i`
 * alone, several times faster than `iu` on a long list: it then reads every text as `iu` does
 * but one holding a letter only `iu` folds, which the pattern itself is left to read.
 */
export function cueFound(cue: RegExp, text: string): boolean {
  return cue.test(text) || (!cue.unicode && FOLDED_ONLY_BY_IU_RE.test(text));
}

/** `re.exec(text)`, run only when `cue` is found in the text. */
function execIfCue(cue: RegExp, re: RegExp, text: string): RegExpExecArray | null {
  return cueFound(cue, text) ? re.exec(text) : null;
}

const MONTH_INDEX = new Map(LATIN_MONTHS.flatMap((forms, month) => forms.map((f) => [f, month])));
const MONTH_WORDS = alternatives([...MONTH_INDEX.keys()]);

/**
 * A day and month, and maybe a year: "12 de marzo de 2024", "12 marzo 2024", "10 Ocak 2024",
 * "10 stycznia", "10. ledna 2024", "den 10 januari".
 */
const DAY_MONTH_RE = new RegExp(
  `(?<![\\d.])(\\d{1,2})\\.?\\s+(?:de\\s+)?(${MONTH_WORDS})(?!\\p{L})(?:['’]\\p{L}{1,3})?(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d))?`,
  'iu',
);
/** Cue of DAY_MONTH_RE: a figure, then a month of these languages. */
const DAY_MONTH_CUE_RE = new RegExp(`\\d\\.?\\s+(?:de\\s+)?(?:${MONTH_WORDS})`, 'i');
const MONTH_FIRST_WORDS = alternatives([...MONTH_FIRST]);
/** A Tagalog date, its month first: "Setyembre 2, 2017". */
const MONTH_DAY_RE = new RegExp(
  `(?<!\\p{L})(${MONTH_FIRST_WORDS})\\s+(\\d{1,2})(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`,
  'iu',
);
/** Cue of MONTH_DAY_RE: such a month, then a figure. */
const MONTH_DAY_CUE_RE = new RegExp(`(?:${MONTH_FIRST_WORDS})\\s+\\d`, 'i');
/** A Hungarian date, its year first: "2024. március 12.". */
const YEAR_MONTH_DAY_RE = new RegExp(
  `(?<!\\d)(\\d{4})\\.\\s+(${MONTH_WORDS})\\s+(\\d{1,2})\\.?(?!\\d)`,
  'iu',
);
/**
 * A Vietnamese date, day first: "ngày 10/1/2024", "chiều 10/1", "ngày 10 tháng 1 năm 2024"
 * (the part of the day before it: "sáng", "chiều", "tối").
 */
const VIETNAMESE_DATE_RE =
  /(?<!\p{L})(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|rạng sáng)\s+(\d{1,2})\s*(?:\/|-|\s+tháng\s+)(\d{1,2})(?:\s*(?:\/|-|\s+năm\s+)(\d{4}))?(?!\d)/iu;
/** Cue of VIETNAMESE_DATE_RE: its word before the day, then a figure. */
const VIETNAMESE_DATE_CUE_RE = /(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|rạng sáng)\s+\d/i;
/** An Indonesian or Malay weekday with its day and month in parentheses: "Senin (10/1)", "Selasa (12/3/2024)". */
const PAREN_DATE_RE =
  /(?<!\p{L})(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|isnin|khamis|jumaat)\s*\((\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\)/iu;
/** Cue of PAREN_DATE_RE: a day and month in parentheses. */
const PAREN_DATE_CUE_RE = /\(\d{1,2}\/\d/;

export type LatinDate = { month: number; day: number; year: number | null; index: number; length: number };

function mention(m: RegExpExecArray, day: string, month: number, year: string | undefined): LatinDate {
  const y = year ? Number(year.length === 2 ? `20${year}` : year) : null;
  return { month, day: Number(day), year: y, index: m.index, length: m[0].length };
}

/** The first date of these languages in a text, with where it stands; null when none. */
export function findLatinDate(text: string): LatinDate | null {
  if (!/\d/.test(text)) return null;
  const found: LatinDate[] = [];
  let m = execIfCue(DAY_MONTH_CUE_RE, DAY_MONTH_RE, text);
  if (m) found.push(mention(m, m[1] as string, MONTH_INDEX.get((m[2] as string).toLowerCase()) ?? -1, m[3]));
  m = execIfCue(MONTH_DAY_CUE_RE, MONTH_DAY_RE, text);
  if (m) found.push(mention(m, m[2] as string, MONTH_INDEX.get((m[1] as string).toLowerCase()) ?? -1, m[3]));
  m = YEAR_MONTH_DAY_RE.exec(text);
  if (m) found.push(mention(m, m[3] as string, MONTH_INDEX.get((m[2] as string).toLowerCase()) ?? -1, m[1]));
  for (const [cue, re] of [
    [VIETNAMESE_DATE_CUE_RE, VIETNAMESE_DATE_RE],
    [PAREN_DATE_CUE_RE, PAREN_DATE_RE],
  ] as const) {
    m = execIfCue(cue, re, text);
    if (m) found.push(mention(m, m[1] as string, Number(m[2]) - 1, m[3]));
  }
  const valid = found.filter((d) => d.month >= 0 && d.month < 12 && d.day >= 1 && d.day <= 31);
  return valid.sort((a, b) => a.index - b.index)[0] ?? null;
}

/** A weekday before a date line ("Martes, 12 de marzo de 2024", "Çarşamba 10 Ocak 2024"). */
const LINE_WEEKDAY_RE = /^\p{L}+(?:-feira)?,?\s+(?=\d)/u;
/** A time after a date line ("… 2024 - 14:30", "…, 09:15"). */
const LINE_TIME_RE =
  /(?:,|\s[-–—|])?\s+(?:(?:às|alle|a las|saat|pukul|om|o|lúc|kl\.?)\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|CET|CEST)?$/i;

/** A line that is only a date of these languages, with its year: its ISO date, else null. */
export function latinDateLine(line: string): { year: number; month: number; day: number } | null {
  if (line.length > 60 || !/\d{4}/.test(line)) return null;
  const s = line.trim().replace(LINE_WEEKDAY_RE, '').replace(LINE_TIME_RE, '').replace(/[.,]$/, '');
  const d = findLatinDate(s);
  if (!d || d.year === null || d.index !== 0 || d.length < s.length - 12) return null;
  // Only a weekday may follow the date ("10 Ocak 2024 Çarşamba").
  if (d.length < s.length && !/^[\s,]*\p{L}+$/u.test(s.slice(d.length))) return null;
  return { year: d.year, month: d.month, day: d.day };
}

const RELATIVE_WORDS = alternatives([...LATIN_TODAY, ...LATIN_YESTERDAY]);
/** "Today" or "yesterday" in these languages; group 1 is the word. */
const LATIN_RELATIVE_RE = new RegExp(`(?<!\\p{L})(${RELATIVE_WORDS})(?!\\p{L})`, 'iu');
/** Cue of LATIN_RELATIVE_RE: the words alone. */
const LATIN_RELATIVE_CUE_RE = new RegExp(RELATIVE_WORDS, 'i');
/** The first "today" or "yesterday" of these languages in a text (LATIN_RELATIVE_RE's match), or null. */
export const latinRelative = (text: string) => execIfCue(LATIN_RELATIVE_CUE_RE, LATIN_RELATIVE_RE, text);
const YESTERDAY_WORDS = new Set(LATIN_YESTERDAY);
/** Whether a word LATIN_RELATIVE_RE found is "yesterday". */
export const isLatinYesterday = (word: string) => YESTERDAY_WORDS.has(word.toLowerCase());

/** A weekday of these languages, then a comma and a full date: "Rabu, 26 September 2018", "martes, 12 de marzo de 2024". */
const WEEKDAY_INDEX = new Map(LATIN_WEEKDAYS.flatMap((forms, day) => forms.map((f) => [f, day])));
/** A word, then a comma and a day with a month word and a year after it: a weekday's date, maybe. */
const WEEKDAY_DATE_RE =
  /([\p{L}'-]{3,14}),?\s+(?=\d{1,2}\.?\s+(?:de\s+)?\p{L}+,?\s+(?:de\s+|del\s+)?\d{4})/gu;
/**
 * The first full date of these languages in a text written with its weekday, when the weekday is
 * that day's ("pada Rabu, 26 September 2018"): a page with no date of its own counts its
 * weekdays from it. Only the first 3,000 characters are read; null when none.
 */
export function latinWeekdayDated(text: string): string | null {
  const head = text.slice(0, 3000);
  if (!/\d{4}/.test(head)) return null;
  for (const m of head.matchAll(WEEKDAY_DATE_RE)) {
    if (!WEEKDAY_INDEX.has((m[1] as string).toLowerCase())) continue;
    const after = head.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    const d = findLatinDate(after);
    if (d?.index !== 0 || d.year === null) continue;
    const date = new Date(Date.UTC(d.year, d.month, d.day));
    if (date.getUTCMonth() !== d.month) continue;
    if (date.getUTCDay() !== WEEKDAY_INDEX.get((m[1] as string).toLowerCase())) continue;
    return date.toISOString().slice(0, 10);
  }
  return null;
}

/** Weekdays, Sunday first, to join to the other languages' lists. */
export const LATIN_WEEKDAY_FORMS = LATIN_WEEKDAYS;
/** Words before or after a weekday that make it one to come ("el próximo lunes", "Senin depan"). */
export const WEEKDAY_AHEAD_BEFORE_SOURCE = alternatives(WEEKDAY_AHEAD_BEFORE);
export const WEEKDAY_AHEAD_AFTER_SOURCE = alternatives(WEEKDAY_AHEAD_AFTER);

/**
 * Words that name the kind of a talk, checked on a lower-cased phrase after the English words:
 * a courtesy call ("visita de cortesía", "hội kiến", a Vietnamese leader "tiếp" a visitor), a
 * video call ("wideokonferencja", "trực tuyến"), a telephone call ("conversación telefónica",
 * "telefonda görüştü", "điện đàm"), a meeting ("se reunió", "ha incontrato", "bir araya geldi",
 * "bertemu", "spotkał się", "hội đàm"; a Vietnamese leader's "lễ đón", the welcome ceremony of a
 * visitor's official visit, where the two meet).
 */
export const LATIN_COURTESY_RE =
  /visita de cortes[ií]a|visita di cortesia|nezaket ziyaret|kunjungan kehormatan|kunjungan hormat|beleefdheidsbezoek|wizyt\p{L}* kurtuazyjn|hội kiến|tiếp xã giao|chào xã giao|(?<!\p{L})tiếp (?:đại sứ|bộ trưởng|thủ tướng|chủ tịch|tổng thống|ngoại trưởng|phó|đoàn|quốc vương|nhà vua|cựu|lãnh đạo)|vizit\p{L}* de curtoazie|zdvořilostní návštěv|artighetsbesök/u;
export const LATIN_VIDEO_RE = /wideo|trực tuyến|truyền hình|çevrim ?içi/u;
export const LATIN_TELEPHONE_RE =
  /telef|tel[eé]fon|telep[oó]n|chiamat|liga[çc][ãa]o|điện đàm|điện thoại|gọi điện|zəng|(?<!\p{L})(?:gebeld|belde|belden|zadzwonił\p{L}*|ringde|puhel\p{L}*)(?!\p{L})|la telefon/u;
export const LATIN_MEETING_RE =
  /reuni(?:ó|ón|on|ão|ao|u|ram|eron|rse|d[oa]|rá)|riunion|riunit|incontr|encontr|encuentro|entrevist|görüş|bir araya|kabul etti|bertemu|pertemuan|bersua|ontmoet|ontving|ontvangen|spotka|spotkani|rozm[oó]w|przyj[ęą]ł|hội đàm|(?<!\p{L})gặp|lễ đón|làm việc với|nakipagkita|nagkita|întâlni|întreved|setkal|setkání|sešel|sešla|jednal|jednání|přijal|träffa|möte|mötte|tog emot|mødtes|møtte|tapasi|tapaami|találkoz|tárgyal|cumbre|vertice|vértice|cúpula|cimeira|zirve|colloquio|(?<!\p{L})ktt(?!\p{L})/u;

/**
 * Verbs of speaking with no medium ("rozmawiał z", "sprak met", "ha parlato con", "a vorbit cu",
 * "berbicara dengan"): a call, as the English "spoke with" is, unless the phrase names a meeting.
 */
export const LATIN_SPOKE_RE =
  /(?<!\p{L})(?:rozmawiał\p{L}*|rozmawiali|sprak|spraken|gesproken|ha parlato|hanno parlato|si (?:è|sono) sentit\p{L}*|ha sentito|a vorbit|au vorbit|berbicara|hovořil\p{L}*|mluvil\p{L}*|talade|pratade|samtalade|talte|keskusteli|nag-usap|nakipag-usap)(?!\p{L})/u;

/** The kind these languages' words name in a lower-cased phrase; "other" when none. */
export function latinKind(p: string): ReadoutKind {
  if (LATIN_COURTESY_RE.test(p)) return 'courtesy_call';
  if (LATIN_VIDEO_RE.test(p)) return 'video';
  if (LATIN_TELEPHONE_RE.test(p)) return 'telephone';
  if (LATIN_MEETING_RE.test(p)) return 'meeting';
  if (LATIN_SPOKE_RE.test(p)) return 'telephone';
  return 'other';
}

/** A verb that reports a talk by itself ("se reunió", "ha incontrato", "görüştü", "bertemu", "điện đàm"). */
const SELF_VERBS = [
  String.raw`se reuni(?:ó|eron)|se (?:ha|han) (?:reunido|entrevistado)|se entrevist(?:ó|aron)|convers(?:ó|aron)|(?:ha|han) conversado|habl(?:ó|aron)|(?:ha|han) hablado|telefone(?:ó|aron)|recibi(?:ó|eron) al?|(?:ha|han) recibido al?`,
  String.raw`(?:ha|hanno) (?:incontrato|telefonato|parlato|sentito|ricevuto)|incontrò|telefonò|si (?:è|sono) (?:incontrat|sentit|riunit)\p{L}*`,
  String.raw`reuni(?:u|ram)-se|se reuni(?:u|ram)|encontr(?:ou|aram)-se|se encontr(?:ou|aram)|convers(?:ou|aram)|fal(?:ou|aram)|telefonou|ligou para|receb(?:eu|eram) (?:o|a)`,
  String.raw`görüştü|görüşmüştü|görüşmüştür|görüştüler|bir araya geldi|bir araya gelmişti|telefonla aradı|görüşme(?:si|sinde)? (?:gerçekleştirdi|yaptı|gerçekleştirildi|yapıldı|düzenledi)`,
  String.raw`bertemu|berbicara (?:dengan|melalui|lewat|via)|bertelepon|menelepon|menghubungi|berbual|bersua|menerima|kabul etti`,
  String.raw`sprak|spraken|belde|belden|ontmoette|ontmoetten|ontving|ontvingen|telefoneerde|gesproken|ontmoet|gebeld|ontvangen`,
  String.raw`rozmawiał\p{L}*|spotkał\p{L}* się|spotkali się|się spotkał\p{L}*|przyjął|przyjęła|zadzwonił\p{L}*`,
  String.raw`điện đàm|hội đàm|hội kiến|gặp|chủ trì lễ đón|có cuộc trao đổi|tiếp xã giao|chào xã giao|tiếp(?= (?:đại sứ|bộ trưởng|thủ tướng|chủ tịch|tổng thống|ngoại trưởng|phó|đoàn|quốc vương|nhà vua|cựu|lãnh đạo|ông|bà)(?!\p{L}))`,
  String.raw`nag-usap|nakipag-usap|nakipagpulong|nagpulong|nakipagkita|nagkita|tumawag`,
  String.raw`s-(?:a|au) întâlnit|(?:a|au) discutat|(?:a|au) vorbit`,
  String.raw`setkal\p{L}*|sešel|sešla|sešli|jednal\p{L}*|telefonoval\p{L}*|hovořil\p{L}*`,
  String.raw`talade|pratade|samtalade|träffade|ringde|tog emot|mötte|talte|mødtes|møtte|keskusteli|tapasi|tárgyalt|találkozott`,
  // Azerbaijani: "telefon danışığı olub", "telefonla danışıb", "zəng edib", "görüşüb", "qəbul edib".
  '(?:telefon danışığı|telefon danışıqları|görüş) baş tutub|telefon danışığı (?:olub|aparıb|keçirib|olmuşdur|aparmışdır)|telefonla (?:danışıb|danışmışdır|zəng edib|zəng etmişdir)|zəng (?:edib|etmişdir)|görüşüb|görüşmüşdür|görüş keçirib|qəbul (?:edib|etmişdir)',
].join('|');
/** A verb that reports a talk with its noun after it ("ha mantenido una conversación", "melakukan pertemuan"). */
const HELD_VERBS = String.raw`(?:ha|han) (?:mantenido|sostenido|celebrado|tenido)|particip(?:ó|aron) en|(?:ha|hanno) partecipato a|particip(?:ou|aram) d[ao]|mantuv(?:o|ieron)|sostuv(?:o|ieron)|celebr(?:ó|aron)|tuv(?:o|ieron)|(?:ha|hanno) (?:avuto|tenuto)|ebbe|si (?:è|sono) (?:svolt|tenut)\p{L}*|realiz(?:ou|aram)|teve|tiveram|manteve|mantiveram|gerçekleştirdi|yaptı|melakukan|mengadakan|menggelar|menerima|terjadi|heeft|hebben|hadden|voerde|voerden|odbył\p{L}*|przeprowadził\p{L}*|(?:a|au) avut|(?:a|au) purtat|s-a desfășurat|měl[ia]?|vedl[ia]?|hade|höll|có cuộc|nagkaroon ng`;
/** The talk a held verb names. */
const TALK_NOUNS = String.raw`conversaci[óo]n|llamada|reuni[óo]n|encuentro|entrevista|cumbre|videoconferencia|colloquio|telefonata|incontro|conversazione|vertice|videoconferenza|bilaterale|chiamata|call|reunião|conversa|telefonema|liga[çc][ãa]o|encontro|cúpula|cimeira|videoconferência|görüşme\p{L}*|pembicaraan|percakapan|pertemuan|panggilan|perbualan|kunjungan|\p{L}*gesprek|overleg|ontmoeting|videoconferentie|rozmow\p{L}*|spotkani\p{L}*|wideokonferencj\p{L}*|convorbire\p{L}*|întâlnire\p{L}*|întrevedere\p{L}*|discuți\p{L}*|videoconferință|rozhovor\p{L}*|jednání|schůzk\p{L}*|telefonát\p{L}*|\p{L}*samtal|möte|điện đàm|hội đàm|gặp|pag-uusap|pulong`;

/**
 * A talk that took place, its noun first: "la conversación tuvo lugar", "A conversa, realizada por
 * videoconferência", "il colloquio si è svolto", "pertemuan berlangsung", "rozmowa odbyła się".
 */
const HAPPENED = String.raw`tuvo lugar|se (?:celebró|realizó|desarrolló|produjo)|realizad[oa]|celebrad[oa]|mantenid[oa]|si è (?:svolt|tenut)\p{L}*|è avvenut[oa]|è durat[oa]|ocorreu|aconteceu|foi realizad[oa]|durou|dur[óo]|gerçekleştirildi|yapıldı|sürdü|berlangsung|digelar|dilakukan|diadakan|vond plaats|duurde|odbył[aoy]? się|trwał[aoy]?|diễn ra|kéo dài|a avut loc|s-a desfășurat|a durat|proběhl[ao]?|se uskutečnil[ao]?|trval[ao]?|ägde rum|pågick|varade`;

/** A character within a sentence: no stop, but a clock's ("a las 17.30 horas"). */
const NOT_A_STOP = String.raw`(?:[^.;:]|(?<=\d)[.:](?=\d))`;

/** A talk reported in the past (or, in languages without tenses, as done): where it is named. */
const LATIN_PAST_RE = new RegExp(
  `(?<!\\p{L})(?:${SELF_VERBS}|(?:${HELD_VERBS})[\\s,](?:${NOT_A_STOP}{0,60}?\\s)?(?:${TALK_NOUNS})|(?:${TALK_NOUNS})[\\s,](?:${NOT_A_STOP}{0,40}?\\s)?(?:${HAPPENED}))(?!\\p{L})`,
  'iu',
);
/** A talk to come ("mantendrá", "incontrerà", "vai se reunir", "görüşecek", "akan bertemu", "sẽ hội đàm"). */
const LATIN_FUTURE_RE = new RegExp(
  `(?<!\\p{L})(?:${[
    String.raw`mantendr\p{L}*|sostendr\p{L}*|celebrar[áa]n?|se reunir[áa]n?|reunir[áa]n?|recibir[áa]n?|hablar[áa]n?|conversar[áa]n?|viajar[áa]n?|visitar[áa]n?|participar[áa]n?|tendr[áa]n?|(?:va|van) a (?:reunirse|mantener|celebrar|recibir|hablar|visitar|viajar|participar|conversar|tener)|tienen? previsto|está previst[oa]`,
    String.raw`incontrer(?:à|a|anno)|avr(?:à|anno)|terr(?:à|anno)|ricever(?:à|anno)|parteciper(?:à|anno)|sentir(?:à|anno)|si recher(?:à|anno)|vedr(?:à|anno)|(?:è|sono) previst[oiae]`,
    String.raw`(?:vai|vão|irá|irão) (?:se )?(?:reunir|receber|conversar|falar|encontrar|realizar|ter|participar|visitar|viajar)|(?:se )?reunir(?:á|ão)|receber(?:á|ão)|conversar(?:á|ão)|realizar(?:á|ão)|ter(?:á|ão)|participar(?:á|ão)|viajar(?:á|ão)|visitar(?:á|ão)|deve (?:se )?reunir|será (?:realizad|recebid)\p{L}*`,
    String.raw`görüşecek\p{L}*|bir araya gelecek\p{L}*|kabul edecek\p{L}*|ziyaret edecek\p{L}*|gerçekleştirecek\p{L}*|katılacak\p{L}*|görüşmesi (?:bekleniyor|planlanıyor)`,
    String.raw`akan|dijadwalkan|dijadualkan|dijadual|direncanakan|rencana|rencananya|berencana|bakal`,
    String.raw`zal|zullen|gaat (?:\p{L}+ ){0,4}?(?:ontmoeten|spreken|bezoeken|ontvangen)|komt (?:\p{L}+ ){0,3}?naar`,
    String.raw`spotka się|spotkają się|porozmawia(?:ją)?|będzie rozmawia\p{L}*|będą rozmawia\p{L}*|odbędzie się|przyjmie|mają? się spotkać|planuje|zaplanowan\p{L}*`,
    String.raw`sẽ|dự kiến|sắp|kế hoạch`,
    String.raw`makikipagpulong|magpupulong|mag-uusap|makikipag-usap|nakatakda(?:ng)?|magkikita|makikipagkita|tatawag`,
    String.raw`se va întâlni|se vor întâlni|va avea|vor avea|va primi|urmează să|va efectua|vor? discuta|va vorbi`,
    String.raw`se setká|se setkají|bude jednat|budou jednat|přijme|navštíví|má se setkat|se sejde|sejdou se`,
    String.raw`kommer att|ska (?:träffa|möta|tala|ha|hålla)|vil mødes|skal mødes|skal møde|skal møtes|kommer til å|vil møte`,
    String.raw`görüşəcək\p{L}*|danışacaq\p{L}*|olacaq|baş tutacaq|baş tuta bilər|planlaşdırılır|ola bilər|zəng edəcək\p{L}*|qəbul edəcək\p{L}*|keçiriləcək\p{L}*|səfər edəcək\p{L}*`,
  ].join('|')})(?!\\p{L})`,
  'iu',
);
/** Where a past talk is first named in a text of these languages; -1 when none. */
export function latinPastAt(text: string): number {
  return remembered(pastSeen, text, () => LATIN_PAST_RE.exec(text)?.index ?? -1);
}

/**
 * Answers kept for the texts last asked about: the header, the lead and the page's kind each ask
 * about the same lines, and the pattern is long. Cleared when full.
 */
const pastSeen = new Map<string, number>();
const futureSeen = new Map<string, number>();
function remembered(seen: Map<string, number>, text: string, answer: () => number): number {
  const known = seen.get(text);
  if (known !== undefined) return known;
  if (seen.size >= 2000) seen.clear();
  const found = answer();
  seen.set(text, found);
  return found;
}

/** Where a talk to come is first named; -1 when none. */
export function latinFutureAt(text: string): number {
  return remembered(futureSeen, text, () => LATIN_FUTURE_RE.exec(text)?.index ?? -1);
}

/** A sentence that looks ahead before it reports any talk ("…, que se reunirá el lunes con …"). */
export function latinFutureTalk(text: string): boolean {
  const future = latinFutureAt(text);
  if (future < 0) return false;
  const past = latinPastAt(text);
  return past < 0 || future < past;
}

/** Qualifiers of a length ("cerca de", "circa", "yaklaşık", "sekitar", "około", "khoảng"): approximate. */
const QUALIFIER = String.raw`aproximada de|aproximado de|aproximadamente de|approssimativa di|cerca de|unos|unas|como|más o menos|aproximadamente|alrededor de|casi|más de|circa|oltre|quasi|poco più di|più di|intorno a|mais de|quase|por volta de|yaklaşık|sekitar|kurang lebih|lebih dari|hampir|ongeveer|zo'n|ruim|bijna|około|ponad|prawie|blisko|khoảng|gần|hơn|humigit-kumulang|halos|mahigit|aproximativ|peste|aproape|přibližně|asi|téměř|přes|cirka|drygt|nästan|omkring|noin|yli|mintegy|közel|körülbelül`;
/** One hour or half of one, in words. */
const HOUR_WORDS: [RegExp, number][] = [
  [
    /hora y media|un['’]ora e mezza|uma hora e meia|bir buçuk saat|satu setengah jam|anderhalf uur|półtorej godziny|một (?:tiếng|giờ) rưỡi|o oră și jumătate|hodinu a půl|en och en halv timme/iu,
    90,
  ],
  [
    /media hora|mezz['’]ora|mezzora|meia hora|yarım saat|setengah jam|een half uur|pół godziny|nửa (?:tiếng|giờ)|kalahating oras|jumătate de oră|půl hodiny|en halvtimme|halvtimme/iu,
    30,
  ],
  [
    /una hora|un['’]ora|uma hora|bir saat|satu jam|sejam|een uur|(?:jedną )?godzinę|một (?:tiếng|giờ)|isang oras|o oră|hodinu|en timme/iu,
    60,
  ],
];
const MINUTE_UNIT = String.raw`minutos?|minuti|minutong|minuto|dakika|menit|minit|minuten|minuut|minut(?:y|ów|ach)?|phút|minute|minuter|minutter|minuuttia|perc(?:ig|es)?`;
const HOUR_UNIT = String.raw`horas?|ore|saat|jam|uur|godzin(?:y|ę|a)?|giờ|tiếng|oras|ore|hodin(?:y|u|a)?|timm(?:e|ar)|tuntia?|óráig|órás|óra`;
/** Round numbers of minutes in words, in Spanish, Portuguese and Italian ("cinco minutos", "dieci minuti"). */
const MINUTE_NUMBERS: Record<string, number> = {
  cinco: 5,
  cinque: 5,
  diez: 10,
  dez: 10,
  dieci: 10,
  quince: 15,
  quinze: 15,
  quindici: 15,
  veinte: 20,
  vinte: 20,
  venti: 20,
  treinta: 30,
  trinta: 30,
  trenta: 30,
  cuarenta: 40,
  quarenta: 40,
  quaranta: 40,
};
const MINUTE_NUMBER = Object.keys(MINUTE_NUMBERS).join('|');
/** A length: a number and its unit, or an hour in words, with its qualifier; a round number of minutes in words. */
const LATIN_LENGTH_RE = new RegExp(
  `(?<!\\p{L})(?:(${QUALIFIER})\\s+)?(?:(\\d+(?:[.,]5)?|${MINUTE_NUMBER}(?=\\s+minut))\\s*(?:-\\s*|de\\s+)?(?:(${MINUTE_UNIT})|(${HOUR_UNIT}))|(${HOUR_WORDS.map(([re]) => re.source).join('|')}))(?!\\p{L})`,
  'giu',
);
/**
 * Cue of LATIN_LENGTH_RE: a figure and a unit, or an hour in words, with no letter after them
 * (the English "30 minutes" is not one).
 */
const LATIN_LENGTH_CUE_RE = new RegExp(
  `\\d\\s*(?:-\\s*|de\\s+)?(?:${MINUTE_UNIT}|${HOUR_UNIT})(?!\\p{L})|(?:${HOUR_WORDS.map(([re]) => re.source).join('|')})(?!\\p{L})|(?:${MINUTE_NUMBER})\\s+minut`,
  'iu',
);
/** Words before a length that make it the talk's: "durante", "per", "selama", "trwała", "kéo dài". */
const LENGTH_BEFORE_RE =
  /(?<!\p{L})(?:durante(?: (?:los|las|os|as|unos|unas|i|gli))?|por|per|durat[oa]|durata di|è durat[oa]|duró|ha durado|durou|teve duração de|duração|duración|de|di|da|selama|berlangsung(?: selama)?|gedurende|duurde|trwał\p{L}*|trwając\p{L}*|przez|kéo dài|trong|tumagal ng|ng|timp de|a durat|de|trval\p{L}*|po dobu|i|varade|pågick|kesti|tartott)\s*$/iu;
/** Words after a length that make it the talk's: "30 dakika süren", "15 minutong", "30 minuten durend". */
const LENGTH_AFTER_RE =
  /^(?:['’]?(?:lik|lık|luk|lük))?\s*(?:süren|sürdü|sürmüş|boyunca|durend|lang|long|kestänyt|tartó|(?:de )?(?:conversación|conversa|telefonema|reunión|reunião|colloquio|telefonata)|trvající|dlouh\p{L}*|que dur(?:ó|ou|aron|aram)|che (?:è )?durat[oa])(?!\p{L})/iu;
/** Words after a length that make it another's time: "30 minutos después", "dakika sonra". */
const LENGTH_NOT_RE =
  /^\s*(?:después|más tarde|dopo|depois|sonra|önce|kemudian|lalu|later|później|temu|sau|sau đó|trước|după|în urmă|poté|před|senare|sedan|geleden)(?!\p{L})/iu;

export type LatinLength = { minutes: number; approximate: boolean; raw: string; index: number; end: number };

/** The lengths of talks a text of these languages states, in whole minutes. */
export function latinLengths(text: string): LatinLength[] {
  const found: LatinLength[] = [];
  if (!LATIN_LENGTH_CUE_RE.test(text)) return found;
  for (const m of text.matchAll(LATIN_LENGTH_RE)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const before = text.slice(Math.max(0, index - 30), index);
    const after = text.slice(end, end + 40);
    const tagalog = /^ng$/i.test(m[3] ?? '') || /minutong$/i.test(m[3] ?? '');
    if (LENGTH_NOT_RE.test(after)) continue;
    const context = tagalog || LENGTH_BEFORE_RE.test(before) || LENGTH_AFTER_RE.test(after);
    if (!context && !m[1]) continue;
    // "khoảng 15 giờ", "15 giờ 30": a clock's hour, not a length of hours.
    if (m[4] && (/^\s*\d/.test(after) || (!context && Number(m[2]) > 4))) continue;
    const words = m[5] ? HOUR_WORDS.find(([re]) => re.test(m[5] as string))?.[1] : undefined;
    const value = m[2]
      ? (MINUTE_NUMBERS[(m[2] as string).toLowerCase()] ?? Number((m[2] as string).replace(',', '.')))
      : Number.NaN;
    const minutes = words ?? (m[4] ? value * 60 : value);
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) continue;
    found.push({ minutes: Math.round(minutes), approximate: Boolean(m[1]), raw: m[0], index, end });
  }
  return found;
}

/**
 * A clock time as these languages write it, after its word: "a las 10.30 horas", "alle ore 15",
 * "às 14h30", "por volta das 14 horas", "saat 15.00'te", "pukul 10.00 WIB", "om 14.00 uur",
 * "o godz. 12:00", "lúc 15 giờ 30", "la ora 15:00", "klockan 15.00". Group 1: a word making it
 * approximate; 2, 3: the hour and minutes; 4: a unit after a bare hour.
 */
const TIME_WORDS = String.raw`a las|alle(?: ore)?|às|das|saat|pukul|om|o godz(?:inie|\.)?|o|lúc|vào lúc|la ora|klockan|kl\.`;
const LATIN_TIME_RE = new RegExp(
  String.raw`(?<!\p{L})(?:(sobre|hacia|alrededor de|intorno|verso|por volta|cerca|sekitar|rond|około|khoảng|circa|aproximativ)\s+)?(?:${TIME_WORDS})\s+(\d{1,2})(?:\s*(?:[:.]|h|giờ\s*)\s*(\d{2}))?(?:\s*(horas?|h|uur|giờ|WIB|WITA|WIT|godz\.?))?(?!\d|[:.]\d)`,
  'giu',
);
/** Cue of LATIN_TIME_RE: its word before the hour, then a figure. */
const LATIN_TIME_CUE_RE = new RegExp(String.raw`(?:${TIME_WORDS})\s+\d`, 'i');
/** Words before a time that make it a clock's only with minutes or a unit ("om", "o", "das"). */
const LOOSE_TIME_WORD_RE = /^(?:\S+\s+)?(?:om|o|das|saat)\s/iu;

export type LatinTime = {
  index: number;
  end: number;
  raw: string;
  hour: number;
  minute: number;
  approximate: boolean;
};

/** The clock times of a text in these languages. */
export function latinTimes(text: string): LatinTime[] {
  const found: LatinTime[] = [];
  if (!cueFound(LATIN_TIME_CUE_RE, text)) return found;
  for (const m of text.matchAll(LATIN_TIME_RE)) {
    const hour = Number(m[2]);
    const minute = m[3] ? Number(m[3]) : 0;
    if (hour > 23 || minute > 59) continue;
    // "om 2 redenen", "o 5 osób", "das 3 reuniões": a number, unless minutes or a unit follow.
    if (!m[3] && !m[4] && LOOSE_TIME_WORD_RE.test(m[0])) continue;
    // "a las 17" with no minutes nor unit is still a clock's hour in Spanish and Italian.
    const index = (m.index ?? 0) + m[0].indexOf(m[2] as string, m[0].search(/\d/));
    found.push({
      index,
      end: (m.index ?? 0) + m[0].length,
      raw: m[0],
      hour,
      minute,
      approximate: Boolean(m[1]),
    });
  }
  return found;
}
