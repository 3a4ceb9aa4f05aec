import { lookupTable } from '../../lookup.js';
import { countryFromName } from '../countries.js';
import { findHolders, officeOf } from '../office-holders.js';
import { relationOf } from '../relation.js';
import { type DocType, type KeyPoint, type Participant, type Readout, unknownReadout } from '../types.js';
import { dateInShortLine, findMonthDay, isoDate, parseDateLine, yearNear } from './dates.js';
import { classifyDocType, countriesNamed, isPressConferenceHeading } from './doc-type.js';
import { extractPage, looksLikeHtml } from './html.js';
import { parseKeyPoints } from './key-points.js';
import { findDurations, kindFromPhrase, LEAD_VERB_RE, parseLead } from './lead.js';
import { countryInPhrase, parsePersonPhrase } from './people.js';

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
];

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
  // Kantei pages end with the archive of earlier cabinets' entries.
  if (/Archives \(Archived entries for the \d+\w* through \d+\w* prime ministers\)/i.test(content))
    return 'kantei';
  const head = content.slice(0, 20_000);
  if (/Ministry of Foreign Affairs of Japan|mofa\.go\.jp|id="maincontents"/i.test(head)) return 'mofa';
  if (/Prime Minister's Office of Japan|kantei\.go\.jp/i.test(head)) return 'kantei';
  if (
    /^\s*Japan[-–]\S.* Relations\s*$/m.test(head) ||
    /^\s*(Press Releases|Countries & Regions)\s*$/m.test(head)
  )
    return 'mofa';
  return 'other';
}

const SECTION_RE =
  /^(Japan[-–‑][^.]{2,80} Relations|Press Releases|Press Conferences|Countries & Regions|Foreign Policy|The Prime Minister in Action|Prime Minister in Action|Diplomatic Activities)$/i;
const PHOTO_RE = /^\(?\s*Photos?\s*[:：].*\)?$|^\((?:Photo|Source)[^)]*\)$/i;
const FOOTER_RE =
  /^(Back to\b|Back To\b|\[Reference\]|\(Reference\)|Reference:?$|\[Reference|Related Links?\b|Related content|Archives\b|Page Top|Top of (?:the )?page|Return to top|Share this|Tweet$|Print$|###|Filed Under|Simple Search of Our Archives|\/?Public Release\.|View in full here|Associated Links|Source: |Published:? \d|Published: |Is this page useful|Explore the topic|Report a problem|Subscribe to|Sign up for|Related Articles|Image index|Photo index|Related News|Latest News|Next article|Previous article|Read more|bottom of page)/i;
/** Lines that name who speaks, not what was said ("The following is attributable to …:"). */
const ATTRIBUTION_RE =
  /^(?:The following is attributable to|The below is attributable to|As stated by|Below is|Office of the Spokesperson|Readout$|MEDIA NOTE|STATEMENTS AND RELEASES|BRIEFING ROOM)/i;

const SITE_SUFFIX_RE =
  /\s+[|–-]\s+(?:[^|–-]*(?:Department of State|White House|GOV\.UK|Government|Ministry|Office|Kremlin|President of Russia|European Council|European Commission|Prime Minister of Canada))$/;

/** The country each publisher speaks for: the subject of its readouts. */
const HOME_COUNTRY = lookupTable<string>({
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
});
const OVERVIEW_RE =
  /\b(?:the|an|a)\s+(?:overview|summary|outline|gist)\b[^.:]*?\b(?:is|are|was|were)\s+as\s+follows\s*[.:]?/i;

function normaliseLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const clean = raw
      // Markup that a mirror printed as text (an Indian broadcaster's "<span style=…>", "<br />''").
      .replace(/<\/?[a-zA-Z][^<>]*>/g, ' ')
      .replace(/(^|\s)''(?=\s|$)/g, ' ')
      // A republisher's tracking pixel written as Markdown: "![](https://…/pixel.gif)".
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/[\u00a0\u2002-\u200b\u3000]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    // A heading glued to the first item ("Summit Meeting1. Prime Minister …").
    for (const piece of clean.split(/(?<=[a-z])(?=\d{1,2}\.\s+[A-Z])/)) {
      const line = piece.trim();
      // A line repeated in a row (a capture artifact) counts once.
      if (line && out[out.length - 1] !== line) out.push(line);
    }
  }
  return out;
}

