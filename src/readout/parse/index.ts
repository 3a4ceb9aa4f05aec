import { countryFromName } from '../countries.js';
import { type Relation, relationOf } from '../relation.js';
import { type DocType, type KeyPoint, type Participant, type Readout, unknownReadout } from '../types.js';
import { bodyAfterLead, cutOffWarning, readPoints, untilFooter } from './body.js';
import { completeFromBody, dateAfterLead } from './body-facts.js';
import { OVERVIEW_RE } from './chrome.js';
import { cjkCompleteFromBody, cjkLead, isCjkText, parseCjkLead } from './cjk.js';
import {
  CJK_FULL_DATE_RE,
  cjkFullDate,
  filedMonth,
  findMonthDay,
  isoDate,
  pageWritesDate,
  parseDateLine,
  shiftDate,
  yearNear,
} from './dates.js';
import { classifyDocType, isPressConferenceHeading, titleRulesOut } from './doc-type.js';
import { type FallbackLead, fallbackLead, holdersInHeading, postSignatureDate } from './fallback.js';
import { dateFromTitle, dateFromUrl, type Header, isStamp, monthFromTitle, readHeader } from './header.js';
import { parseKeyPoints } from './key-points.js';
import { fold, latinKind, latinWeekdayDated } from './latin.js';
import {
  dayInOpening,
  findDurations,
  firstSentence,
  kindFromPhrase,
  type LeadFacts,
  parseLead,
} from './lead.js';
import { locate, type Page, pageLines } from './page.js';
import {
  counterpartFromTitle,
  counterpartInTitle,
  furtherTalks,
  headlinePair,
  joinedPrincipals,
  ownByPair,
  ownFromTitle,
  ownPrincipalIn,
  placeByTitle,
  pressTitleCountries,
  speakerOf,
  talkCountries,
  titleCompletes,
} from './principals.js';
import { scriptFullDate } from './script-dates.js';
import { HOME_COUNTRY } from './source.js';
import { LATIN_PRESS_TITLE_RE, latinSpokenTalk } from './spoken-latin.js';
import { firstAnswer, holdersOfTalkAfterLead, reportedTalk } from './spoken-talk.js';
import { transcriptPrincipals } from './transcript.js';

export { dateFromUrl } from './header.js';
export { detectSource } from './source.js';

export type ParseInput = {
  /** The page: HTML or plain text. */
  content: string;
  /** The page's address, when known: it names the source and may carry the date. */
  url?: string | null;
  /** Publisher id; detected from the URL and the content when absent. */
  source?: string | null;
  /** The feed item's date (YYYY-MM-DD), for a lead and page without a year. */
  published?: string | null;
  /** Title from the feed item, used when the page has none. */
  feedTitle?: string | null;
  /** The element holding the readout on this source's pages (a catalogue entry's `container`), tried first. */
  container?: readonly string[] | null;
};

/** What the header tells about the page as a whole: whose it is and what day it counts from. */
type Context = {
  homeCountry: string | null;
  japaneseSource: boolean;
  /** The counterpart's country a MOFA section line names ("Japan-Viet Nam Relations"). */
  sectionCountry: string | null;
  /** The page's date: its date line, else the feed's, else its address's. */
  pageDate: string | null;
  /** The day the text's dates count from (GOV.UK's title date when not after the page's). */
  referenceDate: string | null;
  /**
   * Whether that day may date a talk whose text gives it no day: it is the page's own (a date
   * line or the title's date in its text) or a government publisher's (its feed item's date is
   * its readout's). A news site's or a copy's date known only from its feed item, the index or
   * its address counts its "today" and weekdays, but dates nothing by itself.
   */
  referenceStated: boolean;
  /** The event's date as the title gives it, when not after the page's. */
  titleDate: string | null;
  /** The feed item's title. */
  feedTitle: string | null;
  /**
   * The month the page is filed under (breadcrumb, address) or its title names ("…: May 2014"):
   * a year for a yearless date, and who held an office all that month.
   */
  monthHint: string | null;
  /**
   * For a page with no date of its own, the day its "today" and weekdays count from: a quoted
   * post's signature, else a photo caption's full date with its weekday.
   */
  undatedReference: string | null;
};

/** The lead, read: its sentence, the text after MOFA's overview sentence, its facts and doubts. */
type Lead = { sentence: string; afterOverview: string | null; facts: LeadFacts; warnings: string[] };

