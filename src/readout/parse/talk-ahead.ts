/**
 * Pages that speak of a talk without reporting one: a talk still to come, sought or only possible
 * ("may have a call soon", "plans in the coming days a conversation", "tasked … to organize a
 * meeting", "собирается позвонить"), or a talk denied ("لم يجتمع", "denies meeting"). These are
 * news sites' and wires' shapes in several languages; each reads a title or one sentence, so a
 * page's words are read once and only when a cheap cue is on the line.
 */

/**
 * A title that looks ahead or says no talk took place: modal and intent words ("may hold", "plans
 * call", "tries to establish contact"), "not yet" set, an announced talk, a denial. English,
 * Russian and Arabic.
 */
const TITLE_AHEAD_RE =
  /\b(?:may|might|could) (?:soon )?(?:hold|have|speak|meet|talk|call|phone|visit)\b|\bplans? (?:to )?(?:hold|have|call|phone|meet|talks?|visit)\b|\btr(?:y|ies|ying) to (?:establish|arrange|reach|set up|contact)\b|\bto (?:organi[sz]e|arrange|set up) (?:a |an |the )?(?:\w+ )?(?:meeting|call|talks|summit|contact)\b|\bnot (?:yet )?been (?:set|determined|scheduled|fixed|agreed)\b|^announced\b|\bden(?:y|ies|ied)\b[^.]{0,60}\b(?:meeting|met|call|talks|spoke)\b/i;
const TITLE_AHEAD_SCRIPT_RE =
  /(?<!\p{L})(?:собира\p{L}*|собрал\p{L}*|намерева\p{L}*|планиру\p{L}*|захотел\p{L}*|хочет|хотят|може?т (?:провести|позвонить|встретиться|созвониться)|не исключ\p{L}*|تنفي|ينفي|نفى|نفت|لم يجتمع|لم يلتق\p{L}*)(?!\p{L})/iu;
/** Cue of TITLE_AHEAD_RE: one of the words each of its shapes needs. */
const TITLE_AHEAD_CUE_RE =
  /may |might |could |plan|try to|tries to|trying to|organi|arrange|set up|been|announced|den/i;
/** Cue of the scripts' pattern: a Cyrillic or Arabic letter in the title. */
const SCRIPT_CUE_RE = /[\u0400-\u04ff\u0600-\u06ff]/;

/**
 * Whether a title speaks of a talk to come, sought, possible or denied, not of one that took
 * place. (The Latin languages' future, `latinFutureTalk`, is asked only of a title naming a talk.)
 */
export function titleLooksAhead(title: string): boolean {
  if (!title) return false;
  if (TITLE_AHEAD_CUE_RE.test(title) && TITLE_AHEAD_RE.test(title)) return true;
  return SCRIPT_CUE_RE.test(title) && TITLE_AHEAD_SCRIPT_RE.test(title);
}

/**
 * A sentence that speaks of a talk only as planned, sought or arranged: "plans in the coming days
 * a telephone conversation", "seeking an arrangement for urgent telephonic contact", "has tasked
 * … to organize a meeting", "will stop over … for a quick bilateral", "the exact date … has not
 * been set"; Russian "намеревается провести разговор", "собирается совершить"; German "soll es
 * … gehen", "wird … empfangen". Read only on a sentence that reports no talk in the past.
 */
const SOUGHT_EN_RE =
  /\b(?:plans?|planned|intends?|hopes?|seeks?|seeking|sought|tries|trying|tried|wants?|wishes)\s+(?:to|in the coming)\b|\bto (?:organi[sz]e|arrange|set up|establish|schedule|prepare)\s+(?:a |an |the )?(?:[\w-]+\s+){0,3}?(?:meeting|call|talks|conversation|contact|summit)\b|\barrangement for\b|\bin the (?:coming (?:days|weeks|hours)|near future)\b|\bmay (?:take place|happen|be held)\b|\bnot (?:yet )?been (?:set|determined|scheduled|fixed|agreed)\b|\bwill\b[^.]{0,100}\b(?:bilateral|meeting|talks|call|conversation|summit)\b/i;
const SOUGHT_SCRIPT_RE =
  /(?<!\p{L})(?:собира\p{L}*|намерева\p{L}*|планиру\p{L}*|захотел\p{L}*|хочет|хотят|предстоит|проведут|проведёт|проведет|состоится|позвонит|встретятся|в ближайш\p{L}*|soll|sollen|werde|wird|werden|geplant|voraussichtlich|করবেন|করবে|হবে|करेंगी|करेंगे|मिलेंगे|होगी|होगा|होंगे)(?!\p{L})/iu;
/** Cue of SOUGHT_EN_RE: one of the words each of its shapes needs. */
const SOUGHT_EN_CUE_RE =
  /plan|intend|hope|seek|sought|tries|trying|tried|want|wish|organi|arrange|set up|establish|schedule|prepare|coming|near future|may |been|will/i;
/** Russian and German verbs of a talk that took place: a sentence with one before the cue reports it. */
const PAST_SCRIPT_RE =
  /(?<!\p{L})(?:состоял\p{L}*|провел\p{L}*|провёл|обсудил\p{L}*|встретил\p{L}*|принял\p{L}*|побеседовал\p{L}*|переговорил\p{L}*|разговаривал\p{L}*|созвонил\p{L}*|поговорил\p{L}*|прош[её]л|прошл[аи]|hat|haben|hatte|hatten|telefonierte|traf|trafen|empfing|sprach|sprachen)(?!\p{L})/iu;

