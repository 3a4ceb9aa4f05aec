import { ATTRIBUTION_RE, FOOTER_RE, SECTION_RE, SITE_SUFFIX_RE } from './chrome.js';
import { isCjkText } from './cjk-words.js';
import {
  dateInShortLine,
  filedMonth,
  findMonthDay,
  isoDate,
  MONTHS,
  numericDateLine,
  parseDateLine,
  yearNear,
} from './dates.js';
import { isPressConferenceHeading } from './doc-type.js';
import { fold } from './latin.js';
import {
  CO_SUBJECTS_RE,
  firstSentence,
  IN_FIRST_CALL_RE,
  isPassiveLead,
  LEAD_VERB_RE,
  OWN_CALL_WAS_RE,
  PHONE_OBJECT_RE,
  TALK_BETWEEN_RE,
  TWO_SUBJECTS_RE,
} from './lead.js';
import { isDeFrLead } from './lead-de-fr.js';
import { isLatinLead } from './lead-latin.js';
import { normaliseLines, type Page } from './page.js';

/** What stands above the lead: where the lead is, the section, the title and the page's date. */
export type Header = {
  /** The lead's line, or -1 when no line reads as one. */
  leadIndex: number;
  /** The lines above the lead (the first 6 when there is none). */
  head: string[];
  section: string | null;
  title: string | null;
  /** The page's own date line. */
  published: string | null;
  /**
   * Whether that date line is a news site's stamp: the date with the clock time it was posted
   * ("March 17, 2022 19:11", "21:38, 28 May 2025", "17:01" over "26.02.2024").
   */
  stamped?: boolean;
};

/**
 * A line that holds a sentence's end: a headline has none, and an abbreviation's period ("S.
 * Korean FM holds phone call with …", "U.S. envoy meets …") is not one.
 */
const SENTENCE_END_RE = /[.!][”"’)]*$|(?<!(?:^|[\s.(])\p{Lu})\.\s/u;

/** Every lead verb of a line. */
const LEAD_VERBS_RE = new RegExp(LEAD_VERB_RE.source, 'g');
/** "had claimed", "has said": an auxiliary before another verb, which is the sentence's. */
const AUXILIARY_RE = /^(?:had|has)\s+(?:\p{L}+ed|been|\p{L}+en|said|told|made|sent|written)\b/u;

/** A lead verb of the line's first sentence that is not an auxiliary ("held", "met"; not "had" of "had claimed"). */
function hasLeadVerb(line: string): boolean {
  const sentence = firstSentence(line.replace(/^\d{1,2}[.)]?\s+/, ''));
  for (const m of sentence.matchAll(LEAD_VERBS_RE))
    if (!AUXILIARY_RE.test(sentence.slice(m.index ?? 0))) return true;
  return false;
}

/** The line that reports the talk: "On March 9, … held", else a sentence with a verb and its counterpart. */
export function findLeadIndex(lines: string[]): number {
  const onLead = lines.findIndex(
    (l) =>
      /^(?:\d{1,2}[.)]?\s+)?On\s+(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2}/.test(l) && hasLeadVerb(l),
  );
  if (onLead >= 0) return onLead;
  // The cheap tests first: most lines are too short or no sentence.
  return lines.findIndex(
    (l) =>
      l.length > 30 &&
      SENTENCE_END_RE.test(l) &&
      ((LEAD_VERB_RE.test(l) &&
        /\b(?:with\b|courtesy call on\b|(?:spoke|spoken) to\b|talked to\b|spoke (?:by|over the|on the) (?:tele)?phone\b|(?<!-)called (?:on )?(?:the )?(?=[A-Z])|(?:(?:tele)?phoned|dial(?:l?ed|s)) (?:the )?(?=[A-Z])|met (?:the |his |her |their )?(?=[A-Z])|(?:welcomed|hosted) (?:the |His |Her )?(?=[A-Z])|held (?:a|an|talks)\b|had (?:a|an)\b|received (?:an? )?(?:(?:tele)?phone |video )?call from (?:the |his |her )?(?=[A-Z]))/.test(
          l,
        )) ||
        (l.includes(' and ') && CO_SUBJECTS_RE.test(l)) ||
        TWO_SUBJECTS_RE.test(l) ||
        (/phone|video/.test(l) && PHONE_OBJECT_RE.test(l)) ||
        TALK_BETWEEN_RE.test(l) ||
        isPassiveLead(l) ||
        IN_FIRST_CALL_RE.test(l) ||
        OWN_CALL_WAS_RE.test(l) ||
        isDeFrLead(l) ||
        isLatinLead(l)),
  );
}

