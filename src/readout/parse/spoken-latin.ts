import type { Participant, ReadoutKind } from '../types.js';
import { shiftDate } from './dates.js';
import { isLatinYesterday, latinFutureTalk, latinKind, latinPastAt, latinRelative } from './latin.js';
import { latinPrincipals } from './lead-latin.js';
import { resolveOfficeHolders } from './people.js';

/**
 * Press conferences in languages written in Latin letters other than English, French and German:
 * a head of government's weekly press conference ("Letterlijke tekst persconferentie na
 * ministerraad"), two leaders' joint statements to the press ("Pernyataan Pers Bersama, Presiden
 * RI dan Presiden …"). Their speakers tell of a talk in the first person ("Ik had gisteren een
 * telefonisch gesprek met …", "Presiden … dengan saya baru saja melakukan pertemuan bilateral"):
 * the talk's principals are the speaker, named by the label over their words, and the
 * counterpart the same sentence names. Cheap: read only on a page whose title names such a
 * press conference, over its first lines.
 */

/** Titles of press conferences and joint statements to the press in these languages. */
export const LATIN_PRESS_TITLE_RE =
  /(?<!\p{L})(?:persconferentie|pernyataan pers(?: bersama)?|konferensi pers|jumpa pers|rueda de prensa|conferencia de prensa|declaraci[óo]n conjunta a la prensa|conferenza stampa|dichiarazioni congiunte alla stampa|conferência de imprensa|coletiva de imprensa|entrevista coletiva|declaração à imprensa|basın toplantısı|ortak basın|konferencja prasowa|oświadczenie dla prasy|họp báo|tiskov[áé] konferenc\p{L}*|presskonferens|pressekonference|pressekonferanse|conferin[țţ][ăa] de pres[ăa])(?!\p{L})/iu;

/**
 * A speaker's label on its own line, or opening the speaker's words: "Presiden Jokowi:",
 * "Inleidend statement minister-president Rutte:" (a Dutch opening statement's, with or without its colon).
 */
const LABEL_RE = /^([^:.!?]{3,80}):\s*(.*)$|^(Inleidende? (?:statement|verklaring) [^:.!?]{3,60})()$/u;
/** Labels of those who ask. */
const ASKER_RE =
  /(?<!\p{L})(?:vraag|journalist\p{L}*|pertanyaan|wartawan|pregunta|periodista|domanda|giornalista|pergunta|jornalista|soru|gazeteci|pytanie|dziennikarz|câu hỏi|phóng viên|fråga|spørgsmål|spørsmål|întrebare|otázka)(?!\p{L})/iu;
/** The speaker's own part in the talk. */
const FIRST_PERSON_RE = new RegExp(
  `(?<!\\p{L})(?:${'ik wij we mij saya kami aku yo nosotros io noi eu nós ben biz ja my tôi jag vi jeg'
    .split(' ')
    .flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)])
    .join('|')})(?!\\p{L})`,
  'u',
);
/** A sentence's end. */
const SENTENCE_END_RE = /(?<=[.!?])\s+/;

/** How many lines from the top, and how many characters of the speakers' words, are read. */
const MAX_LINES = 40;
const MAX_CHARS = 6000;

export type LatinSpokenTalk = { participants: Participant[]; kind: ReadoutKind; date: string | null };

/** The principal a label names, resolved on the date; null for an asker or a label naming no office. */
function labelSpeaker(label: string, date: string | null): Participant | null {
  if (ASKER_RE.test(label)) return null;
  const [p] = latinPrincipals(label, null).filter((q) => q.name && q.title);
  if (!p) return null;
  const found = [p];
  resolveOfficeHolders(found, date, []);
  return found[0]?.country ? (found[0] as Participant) : null;
}

/** A word of company before the counterpart ("met", "dengan", "con", "ile"), or the speaker joined after it ("… dengan saya", "… en ik"). */
const WITH_BEFORE_RE =
  /(?<!\p{L})(?:met|with|dengan|bersama|con|com|ile|z|ze|cu|với|med|avec|mit)\s+(?:[\p{L}.'’-]+\s+){0,5}$/iu;
const WITH_AFTER_RE =
  /^[\p{L}.'’ -]{0,20}?\s(?:dan|dengan|en|e|y|và|ve|i|och|og|and)\s+(?:saya|ik|mij|me|eu|yo|io|ben|ja|tôi|jag|jeg)(?!\p{L})/iu;

/** Whether the sentence names the counterpart as the speaker's company in the talk. */
function withSpeaker(sentence: string, name: string): boolean {
  const family = name.split(' ').at(-1) ?? name;
  const at = sentence.indexOf(family);
  if (at < 0) return false;
  return (
    WITH_BEFORE_RE.test(sentence.slice(Math.max(0, at - 60), at)) ||
    WITH_AFTER_RE.test(sentence.slice(at + family.length, at + family.length + 40))
  );
}

/** The day a sentence's "yesterday" names, counted from the date; the date itself otherwise. */
function dayOf(sentence: string, date: string | null): string | null {
  if (!date) return null;
  const m = latinRelative(sentence);
  if (!m || !isLatinYesterday(m[1] as string)) return date;
  return shiftDate(date, -1);
}

/**
 * The talk a speaker of such a press conference reports in the first person with someone of
 * another country, the speaker first; null when none.
 */
export function latinSpokenTalk(lines: readonly string[], date: string | null): LatinSpokenTalk | null {
  let speaker: Participant | null = null;
  let chars = 0;
  for (const line of lines.slice(0, MAX_LINES)) {
    const label = LABEL_RE.exec(line);
    let words = line;
    const name = label ? (label[1] ?? label[3] ?? '') : '';
    if (label && !/\d$/.test(name)) {
      speaker = labelSpeaker(name, date);
      words = label[2] ?? label[4] ?? '';
    }
    if (!speaker || !words) continue;
    chars += words.length;
    if (chars > MAX_CHARS) break;
    for (const sentence of words.split(SENTENCE_END_RE)) {
      if (!FIRST_PERSON_RE.test(sentence) || latinFutureTalk(sentence)) continue;
      const kind = latinKind(sentence.toLowerCase());
      if (latinPastAt(sentence) < 0 && kind === 'other') continue;
      const day = dayOf(sentence, date);
      const others = latinPrincipals(sentence, null).filter((p) => p.name);
      resolveOfficeHolders(others, day, []);
      const own = speaker;
      const counterpart = others.find(
        (p) => p.country && p.country !== own.country && /\s/.test(p.name) && withSpeaker(sentence, p.name),
      );
      if (!counterpart) continue;
      return { participants: [own, counterpart], kind: kind === 'other' ? 'meeting' : kind, date: day };
    }
  }
  return null;
}