function textLines(content: string): string[] {
  return normaliseLines(content.replace(/\r\n?/g, '\n').split('\n'));
}

function findLeadIndex(lines: string[]): number {
  const onLead = lines.findIndex(
    (l) =>
      /^(?:\d{1,2}[.)]?\s+)?On\s+(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2}/.test(l) &&
      LEAD_VERB_RE.test(l),
  );
  if (onLead >= 0) return onLead;
  return lines.findIndex(
    (l) =>
      LEAD_VERB_RE.test(l) &&
      /\b(?:with\b|courtesy call on\b|spoke to\b|talked to\b|spoke by (?:tele)?phone\b|(?<!-)called (?:the )?(?=[A-Z])|met (?:the )?(?=[A-Z])|held (?:a|an|talks)\b|had (?:a|an)\b)/.test(
        l,
      ) &&
      l.length > 30 &&
      /[.!]$|\.\s/.test(l),
  );
}

/** A paragraph of the readout itself: a sentence, not a menu item, tag or share button. */
const isSentence = (line: string) => line.length >= 25 && /[.!?"”’)]$/.test(line);

/**
 * The paragraphs of a prose readout after its lead: sentences up to the first line that is
 * not one (the "Share", "Tags", "Related" chrome that follows the article on every site).
 * Lists (the EU's cooperation areas) and attribution lines are left out; a paragraph
 * repeated in a row counts once.
 */
function proseParagraphs(body: string[]): { keyPoints: KeyPoint[]; prose: string[] } {
  const prose: string[] = [];
  for (const line of body) {
    if (/^[-–•・●▪*]\s/.test(line) || ATTRIBUTION_RE.test(line)) continue;
    if (!isSentence(line)) break;
    if (prose[prose.length - 1] !== line) prose.push(line);
  }
  return { keyPoints: [], prose };
}

/** A speaker named by office alone ("by the Prime Minister"). */
const OFFICE_ALONE_RE =
  /^(?:prime minister|president|chancellor|foreign minister|minister for foreign affairs|secretary of state)$/i;

/**
 * The speaker of a press conference: the person the title names ("Press Conference by Foreign
 * Minister HAYASHI Yoshimasa"), else the speaker's label before the reported talk
 * ("PRIME MINISTER KISHIDA:"); null when neither names one.
 */
function speakerOf(title: string | null, leadLine: string, country: string | null): Participant | null {
  const byTitle = title ? /\bby\s+(?:the\s+)?(.+?)(?:\s*\(.*\))?$/i.exec(title)?.[1] : undefined;
  const label = /^([A-Z][\p{L} .'-]{2,60}):\s/u.exec(leadLine)?.[1];
  for (const candidate of [byTitle, label]) {
    if (!candidate) continue;
    // Labels are in capitals: "PRIME MINISTER KISHIDA" reads as "Prime Minister Kishida".
    const text =
      candidate === candidate.toUpperCase()
        ? candidate.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
        : candidate;
    const phrase = parsePersonPhrase(text);
    // "by the Leaders of Japan and the United Kingdom": a group, not a person.
    if (phrase?.name && !/^(?:leaders?|heads?|ministers?|spokespersons?|officials?)\b/i.test(phrase.name))
      return {
        name: phrase.name,
        honorific: phrase.honorific,
        title: phrase.prefixTitle,
        country: phrase.ofCountry ?? country,
      };
  }
  // "Press Conference by the Prime Minister": the office alone, for the office-holder table.
  const office = [byTitle, label]
    .map((c) => c?.trim().replace(/^the\s+/i, ''))
    .find((c) => c && OFFICE_ALONE_RE.test(c));
  if (office && country && officeOf(office, country)) {
    const title = office.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    return { name: '', honorific: null, title, country };
  }
  return null;
}

/** An ISO date moved by `days`. */
function shiftIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The person a talk's title names after "with" ("Telephone conversation with … Angela Merkel"). */
function counterpartInTitle(title: string | null): Participant | null {
  const m = title ? /\b(?:conversation|call|talks?|meeting)\s+with\s+(.+)$/i.exec(title) : null;
  const phrase = m ? parsePersonPhrase(m[1] as string) : null;
  if (!phrase || !/\s/.test(phrase.name)) return null;
  const country = phrase.ofCountry ?? (phrase.prefixTitle ? countryInPhrase(phrase.prefixTitle) : null);
  return { name: phrase.name, honorific: phrase.honorific, title: phrase.prefixTitle, country };
}

/** A date line that carries a label: "Published 13 October 2021", "Date: 26 May 2020". */
function labelledDate(line: string): string | null {
  const m =
    /^(?:Published|Updated|Last updated|Date|Posted|Released|Issued|Publication date)(?: on)?:?\s+(.{6,40})$/i.exec(
      line,
    );
  return m ? parseDateLine((m[1] as string).replace(/\s*[—–-]\s*.*$/, '')) : null;
}

/** GOV.UK puts the date in the title: "PM call with Prime Minister Kishida of Japan: 13 October 2021". */
function dateFromTitle(title: string | null): string | null {
  const m = title ? /[:,]\s*(\d{1,2} [A-Z][a-z]+ \d{4})\s*$/.exec(title) : null;
  return m ? parseDateLine(m[1] as string) : null;
}

/** The page's canonical URL from its head, read cheaply before the DOM is built. */
function canonicalFromHead(html: string): string | null {
  const head = html.slice(0, 30_000);
  const m =
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(head) ??
    /<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:url["']/i.exec(head) ??
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(head);
  return m ? (m[1] as string) : null;
}

/** The page's own date from its metadata (article:published_time, GOV.UK's first-published-at). */
function metaDate(html: string): string | null {
  const head = html.slice(0, 40_000);
  const m =
    /<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|govuk:first-published-at|datePublished|DC\.date(?:\.issued)?|dcterms\.(?:issued|created))["'][^>]*content=["'](\d{4}-\d{2}-\d{2})/i.exec(
      head,
    ) ??
    /<meta[^>]+content=["'](\d{4}-\d{2}-\d{2})[^"']*["'][^>]*(?:property|name)=["'](?:article:published_time|govuk:first-published-at)["']/i.exec(
      head,
    );
  return m ? (m[1] as string) : null;
}

/** The date in a URL: Canada's /YYYY/MM/DD/ paths and GOV.UK's "-4-november-2022" slugs. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(url);
  if (path) return `${path[1]}-${path[2]}-${path[3]}`;
  const slug =
    /(\d{1,2})-(january|february|march|april|may|june|july|august|september|october|november|december)-(\d{4})/i.exec(
      url,
    );
  if (slug) return parseDateLine(`${slug[1]} ${slug[2]} ${slug[3]}`);
  return null;
}

/**
 * Parses one readout page (HTML or plain text) into a Readout. Pure: no I/O, no clock.
 * Never throws on odd input; what it cannot read is null, and each doubt is a warning.
 */
export function parseReadout(input: ParseInput): Readout {
  const html = looksLikeHtml(input.content);
  const declaredUrl = html && !input.url ? canonicalFromHead(input.content) : null;
  let source = input.source ?? detectSource(input.url ?? declaredUrl, input.content);
  let lines: string[];
  let title: string | null = null;
  let url = input.url ?? null;
  const warnings: string[] = [];
  if (html) {
    const page = extractPage(input.content, source, input.container);
    lines = normaliseLines(page.lines);
    title = page.title;
    url = page.canonicalUrl ?? url;
    if (!input.source && source === 'other' && page.canonicalUrl)
      source = detectSource(page.canonicalUrl, '');
  } else {
    lines = textLines(input.content);
  }
  lines = lines.filter((l) => !PHOTO_RE.test(l));
  // A copy on another site names its publisher by the page's own lines.
  if (
    !input.source &&
    source === 'other' &&
    lines.some((l) => SECTION_RE.test(l) || /^Back to Japan[-–]/.test(l))
  )
    source = 'mofa';

  const leadIndex = findLeadIndex(lines);
  const head = leadIndex >= 0 ? lines.slice(0, leadIndex) : lines.slice(0, 6);

  let section: string | null = null;
  let published: string | null = null;
  // The date line nearest the lead is the page's own; a republisher's wrapper puts its own
  // dates above it. In plain text, the title is the line just above that date line.
  let candidate: string | null = null;
  for (const line of head) {
    const dateLine: string | null = parseDateLine(line) ?? labelledDate(line);
    if (!section && SECTION_RE.test(line) && (source === 'mofa' || source === 'kantei' || source === 'other'))
      section = line;
    else if (dateLine) {
      published = dateLine;
      if (!html && candidate) title = candidate;
    } else if (
      !html &&
      line.split(' ').length >= 2 &&
      line.length < 200 &&
      !SECTION_RE.test(line) &&
      // "A Downing Street spokesperson said:" introduces the text; it is not its title.
      !/[.:]$/.test(line) &&
      !ATTRIBUTION_RE.test(line)
    )
      candidate = line;
  }
  if (!html && !title && !published) title = head.find((l) => l === candidate) ?? null;
  // In plain text the feed item's title, where the text carries it, is the heading (a guess from
  // the lines above the date would take a republisher's menu or a "Press release" label).
  const feedTitle = input.feedTitle ? normaliseLines([input.feedTitle])[0] : undefined;
  if (
    !html &&
    feedTitle &&
    feedTitle.split(' ').length >= 3 &&
    lines.some((l) => l === feedTitle || l.endsWith(`: ${feedTitle}`))
  )
    title = feedTitle;
  if (title && title === section) title = null;
  // A copy's label before GOV.UK's title: "Press release: PM call with …".
  if (title) title = title.replace(/^(?:Press release|News story|Speech|Statement):\s+(?=\S)/, '');
  // An og:title carries the site's name after a separator: "… - United States Department of State".
  if (title) title = title.replace(SITE_SUFFIX_RE, '') || title;
  // Some pages date themselves below the article (MEA: "New Delhi / October 08, 2021"), in a
  // label line ("Statement 22 February 2022 Brussels") or only in their metadata.
  if (!published) {
    // The title's own date (GOV.UK's ": 13 October 2021") is the event's, not the page's.
    for (const line of head) if (!title || !line.endsWith(title)) published ??= dateInShortLine(line);
    if (!published && leadIndex >= 0) {
      for (const line of lines.slice(leadIndex + 1)) {
        if (FOOTER_RE.test(line)) break;
        const d = parseDateLine(line);
        if (d) {
          published = d;
          break;
        }
      }
    }
  }
  if (!published && html) published = metaDate(input.content);
  title = title ?? input.feedTitle ?? null;

  const sectionMatch = section ? /^Japan[-–‑](.+) Relations$/i.exec(section) : null;
  const sectionCountry = sectionMatch ? countryFromName(sectionMatch[1] as string) : null;
  const japaneseSource = source === 'mofa' || source === 'kantei' || source === 'govonline';
  const homeCountry = HOME_COUNTRY[source] ?? null;
  // GOV.UK's title date (": 11 May 2018") is the event's; a copy's later date is its own.
  const pageDate = published ?? input.published ?? dateFromUrl(url);
  const titleDate = dateFromTitle(title);
  const referenceDate =
    titleDate && (!pageDate || titleDate <= pageDate) ? titleDate : (pageDate ?? titleDate);

  const press = isPressConferenceHeading(title, section);
  const classify = (lead: string | null, participants: Participant[]): DocType =>
    classifyDocType({ title, section, lines, lead, homeCountry, participants });

  if (leadIndex < 0) {
    warnings.push('no lead sentence found: date, time, duration and principals unknown');
    // The site's menus and breadcrumbs stand above the page's own heading.
    const titleAt = title ? lines.indexOf(title) : -1;
    const body = lines.slice(titleAt + 1).filter((l) => l !== title && l !== section && !parseDateLine(l));
    const cut = body.findIndex((l) => FOOTER_RE.test(l));
    const { keyPoints, prose } = parseKeyPoints(cut >= 0 ? body.slice(0, cut) : body);
    const docType = classify(null, []);
    // A transcript's header dates it ("Joint Press Conference by the Leaders of Japan and the
    // United States", "April 10, 2024"), and its title may name the countries of the talk.
    const press = docType === 'press_conference';
    // A title that names the counterpart with no subject (the Kremlin's "Telephone conversation
    // with Federal Chancellor of Germany Angela Merkel"): the publisher's own principal and the
    // one the title names, on the page's or feed's date.
    const counterpart = docType === 'readout' ? counterpartInTitle(title) : null;
    const participants = counterpart ? [counterpart] : [];
    // The publisher's own principal, when the text names the holder of its office on the date
    // ("During the telephone conversation, Vladimir Putin and the Federal Chancellor…").
    if (counterpart && homeCountry && referenceDate) {
      const text = body.slice(0, 3).join(' ');
      const own = findHolders({ date: referenceDate, country: homeCountry }).find((h) =>
        text.includes(h.name),
      );
      if (own) participants.unshift({ name: own.name, honorific: null, title: null, country: homeCountry });
    }
    const codes =
      press && title ? [...countriesNamed(title)] : counterpart?.country ? [counterpart.country] : [];
    if (counterpart && homeCountry && !codes.includes(homeCountry)) codes.unshift(homeCountry);
    const relation = codes.length > 1 ? relationOf(codes) : null;
    return unknownReadout({
      source,
      url,
      title,
      section,
      kind: title ? kindFromPhrase(title) : 'other',
      docType,
      date: press ? published : counterpart ? referenceDate : null,
      participants,
      countries: relation?.countries ?? [],
      relation: relation?.slug ?? null,
      published,
      keyPoints,
      summary: keyPoints.length === 0 ? prose : [],
      warnings,
    });
  }

  // A wire copy's dateline ("CANADA, January 12 - ") is not part of the lead.
  // Its date is the day "today" means in the lead.
  let datelineDate: string | null = null;
  lines[leadIndex] = (lines[leadIndex] as string).replace(
    /^[A-Z][A-Z .'-]{2,40},\s+((?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,\s+\d{4})?)\s+[-–—]\s+/,
    (_all, when: string) => {
      const m = findMonthDay(when);
      const ref = referenceDate;
      if (m)
        datelineDate = isoDate(m.year ?? (ref ? yearNear(m.month, m.day, ref) : Number.NaN), m.month, m.day);
      return '';
    },
  );
  // The lead may carry the overview sentence; the body starts after it.
  let lead = lines[leadIndex] as string;
  const overview = OVERVIEW_RE.exec(lead);
  let afterOverview: string | null = null;
  if (overview) {
    afterOverview = lead.slice(overview.index + overview[0].length).trim() || null;
    lead = lead.slice(0, overview.index).trim();
  }
  const facts = parseLead(lead, {
    speaker: press ? speakerOf(title, lines[leadIndex] as string, homeCountry) : null,
    referenceDate: datelineDate ?? referenceDate,
    japaneseSource,
    sectionCountry,
    title,
    homeCountry,
  });
  warnings.push(...facts.warnings);
  // An event is never dated after its page was published (beyond a talk late at night abroad):
  // a later date in the text is a wrapper's or another event's.
  const latest = pageDate ? shiftIso(pageDate, 1) : null;
  if (facts.date && latest && facts.date > latest) {
    warnings.push(
      `the text dates the event ${facts.date}, after the page's ${pageDate}: taken as ${pageDate}`,
    );
    facts.date = pageDate;
  }
  if (!referenceDate && facts.date) warnings.push('no date line or feed date: the year is from the lead');

  let body = lines.slice(leadIndex + 1);
  if (afterOverview) body.unshift(afterOverview);
  const footer = body.findIndex((l) => FOOTER_RE.test(l));
  if (footer >= 0) body = body.slice(0, footer);
  body = body.filter((l) => !OVERVIEW_RE.test(l) || l.replace(OVERVIEW_RE, '').trim().length > 0);
  body = body.map((l) => (OVERVIEW_RE.test(l) ? l.replace(OVERVIEW_RE, '').trim() : l));
  // Readouts other than Japan's are prose: their lists (the EU's cooperation areas) are not
  // key points of the talk, and the paragraphs are the summary.
  const { keyPoints, prose } = !homeCountry || japaneseSource ? parseKeyPoints(body) : proseParagraphs(body);

  // In a press conference the duration may come only in an answer ("I believe it was around
  // 20 minutes").
  const docType = classify(lines[leadIndex] as string, facts.participants);
  if (docType === 'press_conference' && facts.durationMinutes === null) {
    const stated = findDurations(body.join(' '))[0];
    if (stated) {
      facts.durationMinutes = stated.minutes;
      facts.durationApproximate = stated.approximate;
      warnings.push(`duration from later in the transcript: "${stated.raw}"`);
    }
  }

  // A capture or feed excerpt cut off mid-sentence: parsed as it is, and said.
  const lastText =
    keyPoints.length > 0
      ? (keyPoints[keyPoints.length - 1]?.subPoints.at(-1) ?? keyPoints[keyPoints.length - 1]?.text ?? '')
      : (prose.at(-1) ?? lead);
  if (lastText && !/[.!?:;"”’)\]]$/.test(lastText.trim()))
    warnings.push(`the text seems cut off: it ends "…${lastText.trim().slice(-40)}"`);

  // "Call with Prime Minister Netanyahu of Israel": the title says whose a surname is.
  for (const p of facts.participants)
    if (!p.country && p.name && title) {
      const of = new RegExp(
        `${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+of\\s+((?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+(?:of|the|and|[A-Z][\\p{L}'’.-]*))*)`,
        'u',
      ).exec(title);
      if (of) p.country = countryInPhrase(`of ${of[1]}`);
    }
  const codes = facts.participants.map((p) => p.country).filter((c): c is string => c !== null);
  // A joint press conference names its countries in its title ("… by the Leaders of Japan and
  // the United States"): the talk it reports is between them, whoever of them the lead names.
  if (docType === 'press_conference' && title)
    for (const code of countriesNamed(title)) if (!codes.includes(code)) codes.push(code);
  // A government's readout is of its own leader's or minister's talk: its country is a party
  // even when the text names its principal by an office the table does not resolve ("This
  // evening the Prime Minister spoke to Prime Minister Trudeau of Canada").
  if (docType === 'readout' && homeCountry && codes.length > 0 && !codes.includes(homeCountry))
    codes.unshift(homeCountry);
  const relation = relationOf(codes);
  if (!relation) warnings.push('relation unknown: fewer than two countries identified');
  if (published && facts.date && published !== facts.date)
    warnings.push(`the page is dated ${published}; the event took place on ${facts.date}`);

  return {
    source,
    url,
    title,
    section,
    kind: facts.kind,
    docType,
    date: facts.date,
    published,
    start: facts.start,
    durationMinutes: facts.durationMinutes,
    durationApproximate: facts.durationApproximate,
    participants: facts.participants,
    countries: relation?.countries ?? [...new Set(codes)],
    relation: relation?.slug ?? null,
    keyPoints,
    summary: keyPoints.length === 0 ? [lead, ...prose] : [],
    warnings,
  };
}