/** The readout's body, read: its key points, else its prose, and its doubts. */
type Points = { keyPoints: KeyPoint[]; prose: string[]; warnings: string[] };

/**
 * Parses one readout page (HTML or plain text) into a Readout. Pure: no I/O, no clock.
 * Never throws on odd input; what it cannot read is null, and each doubt is a warning.
 */
export function parseReadout(input: ParseInput): Readout {
  const page = pageLines(locate(input), Boolean(input.source));
  let header = readHeader(page, input);
  let context = pageContext(page, header, input);
  const stand = header.leadIndex < 0 ? standIn(page, header, context) : null;
  const pageLine = stand ? (page.lines[stand.index] as string) : '';
  if (stand) {
    // The header is read again above the stand-in lead: its date line may stand lower.
    page.lines[stand.index] = stand.line;
    header = readHeader(page, input, stand.index);
    context = pageContext(page, header, input);
  }
  if (header.leadIndex < 0) return readoutWithoutLead(page, header, context);
  const lead = readLead(page, header, context);
  if (stand && stand.holders.length > 0) byHolders(lead.facts, stand.holders, context.homeCountry);
  else if (!stand && lead.facts.participants.length === 0 && /\bcounterparts?\b/i.test(lead.sentence))
    namedBelow(page, header, context, lead.facts);
  // "Modi, Biden discuss …" over a lead naming one of them: the title names the other side.
  lead.facts.participants = titleCompletes(
    lead.facts.participants,
    header.title,
    lead.facts.date ?? context.referenceDate,
  );
  const docType = classify(page, header, context, lead, stand !== null);
  if (docType === 'readout' && lead.facts.kind === 'other') kindBelow(page, header, lead.facts);
  if (docType === 'press_conference') talkOfTranscript(page, header, context, lead.facts);
  const spoken = page.lines.slice(header.leadIndex, header.leadIndex + 4);
  if (
    docType === 'press_conference' ||
    SPEAKER_LABEL_RE.test(spoken[0] as string) ||
    TRANSCRIPT_TITLE_RE.test(header.title ?? '')
  ) {
    const named = transcriptPrincipals(
      lead.facts.participants,
      spoken,
      header.title,
      context.homeCountry,
      lead.facts.date ?? context.referenceDate,
    );
    // A speaker alone is no talk's principal: a transcript naming no counterpart lists none.
    const countries = new Set([...named.map((p) => p.country), context.homeCountry]);
    lead.facts.participants = countries.size > 1 || docType !== 'press_conference' ? named : [];
  }
  const date = lead.facts.date ?? context.referenceDate;
  if (docType === 'readout' && !context.homeCountry) {
    const text = page.lines.slice(header.leadIndex, header.leadIndex + 8).join('\n');
    if (ownByPair(lead.facts.participants, lead.sentence, text, date))
      lead.warnings = lead.warnings.filter((w) => !w.includes('is named only by office'));
  }
  const fromLead = page.lines.slice(header.leadIndex, header.leadIndex + 6);
  const people = readPeople(lead.facts, docType, header, context.homeCountry, date, fromLead);
  if (stand?.written) {
    // The facts came from a post quoted on the page; the readout's text stays the page's own.
    page.lines[stand.index] = pageLine;
    lead.sentence = pageLine;
    lead.warnings.push('the talk was read from a post quoted on the page');
  }
  const points = readBody(page, header, lead, context, docType);
  return assemble(page, header, lead, docType, people, points);
}

/** Stage 7, facts: the readout, with every doubt of the stages in the order they were met. */
function assemble(
  page: Page,
  header: Header,
  lead: Lead,
  docType: DocType,
  people: People,
  points: Points,
): Readout {
  const { facts } = lead;
  const warnings = [...lead.warnings, ...points.warnings];
  if (!people.relation) warnings.push('relation unknown: fewer than two countries identified');
  if (header.published && facts.date && header.published !== facts.date)
    warnings.push(`the page is dated ${header.published}; the event took place on ${facts.date}`);
  return {
    source: page.source,
    url: page.url,
    title: header.title,
    section: header.section,
    kind: facts.kind,
    docType,
    date: facts.date,
    published: header.published,
    start: facts.start,
    durationMinutes: facts.durationMinutes,
    durationApproximate: facts.durationApproximate,
    ...(facts.segments ? { segments: facts.segments } : {}),
    participants: facts.participants,
    countries: people.relation?.countries ?? [...new Set(people.codes)],
    relation: people.relation?.slug ?? null,
    keyPoints: points.keyPoints,
    summary: points.keyPoints.length === 0 ? keptProse([lead.sentence, ...points.prose], warnings) : [],
    warnings,
  };
}

