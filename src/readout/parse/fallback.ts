import { type Holder, OFFICE_HOLDERS } from '../office-holders.js';
import type { Participant } from '../types.js';
import { scriptHolders } from './cyrillic.js';
import { parseDateLine } from './dates.js';
import { latinFutureTalk, latinPastAt } from './latin.js';
import { withoutOtherTalk } from './lead.js';
import { holdersByScriptOffice } from './script-countries.js';
import { peopleByOffice } from './spoken-talk.js';

/**
 * A page whose lead the usual shapes miss: a news copy that opens "Japanese Prime Minister Shinzo
 * Abe congratulated Russian President Vladimir Putin … in a phone call on Thursday", "In a phone
 * call made to President-elect Hollande…, Obama indicated…", "President Obama hosted German
 * Chancellor Angela Merkel at the White House earlier today, holding a bilateral meeting", or
 * a French copy ("Emmanuel Macron et Donald Trump se sont entretenus au téléphone"). The first
 * sentence near the top that names a talk and office holders of two countries (on the page's
 * date, by their full names) stands in for the lead. Nothing is read beyond the first lines.
 */
export type FallbackLead = {
  /** The line that holds the sentence. */
  index: number;
  /** The line from that sentence on. */
  line: string;
  /** The office holders the sentence names, in its order, of two countries or more. */
  holders: Participant[];
  /**
   * The sentence is written by the parser from a quoted post, not the page's: it is read for
   * the facts only, and the page's own line stays in the readout's text.
   */
  written?: boolean;
};

/**
 * Words that name a talk, in the languages of the copies met: English, French, German, Spanish,
 * Portuguese, Italian, Indonesian, Romanian, Tagalog, Hindi, Marathi, Gujarati, Punjabi, Bengali,
 * Telugu, Kannada, Tamil, Malayalam, Urdu, Persian, Arabic, Hebrew, Thai, Armenian, Georgian,
 * Greek, Russian. Hindi's "बात" (talk, matter) counts only as talk "with" someone ("से बात की").
 */
const TALK_WORD_RE =
  /\b(?:phone|telephone|telephonic|call|called|conversation|talks|meeting|met|spoke|hosted|sat down|video ?conference|videoconference|bilateral)\b|t[ée]l[ée]phon|entretien|entretenus|[ée]change t[ée]l[ée]phonique|Telefonat|telefoniert|Gespr[äa]ch|\bTreffen\b|\btraf\b|llamada|conversaci[óo]n telef|se reuni[óo]|reuni[óo]n|reuni[ãa]o|telefonema|liga[çc][ãa]o telef[ôo]nica|conversaram por telefone|colloquio|incontr[oa]|\bpertemuan\b|\bpembicaraan\b|\btelepon\b|bertemu|convorbire|\btelepono\b|nag-usap|फोन|फ़ोन|टेलीफोन|से बात (?:की|हुई|कर)|ફોન|ટેલિફોન|વાતચીત|મુલાકાત|ਫ਼ੋਨ|ਫੋਨ|ਟੈਲੀਫ਼ੋਨ|ਮੁਲਾਕਾਤ|ਗੱਲਬਾਤ|ದೂರವಾಣಿ|ಫೋನ್|ಮಾತುಕತೆ|ఫోన్|ফোন|ഫോൺ|ஃபோன்|טלפון|שוחח|נפגש|פגישה|โทรศัพท์|หารือ|สนทนา|հեռախոս|զանգահար|հանդիպ|სატელეფონო|ტელეფონ|შეხვედრ|تلفن|گفتگو|گفت‌وگو|دیدار|बातचीत|मुलाकात|बैठक|भेंट|भेट|वार्ता|টেলিফোন|ফোনে|বৈঠক|టెలిఫోన్|సంభాషించ|భేటీ|సమావేశ|தொலைபேசி|சந்தித்த|சந்திப்பு|பேச்சுவார்த்தை|ٹیلی فون|بات چیت|ملاقات|مذاکرات|هاتف|مكالمة|محادثات|مباحثات|اجتماع|لقاء|التقى|استقبل|τηλεφ[ωώ]ν|τηλεδι[αά]σκεψ|συν[αά]ντησ|συνομιλ|телефон|разговор|переговор|встреч|принял|ടെലിഫോ|ഫോണി|ഫോണിൽ|കൂടിക്കാഴ്ച|통화|회담|면담|접견|\bpulong\b|nagpulong|\brencontr[ée]|\brecevait\b|\ba reçu\b|\bvisite d['’][ée]tat\b/i;
/**
 * A sentence (or the one after the talk's) tells of the talk as still to come, in reported speech: "the meeting would be
 * short", "the talks would focus on energy", "the call would take place later".
 */
const AHEAD_AFTER_RE =
  /\b(?:meeting|talks|call|conversation|visit)\s+would\s+(?:be|take place|last|focus|begin|start|cover|address)\b/i;
/** Whether a sentence names a talk: the words above, or a talk reported in another language written in Latin letters. */
const talkWord = (text: string) => TALK_WORD_RE.test(text) || latinPastAt(text) >= 0;

/** A talk still to come. */
const FUTURE_RE =
  /\b(?:will|shall|is (?:scheduled|expected|set|due) to|are (?:scheduled|expected|set|due) to|plans? to|intends? to|to hold|upcoming)\b|будет|будут|проведут|проведет|проведёт|состоится|предстоящ|план|намерен|может|могут|не исключа|не виключа|возможност\S* (?:проведения|провести)|можлив\S* (?:проведення|провести)|опроверг|отрицае|отрицаю|отрицал|спростува|заперечу|заперечи|отправит|ожида|\b(?:recevra|rencontrera|s['’]entretiendra|se rendra|accueillera|effectuera|aura|doit|devrait|devraient|va (?:recevoir|rencontrer|s['’]entretenir|parler|accueillir))\b|(?:^|\s)θα\s|προγραμματ|سيجري|سيعقد|سيلتقي|سيستقبل|سوف|المقرر|مرتقب|(?:^|\s)(?:گے|گا|گی)(?=[\s۔،]|$)|(?:ेंगे|ेगा|ेगी|ोगी|ोगा|एगा|एगी|एंगे|तील|ईल)(?=[\s।,]|$)|(?:ने ?छन्|ने ?छिन्|ने ?छौं|ने ?छ)(?=[\s।,]|$)|예정/i;

