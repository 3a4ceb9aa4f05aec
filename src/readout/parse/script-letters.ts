/**
 * Letters of the scripts readouts are copied into, in Latin letters: enough to bring a name to
 * the consonant skeleton `cyrillic.ts` compares with the office table's Latin forms. Vowels
 * matter little (the skeleton drops them); what matters is each consonant. Data, with the few
 * rules of each script's spelling: a word-initial Greek "μπ" is a "b", an Arabic "و" inside a
 * word is a vowel, an Indic consonant's virama or vowel sign adds no consonant.
 */

export type Script =
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'devanagari'
  | 'bengali'
  | 'telugu'
  | 'gujarati'
  | 'gurmukhi'
  | 'kannada'
  | 'oriya'
  | 'tamil'
  | 'malayalam'
  | 'hebrew'
  | 'armenian'
  | 'georgian'
  | 'thai'
  | 'hangul';

const table = (pairs: string): Record<string, string> =>
  Object.fromEntries(pairs.split(' ').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));

const CYRILLIC = table(
  'а=a б=b в=v г=g д=d е=e ё=e ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f х=h ц=ts ч=ch ш=sh щ=sh ъ= ы=y ь= э=e ю=yu я=ya і=i ї=i є=e ґ=g',
);

const GREEK = table(
  'α=a β=v γ=g δ=d ε=e ζ=z η=i θ=th ι=i κ=k λ=l μ=m ν=n ξ=ks ο=o π=p ρ=r σ=s ς=s τ=t υ=i φ=f χ=h ψ=ps ω=o',
);
/** Greek digraphs for the sounds it has no letter for: word-initial first, then anywhere. */
const GREEK_INITIAL: readonly [RegExp, string][] = [
  [/^μπ/, 'b'],
  [/^ντ/, 'd'],
  [/^γκ/, 'g'],
];
const GREEK_DIGRAPHS: readonly [RegExp, string][] = [
  [/τζ/g, 'j'],
  [/τσ/g, 'ts'],
  [/γκ|γγ/g, 'ng'],
  [/μπ/g, 'mb'],
  [/ντ/g, 'nd'],
  [/ου/g, 'u'],
];

/** Arabic, and the letters Persian and Urdu add; "و" is "w" only at a word's start. */
const ARABIC = table(
  'ا=a أ=a إ=i آ=a ٱ=a ء= ؤ= ئ= ب=b ت=t ث=s ج=j ح=h خ=kh د=d ذ=z ر=r ز=z س=s ش=sh ص=s ض=d ط=t ظ=z ع= غ=g ف=f ق=q ك=k ل=l م=m ن=n ه=h ة=a و=u ي=y ى=a پ=p چ=ch ژ=zh ڈ=d ٹ=t ڑ=r گ=g ک=k ی=y ے=e ں=n ھ= ۃ=a ۓ=e',
);

const DEVANAGARI = table(
  'क=k ख=k ग=g घ=g ङ=n च=ch छ=ch ज=j झ=j ञ=n ट=t ठ=t ड=d ढ=d ण=n त=t थ=t द=d ध=d न=n प=p फ=f ब=b भ=b म=m य=y र=r ल=l व=v श=sh ष=sh स=s ह=h ळ=l ' +
    'अ=a आ=a इ=i ई=i उ=u ऊ=u ऋ=ri ए=e ऐ=ai ओ=o औ=au ऑ=o ा=a ि=i ी=i ु=u ू=u ृ=ri े=e ै=ai ो=o ौ=au ॉ=o ॅ=e ं=n ँ=n ः=h ्= ़=',
);

/** Tamil writes no voicing: "த" is "t" or "d", "க" is "k" or "g" (the fold below says so). */
const TAMIL = table(
  'க=k ங=n ச=s ஞ=n ட=t ண=n த=t ந=n ப=p ம=m ய=y ர=r ல=l வ=v ழ=l ள=l ற=r ன=n ஜ=j ஷ=sh ஸ=s ஹ=h ' +
    'அ=a ஆ=a இ=i ஈ=i உ=u ஊ=u எ=e ஏ=e ஐ=ai ஒ=o ஓ=o ஔ=au ா=a ி=i ீ=i ு=u ூ=u ெ=e ே=e ை=ai ொ=o ோ=o ௌ=au ்= ஃ=',
);

