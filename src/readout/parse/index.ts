import { countryFromName } from '../countries.js';
import { type Relation, relationOf } from '../relation.js';
import { type DocType, type KeyPoint, type Participant, type Readout, unknownReadout } from '../types.js';
import { bodyAfterLead, cutOffWarning, readPoints, untilFooter } from './body.js';
import { OVERVIEW_RE } from './chrome.js';
import { findMonthDay, isoDate, parseDateLine, yearNear } from './dates.js';
import { classifyDocType, countriesNamed, isPressConferenceHeading } from './doc-type.js';
import { dateFromTitle, dateFromUrl, type Header, readHeader } from './header.js';
import { parseKeyPoints } from './key-points.js';
import { findDurations, kindFromPhrase, type LeadFacts, parseLead } from './lead.js';
import { locate, type Page, pageLines } from './page.js';
import {
  counterpartFromTitle,
  counterpartInTitle,
  ownPrincipalIn,
  placeByTitle,
  speakerOf,
  talkCountries,
} from './principals.js';
import { HOME_COUNTRY } from './source.js';
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
  /** The event's date as the title gives it, when not after the page's. */
  titleDate: string | null;
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
  const header = readHeader(page, input);
  const context = pageContext(page, header, input.published);
  if (header.leadIndex < 0) return readoutWithoutLead(page, header, context);
  const lead = readLead(page, header, context);
  const docType = classify(page, header, context, lead);
  const spoken = page.lines.slice(header.leadIndex, header.leadIndex + 4);
  if (
    docType === 'press_conference' ||
    SPEAKER_LABEL_RE.test(spoken[0] as string) ||
    TRANSCRIPT_TITLE_RE.test(header.title ?? '')
  )
    lead.facts.participants = transcriptPrincipals(
      lead.facts.participants,
      spoken,
      header.title,
      context.homeCountry,
      lead.facts.date ?? context.referenceDate,
    );
  const people = readPeople(lead.facts.participants, docType, header.title, context.homeCountry);
  const points = readBody(page, header.leadIndex, lead, context, docType);
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
function pageContext(page: Page, header: Header, feedDate: string | null | undefined): Context {
  const sectionMatch = header.section ? /^Japan[-–‑](.+) Relations$/i.exec(header.section) : null;
  const japaneseSource = page.source === 'mofa' || page.source === 'kantei' || page.source === 'govonline';
  // GOV.UK's title date (": 11 May 2018") is the event's; a copy's later date is its own.
  const pageDate = header.published ?? feedDate ?? dateFromUrl(page.url);
  const titleDate = dateFromTitle(header.title);
  return {
    homeCountry: HOME_COUNTRY[page.source] ?? null,
    japaneseSource,
    sectionCountry: sectionMatch ? countryFromName(sectionMatch[1] as string) : null,
    pageDate,
    referenceDate: titleDate && (!pageDate || titleDate <= pageDate) ? titleDate : (pageDate ?? titleDate),
    titleDate: titleDate && (!pageDate || titleDate <= pageDate) ? titleDate : null,
  };
}