/** A readout's prose: at most this many paragraphs, each at most this many characters. */
export const PROSE_LIMITS = { paragraphs: 40, chars: 4000 };

/**
 * The prose paragraphs a readout keeps when it has no numbered points. A page whose "paragraph"
 * is megabytes of one text node (a broken or hostile page) must not become a stored and indexed
 * summary of that size: each paragraph is cut at a word near the limit, and what is cut is said
 * in the warnings (the page itself keeps it all).
 */
function keptProse(paragraphs: string[], warnings: string[]): string[] {
  const kept = paragraphs.slice(0, PROSE_LIMITS.paragraphs).map((p) => {
    if (p.length <= PROSE_LIMITS.chars) return p;
    const cut = p.lastIndexOf(' ', PROSE_LIMITS.chars);
    return `${p.slice(0, cut > PROSE_LIMITS.chars / 2 ? cut : PROSE_LIMITS.chars)}…`;
  });
  const cutShort = kept.filter((p, i) => p !== paragraphs[i]).length;
  const dropped = paragraphs.length - kept.length;
  if (cutShort || dropped)
    warnings.push(
      `summary shortened: ${cutShort} paragraph${cutShort === 1 ? '' : 's'} cut at ${PROSE_LIMITS.chars} characters, ${dropped} more paragraph${dropped === 1 ? '' : 's'} left at the source`,
    );
  return kept;
}

/** The publisher's country, the section's country, and the dates the text counts from. */
function pageContext(page: Page, header: Header, input: ParseInput): Context {
  const feedDate = input.published;
  const sectionMatch = header.section ? /^Japan[-–‑](.+) Relations$/i.exec(header.section) : null;
  const japaneseSource = page.source === 'mofa' || page.source === 'kantei' || page.source === 'govonline';
  // GOV.UK's title date (": 11 May 2018") is the event's; a copy's later date is its own.
  // A page's date line later than its feed item's is a wrapper's or an update's: the earlier counts.
  const pageDate =
    header.published && feedDate && feedDate < header.published
      ? feedDate
      : (header.published ?? feedDate ?? dateFromUrl(page.url) ?? releaseDate(page.lines));
  const titleDate = dateFromTitle(header.title);
  const undatedReference =
    pageDate || titleDate
      ? null
      : (postSignatureDate(page.lines) ??
        weekdayDated(input.content) ??
        latinWeekdayDated(input.content) ??
        scriptDateNearTop(page.lines));
  return {
    homeCountry: HOME_COUNTRY[page.source] ?? null,
    japaneseSource,
    sectionCountry: sectionMatch ? countryFromName(sectionMatch[1] as string) : null,
    pageDate,
    referenceDate: titleDate && (!pageDate || titleDate <= pageDate) ? titleDate : (pageDate ?? titleDate),
    titleDate: titleDate && (!pageDate || titleDate <= pageDate) ? titleDate : null,
    // A news site's stamp ("March 17, 2022 19:11") tells when its article went up, which may be
    // a day after the talk: like a feed item's date, it counts "today" but dates nothing alone.
    referenceStated:
      page.source !== 'other' ||
      Boolean(titleDate) ||
      ((!(header.stamped || (pageDate !== null && stampWritesDate(page.lines, pageDate))) ||
        PRESENT_TALK_RE.test(page.lines[header.leadIndex] ?? '')) &&
        (Boolean(header.published) ||
          !(feedDate || dateFromUrl(page.url)) ||
          (pageDate !== null && writesOwnDate(page.lines, pageDate)))),
    feedTitle: input.feedTitle ?? null,
    monthHint: filedMonth(page.lines, page.url) ?? monthFromTitle(header.title),
    undatedReference,
  };
}

/**
 * Whether the page's first lines write its date themselves: in Latin letters or figures, in
 * another script ("7 февраля 2017"), or in CJK ("2017年2月7日").
 */
