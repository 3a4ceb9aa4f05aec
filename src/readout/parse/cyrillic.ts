import { type Holder, OFFICE_HOLDERS } from '../office-holders.js';
import type { Participant } from '../types.js';

/**
 * Office holders named in Cyrillic (a Russian, Ukrainian or Bulgarian copy of a readout:
 * "Президент России Владимир Путин провел телефонный разговор с …"). The office table holds
 * names in Latin letters, so both sides are brought to a consonant skeleton: the Cyrillic word
 * transliterated, vowels dropped ("Меркель" → "mrkl", as "Merkel"). A case ending adds a
 * letter or two ("Трампом" → "trmpm", from "trmp"). A holder is named when a word's skeleton
 * starts with the surname's (at most two letters more; a surname of two consonants needs the whole given name of three or more) and the word
 * before it starts as the holder's given name does ("Владимир Путин", "Ангелой Меркель").
 */

const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
};

/** A Cyrillic word in Latin letters, lower-cased. */
export function transliterate(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += LETTERS[ch] ?? ch;
  return out;
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
  form: string;
  surname: string;
  initial: string;
  given: string;
  fullGiven: string;
};

let bySurname: Map<string, Form[]> | null = null;
/** The table's forms by the first three consonants of their surnames. */
function formsBySurname(): Map<string, Form[]> {
  if (bySurname) return bySurname;
  bySurname = new Map();
  for (const holder of OFFICE_HOLDERS)
    for (const form of [holder.name, ...holder.aka]) {
      const words = form.split(/\s+/);
      if (words.length < 2) continue;
      const surname = skeleton(words.at(-1) as string);
      if (surname.length < 2) continue;
      const key = surname.slice(0, 2);
      const list = bySurname.get(key) ?? [];
      const first = words[0] as string;
      list.push({
        holder,
        form,
        surname,
        initial: first.toLowerCase().slice(0, 1),
        given: skeleton(first).slice(0, 2),
        fullGiven: skeleton(first),
      });
      bySurname.set(key, list);
    }
  return bySurname;
}

const CYRILLIC_WORD_RE = /[\p{Script=Cyrillic}][\p{Script=Cyrillic}-]*/gu;

/** Whether a holder was in office on the date (any date when none is known). */
function inOffice(h: Holder, date: string | null): boolean {
  return !date || (h.from <= date && (h.to === null || date <= h.to));
}

/** Office holders on the date a Cyrillic text names by given name and surname, in its order. */
export function cyrillicHolders(text: string, date: string | null): Participant[] {
  const words = [...text.matchAll(CYRILLIC_WORD_RE)];
  const found: Participant[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as RegExpMatchArray;
    if (!/^\p{Lu}/u.test(word[0])) continue;
    const bone = skeleton(transliterate(word[0]));
    const given = transliterate((words[i - 1] as RegExpMatchArray)[0]);
    if (!/^\p{Lu}/u.test((words[i - 1] as RegExpMatchArray)[0])) continue;
    for (const f of formsBySurname().get(bone.slice(0, 2)) ?? []) {
      if (seen.has(f.holder.name) || !inOffice(f.holder, date)) continue;
      if (!bone.startsWith(f.surname) || bone.length > f.surname.length + 2) continue;
      // The given name's first letter and consonants; a short surname ("Суга", "sg") needs the
      // whole given name ("Ёсихидэ", "shd", whose first vowel is written otherwise) to match.
      const whole = f.fullGiven.length >= 3 && skeleton(given).startsWith(f.fullGiven);
      const start = given.startsWith(f.initial) && skeleton(given).startsWith(f.given);
      if (f.surname.length < 3 ? !whole : !(start || whole)) continue;
      seen.add(f.holder.name);
      found.push({ name: f.holder.name, honorific: null, title: null, country: f.holder.country });
      break;
    }
  }
  return found;
}