/** A date line that carries a label: "Published 13 October 2021", "Date: 26 May 2020", after a byline too ("By Office of … Date 20 October 2020"). */
function labelledDate(line: string): string | null {
  const m =
    /^(?:By\s.{1,120}?\s)?(?:(?:First\s+)?Published|Updated|Last updated|Date|Posted|Released|Issued|Publication date)(?: on)?\s*:?\s+(.{6,60})$/i.exec(
      line,
    );
  // "Posted on January 8, 2022 by admin": the poster's name is not part of the date.
  return m ? parseDateLine((m[1] as string).replace(/\s*[—–-]\s*.*$/, '').replace(/\s+by\s+.*$/i, '')) : null;
}

/**
 * A republisher's note of when the page it copies was issued: "The press release issued by
 * 10 Downing Street on 28 February 2025.", "This statement was published by the Ministry on
 * March 3, 2024."
 */
function issuedDate(line: string): string | null {
  const m =
    line.length <= 160
      ? /^(?:The|This)\s+(?:[\w-]+\s+){0,2}(?:release|statement|readout|article|story|post|news)\s+(?:was\s+)?(?:issued|published|released|posted)\b.{0,90}?\bon\s+((?:\w+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4})\.?$/.exec(
          line,
        )
      : null;
  return m ? parseDateLine((m[1] as string).replace(/(\d)(?:st|nd|rd|th)\b/, '$1')) : null;
}

/**
 * A date line without a year, with or without its place ("Brussels, 6 January", "March 9"):
 * the year is the one that puts it nearest the feed's date; null without a feed date.
 */