/** A talk named: English, Russian, German, Bengali and Hindi nouns and verbs of a call, meeting or visit. */
const TALK_NAMED_EN_RE =
  /\b(?:meet|meeting|talks?|call|phone|telephon\w*|conversation|contact|summit|bilateral|visit)\b/i;
const TALK_NAMED_SCRIPT_RE =
  /(?<!\p{L})(?:বৈঠক\p{L}*|সাক্ষাৎ\p{L}*|ফোনালাপ\p{L}*|बैठक\p{L}*|मुलाकात\p{L}*|बातचीत|वार्ता\p{L}*|разговор\p{L}*|переговор\p{L}*|звон\p{L}*|позвон\p{L}*|встреч\p{L}*|бесед\p{L}*|визит\p{L}*|Gespräch\p{L}*|Treffen|Telefonat\p{L}*|empf[aä]ng\p{L}*|Besuch\p{L}*)(?!\p{L})/iu;

/** Cue of the patterns beyond English: a Cyrillic, Devanagari or Bengali letter, or a German word of theirs. */
const NOT_ENGLISH_CUE_RE =
  /[\u0400-\u04ff\u0900-\u09ff]|treffen|telefonat|besuch|empf|gespr|soll|wird|werde|geplant|voraus/i;

/** Whether a sentence that reports no past talk speaks of one planned, sought or arranged. */
export function soughtTalk(sentence: string): boolean {
  // The patterns in Unicode mode are slow: they run only on a line with a letter beyond ASCII or
  // one of their German words.
  const script = NOT_ENGLISH_CUE_RE.test(sentence);
  if (!TALK_NAMED_EN_RE.test(sentence) && !(script && TALK_NAMED_SCRIPT_RE.test(sentence))) return false;
  if (SOUGHT_EN_CUE_RE.test(sentence) && SOUGHT_EN_RE.test(sentence)) return true;
  const cue = script ? SOUGHT_SCRIPT_RE.exec(sentence) : null;
  if (!cue) return false;
  const past = PAST_SCRIPT_RE.exec(sentence);
  return !past || cue.index < past.index;
}

/**
 * Several talks told together: a leader who "has communicated with a number of heads of state",
 * "called six European leaders", "held 13 bilateral meetings", "met with diplomats from Italy and
 * Southeast Asian nations". A round-up of talks, not the account of one. English, Indonesian,
 * Czech, Spanish, Portuguese, Italian and Russian. "The four leaders" are one talk's principals
 * (a summit's video conference) and are not read here.
 */
const SEVERAL_TALKS_EN_RE = new RegExp(
  [
    String.raw`(?<!\b(?:the|all|both|these|those|of)\s)\b(?:several|a number of|multiple|various|numerous|a series of|a flurry of|a string of|dozens of|\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:of\s+)?(?:his|her|their|the)\s+)?(?:(?:world|foreign|european|regional|african|asian|arab|latin american|g\d+|other|fellow|key)\s+)*(?:leaders|heads of (?:state|government)|counterparts|bilateral meetings|bilaterals|phone calls|telephone calls)\b`,
    String.raw`\b(?:with|to) (?:other )?world leaders\b|\band other (?:[\w-]+ )?leaders\b|\bdiplomats from\b|\bbatch of (?:envoys|ambassadors|diplomats)\b`,
    // A visit's round-up: "PM's visit to Japan wraps up".
    String.raw`\bvisit\b[^.]{0,40}\bwraps? up\b|\bwraps? up\b[^.]{0,40}\bvisit\b`,
  ].join('|'),
  'i',
);
const SEVERAL_TALKS_OTHER_RE = new RegExp(
  [
    // Greek: "η ίδια και άλλοι ηγέτες της ΕΕ" (she and other EU leaders).
    String.raw`(?<!\p{L})άλλ(?:οι|ους|ων) ηγέτ\p{L}*`,
    String.raw`(?<!\p{L})(?:sejumlah (?:kepala negara|pemimpin|pimpinan)|para (?:pemimpin|pimpinan|kepala negara)|banyak pemimpin|belasan pertemuan|\d+ pertemuan bilateral)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:dvěma|třemi|čtyřmi|pěti|šesti|sedmi|osmi|několika|\d+)\s+(?:\p{L}+\s+)?(?:vůdci|lídry|státníky|představiteli)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:varios|diversos|vários|numerosos|numerosi|vari|diversi)\s+(?:líderes|mandatarios|jefes de estado|leader|capi di stato)(?!\p{L})|líderes mundiales|leader mondiali`,
    String.raw`(?<!\p{L})(?:несколькими|рядом|нескольких)\s+(?:\p{L}+\s+)?(?:лидер\p{L}*|руководител\p{L}*|глав\p{L}* государств)(?!\p{L})`,
  ].join('|'),
  'iu',
);

/** Cue of the English pattern: one of the words each of its shapes needs. */
const SEVERAL_EN_CUE_RE = /leaders|heads of|counterparts|bilateral|calls|diplomats from|batch of|wrap/i;
/** Cue of the other languages' pattern (slow in Unicode mode): a Greek, Cyrillic or Czech letter, or one of its words. */
const SEVERAL_OTHER_CUE_RE =
  /[\u0370-\u04ffěšřůí]|sejumlah|para p|para k|banyak|belasan|pertemuan|vari|divers|numeros|mondiali|mundiales/i;

/** Whether a title or sentence tells several talks together rather than one. */
export function severalTalks(text: string): boolean {
  if (SEVERAL_EN_CUE_RE.test(text) && SEVERAL_TALKS_EN_RE.test(text)) return true;
  return SEVERAL_OTHER_CUE_RE.test(text) && SEVERAL_TALKS_OTHER_RE.test(text);
}