const MALAYALAM = table(
  'ക=k ഖ=k ഗ=g ഘ=g ങ=n ച=ch ഛ=ch ജ=j ഝ=j ഞ=n ട=t ഠ=t ഡ=d ഢ=d ണ=n ത=t ഥ=t ദ=d ധ=d ന=n പ=p ഫ=f ബ=b ഭ=b മ=m യ=y ര=r ല=l വ=v ശ=sh ഷ=sh സ=s ഹ=h ള=l ഴ=l റ=r ' +
    'ൺ=n ൻ=n ർ=r ൽ=l ൾ=l ൿ=k അ=a ആ=a ഇ=i ഈ=i ഉ=u ഊ=u ഋ=ri എ=e ഏ=e ഐ=ai ഒ=o ഓ=o ഔ=au ' +
    'ാ=a ി=i ീ=i ു=u ൂ=u ൃ=ri െ=e േ=e ൈ=ai ൊ=o ോ=o ൌ=au ൗ=au ്= ം=m ഃ=h',
);

/**
 * Hebrew: an abjad as Arabic is. "ו" and "י" open a word as consonants ("v", "y") and are vowels
 * inside it ("וו" a "v"); "א", "ע" and a final "ה" carry vowels. A geresh after a letter makes
 * the sounds Hebrew has no letter for: "ג'" is "j", "ז'" "zh", "צ'" "ch". Points are left out.
 */
const HEBREW = table(
  'א= ב=b ג=g ד=d ה=h ו= ז=z ח=kh ט=t י= כ=k ך=k ל=l מ=m ם=m נ=n ן=n ס=s ע= פ=p ף=f צ=ts ץ=ts ק=k ר=r ש=sh ת=t',
);
const HEBREW_GERESH: Record<string, string> = { ג: 'j', ז: 'zh', צ: 'ch', ץ: 'ch', ת: 't' };

function hebrew(word: string): string {
  const w = word.replace(/[\u0591-\u05c7]/g, '').replace(/[\u05f3']/g, "'");
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    if (ch === "'") continue;
    if (w[i + 1] === "'" && HEBREW_GERESH[ch]) out += HEBREW_GERESH[ch];
    else if (ch === 'ו') out += i === 0 || (w[i + 1] === 'ו' && w[i - 1] !== 'ו') ? 'v' : '';
    else if (ch === 'י') out += i === 0 ? 'y' : '';
    else if (ch === 'ה' && i === w.length - 1) out += '';
    else out += HEBREW[ch] ?? '';
  }
  return out;
}

/** Armenian (lower-cased first): "ու" is a "u", "և" an "ev". */
const ARMENIAN = table(
  'ա=a բ=b գ=g դ=d ե=e զ=z է=e ը=e թ=t ժ=zh ի=i լ=l խ=kh ծ=ts կ=k հ=h ձ=dz ղ=gh ճ=ch մ=m յ=y ն=n շ=sh ո=o չ=ch պ=p ջ=j ռ=r ս=s վ=v տ=t ր=r ց=ts ւ=v փ=p ք=k օ=o ֆ=f և=ev',
);

const GEORGIAN = table(
  'ა=a ბ=b გ=g დ=d ე=e ვ=v ზ=z თ=t ი=i კ=k ლ=l მ=m ნ=n ო=o პ=p ჟ=zh რ=r ს=s ტ=t უ=u ფ=p ქ=k ღ=gh ყ=k შ=sh ჩ=ch ც=ts ძ=dz წ=ts ჭ=ch ხ=kh ჯ=j ჰ=h',
);

/**
 * Thai consonants (its vowel signs, written before, above or after, carry no consonant). A
 * foreign name keeps its letters under the silencer "์" ("เบนเน็ตต์", Bennett); "ย" after "ี" and
 * "ว" after "ั" are vowels ("เมีย", "ัว"), and "ห" before a sonorant only marks its tone.
 */
const THAI = table(
  'ก=k ข=k ฃ=k ค=k ฅ=k ฆ=k ง=ng จ=ch ฉ=ch ช=ch ซ=s ฌ=ch ญ=y ฎ=d ฏ=t ฐ=t ฑ=t ฒ=t ณ=n ด=d ต=t ถ=t ท=t ธ=t น=n บ=b ป=p ผ=p ฝ=f พ=p ฟ=f ภ=p ม=m ย=y ร=r ฤ=r ล=l ว=v ศ=s ษ=s ส=s ห=h ฬ=l อ= ฮ=h',
);
const THAI_SONORANT = new Set([...'งญนมยรลว']);

function thai(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const prev = word[i - 1];
    if ((ch === 'ย' && prev === '\u0e35') || (ch === 'ว' && prev === '\u0e31')) continue;
    if (ch === 'ห' && THAI_SONORANT.has(word[i + 1] as string)) continue;
    out += THAI[ch] ?? '';
  }
  return out;
}

/** Hangul syllables: initial, medial and final jamo in the Revised Romanization. */
const HANGUL_INITIAL = 'g kk n d tt r m b pp s ss - j jj ch k t p h'.split(' ');
const HANGUL_MEDIAL = 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' ');
const HANGUL_FINAL = '- k k k n n n t l k m l l l p l m p p t t ng t t k t p t'.split(' ');

