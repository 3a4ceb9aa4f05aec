import { lookupTable } from '../../app/lookup.js';
import { OFFICE_HOLDERS } from '../office-holders.js';

/** Publishers by the host of a page's address. */
const SOURCE_HOSTS: [RegExp, string][] = [
  [/(^|\.)mofa\.go\.jp$/, 'mofa'],
  [/(^|\.)kantei\.go\.jp$/, 'kantei'],
  [/(^|\.)gov-online\.go\.jp$/, 'govonline'],
  [/(^|\.)whitehouse\.gov$|whitehouse\.archives\.gov$/, 'whitehouse'],
  [/(^|\.)state\.gov$/, 'state'],
  [/(^|\.)gov\.uk$/, 'ukgov'],
  [/(^|\.)pm\.gc\.ca$/, 'pmgc'],
  [/(^|\.)kremlin\.ru$/, 'kremlin'],
  [/(^|\.)(consilium\.)?europa\.eu$/, 'eu'],
  [/(^|\.)mea\.gov\.in$|(^|\.)pib\.gov\.in$|(^|\.)newsonair\.gov\.in$/, 'india'],
  [/(^|\.)vietnam\.gov\.vn$|(^|\.)chinhphu\.vn$|(^|\.)baochinhphu\.vn$/, 'vietnam'],
  // The American Presidency Project republishes the White House's own documents.
  [/(^|\.)presidency\.ucsb\.edu$/, 'whitehouse'],
  [/(^|\.)president\.go\.kr$|(^|\.)korea\.kr$|(^|\.)mofa\.go\.kr$/, 'korea'],
  [/(^|\.)pm\.gov\.au$|(^|\.)pmtranscripts\.pmc\.gov\.au$/, 'pmau'],
  [/(^|\.)elysee\.fr$/, 'elysee'],
  [/(^|\.)bundesregierung\.de$|(^|\.)bundeskanzler\.de$/, 'bundesregierung'],
];

/** Copies on wire sites name their source in a line: "Source: Prime Minister of Canada". */
const SOURCE_LINES: [RegExp, string][] = [
  [/Source:\s*(?:<[^>]*>\s*)*Prime Minister of Canada/i, 'pmgc'],
  [/Source:\s*(?:<[^>]*>\s*)*The White House/i, 'whitehouse'],
  [/Source:\s*(?:<[^>]*>\s*)*(?:U\.S\. )?(?:Department of State|State Department)/i, 'state'],
  [/Source:\s*(?:<[^>]*>\s*)*(?:Prime Minister's Office, 10 Downing Street|GOV\.UK)/i, 'ukgov'],
  [/Source:\s*(?:<[^>]*>\s*)*(?:(?:Official website of the )?President of Russia|Kremlin)/i, 'kremlin'],
  // A WordPress copy of a whitehouse.gov feed item keeps its last line.
  [/appeared first on The White House/i, 'whitehouse'],
  [/Source:\s*(?:<[^>]*>\s*)*Ministry of Foreign Affairs of Japan/i, 'mofa'],
  // No 10's readouts open with their attribution; copies keep it.
  [/\bA (?:Downing Street|No ?10) spokesperson said:/i, 'ukgov'],
  // A mirror's header or note naming No 10 ("Prime Ministers Office 10 Downing Street",
  // "The press release issued by 10 Downing Street on …").
  [
    /^\s*(?:Prime Minister'?s Office,?\s*)?10 Downing Street\s*$|press release issued by 10 Downing Street/im,
    'ukgov',
  ],
  // The White House's readout titles, kept by an embassy's or an archive's copy (the Vice
  // President's too: "Readout of Vice President Biden's Telephone Call").
  [
    /^\s*Read-?out of (?:the )?(?:Vice )?President(?:['’]s| Obama['’]s| Biden['’]s| Trump['’]s) (?:(?:Tele)?phone )?(?:Call|Meeting)\b/im,
    'whitehouse',
  ],
];

/** A copy's line naming the original's address: "Original article link: https://www.gov.uk/…". */
const ORIGINAL_URL_RE =
  /(?:Original article link|Official news published at|Originally published at|Original source|Source link)\s*:?\s*(https?:\/\/[^\s"'<>]+)/i;

/** The publisher of a page, from its URL first, then from tell-tale words in it. */
export function detectSource(url: string | null | undefined, content: string): string {
  if (url) {
    try {
      const host = new URL(url).hostname.toLowerCase();
      for (const [re, id] of SOURCE_HOSTS) if (re.test(host)) return id;
    } catch {
      // Not a URL: fall through to the content.
    }
  }
  for (const [re, id] of SOURCE_LINES) if (re.test(content)) return id;
  const original = ORIGINAL_URL_RE.exec(content);
  if (original && original[1] !== url) {
    const id = detectSource(original[1], '');
    if (id !== 'other') return id;
  }
  // Kantei pages end with the archive of earlier cabinets' entries.
  if (/Archives \(Archived entries for the \d+\w* through \d+\w* prime ministers\)/i.test(content))
    return 'kantei';
  const head = content.slice(0, 20_000);
  if (/Ministry of Foreign Affairs of Japan|mofa\.go\.jp|id="maincontents"/i.test(head)) return 'mofa';
  if (/Prime Minister's Office of Japan|kantei\.go\.jp/i.test(head)) return 'kantei';
  if (/^\s*Japan[-–]\S.* Relations\s*$/m.test(head)) return 'mofa';
  // "Press Releases" and "Countries & Regions" head many ministries' pages: they are MOFA's only
  // with MOFA's own shape, a "Japan-…" title or a Japanese principal written family name first in
  // capitals ("KAMIKAWA Yoko").
  if (/^\s*(Press Releases|Countries & Regions)\s*$/m.test(head) && mofaShape(head)) return 'mofa';
  return 'other';
}

/** A MOFA page's own shape: a title naming Japan first ("Japan-Viet Nam Summit Meeting"), or MOFA's "KISHIDA Fumio". */
export function mofaShape(head: string): boolean {
  if (/^\s*Japan[-–]\S/m.test(head)) return true;
  for (const m of head.matchAll(/\b([A-Z]{2,})\s+([A-Z][a-z]+)\b/g)) {
    const family = (m[1] as string).toLowerCase();
    if (JAPANESE_FAMILY_NAMES().has(family)) return true;
  }
  return false;
}

let familyNames: Set<string> | null = null;
/** The family names of Japan's office holders, lower-cased. */
function JAPANESE_FAMILY_NAMES(): Set<string> {
  familyNames ??= new Set(
    OFFICE_HOLDERS.filter((h) => h.country === 'JP').map((h) => h.family.toLowerCase()),
  );
  return familyNames;
}

/** The country each publisher speaks for: the subject of its readouts. */
export const HOME_COUNTRY = lookupTable<string>({
  mofa: 'JP',
  kantei: 'JP',
  govonline: 'JP',
  whitehouse: 'US',
  state: 'US',
  ukgov: 'GB',
  pmgc: 'CA',
  kremlin: 'RU',
  eu: 'EU',
  vietnam: 'VN',
  india: 'IN',
  korea: 'KR',
  pmau: 'AU',
  elysee: 'FR',
  bundesregierung: 'DE',
});
