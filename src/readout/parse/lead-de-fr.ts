import { lookupTable } from '../../app/lookup.js';
import { countryFromName } from '../countries.js';
import { findHolders } from '../office-holders.js';
import type { Participant } from '../types.js';
import { countryOfName } from './people.js';

/**
 * Leads in German and French: the Federal Chancellery's own pages ("Bundeskanzler Olaf Scholz hat
 * heute mit dem russischen Präsidenten Wladimir Putin telefoniert"), the Élysée's ("Le Président
 * de la République s'est entretenu avec le Premier ministre japonais") and their copies ("Emmanuel
 * Macron et Donald Trump ont exprimé … lors de leur premier échange téléphonique"). Only the
 * principals are read here: each person by office (in English, for the office table) and
 * country, names as the text writes them.
 */

/** Words of a line that reports a talk in German or French. */
export const DE_FR_LEAD_RE =
  /(?<!\p{L})(?:telefoniert(?:e|en)?|Telefonat|Telefongespräch|zusammengetroffen|getroffen|traf|empfangen|empfing|gesprochen|entretenue?s?|entretien(?: téléphonique)?|échange téléphonique|a reçu|a rencontré|s['’]est entretenue?|se sont entretenus)(?!\p{L})/u;

/** Offices as German and French write them, and the English office the table knows. */
const OFFICES: [RegExp, string][] = [
  [/^(?:Bundeskanzler(?:in)?|Kanzler(?:in)?|Chancelier|Chancelière)$/i, 'Chancellor'],
  [
    /^(?:Staatspräsident(?:en|in)?|Präsident(?:en|in)?|Staatschef(?:s|in)?|Président(?:e)?|chef de l['’]État)$/i,
    'President',
  ],
  [
    /^(?:Premierminister(?:s|in)?|Ministerpräsident(?:en|in)?|Regierungschef(?:in)?|Premier ministre|Première ministre)$/i,
    'Prime Minister',
  ],
  [/^(?:Außenminister(?:s|in)?|ministre (?:\S+ )?des Affaires étrangères)$/i, 'Foreign Minister'],
  [/^secrétaire d['’]État$/i, 'Secretary of State'],
  [/^(?:König|Roi)$/i, 'King'],
  [/^(?:Kronprinz(?:en)?|Prince héritier)$/i, 'Crown Prince'],
];
/**
 * Offices, and the words for a counterpart ("son homologue russe", "seinem russischen Amtskollegen").
 * "secrétaire d'État" only for the American one: in France it is also a junior minister's title.
 */
const OFFICE_WORDS =
  "Bundeskanzler(?:in)?|Kanzler(?:in)?|Staatspräsident(?:en|in)?|Präsident(?:en|in)?|Staatschef(?:s|in)?|Premierminister(?:s|in)?|Ministerpräsident(?:en|in)?|Regierungschef(?:in)?|Außenminister(?:s|in)?|König|Kronprinz(?:en)?|[Cc]hancelière|[Cc]hancelier|[Pp]résidente?|[Pp]remi(?:er|ère) ministre|ministre (?:[a-zàâçéèêëîïôûùüœ-]+ )?des Affaires étrangères|[Rr]oi|[Pp]rince héritier|homologue|Amtskolleg(?:en|e|in)|chef de l['’]État|[Ss]ecrétaire d['’]État(?= (?:américain|des États-Unis))";

/** Country adjectives in German (declined) and French, by their stem. */
const ADJECTIVES = lookupTable<string>({
  amerikanisch: 'US',
  'us-amerikanisch': 'US',
  américain: 'US',
  russisch: 'RU',
  russe: 'RU',
  ukrainisch: 'UA',
  ukrainien: 'UA',
  französisch: 'FR',
  français: 'FR',
  deutsch: 'DE',
  allemand: 'DE',
  chinesisch: 'CN',
  chinois: 'CN',
  japanisch: 'JP',
  japonais: 'JP',
  britisch: 'GB',
  britannique: 'GB',
  italienisch: 'IT',
  italien: 'IT',
  polnisch: 'PL',
  polonais: 'PL',
  indisch: 'IN',
  indien: 'IN',
  türkisch: 'TR',
  turc: 'TR',
  kanadisch: 'CA',
  canadien: 'CA',
  israelisch: 'IL',
  israélien: 'IL',
  südkoreanisch: 'KR',
  koreanisch: 'KR',
  coréen: 'KR',
  'sud-coréen': 'KR',
  australisch: 'AU',
  australien: 'AU',
  spanisch: 'ES',
  espagnol: 'ES',
  brasilianisch: 'BR',
  brésilien: 'BR',
  mexikanisch: 'MX',
  mexicain: 'MX',
  saudisch: 'SA',
  saoudien: 'SA',
  grecque: 'GR',
  griechisch: 'GR',
  grec: 'GR',
  schwedisch: 'SE',
  suédois: 'SE',
  niederländisch: 'NL',
  néerlandais: 'NL',
  belgisch: 'BE',
  belge: 'BE',
  österreichisch: 'AT',
  autrichien: 'AT',
  schweizerisch: 'CH',
  suisse: 'CH',
  dänisch: 'DK',
  danois: 'DK',
  norwegisch: 'NO',
  norvégien: 'NO',
  finnisch: 'FI',
  finlandais: 'FI',
  portugiesisch: 'PT',
  portugais: 'PT',
  irisch: 'IE',
  irlandais: 'IE',
  tschechisch: 'CZ',
  tchèque: 'CZ',
  ungarisch: 'HU',
  hongrois: 'HU',
  rumänisch: 'RO',
  roumain: 'RO',
  bulgarisch: 'BG',
  bulgare: 'BG',
  kroatisch: 'HR',
  croate: 'HR',
  serbisch: 'RS',
  serbe: 'RS',
  slowakisch: 'SK',
  slovaque: 'SK',
  slowenisch: 'SI',
  slovène: 'SI',
  litauisch: 'LT',
  lituanien: 'LT',
  lettisch: 'LV',
  letton: 'LV',
  estnisch: 'EE',
  estonien: 'EE',
  ägyptisch: 'EG',
  égyptien: 'EG',
  iranisch: 'IR',
  iranien: 'IR',
  indonesisch: 'ID',
  indonésien: 'ID',
  vietnamesisch: 'VN',
  vietnamien: 'VN',
  südafrikanisch: 'ZA',
  'sud-africain': 'ZA',
  argentinisch: 'AR',
  argentin: 'AR',
  kasachisch: 'KZ',
  kazakh: 'KZ',
  georgisch: 'GE',
  géorgien: 'GE',
  moldauisch: 'MD',
  moldave: 'MD',
  katarisch: 'QA',
  qatarien: 'QA',
  pakistanisch: 'PK',
  pakistanais: 'PK',
  nigerianisch: 'NG',
  nigérian: 'NG',
  chilenisch: 'CL',
  chilien: 'CL',
  kolumbianisch: 'CO',
  colombien: 'CO',
  luxemburgisch: 'LU',
  luxembourgeois: 'LU',
  zyprisch: 'CY',
  chypriote: 'CY',
  maltesisch: 'MT',
  maltais: 'MT',
  belarussisch: 'BY',
  biélorusse: 'BY',
  armenisch: 'AM',
  arménien: 'AM',
  aserbaidschanisch: 'AZ',
  azerbaïdjanais: 'AZ',
  jordanisch: 'JO',
  jordanien: 'JO',
  libanesisch: 'LB',
  libanais: 'LB',
  marokkanisch: 'MA',
  marocain: 'MA',
  algerisch: 'DZ',
  algérien: 'DZ',
  tunesisch: 'TN',
  tunisien: 'TN',
  singapurisch: 'SG',
  singapourien: 'SG',
  philippinisch: 'PH',
  philippin: 'PH',
  thailändisch: 'TH',
  thaïlandais: 'TH',
  malaysisch: 'MY',
  malaisien: 'MY',
  neuseeländisch: 'NZ',
  'néo-zélandais': 'NZ',
  emiratisch: 'AE',
  émirien: 'AE',
});

/** The country an adjective names ("russischen", "américaine", "japonais"), else null. */
function adjectiveCountry(word: string | undefined): string | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/^us-/, 'us-');
  const stem = w.replace(/(?:en|er|es|em|e)$/, '').replace(/(?:ne|s)$/, '');
  return ADJECTIVES[w] ?? ADJECTIVES[stem] ?? ADJECTIVES[w.replace(/e?s?$/, '')] ?? null;
}

/** "de la République" is the publisher's own; "des États-Unis", "du Japon": that country. */
function phraseCountry(phrase: string | undefined, home: string | null): string | null {
  if (!phrase) return null;
  // "le Président de la République": France's, in a French text on any site.
  if (/^de la République$/i.test(phrase)) return home ?? 'FR';
  const place = phrase.replace(/^(?:des|du|de la|de l['’]|de|d['’]|von|der)\s*/i, '');
  return countryFromName(place.replace(/^États-Unis$/i, 'United States')) ?? null;
}

const NAME = String.raw`(?:[A-ZÄÖÜÉ][\p{L}'’-]+|von|der|de|bin)(?:\s+(?:[A-ZÄÖÜÉ][\p{L}'’-]+|von der|von|bin|de))*`;
const PERSON_RE = new RegExp(
  String.raw`(?:(?<!\p{L})(\p{Ll}[\p{Ll}-]*)\s+)?(?<!\p{L})(${OFFICE_WORDS})(?:\s+(?!(?:de|des|du|la|le|les|von|der|den|dem|mit|und|et|hat|haben|habe|hatte|hatten|sei|seien|wurde|a|ont|sind|ist)(?!\p{L}))(\p{Ll}[\p{Ll}-]*))?(?:\s+(de la République|des États-Unis|du [A-Z]\p{L}+|de l['’][A-Z]\p{L}+|d['’][A-Z]\p{L}+))?,?\s*(${NAME})?`,
  'gu',
);
/** Two people by name alone as the subject: "Emmanuel Macron et Donald Trump ont …". */
const NAMED_PAIR_RE = new RegExp(
  String.raw`(?:^|[,.]\s+|\d\s+)(${NAME})\s+(?:et|und)\s+(${NAME})\s+(?:ont|vont|haben|sind|se sont|s['’])`,
  'u',
);

/**
 * A subject by name alone, opening the sentence before its verb: "Angela Merkel hat mit …
 * telefoniert", "Emmanuel Macron a reçu …", "… s'est entretenu" (a party's tag may follow the
 * name: "(CDU)").
 */
const SUBJECT_NAME_RE = new RegExp(
  String.raw`^(?:[^,.]{10,200},\s+)?(${NAME})(?:\s+\([\p{Lu}\p{Ll}/ -]{2,20}\))?\s+(?:hat|a|avait|s['’](?:est|était))(?!\p{L})`,
  'u',
);

/** A person named after "avec"/"mit" with no office before the name. */
const WITH_NAME_RE = new RegExp(String.raw`(?<!\p{L})(?:avec|mit)\s+(${NAME})`, 'gu');

/** The principals of a German or French lead sentence, subject first, one per country. */
export function deFrPrincipals(sentence: string, home: string | null): Participant[] {
  const people: Participant[] = [];
  const pair = NAMED_PAIR_RE.exec(sentence);
  if (pair)
    for (const name of [pair[1], pair[2]] as string[])
      people.push({ name, honorific: null, title: null, country: countryOfName(name) });
  // The subject by a name the office table knows (its country is the holder's, never a guess).
  const subject = pair ? null : SUBJECT_NAME_RE.exec(sentence);
  const subjectCountry = subject?.[1]?.includes(' ') ? countryOfName(subject[1]) : null;
  if (subject && subjectCountry)
    people.push({ name: subject[1] as string, honorific: null, title: null, country: subjectCountry });
  for (const m of sentence.matchAll(PERSON_RE)) {
    const office = OFFICES.find(([re]) => re.test(m[2] as string))?.[1] ?? null;
    // The adjective inside the office too: "le ministre turc des Affaires étrangères".
    const inner = /^ministre (\p{Ll}+) des/u.exec(m[2] as string)?.[1];
    const country =
      adjectiveCountry(m[3]) ??
      adjectiveCountry(m[1]) ??
      adjectiveCountry(inner) ??
      phraseCountry(m[4], home) ??
      null;
    const name = (m[5] ?? '').split(/\s+/).slice(0, 4).join(' ');
    const person: Participant = { name, honorific: null, title: office, country };
    if (!person.country && name.includes(' ')) person.country = countryOfName(name);
    if (!person.country && /^(?:Bundeskanzler|Chancellor)/.test(m[2] as string)) person.country = 'DE';
    // "le chef de l'État" with no country: France's, as "le président de la République" is.
    if (!person.country && /^chef de l/.test(m[2] as string)) person.country = home ?? 'FR';
    if (!person.country && people.length === 0) person.country = home;
    people.push(person);
  }
  // "… a eu un échange téléphonique avec Vladimir Poutine": the counterpart by name alone.
  for (const m of sentence.matchAll(WITH_NAME_RE)) {
    const written = (m[1] as string).split(/\s+/).slice(0, 4).join(' ');
    const [holder] = written.includes(' ') ? findHolders({ name: { text: written, match: 'full' } }) : [];
    // The table's form of the name ("Vladimir Putin" for "Vladimir Poutine").
    if (holder) people.push({ name: holder.name, honorific: null, title: null, country: holder.country });
  }
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.country ?? p.name;
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const OFFICE_RE = new RegExp(String.raw`(?<!\p{L})(?:${OFFICE_WORDS})(?!\p{L})`, 'u');

/** Talks in the plural ("hat heute Telefongespräche mit … geführt"): read for principals only. */
const DE_PLURAL_TALK_RE = /(?<!\p{L})(?:Telefonate|Telefongespräche)(?!\p{L})/u;

/**
 * A German or French line that reports a talk and names someone by office or two by name. With
 * `plural`, a line of several talks too ("Telefongespräche mit …"), whose principals are read
 * once a page's lead has been found by other means.
 */
export function isDeFrLead(line: string, plural = false): boolean {
  return (
    DE_FR_HINT_RE.test(line) &&
    (DE_FR_LEAD_RE.test(line) || (plural && DE_PLURAL_TALK_RE.test(line))) &&
    (OFFICE_RE.test(line) || NAMED_PAIR_RE.test(line))
  );
}

/** A cheap first look (no Unicode classes) before the patterns above: most lines are neither. */
const DE_FR_HINT_RE = /elefon|getroffen|traf|empf|gesprochen|entret|change t|re(?:ç|c)u|rencontr/;
