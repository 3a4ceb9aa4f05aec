import { type Holder, OFFICE_HOLDERS } from '../office-holders.js';
import type { Participant } from '../types.js';
import { countryAfter, countryBefore, countryOfWord } from './script-countries.js';
import { fold, type Script, scriptOf, toLatin } from './script-letters.js';

/**
 * Office holders named in Cyrillic (a Russian, Ukrainian or Bulgarian copy of a readout:
 * "Президент России Владимир Путин провел телефонный разговор с …"). The office table holds
 * names in Latin letters, so both sides are brought to a consonant skeleton: the Cyrillic word
 * transliterated, vowels dropped ("Меркель" → "mrkl", as "Merkel"). A case ending adds a
 * letter or two ("Трампом" → "trmpm", from "trmp"). A holder is named when a word's skeleton
 * starts with the surname's (at most two letters more; a surname of two consonants needs the whole given name of three or more) and the word
 * before it starts as the holder's given name does ("Владимир Путин", "Ангелой Меркель").
 */

/** A Cyrillic word in Latin letters, lower-cased. */
export function transliterate(word: string): string {
  return toLatin(word, 'cyrillic');
}

/** A Latin word's consonants, spelt alike across transliterations ("Kh"/"H", "C"/"K", "W"/"V"). */
export function skeleton(latin: string): string {
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|c|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/[^a-z]|[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

type Form = {
  holder: Holder;
  surname: string;
  initial: string;
  given: string;
  fullGiven: string;
  /** Words in the form: its given name stands this many words, less one, before the surname. */
  words: number;
  /** The skeletons of the words between the given name and the surname ("bin", "Zayed", "Al"). */
  middle: string[];
};

/** A Latin name's word as a script spells it: Russian writes Vietnamese "Tr" as "Ч" ("Чунг", Trung). */
function bone(word: string, country: string, script: Script): string {
  if (script !== 'cyrillic') return fold(skeleton(word), script);
  if (country === 'VN') return skeleton(word).replace(/^tr/, 'kh');
  // Russian writes Japanese names in its own system: "Кисида", "Синдзо", "Такаити" (Kishida, Shinzo, Takaichi).
  if (country === 'JP')
    return skeleton(word.toLowerCase().replace(/sh|ch|j|z/g, (m) => JAPANESE_IN_CYRILLIC[m] ?? m));
  return skeleton(word);
}
const JAPANESE_IN_CYRILLIC: Record<string, string> = { sh: 's', ch: 't', j: 'dz', z: 'dz' };

/** Particles inside names, spelt otherwise in each script ("von" is "φον"): not compared. */
const PARTICLE_RE = /^(?:von|van|der|den|de|del|da|di|du|la|le|bin|ibn|al|el)$/i;

/**
 * A holder's forms; a Japanese name of two words in both orders too, as Korean and Chinese copies
 * write it family name first ("기시다 후미오").
 */
function formsOf(holder: Holder): string[] {
  const forms = [holder.name, ...holder.aka];
  for (const f of [holder.name, ...holder.aka]) {
    const split = f.replace(ABD_RE, 'Abd al-$1');
    if (split !== f && !forms.includes(split)) forms.push(split);
  }
  if (holder.country !== 'JP') return forms;
  return [...forms, ...forms.filter((f) => /^\S+ \S+$/.test(f)).map((f) => f.split(' ').reverse().join(' '))];
}

/**
 * A Latin "Abdel Fattah", "Abdul Rahman", "Abdelaziz" is written in Arabic script as two words,
 * "عبد" and the name with its article ("عبد الفتاح"): a form "Abd al-Fattah" reads it so.
 */
const ABD_RE = /^Abd[- ]?(?:el|al|ul|ol|ur|ar|us|as)[- ]?(\p{Lu}?\p{Ll}+)(?=\s)/u;

/** The table's forms by the first two consonants of their surnames, one index per script's fold. */
const bySurname = new Map<Script, Map<string, Form[]>>();
function formsBySurname(script: Script): Map<string, Form[]> {
  const known = bySurname.get(script);
  if (known) return known;
  const index = new Map<string, Form[]>();
  for (const holder of OFFICE_HOLDERS)
    for (const form of formsOf(holder)) {
      const words = form.split(/\s+/);
      // A given name cut short to two consonants ("Md.", "Md") is spelt whole in another script, or
      // left out: its two consonants would take any short word ("મોદી", Modi) for it.
      if (words.length < 2 || /^[b-df-hj-np-tv-z]{2,}\.?$/i.test(words[0] as string)) continue;
      const surname = bone(words.at(-1) as string, holder.country, script);
      if (surname.length < 1) continue;
      const key = surname.slice(0, 2);
      const list = index.get(key) ?? [];
      const first = words[0] as string;
      const fullGiven = bone(first, holder.country, script);
      list.push({
        holder,
        surname,
        initial: first.toLowerCase().slice(0, 1),
        given: fullGiven.slice(0, 2),
        fullGiven,
        words: words.length,
        middle: words.slice(1, -1).map((w) => (PARTICLE_RE.test(w) ? '' : bone(w, holder.country, script))),
      });
      index.set(key, list);
    }
  bySurname.set(script, index);
  return index;
}

/** Words (a hyphen or joiner inside a word kept); those of the scripts read are kept. */
const SCRIPT_WORD_RE = /[\p{L}\p{M}](?:[\p{L}\p{M}-]|\u200c|\u200d|['\u05f3](?=[\u05d0-\u05ea]))*/gu;

/**
 * Thai writes no space between words: a title runs into the name after it ("นายนาฟตาลี",
 * "กับประธานาธิบดีวลาดิเมียร์"). A space after each title and "with" sets the name apart.
 */
const THAI_TITLE_RE =
  /(ประธานาธิบดี|นายกรัฐมนตรี|รัฐมนตรีว่าการกระทรวงการต่างประเทศ|รัฐมนตรีต่างประเทศ|นางสาว|นาย(?!ก)|นาง|ปธน\.|กับ)/g;
function withThaiBreaks(text: string): string {
  return /[\u0e01-\u0e4e]/.test(text) ? text.replace(THAI_TITLE_RE, '$1 ') : text;
}

/** Offices and titles in the scripts read, by their stems (Greek without its accents). */
const NOT_A_NAME_RE =
  /^(?:президент|премьер|министр|канцлер|госсекретар|генсек|председател|глав[аеуоы]|господин|πρ[οό]\p{M}?εδρ|προεδρ|πρωθυπουργ|υπουργ|καγκελ|κ\.?$|الرئيس|رئيس|وزير|وزیر|مسٹر|ولي|الشيخ|شيخ)/iu;

/** Whether a holder was in office on the date (any date when none is known). */
function inOffice(h: Holder, date: string | null): boolean {
  return !date || (h.from <= date && (h.to === null || date <= h.to));
}

/** Scripts whose names open with a capital letter. */
const CASED = new Set<Script>(['cyrillic', 'greek', 'armenian']);
/** Letters a case ending or a suffix may add to a surname's skeleton (Tamil and Malayalam join postpositions). */
const ENDING: Record<Script, number> = {
  cyrillic: 2,
  greek: 2,
  arabic: 1,
  devanagari: 2,
  bengali: 2,
  telugu: 3,
  gujarati: 2,
  gurmukhi: 2,
  kannada: 3,
  oriya: 2,
  tamil: 3,
  malayalam: 3,
  hebrew: 1,
  armenian: 2,
  georgian: 2,
  thai: 1,
  hangul: 1,
};

type Word = { text: string; script: Script; bone: string; at: number };

/** The skeletons a word may give as a surname: itself, its last hyphened part ("al-Nahyan"), an Arabic word without its "wa-"/"bi-"/"li-". */
function surnameReadings(text: string, script: Script): string[] {
  const out = [fold(skeleton(toLatin(text, script)), script)];
  const dash = text.lastIndexOf('-');
  if (dash > 0) out.push(fold(skeleton(toLatin(text.slice(dash + 1), script)), script));
  if (script === 'arabic' && /^[وبلف]/.test(text) && text.length > 4)
    out.push(fold(skeleton(toLatin(text.slice(1), script)), script));
  return out;
}

/**
 * Whether the word names the form's given name. With a date, a cased script's given name needs
 * its first letter and two consonants (a short surname, the whole given name); without a date or
 * in a script without capitals, the first three consonants (or all of a shorter given name),
 * and a name this short that it could be many needs its country named just before.
 */
function givenMatches(f: Form, given: Word, strict: boolean, countryNear: boolean): boolean {
  const bone = given.bone;
  if (bone === '') return false;
  if (!strict) {
    const whole = f.fullGiven.length >= 3 && bone.startsWith(f.fullGiven);
    const start = toLatin(given.text, given.script).startsWith(f.initial) && bone.startsWith(f.given);
    if (f.surname.length < 2) return whole && countryNear;
    if (f.surname.length < 3 ? whole || (countryNear && start) : start || whole) return true;
  }
  // Its first consonants, and no longer than a case ending makes it ("الأمريكي" is no "Lee").
  const k = Math.min(3, f.fullGiven.length);
  if (bone.slice(0, k) !== f.fullGiven.slice(0, k)) return false;
  // A script without cases joins its postpositions to a name's last word only: the given name
  // before the surname is a whole word, never the head of a longer one ("மார்க்கெட்", market, is
  // no "Mark"); and before a surname this short, the given name itself.
  if (!CASED.has(given.script)) {
    if (bone.length > f.fullGiven.length) return false;
    if (f.surname.length < 3 && bone !== f.fullGiven) return false;
  }
  if (bone.length > f.fullGiven.length + ENDING[given.script]) return false;
  // A surname of one consonant ("Абэ") only after its country, whatever the given name.
  if (f.surname.length < 2) return countryNear && f.fullGiven.length >= 3;
  return f.fullGiven.length + f.surname.length >= 4 || countryNear;
}

/**
 * In a script without capitals, a given name and a surname of two consonants each, side by side
 * with nothing between, are two common words as often ("மோடி தனது", "जैसे मुद्दों"): such a pair
 * needs the country named near.
 */
function bareShortPair(f: Form, script: Script, back: number, countryNear: boolean): boolean {
  return back === 1 && !CASED.has(script) && !countryNear && f.fullGiven.length < 3 && f.surname.length < 3;
}

/**
 * Whether the words between the given name (at `from`) and the surname open as the form's do,
 * word for word ("Мохаммед бин Заид Аль Нахайян"); the last of them may be joined to the surname
 * ("al-Nahyan"), and a middle initial left out.
 */
function middleMatches(f: Form, words: Word[], from: number, surname: number): boolean {
  for (let j = 0; j < f.middle.length && from + 1 + j < surname; j++) {
    const word = (words[from + 1 + j] as Word).bone;
    const form = f.middle[j] as string;
    if (word[0] !== form[0] && form !== '' && word !== '') return false;
  }
  return true;
}

/**
 * Tamil's case endings and postpositions as skeletons (a glide "v"/"y" before them): "-ை", "-க்கு",
 * "-உடன்", "-ஓடு", "-ஆல்", "-இல்", "-இன்", "-உடைய", "-இடம்", "-உம்", "-ஆகிய". What follows a short
 * surname in one word is one of them, or the surname is the head of another word ("ருத்ரன்" is no
 * "Rutte").
 */
const TAMIL_ENDING_RE = /^[vy]?(?:k|tn|tnn|t|l|n|ty|tm|m|ky)?$/;

/** Whether a word's skeleton is the surname's, with only an ending a short surname may take. */
function wholeSurname(surname: string, bone: string, script: Script): boolean {
  if (surname.length >= 3 || script !== 'tamil') return true;
  return TAMIL_ENDING_RE.test(bone.slice(surname.length));
}

/** The forms a word names as a surname, with the given name the words before it write. */
function formsNamed(words: Word[], i: number, strict: boolean): Form[] {
  const w = words[i] as Word;
  const found: Form[] = [];
  if (w.bone === '') return found;
  // The word as written first; a shorter reading only when it names no one.
  for (const bone of surnameReadings(w.text, w.script)) {
    if (found.length > 0) break;
    for (const f of formsBySurname(w.script).get(bone.slice(0, 2)) ?? []) {
      if (!bone.startsWith(f.surname) || bone.length > f.surname.length + ENDING[w.script]) continue;
      if (!wholeSurname(f.surname, bone, w.script)) continue;
      const near = countryBefore(words, i, f.holder.country) || countryAfter(words, i, f.holder.country);
      const offsets = f.words > 2 ? [f.words - 1, f.words - 2] : [1];
      for (const back of offsets) {
        const given = words[i - back];
        if (!given || given.script !== w.script) continue;
        if (CASED.has(w.script) && !/^\p{Lu}/u.test(given.text)) continue;
        if (bareShortPair(f, w.script, back, near)) continue;
        if (givenMatches(f, given, strict, near) && middleMatches(f, words, i - back, i)) {
          found.push(f);
          break;
        }
      }
    }
  }
  return found;
}

/** Korea's holders by their whole name's skeleton, as Hangul writes it in one word ("윤석열", "문재인"). */
let koreanForms: { bone: string; holder: Holder }[] | null = null;

/** The Korean holders a Hangul word of two to four syllables names, a particle after it allowed ("윤석열과"). */
function koreanNamed(word: Word): Holder[] {
  const syllables = [...word.text].length;
  if (word.script !== 'hangul' || syllables < 2 || syllables > 5) return [];
  koreanForms ??= OFFICE_HOLDERS.filter((h) => h.country === 'KR').flatMap((holder) =>
    [holder.name, ...holder.aka].map((f) => ({
      bone: fold(skeleton(f.replace(/[\s-]/g, '')), 'hangul'),
      holder,
    })),
  );
  return koreanForms
    .filter(
      (f) => f.bone.length >= 3 && word.bone.startsWith(f.bone) && word.bone.length <= f.bone.length + 1,
    )
    .map((f) => f.holder);
}

/**
 * A given name and surname written as one word, as Telugu and Tamil copies may join them before a
 * case ending ("నరేంద్రమోదీకి", to Narendra Modi): the word's skeleton is a two-word form's given
 * name, whole, then its surname, with no more than an ending after. Scripts without capitals only,
 * and names long enough (a given name of four consonants, six in all) that a common word is none
 * of them ("हैदराबाद", Hyderabad, is no "Haider Abadi").
 */
function joinedNamed(w: Word): Holder[] {
  if (CASED.has(w.script) || w.script === 'hangul' || w.bone.length < 5) return [];
  const found: Holder[] = [];
  const index = formsBySurname(w.script);
  for (let k = 4; k <= w.bone.length - 2; k++) {
    const rest = w.bone.slice(k);
    for (const f of index.get(rest.slice(0, 2)) ?? []) {
      if (f.words !== 2 || f.fullGiven !== w.bone.slice(0, k) || !rest.startsWith(f.surname)) continue;
      if (rest.length > f.surname.length + ENDING[w.script] || k + f.surname.length < 6) continue;
      found.push(f.holder);
    }
  }
  return found;
}

/**
 * Office holders a text in another script names by given name and surname, in its order. With
 * the event's date, the holder then in office; without one, only a name that is one person's in
 * the whole table, given name and surname both matched.
 */
export function scriptHolders(text: string, date: string | null): Participant[] {
  const words: Word[] = [];
  for (const m of withThaiBreaks(text).matchAll(SCRIPT_WORD_RE)) {
    const script = scriptOf(m[0]);
    // An office or a country ("Πρόεδρο", "Αμερικανό") is no one's name, capitalised or not.
    if (script && (NOT_A_NAME_RE.test(m[0].normalize('NFD')) || countryOfWord(m[0])))
      words.push({ text: m[0], script, bone: '', at: m.index });
    else if (script)
      words.push({ text: m[0], script, bone: fold(skeleton(toLatin(m[0], script)), script), at: m.index });
  }
  const found: Participant[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (CASED.has(w.script) && !/^\p{Lu}/u.test(w.text)) continue;
    const strict = !date || !CASED.has(w.script);
    const named = i > 0 ? formsNamed(words, i, strict).map((f) => f.holder) : [];
    const holders = [...named, ...koreanNamed(w), ...joinedNamed(w)].filter((h) => inOffice(h, date));
    const names = new Set(holders.map((h) => h.name));
    const h = holders[0];
    if (!h || seen.has(h.name) || (!date && names.size > 1)) continue;
    seen.add(h.name);
    found.push({ name: h.name, honorific: null, title: null, country: h.country });
  }
  return found;
}

/** Office holders on the date a Cyrillic text names by given name and surname, in its order. */
export function cyrillicHolders(text: string, date: string | null): Participant[] {
  return scriptHolders(text, date);
}