/** A letter of a script whose names `scriptHolders` reads. */
const OTHER_SCRIPT_RE =
  /[\u0370-\u03ff\u0400-\u04ff\u0530-\u06ff\u0900-\u0d7f\u0e01-\u0e4e\u10a0-\u10ff\uac00-\ud7a3]/;

/** How far down the page a stand-in lead may be: lines after the title, and characters. */
const MAX_LINES = 16;
const MAX_CHARS = 4000;

/** A holder in office on the date, or elected and about to take it ("President-elect Hollande"). */
function inOffice(h: { from: string; to: string | null }, date: string | null): boolean {
  if (!date) return true;
  if (h.to !== null && date > h.to) return false;
  return h.from <= date || Date.parse(h.from) - Date.parse(date) <= ELECT_DAYS * 86_400_000;
}
const ELECT_DAYS = 80;

/** The holders by each word of their names' forms, lower-cased: a text's words find them at once. */
let byWord: Map<string, Holder[]> | null = null;
function holdersByWord(): Map<string, Holder[]> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const h of OFFICE_HOLDERS)
    for (const form of [h.name, ...h.aka])
      for (const w of form.toLowerCase().split(/\s+/)) {
        if (w.length < 3) continue;
        const list = byWord.get(w) ?? [];
        if (!list.includes(h)) list.push(h);
        byWord.set(w, list);
      }
  return byWord;
}

/**
 * A holder's full names: the table's forms of two words or more, and a two-word name family name
 * first too, as Japanese, Korean and Chinese names are often written ("Hayashi Yoshimasa").
 */
function formsOf(h: Holder): string[] {
  const forms = [h.name, ...h.aka].filter((f) => /\s/.test(f));
  for (const f of [...forms]) {
    const words = f.split(' ');
    const reversed = `${words[1]} ${words[0]}`;
    if (words.length === 2 && !forms.includes(reversed)) forms.push(reversed);
  }
  return forms;
}