function yearlessDateLine(line: string, feedDate: string | null | undefined): string | null {
  if (!feedDate || line.length > 40) return null;
  const m = /^(?:[A-Z][\p{L} .'-]{2,30},\s+)?(\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+\.? \d{1,2})$/u.exec(line);
  const day = m ? findMonthDay(m[1] as string) : null;
  return day && day.year === null
    ? isoDate(yearNear(day.month, day.day, feedDate), day.month, day.day)
    : null;
}

/** A dateline with a full date: "Washington DC, February 18, 2025", "New Delhi, 8 October 2021". */
function placedDateLine(line: string): string | null {
  const m =
    line.length <= 60 ? /^[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]*){0,3},\s+(.+\d{4})$/u.exec(line) : null;
  return m ? parseDateLine(m[1] as string) : null;
}

/**
 * A day closing a title, as GOV.UK writes it (": 13 October 2021"), its address ("… japan 13
 * october 2021") or a copy of its page with the month cut short (", 19 Dec 2023").
 */
const TITLE_DATE_RE = new RegExp(
  `(?:[:,]\\s*|\\s)(\\d{1,2} (?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?) \\d{4})\\s*$`,
  'i',
);

/** GOV.UK puts the date in the title: "PM call with Prime Minister Kishida of Japan: 13 October 2021". */
export function dateFromTitle(title: string | null): string | null {
  const m = title ? TITLE_DATE_RE.exec(title) : null;
  return m ? parseDateLine(m[1] as string) : null;
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

/** The month a title names at its end, with no day ("PM call with President X: May 2014"), as the middle of that month. */
export function monthFromTitle(title: string | null): string | null {
  const m = title
    ? /[:,]\s*(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\s*$/.exec(
        title,
      )
    : null;
  return m ? parseDateLine(`15 ${m[1]} ${m[2]}`) : null;
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
 * A photo's caption or credit: one that ends in its credit ("Photo: AP", "Photo: ZUMA Press
 * Wire/dpa", "Image Credit: ANI", "… June 22, 2017. REUTERS/Jane Doe", "(Photo by X/Getty
 * Images)"), a credit alone ("© Jane Doe/TASS", "Copyright REUTERS/…"), or "In this file photo, …".
 */
const CAPTION_END_RE =
  /\b(?:Photos?|(?:Image|Photo) Credit|Credits?|Foto)\s*[:：]\s*[\p{L}\d /.&-]{1,40}$|(?:^|[.)]\s+)(?:REUTERS|Reuters|AP|AFP|EPA|Xinhua|Yonhap|Kyodo|TASS|Sputnik|ANI|PTI|Anadolu|Bloomberg|dpa)(?: Photo)?\s*\/\s*[\p{L}\d .'’&/-]{1,50}$|\((?:Photo|Foto|Image)\b[^()]{0,80}\)$|^(?:©|Copyright\b)|^In this (?:file )?photo\b/u;

/** A share bar's or an embed widget's words, never a title. */
const SHARE_BAR_RE = /^(?:Share (?:this|on|via|article)\b|Copy(?:\/paste| link| to clipboard)\b)/i;

/** A transcript's clock line ("5:05 P.M. EDT", "2:09 p.m. EDT"): never a title. */
const CLOCK_LINE_RE = /^\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{2,4})?$/i;

/** A headline about a talk ("PM call with …", "… Discuss Gaza"), not a byline, place or note. */
const HEADLINE_RE =
  /^(?![[(]|By\s|[^:]{1,60}:\s|.*\?$)(?=.*\b(?:calls?|meeting|meets|met|talks?|spoke|speaks|speak|discuss(?:es|ed)?|conversation|phone|telephone|summit|read-?out|visit)\b)/i;

/**
 * A headline about a talk in another language written in Latin letters ("Pedro Sánchez conversa
 * por teléfono con …", "Cumhurbaşkanı Erdoğan, … ile telefonda görüştü", "Thủ tướng … điện đàm …").
 */
const LATIN_HEADLINE_RE =
  /^(?![[(]|.*\?$)(?=.*(?:conversa|llamada|reún|reuni|telef|incontr|colloquio|görüş|bir araya|bertemu|pertemuan|kunjungan|spreekt|gesprek|ontmoet|rozmaw|rozmow|spotka|điện đàm|hội đàm|hội kiến|(?<!\p{L})tiếp(?!\p{L})|nakipag|nag-usap|convorbire|întâlni|setkal|jednal|träffa|samtal))/iu;
const headline = (line: string) => HEADLINE_RE.test(line) || LATIN_HEADLINE_RE.test(line);

/**
 * The section line, the date line and (in plain text) the title among the lines above the
 * lead. The date line nearest the lead is the page's own: a republisher's wrapper puts its own
 * dates above it. In plain text the title is the line just above that date line.
 */
function aboveLead(page: Page, head: string[], feedDate: string | null | undefined) {
  let section: string | null = null;
  let published: string | null = null;
  let title = page.title;
  let candidate: string | null = null;
  let datedAt: string | null = null;
  let stamped = false;
  // A republisher's headline below its own date line ("December 22 2025" / "PM call with …").
  let belowDate: string | null = null;
  const sectioned = page.source === 'mofa' || page.source === 'kantei' || page.source === 'other';
  const hint = feedDate ?? filedMonth([], page.url);
  for (const [i, line] of head.entries()) {
    const dateLine: string | null =
      parseDateLine(line) ??
      labelledDate(line) ??
      placedDateLine(line) ??
      yearlessDateLine(line, feedDate) ??
      issuedDate(line) ??
      numericDateLine(line, hint);
    if (!section && SECTION_RE.test(line) && sectioned) section = line;
    else if (dateLine) {
      published = dateLine;
      stamped = isStamp(head, i);
      belowDate = null;
      if (!page.html && candidate) title = candidate;
      datedAt = line;
    } else if (
      // Korea's briefing room puts the date above the title: a menu item ("Photo News") just
      // above the date is not the title, the heading just below it is.
      !page.html &&
      datedAt !== null &&
      title === candidate &&
      (candidate ?? '').split(' ').length < 3 &&
      line.split(' ').length >= 3 &&
      line.length < 200 &&
      !/[.:。]$/.test(line) &&
      !CLOCK_LINE_RE.test(line)
    ) {
      title = line;
      candidate = line;
      datedAt = null;
    } else if (
      !page.html &&
      (line.split(' ').length >= 2 || isCjkText(line, 4)) &&
      // A menu ("Home | Business | Markets") is not a title, nor a breadcrumb ("Inicio > Prensa"),
      // nor a summary's bullet ("- The two …").
      !/\s\|\s.*\s\|\s/.test(line) &&
      !/\s[>›»]\s/.test(line) &&
      !/^[-•*]\s/.test(line) &&
      // A photo's caption ("… Thursday, Aug. 24, 2017. Photo: AP") is not a title either, nor a byline.
      !CAPTION_END_RE.test(line) &&
      !/^By\s+[A-Z]/.test(line) &&
      // A share bar's words ("Share this article", "Copy/paste the article video embed link …").
      !SHARE_BAR_RE.test(line) &&
      // A photo's credit line ("Copyright AGENCY/Name") is not one either.
      !CREDIT_LINE_RE.test(line) &&
      line.length < 200 &&
      !SECTION_RE.test(line) &&
      // "A Downing Street spokesperson said:" introduces the text; it is not its title, nor is a
      // sentence closed by a full stop (the Armenian "։", the Devanagari "।", the Urdu "۔").
      !/[.:。։।۔]$/.test(line) &&
      !ATTRIBUTION_RE.test(line) &&
      // A transcript's clock line ("5:05 P.M. EDT") is not its title, nor a label of the page's type.
      !CLOCK_LINE_RE.test(line) &&
      !/^(?:joint )?(?:media release|media statement|press release|news story|transcript|speech|statement)$/i.test(
        line,
      )
    ) {
      candidate = line;
      if (published && !belowDate && line.split(' ').length >= 3 && headline(line)) belowDate = line;
    }
  }
  if (!page.html && !title && !published) title = candidate;
  // Only where what stands above the date is the site's, not a headline of the talk nor a
  // transcript's ("Press Conference by …" over a topic's heading in its questions).
  if (!page.html && belowDate && !(title && (headline(title) || isPressConferenceHeading(title, null))))
    title = belowDate;
  return { section, published, title, stamped };
}

/** A clock time: "19:11", "08:10", "9:48AM". */
const CLOCK_RE = /(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/;

/**
 * Whether the date line at `i` is a news site's publication stamp: it carries a clock time, or
 * a short line beside it is one ("17:01" / "26.02.2024"). A government's date line names the
 * day alone; a stamp tells when the article went up, not when the talk took place.
 */
export function isStamp(head: readonly string[], i: number): boolean {
  const line = head[i] as string;
  // An e-mail's "Sent: Tuesday, May 14, 2019 10:12 AM" (a pool report's) is written the day it tells.
  if (/^(?:Sent|Date):/i.test(line)) return false;
  if (line.length < 80 && line.includes(':') && CLOCK_RE.test(line)) return true;
  for (const near of [head[i - 1], head[i + 1]])
    if (near !== undefined && near.length <= 12 && CLOCK_RE.test(near)) return true;
  return false;
}

/** A heading the page breaks over two lines ("Lunch Meeting Hosted by …" / "and … Summit Meeting"). */
function overTwoLines(lines: readonly string[], heading: string): boolean {
  for (let i = 0; i + 1 < Math.min(lines.length, 40); i++) {
    const first = lines[i] as string;
    if (heading.startsWith(`${first} `) && heading === `${first} ${lines[i + 1]}`) return true;
  }
  return false;
}

/**
 * The heading as the readout gives it: in plain text, the feed item's title where the text
 * carries it (a guess from the lines above the date would take a republisher's menu or a
 * "Press release" label); never the section; without a copy's label or the site's name.
 */
function cleanTitle(title: string | null, page: Page, section: string | null, feedTitle?: string | null) {
  const fromFeed = feedTitle ? normaliseLines([feedTitle])[0] : undefined;
  let out = title;
  if (!page.html && fromFeed && (fromFeed.split(' ').length >= 3 || isCjkText(fromFeed, 4))) {
    if (
      page.lines.some((l) => l === fromFeed || l.endsWith(`: ${fromFeed}`)) ||
      overTwoLines(page.lines, fromFeed)
    )
      out = fromFeed;
    // The feed's title in other letter case or punctuation ("Remarks with japanese foreign
    // minister …" over "Remarks With Japanese Foreign Minister …"): the page's own heading.
    else out = headingLike(page.lines, fromFeed) ?? out;
  }
  if (out && out === section) out = null;
  // A copy's label before GOV.UK's title: "Press release: PM call with …".
  if (out) out = out.replace(/^(?:Press release|News story|Speech|Statement):\s+(?=\S)/, '');
  // An og:title carries the site's name after a separator: "… - United States Department of State".
  if (out) out = out.replace(SITE_SUFFIX_RE, '') || out;
  return out;
}

/** A photo credit's line: never a title. */
const CREDIT_LINE_RE = /^copyright\b|^©/i;

/** Letters and digits only, folded as latin.ts folds a word: how a feed may spell a page's heading. */
function looseWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The first of a page's first 60 lines that is the feed's title but for case, accents and punctuation. */
function headingLike(lines: readonly string[], feedTitle: string): string | null {
  const want = looseWords(feedTitle);
  const min = feedTitle.length * 0.8;
  const max = feedTitle.length * 1.25 + 4;
  for (const line of lines.slice(0, 60))
    if (line.length >= min && line.length <= max && looseWords(line) === want) return line;
  return null;
}

/** A place alone on a line, as a readout's signature puts it above its date: "New Delhi", "Washington, DC". */
const SIGNATURE_PLACE_RE = /^[A-Z][\p{L}.'’-]*(?:,?\s+[A-Z][\p{L}.'’-]*){0,3}$/u;

/**
 * The page's date when no line above the lead is one: a short label line there ("Statement
 * 22 February 2022 Brussels", never the title's own date, which is the event's), a date line
 * below the article (MEA's "New Delhi / October 08, 2021"), else the page's metadata.
 */
function dateElsewhere(page: Page, head: string[], leadIndex: number, title: string | null, content: string) {
  let published: string | null = null;
  for (const line of head) if (!title || !line.endsWith(title)) published ??= dateInShortLine(line);
  if (!published && leadIndex >= 0) {
    const below = page.lines.slice(leadIndex + 1);
    for (const [i, line] of below.entries()) {
      if (FOOTER_RE.test(line)) break;
      const d = parseDateLine(line);
      // The signature's date ("New Delhi" / "October 08, 2021"), not a date under another
      // article's headline in a list below the readout.
      if (d) return i === 0 || SIGNATURE_PLACE_RE.test(below[i - 1] as string) ? d : null;
    }
  }
  if (!published && page.html) published = metaDate(content);
  return published;
}

/** Stage 3, header: the lead's line, and the section, title and date line above it. */
export function readHeader(
  page: Page,
  input: { content: string; feedTitle?: string | null | undefined; published?: string | null | undefined },
  leadIndex = findLeadIndex(page.lines),
): Header {
  const head = leadIndex >= 0 ? page.lines.slice(0, leadIndex) : page.lines.slice(0, 6);
  const above = aboveLead(page, head, input.published);
  const title = cleanTitle(above.title, page, above.section, input.feedTitle);
  const published = above.published ?? dateElsewhere(page, head, leadIndex, title, input.content);
  return {
    leadIndex,
    head,
    section: above.section,
    title: title ?? input.feedTitle ?? null,
    published,
    stamped: above.published !== null && above.stamped,
  };
}
