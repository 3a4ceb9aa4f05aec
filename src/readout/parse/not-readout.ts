/**
 * Pages that name a talk-like event that is no talk with a foreign counterpart, read from the
 * title and the lead's first sentence: a meeting with one's own cabinet, military command,
 * predecessor or opposition; a message of greetings or condolences; words said at a press
 * conference or a spokesperson's briefing that name no talk; a sentence from the middle of a
 * story. Shapes of news sites and wires in English.
 */

/** A meeting with one's own: the talk's other side is a body or person at home. */
const DOMESTIC_RE =
  /\b(?:met|meets|meeting|held a meeting|chaired|chairs|chairing|presided over|presides over)\b[^.]{0,40}?\b(?:with\s+)?(?:the\s+|his\s+|her\s+)?(?:(?:federal|union|national)\s+)?(?:cabinet|council of ministers|military command|military leadership|service chiefs|security chiefs|chief ministers|predecessor)\b|\bmeeting of the (?:federal |union )?(?:cabinet|council of ministers)\b|\bcabinet['’]s meeting\b/i;
/** An opposition or ruling party's leader: at home, unless the sentence names another country. */
const PARTY_RE =
  /\b(?:met|meets|meeting)\b[^.]{0,40}?\b(?:the\s+)?(?:leader of the (?:main )?opposition(?: party)?|opposition leader|leader of the ruling party)\b/i;

/** Cues of the patterns above (each needs one of these words): most text has none, and the patterns are slow. */
const DOMESTIC_CUE_RE = /cabinet|council of ministers|military|chief|predecessor/i;
const PARTY_CUE_RE = /opposition|ruling party/i;

/**
 * Whether a title or sentence tells a meeting with one's own cabinet, command, predecessor or
 * party leaders; `countries` counts the countries a text names (asked only of a party's leader).
 */
export function domesticMeeting(text: string, countries: (text: string) => number): boolean {
  if (DOMESTIC_CUE_RE.test(text) && DOMESTIC_RE.test(text)) return true;
  return PARTY_CUE_RE.test(text) && PARTY_RE.test(text) && countries(text) <= 1;
}

/**
 * A message, not a talk: "congratulated … in a message", "sent a message of condolences",
 * "felicitates … on Independence Day". Not when the same words name a call or meeting.
 */
const MESSAGE_RE =
  /\b(?:in|through|via) a (?:[\w-]+ )?(?:message|letter|cable|telegram)\b|\bsent (?:a |his |her )?(?:[\w-]+ )?(?:message|letter|cable|telegram)\b|\bfelicitat\w*/i;
const CALL_OR_MEETING_RE = /\b(?:phone|telephone|call|called|spoke|met|meeting|talks|conversation|video)\b/i;

/** Whether a title or sentence tells a message of greetings or condolences rather than a talk. */
export function messageNotTalk(text: string): boolean {
  return MESSAGE_RE.test(text) && !CALL_OR_MEETING_RE.test(text);
}

/**
 * Words said at a press conference or briefing: "Speaking at a joint news conference in Kyiv
 * with …, X also said …", "Baloch, during the briefing, added …". A press conference that names
 * no talk, unless the sentence names one ("… after their talks").
 */
const PRESS_WORDS_RE =
  /^(?:[A-Z]+:\s*)?Speaking (?:at|during|to|after) (?:a |the )?(?:joint )?(?:news|press|media)\b|\b(?:during|at|in) (?:the|a|her|his) (?:weekly |daily |regular )?(?:press |media )?briefing\b/;
const TALK_NAMED_RE = /\b(?:talks|meeting|met|call|conversation|summit)\b/i;

/** Whether a sentence reports words said at a press conference or briefing, naming no talk. */
export function pressWordsNoTalk(sentence: string): boolean {
  return PRESS_WORDS_RE.test(sentence) && !TALK_NAMED_RE.test(sentence);
}

/** A sentence from the middle of a story: it opens with a conjunction ("But there one evening …"). */
export const MID_STORY_RE = /^(?:But|And|Yet|Still|So|Or)\s/;
