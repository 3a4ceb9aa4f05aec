import type { KeyPoint } from '../types.js';
import { ATTRIBUTION_RE, FOOTER_RE, hasOverview, OVERVIEW_RE } from './chrome.js';
import { isCjkText } from './cjk-words.js';
import { type KeyPointParse, parseKeyPoints } from './key-points.js';

/** A paragraph of the readout itself: a sentence, not a menu item, tag or share button. */
const isSentence = (line: string) =>
  (line.length >= 25 || (line.length >= 10 && isCjkText(line))) && /[.!?"”’)。！？」]$/.test(line);

/**
 * The paragraphs of a prose readout after its lead: sentences up to the first line that is
 * not one (the "Share", "Tags", "Related" chrome that follows the article on every site).
 * Lists (the EU's cooperation areas) and attribution lines are left out; a paragraph
 * repeated in a row counts once.
 */
export function proseParagraphs(body: string[]): KeyPointParse {
  const prose: string[] = [];
  for (const line of body) {
    if (/^[-–•・●▪*]\s/.test(line) || ATTRIBUTION_RE.test(line)) continue;
    if (!isSentence(line)) break;
    if (prose[prose.length - 1] !== line) prose.push(line);
  }
  return { keyPoints: [], prose };
}

/** The lines up to the footer (references, related links, share bars): the readout ends there. */
export function untilFooter(lines: string[]): string[] {
  const footer = lines.findIndex((l) => FOOTER_RE.test(l));
  return footer >= 0 ? lines.slice(0, footer) : lines;
}

/** The readout's lines after the lead, the text after the lead's overview sentence first. */
export function bodyAfterLead(lines: string[], leadIndex: number, afterOverview: string | null): string[] {
  const body = lines.slice(leadIndex + 1);
  if (afterOverview) body.unshift(afterOverview);
  // A line holding the overview sentence is kept without it (dropped when nothing else is left).
  return untilFooter(body).flatMap((l) => {
    if (!hasOverview(l)) return [l];
    const rest = l.replace(OVERVIEW_RE, '').trim();
    return rest ? [rest] : [];
  });
}

/**
 * Key points or prose: Japan's numbered and bulleted points; other governments' readouts are
 * prose, whose lists (the EU's cooperation areas) are not key points of the talk, and whose
 * paragraphs are the summary.
 */
export function readPoints(
  body: string[],
  homeCountry: string | null,
  japaneseSource: boolean,
): KeyPointParse {
  return !homeCountry || japaneseSource ? parseKeyPoints(body) : proseParagraphs(body);
}

/** A capture or feed excerpt cut off mid-sentence: parsed as it is, and said. */
export function cutOffWarning(keyPoints: KeyPoint[], prose: string[], lead: string): string | null {
  const last = keyPoints[keyPoints.length - 1];
  const lastText = last ? (last.subPoints.at(-1) ?? last.text ?? '') : (prose.at(-1) ?? lead);
  if (lastText && !/[.!?:;"”’)\]。！？」]$/.test(lastText.trim()))
    return `the text seems cut off: it ends "…${lastText.trim().slice(-40)}"`;
  return null;
}