function hangul(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = (ch.codePointAt(0) ?? 0) - 0xac00;
    if (code < 0 || code > 11171) continue;
    const initial = HANGUL_INITIAL[Math.floor(code / 588)] as string;
    const final = HANGUL_FINAL[code % 28] as string;
    out += (initial === '-' ? '' : initial) + HANGUL_MEDIAL[Math.floor((code % 588) / 28)];
    if (final !== '-') out += final;
  }
  return out;
}

/** The script of a word, by its first letter; null for Latin and the scripts not read. */
export function scriptOf(word: string): Script | null {
  const c = word.codePointAt(0) ?? 0;
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0x980 && c <= 0x9ff) return 'bengali';
  if (c >= 0xc00 && c <= 0xc7f) return 'telugu';
  if (c >= 0xa80 && c <= 0xaff) return 'gujarati';
  if (c >= 0xa00 && c <= 0xa7f) return 'gurmukhi';
  if (c >= 0xc80 && c <= 0xcff) return 'kannada';
  if (c >= 0xb00 && c <= 0xb7f) return 'oriya';
  if (c >= 0xb80 && c <= 0xbff) return 'tamil';
  if (c >= 0xd00 && c <= 0xd7f) return 'malayalam';
  if (c >= 0x5d0 && c <= 0x5ea) return 'hebrew';
  if (c >= 0x531 && c <= 0x587) return 'armenian';
  if (c >= 0x10d0 && c <= 0x10ff) return 'georgian';
  if (c >= 0xe01 && c <= 0xe4e) return 'thai';
  if (c >= 0xac00 && c <= 0xd7a3) return 'hangul';
  return null;
}

function byTable(word: string, letters: Record<string, string>): string {
  let out = '';
  for (const ch of word) out += letters[ch] ?? (/[\p{L}]/u.test(ch) && ch < '\u0250' ? ch : '');
  return out;
}

/** Arabic: "و" and "ي" open a word as consonants ("w", "y"), elsewhere they are long vowels. */
function arabic(word: string): string {
  const first = word[0] === 'و' ? 'w' : '';
  return first + byTable(first ? word.slice(1) : word, ARABIC);
}

/** A Devanagari consonant with a nukta below: the sounds Persian and English names bring (Gurmukhi's "ਸ਼" too). */
const NUKTA = table('क=q ख=kh ग=g ज=z ड=r ढ=r फ=f य=y स=sh');

/** The consonants an anusvara before them is an "m": "ट्रंप" is "Trump", as "ट्रम्प". */
const LABIALS = new Set(['प', 'फ', 'ब', 'भ', 'म']);

function devanagari(word: string): string {
  const w = word.normalize('NFD');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    if (ch === 'ं' && LABIALS.has(w[i + 1] as string)) out += 'm';
    else out += (w[i + 1] === '\u093c' ? NUKTA[ch] : undefined) ?? DEVANAGARI[ch] ?? '';
  }
  return out;
}

/**
 * Bengali, Gurmukhi, Gujarati, Oriya, Telugu and Kannada: Unicode lays their letters out as
 * Devanagari's, a fixed distance on (0x80, 0x100, 0x180, 0x200, 0x300 and 0x380), so each letter
 * is read as its Devanagari twin. Bengali and Oriya write "য"/"ଯ" for a "j" (with a nukta, a
 * "y"); Bengali writes "ৎ" for a final "t"; Gurmukhi writes its nasal "ੰ" (tippi) where
 * Devanagari writes "ं", and doubles a consonant with "ੱ" (addak), which adds none. Anything
 * else (a hyphen, a letter with no twin) is left out.
 */
const TWIN_OFFSET = {
  bengali: 0x80,
  gurmukhi: 0x100,
  gujarati: 0x180,
  oriya: 0x200,
  telugu: 0x300,
  kannada: 0x380,
};
type Twin = keyof typeof TWIN_OFFSET;

function indicTwin(word: string, script: Twin): string {
  const offset = TWIN_OFFSET[script];
  let twin = '';
  for (const ch of word.normalize('NFD')) {
    const c = (ch.codePointAt(0) ?? 0) - offset;
    if (script === 'bengali' && ch === '\u09ce') twin += 'त्';
    else if (script === 'gurmukhi' && ch === '\u0a70') twin += 'ं';
    else if (c >= 0x900 && c <= 0x96f && c !== 0x93d) twin += String.fromCodePoint(c);
  }
  const jFirst = script === 'bengali' || script === 'oriya';
  return devanagari(jFirst ? twin.replace(/य(?!\u093c)/g, 'ज') : twin);
}