/** What the page is (readout, press conference, other), from its title, lead and body. */
function classify(page: Page, header: Header, context: Context, lead: Lead | null): DocType {
  return classifyDocType({
    title: header.title,
    section: header.section,
    lines: page.lines,
    lead: lead ? (page.lines[header.leadIndex] as string) : null,
    homeCountry: context.homeCountry,
    participants: lead?.facts.participants ?? [],
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
  const counterpart = docType === 'readout' ? counterpartInTitle(title) : null;
  const participants = counterpart ? [counterpart] : [];
  const { homeCountry, referenceDate } = context;
  const own =
    counterpart && homeCountry && referenceDate
      ? ownPrincipalIn(body.slice(0, 3).join(' '), homeCountry, referenceDate)
      : null;
  if (own) participants.unshift(own);
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
  const codes =
    press && title ? [...countriesNamed(title)] : counterpart?.country ? [counterpart.country] : [];
  for (const p of participants) if (p.country && !codes.includes(p.country)) codes.push(p.country);
  if (counterpart && homeCountry && !codes.includes(homeCountry)) codes.unshift(homeCountry);
  const relation = codes.length > 1 ? relationOf(codes) : null;
  return unknownReadout({
    source: page.source,
    url: page.url,
    title,
    section,
    kind: title ? kindFromPhrase(title) : 'other',
    docType,
    date: press ? header.published : counterpart ? referenceDate : null,
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
 * A wire copy's dateline with a date: "CANADA, January 12 - ", "BERLIN, December 2. /TASS/. ",
 * "(MENAFN- Kuwait News Agency (KUNA)) WASHINGTON, June 3 (KUNA) -- ".
 */
const DATED_LINE_RE =
  /^(?:\(MENAFN-[^()]*(?:\([^()]*\))?[^()]*\)\s*)?[A-Z][A-Z .'-]{2,40},\s+((?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,\s+\d{4})?)(?:\s*\([A-Z]{2,10}\))?(?:\s+(?:--|[-–—])\s+|\.?\s*\/[A-Z]{2,10}\/\.?\s+)/;
/** A dateline without a date: "OTTAWA, Ontario – ", "WASHINGTON (AP) — ", "NEW DELHI — ". */
const PLACE_LINE_RE =
  /^[A-Z][A-Z .'-]{2,40}(?:,\s+[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+)?)?\s+(?:\([A-Z][A-Za-z]{1,10}\)\s+)?[-–—]\s+/u;

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

/** An ISO date moved by `days`. */
function shiftIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Stage 4, lead: the line without a wire copy's dateline, the lead sentence before MOFA's
 * overview sentence, and its facts. An event is never dated after its page was published
 * (beyond a talk late at night abroad): a later date in the text is a wrapper's or another
 * event's.
 */
function readLead(page: Page, header: Header, context: Context): Lead {
  const { leadIndex, title } = header;
  const datelineDate = stripDateline(page.lines, leadIndex, context.referenceDate);
  const line = page.lines[leadIndex] as string;
  const overview = OVERVIEW_RE.exec(line);
  const afterOverview = overview ? line.slice(overview.index + overview[0].length).trim() || null : null;
  const sentence = overview ? line.slice(0, overview.index).trim() : line;
  const press = isPressConferenceHeading(title, header.section);
  const facts = parseLead(sentence, {
    speaker: press ? speakerOf(title, line, context.homeCountry) : null,
    referenceDate: datelineDate ?? context.referenceDate,
    titleDate: context.titleDate,
    japaneseSource: context.japaneseSource,
    sectionCountry: context.sectionCountry,
    title,
    homeCountry: context.homeCountry,
  });
  const warnings = [...facts.warnings];
  const { pageDate } = context;
  const latest = pageDate ? shiftIso(pageDate, 1) : null;
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

/** A transcript's line opening with its speaker's label in capitals ("ANTHONY ALBANESE, PRIME MINISTER:"). */
const SPEAKER_LABEL_RE = /^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Z,.'’ -]{2,80})?:\s/;
/** A transcript's title: "Remarks by …", "… News Conference With …", "Doorstop – London". */
const TRANSCRIPT_TITLE_RE =
  /\b(?:press conference|news conference|remarks by|doorstop|media availability)\b/i;

/** Stage 5, people: a surname's country from the title, and the countries of the talk. */
type People = { codes: string[]; relation: Relation | null };
function readPeople(
  participants: Participant[],
  docType: DocType,
  title: string | null,
  home: string | null,
): People {
  placeByTitle(participants, title);
  counterpartFromTitle(participants, docType, title);
  return talkCountries(participants, docType, title, home);
}

/**
 * Stage 6, points: the body after the lead up to its footer, read into key points or prose; a
 * transcript's duration stated in an answer; a text cut off mid-sentence, said.
 */
function readBody(page: Page, leadIndex: number, lead: Lead, context: Context, docType: DocType): Points {
  const body = bodyAfterLead(page.lines, leadIndex, lead.afterOverview);
  const { keyPoints, prose } = readPoints(body, context.homeCountry, context.japaneseSource);
  const warnings: string[] = [];
  if (docType === 'press_conference') durationFromTranscript(lead.facts, body, warnings);
  const cutOff = cutOffWarning(keyPoints, prose, lead.sentence);
  if (cutOff) warnings.push(cutOff);
  return { keyPoints, prose, warnings };
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
