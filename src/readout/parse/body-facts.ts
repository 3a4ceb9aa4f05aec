import { lookupTable } from '../../app/lookup.js';
import type { Segment, StartTime } from '../types.js';
import { findMonthDay, isoDate, shiftDate, yearNear } from './dates.js';
import { findDurations, findTimes, type LeadFacts, leadDuration, TALK_ADJECTIVES } from './lead.js';

/**
 * Facts a readout states after its lead: many governments and every news copy give a talk's
 * length in a later sentence ("The conversation lasted about an hour", "During the 12-minute
 * conversation…", "…for about 12 minutes starting at 7:59 a.m."). Read only when the lead
 * gives none, from the first sentence that names the talk and its length; a length still to
 * come ("will last 30 minutes") or a part of the talk alone (a tête-à-tête) is not the talk's.
 */
export type BodyLength = {
  minutes: number;
  approximate: boolean;
  segments: Segment[] | null;
  /** Its start, when the same sentence gives one ("starting at 7:59 a.m."). */
  start: StartTime | null;
  raw: string;
};

/** Words that make a sentence speak of the talk itself. */
const TALK_NOUN_RE =
  /\b(?:call|phone-call|phone|telephone|conversation|talks?|meeting|summit|exchange|discussion|lunch|luncheon|dinner|session|lasted|lasting|spoke|spoken|talked|met)\b|échange|entretien|\bduré|длил|продлил|продолжал|тривал|тривав|годинн|часов[оаыу]/i;
/**
 * The same in the other languages written in Latin letters: the talk's noun or a verb of lasting
 * ("la conversación duró", "il colloquio è durato", "görüşme … sürdü", "pertemuan berlangsung",
 * "rozmowa trwała", "cuộc điện đàm kéo dài").
 */
const LATIN_TALK_NOUN_RE =
  /conversaci[óo]n|llamada|di[áa]logo|duração|duración|reuni[óoã]|encuentro|colloquio|telefonata|incontro|conversa|telefonema|liga[çc][ãa]o|encontro|görüşme|pembicaraan|percakapan|pertemuan|panggilan|perbualan|gesprek|ontmoeting|rozmow|spotkani|điện đàm|hội đàm|hội kiến|cuộc gặp|pag-uusap|pulong|convorbire|întâlnire|întrevedere|rozhovor|jednání|setkání|telefonát|samtal|möte|dur[óo]|durat[oa]|durou|sürdü|süren|berlangsung|duurde|trwał|kéo dài|tumagal|a durat|trval|varade/iu;
/** A length to come in those languages: "durará", "durerà", "sürecek", "akan berlangsung", "potrwa", "sẽ kéo dài". */
const LATIN_PLANNED_RE =
  /durar[áa]|durer[àa]|vai durar|sürecek|akan berlangsung|potrwa|sẽ kéo dài|va dura|bude trvat|kommer att pågå/iu;
/** A length planned, not taken; or a part of the talk, not all of it. */
const PLANNED_RE =
  /\b(?:will|would|is (?:expected|scheduled|set|due) to|are (?:expected|scheduled|set|due) to|planned|scheduled)\b/i;
const PART_RE = /tête-à-tête|tete-a-tete|one-on-one|\balone\b|\bprivate(?:ly)?\b/i;
/** A length written onto the talk's own noun ("a 90-minute meeting"): the talk's, whatever part the sentence also names. */
const OWN_LENGTH_RE = new RegExp(
  `[- ](?:minute|hour)(?:-long)?\\s+${TALK_ADJECTIVES}(?:call|conversation|talks?|meeting|discussion|exchange)$`,
  'i',
);

/**
 * The part of a sentence to read the talk's length from: the whole, or, when it also names a
 * part of the talk (a one-on-one before the meeting), only a length written onto the talk's noun.
 */
function lengthText(sentence: string): string | null {
  if (!PART_RE.test(sentence)) return sentence;
  const own = findDurations(sentence).filter((d) => OWN_LENGTH_RE.test(d.raw));
  return own.length === 1 ? (own[0] as { raw: string }).raw : null;
}
/** A clock time that starts the talk: "starting at 7:59 a.m.", "which began around 6 p.m.", "from 5:30 p.m.", "took place at 6 p.m.". */
const START_BEFORE_RE =
  /\b(?:starting|started|beginning|began|begun|commencing|commenced|from|(?:took|takes) place|(?:was|were) held)\s+(?:at\s+|around\s+|about\s+|approximately\s+|shortly after\s+|just after\s+)*$/i;