/** Office holders on the date whose full name (or a longer form) the text writes, in its order. */
function holdersIn(text: string, date: string | null): Participant[] {
  const found: { at: number; p: Participant }[] = [];
  const seen = new Set<string>();
  const index = holdersByWord();
  for (const word of text.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []) {
    for (const h of index.get(word.toLowerCase()) ?? []) {
      if (seen.has(h.name) || !inOffice(h, date)) continue;
      for (const form of formsOf(h)) {
        const at = namedAt(text, form);
        if (at < 0) continue;
        seen.add(h.name);
        found.push({ at, p: { name: form, honorific: null, title: null, country: h.country } });
        break;
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.p);
}

/** An owner's "'s" before what is not a talk ("… Donald Trump's administration"). */
const OWNER_RE = /^['’‘]s\s+(?!(?:\S+\s+){0,2}(?:phone|telephone|call|talks?|meeting|conversation)\b)/i;

/**
 * Where the text names a person, not as the owner of something other than the talk ("tariffs
 * imposed by … Donald Trump's administration" names no party to it; "Barack Obama's final phone
 * call" does), nor as a father in another's name; -1 when nowhere.
 */
function namedAt(text: string, form: string): number {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length))
    if (
      !OWNER_RE.test(text.slice(at + form.length, at + form.length + 60)) &&
      !PATRONYMIC_END_RE.test(text.slice(Math.max(0, at - 6), at))
    )
      return at;
  return -1;
}

/**
 * "Mohammed bin Salman bin Abdulaziz": a name after "bin" is the father's in another's name
 * (the King's "Salman bin Abdulaziz" there is no party to the talk).
 */
const PATRONYMIC_END_RE = /\b(?:bin|bint|ibn|ben)\s+$/i;

type Sentence = { index: number; start: number; text: string };

/**
 * Where a sentence ends: a period after a small letter before a capital (Latin, Cyrillic, Greek),
 * the Urdu, Devanagari and Armenian full stops, a period after a Devanagari word of three signs or
 * more (Hindi copies often end a sentence with ".", a space after it or not; "एस." is an initial),
 * and a period after an Arabic or Hangul letter (Tamil and
 * Malayalam write a period after an honorific too: "ശ്രീ. നരേന്ദ്ര മോദി").
 */
const SENTENCE_BREAK_RE =
  /(?<=[a-zа-яёα-ωάέήίόύώϊϋ0-9)”"’»][.!?]["”’»]?)\s+(?=[A-ZА-ЯЁΑ-ΩΆΈΉΊΌΎΏ“"‘«])|(?<=[۔।॥։])\s+|(?<=[\u0900-\u0963]{3}\.)\s*(?=[\u0900-\u0963])|(?<=[\u0620-\u064a\u0671-\u06d3\uac00-\ud7a3][.!?])\s+/;

/**
 * The principals a sentence in another script names: by name (with the sentence before), then,
 * when that gives fewer than two countries, by office and country on the date.
 */
function scriptPrincipals(holders: Participant[], text: string, sentence: string, date: string | null): void {
  for (const p of scriptHolders(text, date)) if (!holders.some((h) => h.name === p.name)) holders.push(p);
  if (new Set(holders.map((h) => h.country)).size >= 2) return;
  for (const p of holdersByScriptOffice(sentence, date))
    if (!holders.some((h) => h.country === p.country)) holders.push(p);
}

/** The sentences of the first lines of a page, with the line each stands in. */
function topSentences(lines: readonly string[], title: string | null): Sentence[] {
  const out: Sentence[] = [];
  let chars = 0;
  for (let i = 0; i < Math.min(lines.length, MAX_LINES); i++) {
    const line = lines[i] as string;
    if (line === title || line.length < 40) continue;
    chars += line.length;
    if (chars > MAX_CHARS) break;
    let from = 0;
    for (const text of line.split(SENTENCE_BREAK_RE)) {
      const start = line.indexOf(text, from);
      from = start + text.length;
      out.push({ index: i, start, text });
    }
  }
  return out;
}

/**
 * The first sentence near the top that reports a talk between office holders of two countries
 * (named in it, or in the sentence before it that introduces them).
 */
export function fallbackLead(
  lines: readonly string[],
  title: string | null,
  date: string | null,
): FallbackLead | null {
  const sentences = topSentences(lines, title);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as Sentence;
    if (!talkWord(s.text) || FUTURE_RE.test(s.text) || latinFutureTalk(s.text)) continue;
    if (AHEAD_AFTER_RE.test(s.text) || AHEAD_AFTER_RE.test(sentences[k + 1]?.text ?? '')) continue;
    // The sentence before may introduce the principals, unless it looks ahead to the talk.
    const before = sentences[k - 1]?.text ?? '';
    // "… a call with B after his meeting with C": C is another talk's party.
    const own = withoutOtherTalk(s.text);
    const text = FUTURE_RE.test(before) ? own : `${before} ${own}`;
    const holders = holdersIn(text, date);
    if (OTHER_SCRIPT_RE.test(s.text)) scriptPrincipals(holders, text, s.text, date);
    if (new Set(holders.map((h) => h.country)).size < 2)
      for (const p of peopleByOffice(text, date))
        if (!holders.some((h) => h.country === p.country)) holders.push(p);
    if (new Set(holders.map((h) => h.country)).size < 2) continue;
    // A leader's own post quoted below, in English, tells the talk's day where the copy's prose does not.
    const post = OTHER_SCRIPT_RE.test(s.text) ? quotedPost(lines) : null;
    return post ?? { index: s.index, line: (lines[s.index] as string).slice(s.start), holders };
  }
  return quotedPost(lines);
}

/** The signature under a post quoted on a page: "— Ursula von der Leyen (@vonderleyen) October 26, 2022". */
const POST_SIGNATURE_RE =
  /^[—–-]\s*(\p{Lu}[\p{L}.'’ -]{2,60}?)\s*\(@\w{2,30}\)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})\s*$/u;
/**
 * The day of the first leader's post quoted on the page ("— Narendra Modi (@narendramodi)
 * August 16, 2022"), for a page that carries no date of its own: the day its "today" and
 * weekdays count from.
 */
export function postSignatureDate(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, MAX_LINES * 3)) {
    const at = line.lastIndexOf('— ');
    const sign = at >= 0 ? POST_SIGNATURE_RE.exec(line.slice(at)) : null;
    if (sign) return parseDateLine(sign[2] as string);
  }
  return null;
}

/** A post's report of a talk: "Very good phone call with UK PM @RishiSunak", "Good meeting with @POTUS Biden today". */
const POST_TALK_RE =
  /\b((?:tele)?phone ?call|video ?call|call|meeting|talks|conversation)\s+with\s+((?:the\s+)?[A-Z@][^.,!;:()]{2,80}?)(?=\s+(?:this|today|tonight|yesterday|on|in|at|about|to)\b|\s*[.,!;:(]|\s*$)/;

/** A post about a talk still to come: "Looking forward to my call with … tomorrow". */
const POST_AHEAD_RE =
  /\blooking forward\b|\btomorrow\b|\bnext (?:week|month)\b|\blater today\b|\bahead of\b/i;

/** A post's way of naming people: "@POTUS", "UK PM", "@RishiSunak". */
function postNames(text: string): string {
  return text
    .replace(/@POTUS\b/g, 'US President')
    .replace(/\bPM\b/g, 'Prime Minister')
    .replace(/@(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)\b/gu, '$1 $2')
    .replace(/@(?=\p{Lu})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A leader's own post quoted on a news page ("Very good phone call with UK PM @RishiSunak" over
 * "— Ursula von der Leyen (@vonderleyen) October 26, 2022"), where the page's own prose is in
 * another language or names no talk: the post stands in for the lead, written as one ("Ursula
 * von der Leyen had a phone call with UK Prime Minister Rishi Sunak on October 26, 2022.").
 */
function quotedPost(lines: readonly string[]): FallbackLead | null {
  for (let i = 1; i < Math.min(lines.length, MAX_LINES * 3); i++) {
    const sign = POST_SIGNATURE_RE.exec(lines[i] as string);
    if (!sign) continue;
    for (let k = Math.max(0, i - 6); k < i; k++) {
      const talk = POST_TALK_RE.exec(lines[k] as string);
      if (!talk || FUTURE_RE.test(lines[k] as string) || POST_AHEAD_RE.test(lines[k] as string)) continue;
      const kind = /video/i.test(talk[1] as string)
        ? 'video call'
        : /call/i.test(talk[1] as string)
          ? 'phone call'
          : talk[1];
      const line = `${sign[1]} had a ${kind} with ${postNames(talk[2] as string)} on ${sign[2]}.`;
      return { index: k, line, holders: [], written: true };
    }
  }
  return null;
}

/**
 * A heading that is itself the talk's sentence (a capture's first line taken for the title:
 * "Kremlin spokesman … confirmed that Russian President Vladimir Putin held a phone conversation
 * with Japanese Prime Minister Yoshihide Suga"): the office holders of two countries or more
 * it names on the date, in its order; none otherwise.
 */
export function holdersInHeading(title: string | null, date: string | null): Participant[] {
  if (!title || title.length < 40 || !talkWord(title) || FUTURE_RE.test(title) || latinFutureTalk(title))
    return [];
  const holders = holdersIn(title, date);
  return new Set(holders.map((h) => h.country)).size >= 2 ? holders : [];
}
