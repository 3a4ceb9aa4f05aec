import type { KeyPoint } from '../types.js';

/** A numbered point: "1. …", "1 The …", and in Japanese "1　冒頭、…" or "１．…". */
const NUMBERED_RE =
  /^(\d{1,2}|[０-９]{1,2})(?:[.．、]\s*|\s+(?=[A-Z"“'‘(（「\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))(.*)$/u;
const BULLET_RE = /^[-–•・●▪■*]\s*(.*)$/;
const SUB_BULLET_RE = /^[◦○]\s*(.*)$/;
const SUB_NUMBERED_RE = /^(?:[-–•・●▪◦○]\s*)?(?:\d{1,2}[.．]\s*)?[(（](\d{1,2}|[a-z])[)）]\s*(.*)$/;

export type KeyPointParse = { keyPoints: KeyPoint[]; prose: string[] };

/** A numbered line that reads as a heading ("1. Opening remarks") rather than a point. */
function isHeading(text: string, next: string | undefined): boolean {
  if (text.length === 0 || text.length > 70) return false;
  if (/[.!?:;。"”]$/.test(text)) return false;
  if (!next) return false;
  // A heading is followed by prose or sub-points ("1. (1) …" too), not straight by the next
  // numbered point.
  if (SUB_NUMBERED_RE.test(next)) return true;
  return !NUMBERED_RE.test(next) && !BULLET_RE.test(next);
}

/**
 * Reads the body of a readout into key points: "1." / "1 " numbers, "-" and "•" bullets,
 * "(1)" sub-points (also "• (1)" and "1. (1)"), sectioned headings with prose under them, and
 * "X stated the following:" items whose bullets are their sub-points. Lines before the first
 * point are returned as prose.
 */
export function parseKeyPoints(lines: readonly string[]): KeyPointParse {
  const keyPoints: KeyPoint[] = [];
  const prose: string[] = [];
  let current: KeyPoint | null = null;
  let collectsBullets = false;
  let paragraphs: string[] = [];

  const close = () => {
    if (current) {
      current.text = paragraphs.join('\n');
      keyPoints.push(current);
    }
    current = null;
    paragraphs = [];
    collectsBullets = false;
  };
  const open = (text: string, next: string | undefined, numbered: boolean) => {
    close();
    const heading = isHeading(text, next) ? text : null;
    current = { n: keyPoints.length + 1, heading, text: '', subPoints: [] };
    paragraphs = heading === null && text ? [text] : [];
    // "1. X stated the following:" owns the bullets below it; a bulleted item's siblings are bullets.
    collectsBullets = numbered && /:$/.test(text);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    const next = lines[i + 1]?.trim();
    const sub = SUB_NUMBERED_RE.exec(line);
    if (sub && current) {
      (current as KeyPoint).subPoints.push((sub[2] as string).trim());
      continue;
    }
    const subBullet = SUB_BULLET_RE.exec(line);
    if (subBullet && current) {
      (current as KeyPoint).subPoints.push((subBullet[1] as string).trim());
      continue;
    }
    const numbered = NUMBERED_RE.exec(line);
    if (numbered) {
      open((numbered[2] as string).trim(), next, true);
      continue;
    }
    const bullet = BULLET_RE.exec(line);
    if (bullet) {
      if (current && collectsBullets) (current as KeyPoint).subPoints.push((bullet[1] as string).trim());
      else open((bullet[1] as string).trim(), next, false);
      continue;
    }
    if (current) paragraphs.push(line);
    else prose.push(line);
  }
  close();
  return { keyPoints, prose };
}