/** Cheap tests first: a sentence with no unit of time, or no word that starts a talk, is skipped. */
const LENGTH_WORD_RE =
  /\b(?:minutes?|mins?|hours?|hrs?|hour-long)\b|\b\d{1,2}\s?h\s?[0-5]\d\b|\d\s?[:.]\s?\d{2}.{0,40}?\b(?:to|until|till|ended|finished|concluded)\b|час|минут|годин|хвилин|minut|dakika|menit|minit|phút|perc|hora|ora|saat|jam|uur|godzin|giờ|tiếng|oras|hodin|timm/i;
const START_WORD_RE =
  /\b(?:starting|started|beginning|began|begun|commencing|commenced|from|took place|takes place|was held|were held)\b/i;

/** At most this much of the text after the lead is read. */
const BODY_LIMIT = 6000;

/** The sentences of some paragraphs, cut where a period ends a sentence ("a.m." and "Mr." do not). */
function sentences(lines: readonly string[]): string[] {
  const out: string[] = [];
  let chars = 0;
  for (const line of lines) {
    for (const s of line.split(/(?<=[\p{Ll}0-9)”"’][.!?]["”’]?)\s+(?=[\p{Lu}“"‘])/u)) out.push(s);
    chars += line.length;
    if (chars > BODY_LIMIT) break;
  }
  return out;
}

/** The talk's start as a later sentence states it ("At their summit starting at 11:40 a.m."). */
export function startInBody(lines: readonly string[]): StartTime | null {
  for (const sentence of sentences(lines)) {
    if (!START_WORD_RE.test(sentence)) continue;
    if (!TALK_NOUN_RE.test(sentence) || PLANNED_RE.test(sentence) || PART_RE.test(sentence)) continue;
    const t = findTimes(sentence).find(
      (t) => !t.inParens && START_BEFORE_RE.test(sentence.slice(0, t.index)),
    );
    if (t) return { time: t.time, approximate: t.approximate, timeZone: null };
    const word = NOON_RE.exec(sentence);
    if (word)
      return {
        time: /midnight/i.test(word[1] as string) ? '00:00' : '12:00',
        approximate: false,
        timeZone: null,
      };
  }
  return null;
}

/** "from noon today", "starting at midnight": a start in words. */
const NOON_RE =
  /\b(?:starting|started|beginning|began|commencing|from)\s+(?:at\s+)?(noon|midday|midnight)\b/i;

/** Another event the sentence names before its length: "followed a meeting of …", "after their talks in …". */
const OTHER_EVENT_RE =
  /\b(?:followed|follows|following|preceded|precedes|after|before|ahead of)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:meeting|talks|call|conversation|visit|summit|session)\b/iu;

/** The talk's length as a later sentence states it, with its start when that sentence gives one. */
export function lengthInBody(lines: readonly string[], title: string | null): BodyLength | null {
  for (const sentence of sentences(lines)) {
    if (!LENGTH_WORD_RE.test(sentence)) continue;
    const talk = TALK_NOUN_RE.test(sentence) || LATIN_TALK_NOUN_RE.test(sentence);
    if (!talk || PLANNED_RE.test(sentence) || LATIN_PLANNED_RE.test(sentence)) continue;
    const text = lengthText(sentence);
    const first = text === null ? undefined : findDurations(text)[0];
    if (text === null || !first) continue;
    // "The call followed a meeting of the two ministers, who spent more than an hour …": another talk's length.
    if (OTHER_EVENT_RE.test(text.slice(0, first.index))) continue;
    const times = findTimes(sentence);
    const length = leadDuration(text, title, text === sentence ? times : [], []);
    if (length.minutes === null) continue;
    const starting = times.find((t) => !t.inParens && START_BEFORE_RE.test(sentence.slice(0, t.index)));
    const word = starting ? null : NOON_RE.exec(sentence);
    return {
      minutes: length.minutes,
      approximate: length.approximate,
      segments: length.segments,
      start: starting
        ? { time: starting.time, approximate: starting.approximate, timeZone: null }
        : word
          ? {
              time: /midnight/i.test(word[1] as string) ? '00:00' : '12:00',
              approximate: false,
              timeZone: null,
            }
          : null,
      raw: sentence,
    };
  }
  return null;
}

/**
 * The zone of a government's own clock, for a call or video talk it gives a time for without
 * one: countries of one zone only (a call from Seoul is on Seoul's clock).
 */
const HOME_ZONES = lookupTable<string>({
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  IN: 'Asia/Kolkata',
  GB: 'Europe/London',
  FR: 'Europe/Paris',
  DE: 'Europe/Berlin',
  IT: 'Europe/Rome',
  VN: 'Asia/Ho_Chi_Minh',
  PH: 'Asia/Manila',
  CN: 'Asia/Shanghai',
  IL: 'Asia/Jerusalem',
  NZ: 'Pacific/Auckland',
});

/**
 * A lead's facts completed from the text after it: the talk's length (and its parts), and its
 * start. Returns what was taken, as warnings; nothing when the lead said it all.
 */
export function completeFromBody(
  lines: readonly string[],
  title: string | null,
  facts: LeadFacts,
  home: string | null,
): string[] {
  if (facts.durationMinutes !== null && facts.start !== null) return [];
  const said: string[] = [];
  const found = facts.durationMinutes === null ? lengthInBody(lines, title) : null;
  if (found) {
    facts.durationMinutes = found.minutes;
    facts.durationApproximate = found.approximate;
    if (found.segments) facts.segments = found.segments;
    said.push(`duration from after the lead: "${found.raw.slice(0, 120)}"`);
  }
  const start = facts.start ? null : (found?.start ?? startInBody(lines));
  if (start) {
    const remote = facts.kind === 'telephone' || facts.kind === 'video';
    if (!start.timeZone && remote && home) start.timeZone = HOME_ZONES[home] ?? null;
    facts.start = start;
    said.push(`start time from after the lead: ${start.time}`);
  }
  return said;
}

/** "yesterday's call", "the call on Monday", "The conversation took place on Tuesday": the talk dated in a sentence after the lead. */
const LATER_DATE_RE =
  /\b(?:(yesterday)['’]s (?:phone |telephone )?(?:call|conversation|meeting|talks)|(?:the|their) (?:phone |telephone |video )?(?:call|conversation|meeting|talks),? (?:held |which took place |(?:took|had taken) place |(?:was|were) held )?on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:the|their) (?:phone |telephone |video )?(?:call|conversation|meeting|talks),? (?:which )?(?:took place|(?:was|were) held) on ((?:\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December))|(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?)))\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The date a LATER_DATE_RE match names, counted from the page's date. */
function laterDay(m: RegExpExecArray, reference: string): string | null {
  const d = new Date(`${reference}T00:00:00Z`);
  if (m[3]) {
    const day = findMonthDay(m[3]);
    if (!day) return null;
    const date = isoDate(yearNear(day.month, day.day, reference), day.month, day.day);
    // Not a day after the page's (a talk late at night abroad aside): another event's.
    return date && date <= shiftDate(reference, 1) ? date : null;
  }
  if (m[1]) d.setUTCDate(d.getUTCDate() - 1);
  else
    d.setUTCDate(
      d.getUTCDate() - ((d.getUTCDay() - WEEKDAYS.indexOf((m[2] as string).toLowerCase()) + 7) % 7),
    );
  return d.toISOString().slice(0, 10);
}

/**
 * The talk's date when the lead gives none and a sentence soon after it does, by a word
 * counted from the page's date ("First Lady Michelle … joined yesterday's call") or its own
 * day ("The conversation took place on 5 March"); null otherwise.
 */
export function dateAfterLead(lines: readonly string[], reference: string): string | null {
  let chars = 0;
  for (const line of lines) {
    const m = LATER_DATE_RE.exec(line);
    if (m) return laterDay(m, reference);
    chars += line.length;
    if (chars > 1500) break;
  }
  return null;
}
