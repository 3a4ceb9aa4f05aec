/**
 * Checks on what a person hands the command line (`readout parse`, `readout preview`): an empty
 * or binary input, a date that is not on the calendar. Each answers with the reason, to be said
 * on stderr with exit 1, rather than a readout made of nothing.
 */

/** "YYYY-MM-DD" naming a day that exists (2020-02-29 does, 2021-02-29 and 2020-13-45 do not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** How much of the start is looked at. */
const SAMPLE = 65_536;

/**
 * Why the decoded text of an input is not a page to parse, or null when it is one: empty (or
 * only white space), or binary — a NUL character, or more than 10% of it control characters or
 * bytes that are not UTF-8 (an image, a PDF, a zip, a page in another encoding).
 */
export function unreadableReason(content: string): string | null {
  if (content.trim() === '') return 'it is empty';
  const sample = content.slice(0, SAMPLE);
  if (sample.includes('\u0000')) return 'it is binary, not HTML or text (it has NUL bytes)';
  let odd = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (ch === '\uFFFD' || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) odd++;
  }
  if (odd / sample.length > 0.1)
    return `it is binary or not UTF-8, not HTML or text (${Math.round((100 * odd) / sample.length)}% of its start is not text)`;
  return null;
}