function greek(word: string): string {
  let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [re, to] of GREEK_INITIAL) w = w.replace(re, to);
  for (const [re, to] of GREEK_DIGRAPHS) w = w.replace(re, to);
  return byTable(w, GREEK);
}

/** A word of one of the scripts in Latin letters, lower-cased. */
export function toLatin(word: string, script: Script): string {
  switch (script) {
    case 'cyrillic':
      return byTable(word.toLowerCase(), CYRILLIC);
    case 'greek':
      return greek(word);
    case 'arabic':
      return arabic(word);
    case 'devanagari':
      return devanagari(word);
    case 'bengali':
    case 'gurmukhi':
    case 'gujarati':
    case 'oriya':
    case 'telugu':
    case 'kannada':
      return indicTwin(word, script);
    case 'tamil':
      return byTable(word, TAMIL);
    case 'malayalam':
      return byTable(word, MALAYALAM);
    case 'hebrew':
      return hebrew(word);
    case 'armenian':
      return byTable(word.toLowerCase().replace(/ու/g, 'u'), ARMENIAN);
    case 'georgian':
      return byTable(word, GEORGIAN);
    case 'thai':
      return thai(word);
    case 'hangul':
      return hangul(word);
  }
}

/**
 * What a script cannot tell apart, folded alike on both sides of the comparison (a skeleton of
 * the table's Latin form and one of the word, where "kh" is the skeleton's "ch"): Arabic writes no "p", "v" or hard "g"; Tamil no
 * voicing; Greek no "sh" or French "ch"; the Indic scripts write "z" as "s" or "j"; Hangul writes a
 * Japanese "fu" as "후".
 */
const INDIC_FOLD: readonly [RegExp, string][] = [
  [/z/g, 'j'],
  [/q/g, 'k'],
  // No Indic script opens a word with "hs" ("Hsien" is "सिएन").
  [/^hs/, 's'],
  // Its tables read "घ" as "g": a Latin "gh" is read so too ("Araghchi", "Ghani"). Not "ph" or
  // "th": the skeleton has dropped the vowels, and "Pahor" is "phr".
  [/gh/g, 'g'],
];

const FOLDS: Record<Script, readonly [RegExp, string][]> = {
  cyrillic: [],
  greek: [
    [/kh|sh|ts|z/g, 's'],
    [/h/g, ''],
    // "ντ" is "d" in "Μπάιντεν" (Biden) and "nt" in "Άντονι" (Antony); "μπ" is "b" or "mp".
    [/n(?=[dtgk])/g, ''],
    [/m(?=[bp])/g, ''],
    [/t/g, 'd'],
    [/p/g, 'b'],
    [/k/g, 'g'],
  ],
  arabic: [
    [/p/g, 'b'],
    [/v/g, 'f'],
    [/g|j|q/g, 'k'],
  ],
  devanagari: INDIC_FOLD,
  // Bengali writes "v" as "b"; both write "z" as "j" or "s".
  bengali: [...INDIC_FOLD, [/v/g, 'b']],
  telugu: INDIC_FOLD,
  gujarati: INDIC_FOLD,
  gurmukhi: INDIC_FOLD,
  kannada: INDIC_FOLD,
  // Oriya, as Bengali, writes "v" as "b".
  oriya: [...INDIC_FOLD, [/v/g, 'b']],
  tamil: [
    [/kh|sh|j|z/g, 's'],
    [/g/g, 'k'],
    [/d/g, 't'],
    [/b|f/g, 'p'],
    [/h/g, ''],
  ],
  malayalam: [[/z/g, 's'], [/q/g, 'k'], ...INDIC_FOLD.slice(2)],
  // Hebrew writes "p" and "f" with one letter, "b" and "v" with one, and "z" or "ts" for a "z".
  hebrew: [
    [/f/g, 'p'],
    [/v/g, 'b'],
    [/ts/g, 'z'],
  ],
  armenian: [],
  // Thai writes "j", "sh" and "ch" with one letter, "z" as "s", "g" as "k", and no "th" apart from "t".
  thai: [
    [/j|sh/g, 'kh'],
    [/z/g, 's'],
    [/g/g, 'k'],
    [/h/g, ''],
  ],
  georgian: [],
  hangul: [
    [/g/g, 'k'],
    [/d/g, 't'],
    [/b/g, 'p'],
    [/f/g, 'h'],
    [/j|z|kh|sh/g, 's'],
    [/l/g, 'r'],
    [/v/g, ''],
  ],
};

/** A skeleton folded for a script. */
export function fold(skeleton: string, script: Script): string {
  let s = skeleton;
  for (const [re, to] of FOLDS[script]) s = s.replace(re, to);
  return s.replace(/(.)\1+/g, '$1');
}