function writesOwnDate(lines: readonly string[], iso: string): boolean {
  if (pageWritesDate(lines, iso)) return true;
  for (const line of lines.slice(0, 15)) {
    const cjk = CJK_FULL_DATE_RE.exec(line);
    if (cjk && cjkFullDate(cjk, false) === iso) return true;
    if (OTHER_SCRIPT_RE.test(line) && scriptFullDate(line) === iso) return true;
  }
  return false;
}

/**
 * A lead telling the talk in the present tense, as a video's caption does ("Macron s'entretient
 * avec …", "X meets Y at …"): the stamp then is the talk's own day.
 */
const PRESENT_TALK_RE =
  /\b(?:s['’]entretient|s['’]entretiennent|reçoit|meets|is meeting|are meeting|receives)\s/;

/**
 * Whether one of the page's first lines writes its date as a news site's stamp, with the clock
 * time the article went up ("21:38, 28 May 2025", "Wed Jun 29, 2016 9:48AM").
 */
function stampWritesDate(lines: readonly string[], iso: string): boolean {
  for (const [i, line] of lines.slice(0, 15).entries())
    if (line.length < 120 && isStamp(lines, i) && writesOwnDate([line], iso)) return true;
  return false;
}

/** Letters of the scripts whose dates `scriptFullDate` reads. */
const OTHER_SCRIPT_RE = /[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u0e00-\u0e7f]/;

/** The first full date in another script the first lines of a page write. */
function scriptDateNearTop(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 8)) {
    const date = OTHER_SCRIPT_RE.test(line) ? scriptFullDate(line) : null;
    if (date) return date;
  }
  return null;
}

/** A caption's full date with its weekday: "… in New Delhi, India, Friday, Sept. 16, 2016." */
const WEEKDAY_DATED_RE =
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4})\b/;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The first full date near the top of a page written with its weekday, when the weekday is that day's. */
function weekdayDated(content: string): string | null {
  const m = WEEKDAY_DATED_RE.exec(content.slice(0, 3000));
  const date = m ? parseDateLine(m[2] as string) : null;
  if (!m || !date) return null;
  return WEEKDAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()] === m[1] ? date : null;
}

/**
 * A lead where the usual shapes find none: a transcript's first answer (its talk is read from
 * the speaker's words later), else a sentence near the top naming a talk between office
 * holders of two countries; never on a page its title rules out.
 */
function standIn(page: Page, header: Header, context: Context): FallbackLead | null {
  if (isPressConferenceHeading(header.title, header.section)) {
    const index = firstAnswer(page.lines);
    if (index >= 0) return { index, line: page.lines[index] as string, holders: [] };
    // No speaker's turn: a news report of the press conference ("… hold joint press conference"),
    // whose sentence naming its principals stands in, as on any page.
  } else if (titleRulesOut(header.title)) return null;
  return (
    cjkLead(page.lines, header.title, context.pageDate) ??
    fallbackLead(page.lines, header.title, context.pageDate ?? context.undatedReference)
  );
}

/**
 * A stand-in lead whose verb the lead reader does not know ("congratulated … in a phone call"):
 * its principals are the office holders it names, the publisher's first.
 */
function byHolders(facts: LeadFacts, holders: Participant[], home: string | null): void {
  if (new Set(facts.participants.map((p) => p.country).filter(Boolean)).size >= 2) return;
  const own = holders.findIndex((h) => h.country === home);
  facts.participants =
    own > 0 ? [holders[own] as Participant, ...holders.filter((_, i) => i !== own)] : holders;
}

/**
 * A lead that names its principals by office alone ("South Korea's foreign minister had a phone
 * call with his U.S. counterpart Monday"), then by name in the next lines ("Foreign Minister …
 * had the call with Secretary of State …"): the office holders of two countries that the first
 * sentence there naming a talk names itself, on the date.
 */
function namedBelow(page: Page, header: Header, context: Context, facts: LeadFacts): void {
  const near = page.lines.slice(header.leadIndex + 1, header.leadIndex + 3);
  const found = fallbackLead(near, null, context.pageDate);
  if (!found || found.written) return;
  const sentence = firstSentence(found.line);
  const holders = found.holders.filter((h) => sentence.includes(h.name));
  if (new Set(holders.map((h) => h.country)).size >= 2) byHolders(facts, holders, context.homeCountry);
}

/** A sentence's words that name a talk's kind, not a topic ("held substantive talks", "met", "in a phone call"). */
const TALK_KIND_RE =
  /\b(?:talks|met|meeting|phone|telephone|call|video ?conference|virtual|courtesy call)\b/i;

/**
 * A lead whose verb names no kind ("A and B today discussed ways to …"): the kind of the first
 * sentence of the next two lines that names the talk and two of its principals ("A and B held
 * substantive talks in this city").
 */
function kindBelow(page: Page, header: Header, facts: LeadFacts): void {
  if (facts.participants.length < 2) return;
  for (const line of page.lines.slice(header.leadIndex + 1, header.leadIndex + 3)) {
    const sentence = firstSentence(line);
    if (!TALK_KIND_RE.test(sentence) && latinKind(sentence.toLowerCase()) === 'other') continue;
    // Each principal by a word of the name ("Xi" of "Xi Jinping", "Modi" of "Narendra Modi").
    const words = new Set(sentence.split(/[^\p{L}'’-]+/u));
    const named = facts.participants.filter((p) =>
      p.name.split(' ').some((w) => w.length > 1 && words.has(w)),
    );
    // "after their 15-minute phone conversation": a talk's length names the talk itself.
    if (named.length < 2 && findDurations(sentence).length === 0) continue;
    const kind = kindFromPhrase(sentence);
    if (kind !== 'other') facts.kind = kind;
    return;
  }
}

/** What the page is (readout, press conference, other), from its title, lead and body. */
function classify(page: Page, header: Header, context: Context, lead: Lead | null, talk = false): DocType {
  return classifyDocType({
    talkSentence: talk,
    title: header.title,
    section: header.section,
    lines: page.lines,
    lead: lead ? (page.lines[header.leadIndex] as string) : null,
    homeCountry: context.homeCountry,
    participants: lead?.facts.participants ?? [],
    url: page.url,
    feedTitle: context.feedTitle,
  });
}

/**
 * A page with no lead sentence: its body's points or prose, what it is, and for a talk whose
 * title names the counterpart with no subject (the Kremlin's "Telephone conversation with
 * Federal Chancellor of Germany Angela Merkel"), the publisher's principal and that one on the
 * page's or feed's date. A transcript's header dates it, and its title may name the countries.
 */
function readoutWithoutLead(page: Page, header: Header, context: Context): Readout {
  const { title, section } = header;
  const warnings = ['no lead sentence found: date, time, duration and principals unknown'];
  // The site's menus and breadcrumbs stand above the page's own heading.
  const titleAt = title ? page.lines.indexOf(title) : -1;
  const body = page.lines.slice(titleAt + 1).filter((l) => l !== title && l !== section && !parseDateLine(l));
  const { keyPoints, prose } = parseKeyPoints(untilFooter(body));
  const docType = classify(page, header, context, null);
  const press = docType === 'press_conference';
  const { homeCountry, referenceDate } = context;
  const counterpart = docType === 'readout' ? counterpartInTitle(title, referenceDate) : null;
  const heading = counterpart ? holdersInHeading(title, referenceDate) : [];
  const participants = heading.length > 0 ? heading : counterpart ? [counterpart] : [];
  const own =
    counterpart && homeCountry && referenceDate
      ? ownPrincipalIn(body.slice(0, 3).join(' '), homeCountry, referenceDate)
      : null;
  if (own && heading.length === 0) participants.unshift(own);
  else if (counterpart) ownFromTitle(participants, title, homeCountry, referenceDate);
  // A press conference with no lead sentence: its speaker and the leader its opening turn names.
  if (press)
    participants.splice(
      0,
      participants.length,
      ...transcriptPrincipals(
        participants,
        body.slice(0, 4),
        title,
        homeCountry,
        header.published ?? referenceDate,
      ),
    );
  // A press conference in another language: the talk its speaker tells of in the first person.
  const spoken =
    press && new Set(participants.map((p) => p.country)).size < 2 && LATIN_PRESS_TITLE_RE.test(title ?? '')
      ? latinSpokenTalk(page.lines, header.published ?? referenceDate)
      : null;
  if (spoken) participants.splice(0, participants.length, ...spoken.participants);
  const codes = spoken
    ? []
    : press && title
      ? [...pressTitleCountries(title)]
      : counterpart?.country
        ? [counterpart.country]
        : [];
  for (const p of participants) if (p.country && !codes.includes(p.country)) codes.push(p.country);
  if (counterpart && homeCountry && !codes.includes(homeCountry)) codes.unshift(homeCountry);
  const relation = codes.length > 1 ? relationOf(codes) : null;
  return unknownReadout({
    source: page.source,
    url: page.url,
    title,
    section,
    // Two leaders' joint press conference: they stood in one room.
    kind: spoken
      ? spoken.kind
      : title && kindFromPhrase(title) !== 'other'
        ? kindFromPhrase(title)
        : press && relation
          ? 'meeting'
          : 'other',
    docType,
    date: spoken
      ? spoken.date
      : press
        ? (header.published ?? releaseDate(page.lines))
        : counterpart
          ? headingDay(title, participants, context)
          : null,
    participants,
    countries: relation?.countries ?? [],
    relation: relation?.slug ?? null,
    published: header.published,
    keyPoints,
    summary: keyPoints.length === 0 ? keptProse(prose, warnings) : [],
    warnings,
  });
}

/**
 * The day of a talk a heading reports with no lead below it: the heading's own day word ("…
 * held a phone conversation with … on Tuesday"), else the page's date when the page states it
 * or is a government's own; null for a copy dated only from outside its text.
 */
function headingDay(title: string | null, participants: Participant[], context: Context): string | null {
  const { referenceDate } = context;
  if (!referenceDate) return null;
  const names = participants.map((p) => p.name);
  const said = title ? dayInOpening([title], names, referenceDate) : null;
  return said ?? (context.referenceStated ? referenceDate : null);
}

/** A release line: "For Immediate Release July 20, 2010" (a transcript's date, maybe mid-line in a copy). */
const RELEASE_LINE_RE =
  /\bFor Immediate Release\s+((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})/i;

/** The date of a transcript's release line among the page's first lines; null when none. */
function releaseDate(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 12)) {
    const m = RELEASE_LINE_RE.exec(line.slice(0, 2000));
    if (m) return parseDateLine(m[1] as string);
  }
  return null;
}

/**
 * A wire copy's dateline with a date: "CANADA, January 12 - ", "BERLIN, December 2. /TASS/. ",
 * "(MENAFN- Kuwait News Agency (KUNA)) WASHINGTON, June 3 (KUNA) -- ", and the press-release
 * wires' "SINGAPORE, June 3, 2021 /PRNewswire/ -- ", "OTTAWA, Ontario, June 03, 2021 (GLOBE
 * NEWSWIRE) -- ", "BEIJING, May 5 (Xinhua) -- ".
 */
const DATED_LINE_RE =
  /^(?:\(MENAFN-[^()]*(?:\([^()]*\))?[^()]*\)\s*)?[A-Z][A-Z .'-]{2,40},(?:\s+[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){0,2},)?\s+((?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,\s+\d{4})?)(?:\s*\([A-Z][A-Za-z]{1,12}(?:\s[A-Z][A-Za-z]{1,12}){0,2}\))?(?:\s+(?:--|[-–—])\s+|\.?\s*\/[\p{L} ]{2,24}\/\.?\s*(?:(?:--|[-–—])\s+)?(?=\S))/u;
/**
 * A dateline without a date: "OTTAWA, Ontario – ", "WASHINGTON (AP) — ", "NEW DELHI — ", and
 * Business Wire's "TOKYO--(BUSINESS WIRE)--".
 */
const PLACE_LINE_RE =
  /^[A-Z][A-Z .'-]{2,40}(?:,\s+[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+)?)?(?:\s+(?:\([A-Z][A-Za-z]{1,10}\)\s+)?[-–—]\s+|\s*--\([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2}\)--\s*(?=\S))/u;

/**
 * A wire copy's or a government's dateline ("CANADA, January 12 - ", "OTTAWA, Ontario – ") is
 * not part of the lead; its date is the day "today" means in the lead. Strips it from the line
 * and returns that date.
 */
function stripDateline(lines: string[], leadIndex: number, referenceDate: string | null): string | null {
  let datelineDate: string | null = null;
  const line = lines[leadIndex] as string;
  const stripped = line.replace(DATED_LINE_RE, (_all, when: string) => {
    const m = findMonthDay(when);
    if (m)
      datelineDate = isoDate(
        m.year ?? (referenceDate ? yearNear(m.month, m.day, referenceDate) : Number.NaN),
        m.month,
        m.day,
      );
    return '';
  });
  lines[leadIndex] = stripped !== line ? stripped : line.replace(PLACE_LINE_RE, '');
  return datelineDate;
}

/**
 * Stage 4, lead: the line without a wire copy's dateline, the lead sentence before MOFA's
 * overview sentence, and its facts. An event is never dated after its page was published
 * (beyond a talk late at night abroad): a later date in the text is a wrapper's or another
 * event's.
 */
function readLead(page: Page, header: Header, context: Context): Lead {
  const { leadIndex, title } = header;
  const datelineDate = stripDateline(page.lines, leadIndex, context.referenceDate ?? context.monthHint);
  const line = page.lines[leadIndex] as string;
  const overview = OVERVIEW_RE.exec(line);
  const afterOverview = overview ? line.slice(overview.index + overview[0].length).trim() || null : null;
  const sentence = overview ? line.slice(0, overview.index).trim() : line;
  const press = isPressConferenceHeading(title, header.section);
  const referenceDate = datelineDate ?? context.referenceDate ?? context.undatedReference;
  const referenceStated = datelineDate !== null || context.referenceStated;
  const facts = isCjkText(sentence)
    ? parseCjkLead(sentence, { referenceDate, referenceStated, monthHint: context.monthHint, title })
    : parseLead(sentence, {
        speaker: press ? speakerOf(title, line, context.homeCountry) : null,
        referenceDate,
        referenceStated,
        titleDate: context.titleDate,
        japaneseSource: context.japaneseSource,
        sectionCountry: context.sectionCountry,
        title,
        homeCountry: context.homeCountry,
        monthHint: context.monthHint,
      });
  // A copy in another script writes its full date in its own words ("7 فبراير 2017", "16 серпня 2025").
  if (!facts.date && OTHER_SCRIPT_RE.test(sentence)) facts.date = scriptFullDate(sentence);
  const warnings = [...facts.warnings];
  laterDate(page, header, context, facts, warnings);
  const { pageDate } = context;
  const latest = pageDate ? shiftDate(pageDate, 1) : null;
  if (facts.date && latest && facts.date > latest) {
    warnings.push(
      `the text dates the event ${facts.date}, after the page's ${pageDate}: taken as ${pageDate}`,
    );
    facts.date = pageDate;
  }
  if (!context.referenceDate && facts.date)
    warnings.push('no date line or feed date: the year is from the lead');
  return { sentence, afterOverview, facts, warnings };
}

/** A lead without a date, taken as the page's: a sentence soon after may date the talk ("yesterday's call"). */
function laterDate(page: Page, header: Header, context: Context, facts: LeadFacts, warnings: string[]): void {
  const gave = warnings.findIndex((w) => w.startsWith('the lead gives no date'));
  if (gave < 0 || !context.referenceDate) return;
  // The lines from the title on: a copy's own opening may stand above the lead it quotes.
  const titleAt = header.title ? page.lines.indexOf(header.title) : -1;
  const from = titleAt >= 0 && titleAt < header.leadIndex ? titleAt + 1 : Math.max(0, header.leadIndex - 8);
  const lines = page.lines.slice(from, header.leadIndex + 4);
  const names = facts.participants.map((p) => p.name);
  const date =
    dateAfterLead(lines, context.referenceDate) ??
    dayInOpening(page.lines.slice(from, header.leadIndex), names, context.referenceDate);
  if (!date) return;
  facts.date = date;
  warnings[gave] = `the event date ${date} is read after the lead`;
}

/** A transcript's line opening with its speaker's label in capitals ("ANTHONY ALBANESE, PRIME MINISTER:"). */
const SPEAKER_LABEL_RE = /^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Z,.'’ -]{2,80})?:\s/;
/** A transcript's title: "Remarks by …", "… News Conference With …", "Doorstop – London". */
const TRANSCRIPT_TITLE_RE =
  /\b(?:press conference|news conference|remarks by|doorstop|media availability)\b/i;

/**
 * Stage 5, people: for a lead naming none, those a later sentence names; a surname's country
 * from the title, principals the title alone names, one who joined the talk (the opening's
 * words), and the countries of the talk.
 */
type People = { codes: string[]; relation: Relation | null };
function readPeople(
  facts: LeadFacts,
  docType: DocType,
  { title }: Header,
  home: string | null,
  date: string | null,
  fromLead: string[],
): People {
  // A readout whose lead and title name no principal: a later sentence reporting the talk.
  if (docType === 'readout' && facts.participants.length === 0 && !counterpartInTitle(title, date))
    facts.participants = holdersOfTalkAfterLead(fromLead, date);
  if (docType === 'readout') facts.participants = headlinePair(facts.participants, title, date);
  const { participants } = facts;
  placeByTitle(participants, title);
  counterpartFromTitle(participants, docType, title, date);
  if (docType === 'readout') ownFromTitle(participants, title, home, date);
  joinedPrincipals(participants, fromLead.slice(0, 2).join(' '), date);
  if (docType === 'readout') furtherTalks(participants, fromLead.slice(0, 3).join(' '), date);
  dropRepeated(participants);
  return talkCountries(participants, docType, title, home);
}

/**
 * One person found twice, by a title's surname resolved through the office table ("Recep
 * Tayyip Erdoğan") and by the lead's own spelling ("Recep Tayyip Erdogan"): kept once, as first
 * found.
 */
function dropRepeated(participants: Participant[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < participants.length; i++) {
    const p = participants[i] as Participant;
    const key = `${p.country}|${fold(p.name)}`;
    if (seen.has(key)) participants.splice(i--, 1);
    else seen.add(key);
  }
}

/**
 * Stage 6, points: the body after the lead up to its footer, read into key points or prose; a
 * transcript's duration stated in an answer; a text cut off mid-sentence, said.
 */
function readBody(page: Page, header: Header, lead: Lead, context: Context, docType: DocType): Points {
  const body = bodyAfterLead(page.lines, header.leadIndex, lead.afterOverview);
  const { keyPoints, prose } = readPoints(body, context.homeCountry, context.japaneseSource);
  const warnings: string[] = [];
  lengthAfterLead(page, header, lead, context.homeCountry, warnings);
  if (docType === 'press_conference') durationFromTranscript(lead.facts, body, warnings);
  const cutOff = cutOffWarning(keyPoints, prose, lead.sentence);
  if (cutOff) warnings.push(cutOff);
  return { keyPoints, prose, warnings };
}

/**
 * The talk's length and start stated after the lead sentence (in the lead's paragraph, the body,
 * or a copy's own first paragraph above a quoted readout), when the lead gives none.
 */
function lengthAfterLead(
  page: Page,
  header: Header,
  lead: Lead,
  home: string | null,
  warnings: string[],
): void {
  const { title, leadIndex } = header;
  const titleAt = title ? page.lines.indexOf(title) : -1;
  const lines = page.lines.slice(titleAt + 1, leadIndex).concat(untilFooter(page.lines.slice(leadIndex)));
  const said = isCjkText(lead.sentence)
    ? cjkCompleteFromBody([lead.sentence, ...untilFooter(page.lines.slice(leadIndex + 1))], lead.facts)
    : completeFromBody(lines, title, lead.facts, home);
  if (said.length === 0) return;
  lead.warnings = lead.warnings.filter((w) => w !== 'no duration stated' && w !== 'no start time stated');
  warnings.push(...said);
}

/** A press conference's talk told in its speaker's own words, when its lead names none. */
function talkOfTranscript(page: Page, header: Header, context: Context, facts: LeadFacts): void {
  const date = facts.date ?? context.referenceDate;
  const lead = page.lines[header.leadIndex] as string;
  const talk = reportedTalk(page.lines, header.title, context.homeCountry, date, facts.participants, lead);
  if (talk) {
    facts.participants = talk.participants;
    facts.kind = talk.kind;
    facts.date = date;
    return;
  }
  // A press conference in another language: the talk its speaker tells of in the first person.
  // Its "yesterday" counts from the page's day, not from a day the lead already read.
  const spoken = LATIN_PRESS_TITLE_RE.test(header.title ?? '')
    ? latinSpokenTalk(page.lines, context.referenceDate ?? date)
    : null;
  if (!spoken) return;
  facts.participants = spoken.participants;
  facts.kind = spoken.kind;
  facts.date = spoken.date;
}

/** In a press conference the duration may come only in an answer ("I believe it was around 20 minutes"). */
function durationFromTranscript(facts: LeadFacts, body: string[], warnings: string[]): void {
  if (facts.durationMinutes !== null) return;
  const stated = findDurations(body.join(' '))[0];
  if (!stated) return;
  facts.durationMinutes = stated.minutes;
  facts.durationApproximate = stated.approximate;
  warnings.push(`duration from later in the transcript: "${stated.raw}"`);
}
