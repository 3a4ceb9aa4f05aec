import { countryFromDemonym, countryFromName } from '../countries.js';
import type { DocType } from '../types.js';
import { cjkDocType, isCjkText } from './cjk.js';
import { latinFutureTalk, latinPastAt } from './latin.js';
import { firstSentence } from './lead.js';
import { isDeFrLead } from './lead-de-fr.js';
import { isLatinLead } from './lead-latin.js';
import { domesticMeeting, MID_STORY_RE, messageNotTalk, pressWordsNoTalk } from './not-readout.js';
import { LATIN_PRESS_TITLE_RE } from './spoken-latin.js';
import { severalTalks, soughtTalk, titleLooksAhead } from './talk-ahead.js';

/**
 * What a page is: a readout of a talk, a press conference, or anything else a government
 * publishes beside them (statements, fact sheets, proclamations, announcements, speeches,
 * briefings, domestic meetings…). Decided from the title, the lead and the first lines of the
 * body together, with regular expressions over at most a few thousand characters: cheap enough
 * for every page of a backfill.
 *
 * The shapes come from real pages of the White House, State, GOV.UK, Canada's PMO, the Kremlin,
 * Kantei, MOFA and India's MEA; each pattern below names what it stands for.
 */
export type DocTypeInput = {
  title: string | null;
  section: string | null;
  /** The page's lines, chrome included, in order. */
  lines: readonly string[];
  /** The lead sentence (the first sentence reporting a talk), when one was found. */
  lead: string | null;
  /** The country the publisher speaks for; null for an unknown publisher. */
  homeCountry: string | null;
  /** The principals read from the lead, the subject first when the lead names it. */
  participants: readonly { name: string; country: string | null }[];
  /** The page's address: a news site files its opinion pieces apart. */
  url?: string | null;
  /** The feed item's title, when the poller has one. */
  feedTitle?: string | null;
  /** The lead is a stand-in: a sentence found to name a talk between office holders of two countries. */
  talkSentence?: boolean;
};

/** A news site's opinion, commentary and analysis sections: never a government's account. */
const OPINION_URL_RE = /\/(?:opinion|opinions|commentary|op-?eds?|analysis|columns?)\//i;

/** Titles of pages that are never readouts, whatever their body says. */
const OTHER_TITLE_RE = new RegExp(
  [
    // A site's listing of several items ("Tag: Downing Street", "Category: Press releases").
    String.raw`^(?:tags?|categor(?:y|ies)|topics?|archives?|author|search results?)\s*[:|]`,
    // Documents of another kind.
    String.raw`\bfact ?sheet\b`,
    String.raw`\bproclamation\b`,
    String.raw`\bexecutive order\b`,
    String.raw`\bmemorandum\b`,
    String.raw`\bjoint (?:leaders['’]? )?(?:statement|declaration|communiqu|press (?:statement|release)|vision)`,
    String.raw`\b(?:leaders['’]?|chair['’]?s?|ministers['’]?) (?:statement|declaration|summary)\b`,
    String.raw`^(?:statement|message|greetings?|condolences|video message|letter|op-ed|tribute)\b`,
    String.raw`\b(?:statement|message|greetings?) (?:by|from|of|on)\b`,
    // Speech and its kin (a transcript of one person is not a readout of a talk).
    String.raw`^(?:remarks|speech|address|keynote|lecture|toast)\b`,
    // Not the speech a talk was about ("Putin wished Tokayev success … set out in his address to nation").
    String.raw`(?<!\b(?:his|her|their|its) )\b(?:remarks|speech|address|keynote) (?:by|of|at|to|on|before|during)\b`,
    String.raw`\b(?:press|background|media|daily|special) briefing\b`,
    String.raw`\bbriefing (?:by|on|with)\b`,
    String.raw`\bon-the-record\b`,
    // A press pool's notes of what reporters saw ("Travel Pool Report #11"), not the account of a talk.
    String.raw`\bpool report\b`,
    // What is to come, and where the leader will be.
    String.raw`\b(?:itinerary|travel schedule|daily schedule|public schedule|schedule for)\b`,
    // Not an outcome agreed in a talk ("Starmer and Trump … agree to meet soon").
    String.raw`(?<!\bagree[sd]? )\b(?:to|will) (?:travel|visit|attend|host|welcome|meet|hold|participate|take part|speak|deliver|receive|make)\b`,
    // Not a talk held about what is to come ("Obama, Medvedev speak about upcoming summit").
    String.raw`(?<!\b(?:speak|speaks|spoke|talk|talks|talked|discuss|discussed|discusses) (?:about |on )?(?:the |their )?)\bupcoming\b`,
    // A talk that may come ("Putin and Trump may hold call next week").
    String.raw`\b(?:may|might|could) (?:hold|have|speak|meet|talk|call|visit|host|travel)\b`,
    // A news site's explainer or round-up of talks, not the account of one.
    String.raw`\btimeline\b|\bexplainer\b|\bwhat we know\b|\bfactbox\b|\bq\s?&\s?a\b|\bin (?:charts|pictures|photos)\b`,
    // A headline in the future ("Macron will brief his counterparts…"), a proposal, an arrival.
    // Not a hope or a view reported in a talk ("Yoon hopes S. Korea, U.S., Japan will further …").
    String.raw`(?<!\b(?:hopes?|hoped|believes?|expects?|says?|said)\b[^;:!?]{0,60})\bwill\b`,
    String.raw`\bpropos(?:es|ed|al)\b`,
    String.raw`\barriv(?:es?|ed|ing|al) (?:in|at)\b`,
    // The same arrival in German and French ("… in Tokio eingetroffen", "arrivé à Tokyo").
    String.raw`\beingetroffen\b|\bangekommen\b|\barriv(?:e|é|ée|és) (?:à|au|en)\b`,
    // A round-up of a week's or a day's news, not the account of one talk.
    String.raw`\b(?:this|last|the) week (?:at|in)\b|\bweek in review\b|\b(?:weekly|daily|news) (?:round-?up|digest|wrap)\b|\bround-?up\b`,
    // A joint document of outcomes ("Joint Meeting Outcomes", "Joint Outcomes Statement").
    String.raw`\bjoint\b[^.]{0,30}\boutcomes?\b`,
    String.raw`\b(?:departs?|leaves?|sets? off) for\b`,
    String.raw`\bannounces?\b`,
    String.raw`\bnominat`,
    String.raw`\bappointment of\b`,
    // Domestic duties.
    String.raw`\b(?:inspects?|inspection|observes?|surveys?)\b`,
    String.raw`\bvisits? (?:the )?(?:areas?|sites?|disaster|evacuation)`,
    String.raw`\bcabinet meeting\b`,
    String.raw`(?<!\b(?:united nations|UN|U\.N\.)\s+)\bsecurity council\b(?![^,]*\b(?:united nations|UN)\b)`,
  ].join('|'),
  'i',
);

/**
 * A news headline in the future: its subject, then "to" and a verb ("Putin to talk to press pool
 * after summit", "Biden, Xi to hold video call", "PM Modi To Visit Japan"); not an outcome agreed
 * in a talk ("Leaders agree to meet again").
 */
const FUTURE_HEADLINE_RE =
  /^(?!.*\b(?:[Aa]gree[sd]?|[Dd]ecided?|[Vv]ow(?:ed|s)?|[Pp]ledge[sd]?|[Oo]ffer(?:ed|s)?|[Cc]ommit(?:ted|s)?)\s+[Tt]o\b)(?:[\p{Lu}][\p{L}.'’-]*,?\s+|(?:and|&)\s+){1,5}[Tt]o\s+(?:[Tt]alk|[Dd]iscuss|[Pp]hone|[Cc]all|[Bb]rief|[Hh]old|[Mm]eet|[Ss]peak|[Vv]isit|[Hh]ost|[Hh]ave|[Ss]ign|[Aa]ttend|[Tt]ravel|[Ss]ee|[Jj]oin)\b/u;

/** A talk named in a sentence. */
const TALK_WORD_RE = /\b(?:meet|meeting|talks|call|speak|summit|visit|conversation)\b/i;

/** Whether a title makes a page something else than a readout; `talk`: whether it names a talk (computed when null). */
function otherByTitle(title: string, talk: boolean | null): boolean {
  if (FUTURE_HEADLINE_RE.test(title)) return true;
  if (!OTHER_TITLE_RE.test(title)) return false;
  const talkTitle = talk ?? (TALK_TITLE_RE.test(title) && !/\b(?:will|to be held|upcoming)\b/i.test(title));
  return !(talkTitle && /\bread-?out\b|\bcall\b|\bconversation\b/i.test(title));
}

/**
 * Titles of transcripts: a press conference reports a talk when it names one. Remarks to the
 * press after a talk ("Remarks With Foreign Minister X After Their Meeting", "Remarks by
 * President X after meeting with President Y") are such a press availability.
 */
const PRESS_TITLE_RE =
  /press conference|press occasion|press encounter|press availability|transcript|doorstep|doorstop|interview|joint press|news conference|press point|media availability|\bremarks\b[^.]{0,100}\b(?:after|following)\s+(?:(?:their|his|her|the|a|our)\s+)?(?:bilateral\s+)?(?:meeting|talks|summit)\b/i;

/**
 * Titles that say a talk took place: "Readout of…", "… Call with …", "Telephone conversation with …".
 * Each alternative starts at a word's start, written once as `(?<!\w)` for them all: V8 runs a
 * `\b` at the head of each under the flags `iu` tens of times slower (it is the same test).
 */
const TALK_TITLE_RE =
  /(?<!\w)(?:read-?out\b|telephones\b|telephoned\b|phones\b|speaks (?:by (?:tele)?phone|on the (?:tele)?phone)\b|(?:phone|telephone|video) (?:call|talks?|conversation|conference|meeting)\b|calls? with\b|call (?:to|between)\b|conversation with\b|(?:talks?|meeting|meets?|met|spoke|speaks|speaking) (?:with|to)\b|summit (?:meeting|telephone|video|talk)|courtesy call\b|bilateral meeting\b|meeting between\b|foreign ministers['’]? (?:meeting|talk|telephone)|(?:holds?|held) talks\b|talks between\b|video ?conference\b|VTC\b|[A-Z][\p{L}.]*[-–][A-Z][\p{L}.]* (?:summit|meeting|talks?|foreign))/iu;

/**
 * A news headline in the present that names a talk with someone ("Putin Meets Japanese Prime
 * Minister", "Erdoğan phones Macron"): its object opens with a capital, as a person or a people
 * does ("meets with …", "calls on …" urging, "calls for …" are not this shape).
 */
const PRESENT_TALK_HEADLINE_RE =
  /\b(?:[Mm]eets|[Pp]hones|[Tt]elephones|[Ss]peaks (?:[Ww]ith|[Tt]o)|[Tt]alks (?:[Ww]ith|[Tt]o)|[Hh]olds (?:[Tt]alks|(?:[Pp]hone |[Tt]elephone |[Vv]ideo )?[Cc]all) [Ww]ith)\s+(?!(?:On|For|Upon|Off|Out)\b)(?:the\s+)?\p{Lu}/u;

/** A title that says a talk took place: a talk's title, not one still to come. */
function namesTalk(title: string): boolean {
  if (/\b(?:will|to be held|upcoming|to (?:hold|have|speak|meet|visit|travel|host|call))\b/i.test(title))
    return false;
  if (!TALK_TITLE_RE.test(title) && !PRESENT_TALK_HEADLINE_RE.test(title)) return false;
  // "Putin, Erdogan may have telephone conversation soon", "… nakatakdang mag-courtesy call …".
  return !titleLooksAhead(title) && !latinFutureTalk(title);
}

/** Page lines that make it a proclamation, an order or a fact sheet. */
const OTHER_BODY_RE =
  /\bA Proclamation\b|\bNOW, THEREFORE\b|\bdo hereby (?:proclaim|designate|order)\b|^FACT SHEET\b|\bBy the authority vested in me\b/m;
/**
 * A statement's preamble: a statement, unless the words it introduces report a talk ("Government
 * spokesperson Steffen Hebestreit issued the following statement: Federal Chancellor Olaf Scholz
 * spoke on the telephone with…").
 */
const STATEMENT_BODY_RE =
  /\bissued the following (?:statement|message)|\b(?:made|released|delivered) the following (?:statement|remarks)/;

/** A line of a transcript: a speaker's label ("MR. EARNEST:", "Q", "PRIME MINISTER KISHIDA:"). */
const SPEAKER_RE =
  /^(?:Q[:.]?\s|Q$|\[?[A-Z][A-Z .'’-]{2,50}\]?:\s|\(?(?:Question|Answer|Reporter)\)?[:：]\s?)/;

/** A speaker's label of two words or more opening a line ("SECRETARY BLINKEN:", "ANTHONY ALBANESE, PRIME MINISTER:"), not a dateline ("SEOUL:"). */
const SPEAKER_LEAD_RE = /^\[?[A-Z][A-Z.'’-]+(?:,? [A-Z][A-Z.'’-]+){1,8}\]?:\s/;
/** A question's turn in a transcript: a journalist asks. */
const QUESTION_TURN_RE =
  /^(?:Q[:.]?\s|Q$|(?:JOURNALIST|REPORTER|QUESTION|MEDIA)\b[^:]{0,40}:|\(?(?:Question|Reporter)\)?[:：])/;
/** A press conference's title about a trip still to come ("… regarding His Upcoming Visit to …"). */
const TRIP_TO_COME_RE =
  /\bupcoming\b|\bahead of\b|\bprior to (?:his|her|the|their) (?:visit|departure|trip)|\bbefore (?:his|her|the|their) (?:departure|visit|trip)/i;

/**
 * A news report that a press conference is still to come ("Merkel and Macron hold joint news
 * conference …" over "The two leaders will hold a joint news conference on Friday …"): no
 * transcript's speaker labels, and a first paragraph in the future about the press conference.
 */
function pressToCome(input: DocTypeInput): boolean {
  const opening = openingLines(input.lines, input.title);
  if (opening.filter((l) => SPEAKER_RE.test(l)).length >= 2) return false;
  const first = opening.find((l) => l.length >= 60 && /[.!?"”’]$/.test(l));
  return first !== undefined && PRESS_TO_COME_RE.test(first);
}
const PRESS_TO_COME_RE =
  /\b(?:will|would|is (?:scheduled|expected|set|due) to|are (?:scheduled|expected|set|due) to|plans? to)\s+(?:(?:hold|give|host|address|brief|face)\s+(?:a\s+|the\s+)?(?:joint\s+)?(?:press|news|media)\b|(?:appear|speak)\s+(?:together\s+)?(?:before|to)\s+(?:the\s+)?(?:reporters|journalists|press|media)\b|(?:take|answer)\s+(?:reporters['’]\s+)?questions\b)/i;

/** A spokesperson's regular press conference (a briefing): "Foreign Ministry Spokesperson's Regular Press Conference". */
const REGULAR_PRESS_RE = /\bregular (?:press|news) conference\b/i;

/** An announcement in the future tense, not the account of a talk that took place. */
const FUTURE_RE =
  /\b(?:will|shall|is to|are to|plans? to|intends? to|is (?:scheduled|expected|set|due) to|are (?:scheduled|expected|set|due) to)\s+(?:\w+\s+)?(?:travel|visit|hold|meet|attend|host|welcome|speak|participate|take part|make|pay|receive|deliver|be|lead|join|have|undertake)\b|\btoday announced that\b/i;

/** The talk spoken of as still to come, in reported speech too ("the meeting would be brief"). */
const TALK_TO_COME_RE =
  /\b(?:the|this|their|a|his|her)\s+(?:(?:tele)?phone\s+|video\s+)?(?:meeting|talks?|call|conversation)\b[^.,]{0,120}?\b(?:would|will|is going to|may|might|could)\s+(?:be|take place|last|start|begin|happen|have)\b|\bmay have a (?:(?:tele)?phone\s+)?(?:call|conversation|meeting|talks?)\b/i;

/**
 * A talk in the past tense: what makes a lead the account of a call or meeting ("called" a
 * counterpart, not "called for" or "called upon" someone to act, nor a name: "the day, called
 * …", though ", called on the Prime Minister" is a courtesy call).
 * English, then
 * French and German; the second needs Unicode mode, which is slower, so it runs only on a line
 * carrying one of its cue words (most lines of a page are English or menus).
 */
const PAST_TALK_EN_RE =
  /\b(?:spoke|talked|met|held|had(?!\s+been\b)|paid|received|interacted|conversed|exchanged views|phoned|telephoned|conducted|discussed|hosted|chaired|co-chaired|welcomed|sat down|took place)\b|(?<!so-|, )\bcalled\b(?! (?:for|upon)\b)|, called on\b|\b(?:has|have) (?:spoken|held|met|had)\b|\b(?:in|during) (?:a|their|the) (?:tele)?(?:phone|video) (?:call|conversation|talk)\b|(?<!\b(?:is|are|was|were|remain|remains|be|been) )\b(?:in|during) (?:(?:a|an|their|the|his|her) )?(?:(?:first|recent|latest|bilateral|summit|virtual|(?:tele)?phone|video|[\w]+-(?:minute|hour)|hour-long|lengthy|brief) )*(?:talks|meeting|summit|call|conversation)\b(?! (?:for|on whether)\b)|[‘'’]s (?:first|final|last|latest) (?:(?:tele)?phone |video )?(?:call|conversation|meeting)\b[^!?]{0,60}?\b(?:was|had been) (?:to|with)\b/i;
/** … "haben in einem Telefonat über … beraten": a talk that took place, by what was said in it. */
const PAST_TALK_FR_DE_RE =
  /\bs['’]est entretenue?|\bse sont entretenus|\b(?:lors|au cours) d(?:e|u|['’]un) ?(?:leur|cet|ce|l['’])?\s*(?:premier\s+|long\s+)?(?:échange|entretien)|\ba (?:reçu|rencontré|téléphoné)(?!\p{L})|\b(?:recevait|rencontrait)\b|\bont (?:échangé|eu un (?:échange|entretien))|\b(?:a|avait|avaient) eu une? (?:(?:long|bref|premier)\s+)?(?:échange|entretien|conversation)|\btelefonierte|\b(?:hat|haben)\b[^.]{0,200}?\b(?:telefoniert|getroffen|empfangen|gesprochen|geführt|ausgetauscht)(?!\p{L})|\b(?:in|bei) (?:einem|ihrem|seinem) (?:(?:langen|kurzen|ersten) )?(?:Telefonat|Telefongespräch|Videotelefonat) mit\b|\bführten?\b[^.]{0,60}\b(?:Telefongespräch|Telefonat|Gespräch|Gespräche|Videokonferenz)(?!\p{L})|\bhatten?\b[^.,;]{0,80}\b(?:ein(?:e|en)?\s+)?(?:(?:längeres|langes|kurzes|erstes)\s+)?(?:Telefongespräch|Telefonat|Videotelefonat|Treffen)\s+mit\b|\btrafen sich\b|\bempfing\b|\b(?:hat|haben|hatte|hatten)\b[^.]{0,80}\b(?:in|bei|während)\s+(?:einem|ihrem|seinem)\s+(?:(?:längeren|langen|kurzen|ersten)\s+)?(?:Telefonat|Telefongespräch|Videotelefonat|Gespräch|Treffen)(?!\p{L})[^.]{0,120}\b(?:beraten|besprochen|erörtert|gesprochen|diskutiert|ausgetauscht)(?!\p{L})/iu;
/**
 * Words one of PAST_TALK_FR_DE_RE's alternatives cannot match without, one cue for each: a line
 * with none of them is not read with that slow pattern (English lines are most of a page, and
 * "a telephone", "a reception" must not wake it).
 */
const FR_DE_CUE_RE =
  /entretenu|\b(?:lors|au cours) d|a (?:reçu|rencontré|téléphoné)|recevait|rencontrait|ont échangé|eu une? |telefonierte|telefoniert|getroffen|empfangen|gesprochen|geführt|ausgetauscht|telefonat mit|telefongespräch mit|führte|\bhatten?\b|trafen sich|empfing|\bhat\b|\bhaben\b/i;

/**
 * Answers of `pastTalkAt` for the texts last asked about: one page asks about its lead and its
 * sentences several times over (117 asks of 46 texts on the bench's pages). A page's worth of
 * entries, cleared when full; the answer depends on the text alone.
 */
const pastTalkSeen = new Map<string, number>();
const PAST_TALK_SEEN_MAX = 64;

/** Where a past talk is first named in a text; -1 when it names none. */
function pastTalkAt(text: string): number {
  const known = pastTalkSeen.get(text);
  if (known !== undefined) return known;
  if (pastTalkSeen.size >= PAST_TALK_SEEN_MAX) pastTalkSeen.clear();
  const at = findPastTalk(text);
  pastTalkSeen.set(text, at);
  return at;
}

function findPastTalk(text: string): number {
  const found = [
    PAST_TALK_EN_RE.exec(text)?.index ?? -1,
    FR_DE_CUE_RE.test(text) ? (PAST_TALK_FR_DE_RE.exec(text)?.index ?? -1) : -1,
    // Spanish, Italian, Portuguese, Turkish, Indonesian, Dutch, Polish, Vietnamese…
    latinPastAt(text),
  ].filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

const namesPastTalk = (text: string) => pastTalkAt(text) >= 0;

/**
 * A lead that opens in the talk itself ("At his summit meeting with President …, Prime Minister …
 * shared the view …", "During their call with …"): the talk took place, unless the sentence
 * looks ahead.
 */
const IN_TALK_OPENING_RE =
  /^(?:At|During|In) (?:his|her|their|the) (?:[\w-]+ ){0,2}(?:meeting|talks|summit|call|conversation|teleconference) with\b/;
const LOOKS_AHEAD_RE = /\b(?:will|would|shall|expected|scheduled|plans?|intends?|upcoming)\b/i;

/** Whether a lead reports a talk that took place: a verb in the past, or an opening in the talk. */
function pastTalk(lead: string): boolean {
  return namesPastTalk(lead) || (IN_TALK_OPENING_RE.test(lead) && !LOOKS_AHEAD_RE.test(lead));
}

/**
 * A lead about a talk rather than its account: a comment on it ("Referring to the recent telephone
 * conversation between …, India has said …"), or a leak of it from unnamed people ("… citing two
 * officials familiar with the conversation", "sources said").
 */
const ABOUT_TALK_RE =
  /^(?:Referring to|Commenting on|Asked about|Reacting to|Responding to|Speaking about)\b|\bfamiliar with the (?:conversation|call|talks?|meeting|discussions?|matter)\b|\b(?:according to|citing) (?:\w+ )?(?:unnamed |anonymous )?sources?\b|\bsources? (?:said|say|told)\b/i;

/** A sentence opening with a pronoun for its subject. */
const PRONOUN_SUBJECT_RE = /^(?:It|He|She|They|This|That|These|Those|We|I)\s/;

/**
 * How often two leaders have talked ("have called each other only once since …", "have met three
 * times this year"): a count of talks, not the account of one. Not in a relative clause ("…, who
 * have met twice before, spoke today").
 */
const TALK_COUNT_RE =
  /(?<!\b(?:who|which|whom)\s)\b(?:have|has|had)\s+(?:(?:already|now|so far)\s+)?(?:spoken|talked|met|called|phoned|held talks)(?:\s+(?:each other|one another|by (?:tele)?phone))?\s+(?:(?:only|just|at least|more than)\s+)?(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+times|regularly|repeatedly|frequently|often|on (?:several|many|\w+) occasions)\b/i;

/** A joint document named in a sentence, then words quoted from it ("issued a Joint Statement that declared: “We … met today …”"). */
const QUOTED_JOINT_DOC_RE =
  /\bjoint (?:leaders['’]? )?(?:statement|declaration|communiqu[ée]|press (?:statement|release))\b[^"“]{0,120}["“]/i;

/** Offices that name a foreign counterpart wherever they appear beside a talk. */
const FOREIGN_OFFICE_RE =
  /\b(?:Chancellor|Taoiseach|Emir|Crown Prince|Sultan|Secretary[- ]General|High Representative|European Commission|European Council|State Councilor|Premier|King|Queen)\b/;

/** Sequences of capitalised words, where a country name or demonym may be. */
const CAPS_RUN_RE = /\b[A-Z][\p{L}.'’]*(?:[ -](?:of|the|and|[A-Z][\p{L}.'’]*))*/gu;

/**
 * Countries named in a text by name or demonym ("Germany", "German", "the Republic of Korea",
 * "U.S."); at most the first 1,500 characters are read.
 */
export function countriesNamed(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.slice(0, 1500).matchAll(CAPS_RUN_RE)) {
    const words = m[0].split(/[ ]/);
    for (let i = 0; i < words.length; i++) {
      // A name starts with a capital ("Republic of Korea"), never with "of" or "the".
      if (!/^[A-Z]/.test(words[i] as string)) continue;
      for (let j = Math.min(words.length, i + 6); j > i; j--) {
        if (!/^[A-Z]/.test(words[j - 1] as string)) continue;
        const span = words.slice(i, j).join(' ');
        const code =
          countryFromName(span.replace(/['’]s$/, '')) ?? (j === i + 1 ? countryFromDemonym(span) : null);
        if (code) {
          found.add(code);
          i = j - 1;
          break;
        }
      }
    }
  }
  return found;
}

/** A subject's office, then a counterpart of that office and a country: "President X … with the President of Ghana". */
const SAME_OFFICE_RE =
  /(?<![\w-]|Vice[- ])\b(President|Prime Minister|Foreign Minister|Chancellor)\b[^.]{0,160}?\b(?:with|from|to|by) (?:the )?\1 of (?:the )?[A-Z]/;

/** Whether title and lead name someone of another country than the publisher's. */
function namesForeignCounterpart(input: DocTypeInput, text: string, lead: string): boolean {
  if (FOREIGN_OFFICE_RE.test(text)) return true;
  const home = input.homeCountry;
  if (home && input.participants.some((p) => p.country && p.country !== home)) return true;
  // Principals of two countries read from the lead: a talk abroad, whoever else it names.
  if (new Set(input.participants.map((p) => p.country).filter(Boolean)).size >= 2) return true;
  const named = countriesNamed(text);
  if (home) {
    named.delete(home);
    return named.size > 0;
  }
  // A publisher not known (a republisher): the subject is the first principal when the lead
  // opens with them ("Secretary … Blinken spoke …"), and anyone of another country, or of no
  // country read, is a counterpart. A lead opening with an office ("The Prime Minister spoke
  // to …") leaves the subject unknown: any country named is taken for the counterpart's.
  const [first, ...others] = input.participants;
  const family = first?.name.split(' ').at(-1) ?? '';
  const verbAt = Math.max(pastTalkAt(lead), 0);
  const at = family ? lead.indexOf(family) : -1;
  const subject = first && at >= 0 && at < verbAt ? first : null;
  if (!subject) return named.size > 0 || input.participants.some((p) => p.country);
  // A subject of no country read, titled by a home office ("Union Minister X met with Prime
  // Minister Y"): a counterpart abroad is one whose country the title or lead names, or one
  // called so ("PM A meets Indian counterpart B").
  if (!subject.country && !/\bcounterparts?\b/i.test(text)) {
    // "President X … held talks with the President of Ghana, Y": one office, two holders, so
    // the counterpart's country is not the subject's.
    if (others.some((p) => p.country) && SAME_OFFICE_RE.test(lead)) return true;
    for (const p of others) if (p.country) named.delete(p.country);
    return named.size > 0;
  }
  if (others.some((p) => p.country !== subject.country)) return true;
  if (subject.country) named.delete(subject.country);
  return named.size > 0;
}

/** The first lines after the title: enough to see a statement's formula or a transcript's labels. */
function openingLines(lines: readonly string[], title: string | null): string[] {
  const at = title ? lines.indexOf(title) : -1;
  const out: string[] = [];
  let chars = 0;
  for (const line of lines.slice(at + 1, at + 41)) {
    out.push(line.length > 400 ? line.slice(0, 400) : line);
    chars += line.length;
    if (chars > 4000) break;
  }
  return out;
}

/** An item's own heading that names a document of another kind: "Fact Sheet: …", "Joint Statement …". */
const ITEM_HEADING_RE = /^(?:fact ?sheet\s*:|joint (?:leaders['’]? )?statement\b)/i;

/**
 * A listing or aggregator page ("… Feed") whose item stands under its own heading, below the
 * page's title: a heading just above the lead that names a fact sheet or a joint statement.
 */
function itemHeadingRulesOut(input: DocTypeInput): boolean {
  const at = input.lead ? input.lines.indexOf(input.lead) : -1;
  for (const line of input.lines.slice(Math.max(0, at - 3), Math.max(0, at)))
    if (line !== input.title && ITEM_HEADING_RE.test(line)) return true;
  return false;
}

/**
 * A news page's lead that is no account of a talk (news sites and wires, our own shapes): a
 * sentence from the middle of another story (a pronoun for its subject and no principal named),
 * a joint statement's words quoted, a count of talks, or a talk recalled in a later paragraph
 * under a story about what someone said.
 */
function newsRulesOut(
  input: DocTypeInput,
  lead: string,
  opening: readonly string[],
  talkTitle: boolean,
): boolean {
  // "It called on …", "He said …": an account opens with its principals.
  if (input.participants.length === 0 && PRONOUN_SUBJECT_RE.test(lead)) return true;
  // "But there one evening in February, …": a sentence from the middle of a longer story.
  if (MID_STORY_RE.test(lead)) return true;
  // The lead's first sentence: a later one may recall or plan what the first reports.
  const first = firstSentence(lead);
  const quoted = QUOTED_JOINT_DOC_RE.exec(first);
  if (quoted && pastTalkAt(first) >= quoted.index + quoted[0].length) return true;
  const count = TALK_COUNT_RE.exec(first);
  if (count && pastTalkAt(first) >= count.index) return true;
  if (COMMENTATORS_RE.test(first) || LAST_TALK_RE.test(first) || NO_TALK_RE.test(first)) return true;
  if (COMMENT_ON_TALK_RE.test(first)) return true;
  // An ambassador's letters of credence received at a ceremony: no talk with a counterpart.
  if (CREDENTIALS_RE.test(first)) return true;
  if (deniedTalk(first)) return true;
  return talkInAside(first) || talkInOpeningClause(first) || (!talkTitle && recalledTalk(lead, opening));
}

/**
 * A talk denied in another language, the denial before any talk it names: "X niega que
 * mantuviera una conversación con Y", "nega di aver parlato", "ontkent dat", "yalanladı",
 * "membantah", "zaprzeczył", "опроверг". The English is in NO_TALK_RE.
 */
const DENIAL_RE =
  /(?<!\p{L})(?:niega|niegan|negó|negaron|desmiente|desmienten|desmintió|desmintieron|nega|negano|negou|negam|negaram|desmente|desmentem|desmentiu|smentisce|smentiscono|(?:ha|hanno) (?:smentito|negato)|ontkent|ontkennen|ontkende|ontkenden|yalanladı|yalanladi|reddetti|membantah|dibantah|zaprzecza|zaprzeczył\p{L}*|dementuje|dementi|опроверг\p{L}*|отрица\p{L}*|спростува\p{L}*|заперечу\p{L}*|заперечи\p{L}*)(?!\p{L})/iu;
const DENIAL_CUE_RE =
  /nieg|neg|desmi|desme|smenti|ontken|yalan|reddet|bantah|zaprzecz|dement|опроверг|отрица|спростув|запереч/i;

/** Whether a sentence denies the talk it names, the denial standing before the talk. */
function deniedTalk(sentence: string): boolean {
  if (!DENIAL_CUE_RE.test(sentence)) return false;
  const denial = DENIAL_RE.exec(sentence);
  if (!denial) return false;
  // What is denied follows at once: "niega que …", "nega di aver …", "ontkent dat …" (not "negó,
  // durante su reunión con …, que …": a denial made in the talk).
  const end = denial.index + denial[0].length;
  const what = DENIED_RE.exec(sentence.slice(end, end + 40));
  if (!what) return false;
  const talk = pastTalkAt(sentence);
  return talk < 0 || end + what.index <= talk;
}
/** The words that open what is denied: "que", "haber", "di aver", "dat", "bahwa", "что", "що"; or the talk itself ("la conversación"). */
const DENIED_RE =
  /^(?:\s+[\p{L}]+){0,3}?\s+(?:que|haber|di aver|d['’]aver|ter|dat|te hebben|bahwa|adanya|że|что|що|la|el|una?|il|lo|a|o|het|de|any|having)(?!\p{L})/iu;

/** Credentials presented or received ("received the credentials of", "letters of credence"). */
const CREDENTIALS_RE = /\bcredentials\b|\bletters? of credence\b/i;

/** A talk commented on: "… criticised the meeting between A and B held last week". */
const COMMENT_ON_TALK_RE =
  /\b(?:criticis|criticiz|condemn|welcom|prais|hail|slamm?|dismiss|question|downplay|play(?:ed|s)? down)\w*\s+(?:the|a|an|this|last)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|call|talks|conversation|summit)\s+(?:between|of)\b/i;

/**
 * No talk, or none told: "There are no plans for a call between …", "X denied that he had spoken
 * with Y", a call refused or failed ("refused to take a phone call from …", "la fallida llamada"), an explainer ("Here is what we know about the call …").
 */
const NO_TALK_RE =
  /^There (?:are|were|is|was) no\b|\b(?:refused|refuses|declined|declines|did not|didn['’]t) (?:to )?(?:receive|take|answer|accept|return) (?:a|an|the|his|her|their) (?:(?:tele)?phone )?call\b|\bfallida (?:llamada|conversación)\b|\bno plans? (?:for|to)\b|\b(?:denied|denies|deny|denying) (?:that|having|reports|any|speaking|talking|meeting)\b|^(?:Here is|Here's|Here are) (?:what|how|why)\b|\bwhat we know about\b/i;
/** A sentence opening on a subordinate clause: "When X spoke with Y last week, …". */
const OPENING_CLAUSE_RE = /^(?:When|While|Although|Though|Even as|As|Since|Until|If|Once)\s+[^,]{10,200},\s+/;
/** What a talk's principals did in it: the main clause of a report of the talk. */
const TALK_OUTCOME_RE =
  /\b(?:agreed|discussed|reaffirmed|affirmed|expressed|stressed|emphasi[sz]ed|welcomed|underlined|pledged|vowed|urged|told|said|raised|thanked|congratulated|confirmed|shared|exchanged|reviewed|noted|called for)\b/i;

/** Whether the lead's talk is only in its opening clause, its main clause about something else ("When X met Y, the stakes were high"). */
function talkInOpeningClause(lead: string): boolean {
  const m = OPENING_CLAUSE_RE.exec(lead);
  if (!m || pastTalkAt(m[0]) < 0) return false;
  const rest = lead.slice(m[0].length);
  return pastTalkAt(rest) < 0 && !TALK_OUTCOME_RE.test(rest);
}

/**
 * A sentence whose subject is a comment's voice: "Analysts say …", "Markets rose after …", or a
 * third party speaking in the present ("We welcome the phone call between …"; a leader's own
 * account is in the past: "Today I welcomed …").
 */
const COMMENTATORS_RE =
  /^(?:Analysts|Experts|Observers|Critics|Commentators|Economists|Investors|Traders|Markets|Stocks|Shares|Oil prices|Prices)\b|^(?:We|I)\s+(?:(?:warmly|strongly|deeply)\s+)?(?:welcome|note|hope|applaud|commend|urge|look forward)\b/;
/**
 * An earlier talk, recalled: "The two leaders last met in June", "Days after his phone call
 * with X, Y announced …", "Weeks before their summit, …"; the opening clause names that talk
 * ("Two weeks after the elections, X spoke with Y" is the account of the talk itself).
 */
const LAST_TALK_RE =
  /\b(?:last|previously) (?:met|spoke|talked|held talks)\b|^(?:(?:Only |Just )?(?:Days|Hours|Weeks|Months|A (?:day|week|month)|Two (?:days|weeks)|Moments|Shortly))\s+(?:after|before)\b(?=[^,]*\b(?:call|calls|talks?|meeting|met|spoke|summit|conversation|visit)\b)/i;
/** A relative clause that holds the talk: "X, who spoke with Y last week, said on Monday …". */
const RELATIVE_CLAUSE_RE = /,\s+(?:who|which)\s+[^,]{5,160},/g;

/** Whether the lead's only talk is in a relative clause, its main verb another ("…, who met Y on Friday, said …"). */
function talkInAside(lead: string): boolean {
  const at = pastTalkAt(lead);
  if (at < 0) return false;
  for (const m of lead.matchAll(RELATIVE_CLAUSE_RE)) {
    const end = (m.index ?? 0) + m[0].length;
    if (at > (m.index ?? 0) && at < end) return pastTalkAt(lead.slice(end)) < 0;
  }
  return false;
}

/**
 * A story that opens with what someone said ("X does not expect …", "…, the ambassador said on
 * Friday"): a talk its lead recalls in a later paragraph is background. Not when those words are
 * the talk's own account ("…, said a statement from the White House") or speak of its principals
 * as a pair ("the two leaders agreed …").
 */
function recalledTalk(lead: string, opening: readonly string[]): boolean {
  const leadAt = opening.findIndex((l) => l.startsWith(lead.slice(0, 40)));
  const above = leadAt >= 0 ? opening.slice(0, leadAt) : [];
  const first = above.find((l) => l.length >= 60 && /[.!?"”’]$/.test(l));
  return (
    first !== undefined &&
    SAYS_RE.test(first) &&
    !pastTalk(first) &&
    !TALK_NOUN_RE.test(first) &&
    !TALK_ACCOUNT_RE.test(first)
  );
}

/** Words of a talk's own account: a statement or readout speaking, or the principals as a pair. */
const TALK_ACCOUNT_RE =
  /\b(?:said|according to) (?:a|an|the) (?:[\w-]+ ){0,2}(?:statement|readout|release|communiqu[ée])\b|\b(?:a|an|the) (?:[\w-]+ ){0,2}(?:statement|readout|release|communiqu[ée]) (?:(?:from|by|of|issued by) (?:the )?(?:[A-Z][\w'’.-]*\s){1,4})?(?:said|says|stated)\b|\bsaid in (?:a|an|the) (?:[\w-]+ ){0,2}(?:statement|readout|release|communiqu[ée])\b|\b(?:two|both) (?:leaders|ministers|presidents|prime ministers|foreign ministers|sides|heads of (?:state|government))\b/i;

/** A paragraph reporting what someone said, thinks or expects. */
const SAYS_RE =
  /\b(?:said|says|told|stated|noted|added|believes?|expects?|(?:does|did) not (?:expect|rule out|believe)|(?:is|was) not ruled out)\b/;
/** A talk named as a noun ("a phone call", "talks with", "the meeting between"). */
const TALK_NOUN_RE =
  /\b(?:(?:tele)?phone|video)\s+(?:call|conversation|talks?)\b|\b(?:talks|meeting|call|conversation|summit)\s+(?:with|between)\b/i;

/** A talk's principals as a pair: "the two leaders", "both ministers", "the leaders". */
const PAIR_RE =
  /\b(?:the two|both|the) (?:leaders|presidents|prime ministers|ministers|foreign ministers|heads of (?:state|government)|sides)\b|\bthe two (?:men|women)\b/i;

/**
 * The text of the lines after the lead, each after a line break, and the paragraph just above it
 * (a news lead may name the pair first: "X has congratulated U.S. President Y on …" over "The
 * Prime Minister's Office says the two men spoke by phone Saturday").
 */
function linesAround(input: DocTypeInput, count: number): string {
  const at = input.lead ? input.lines.indexOf(input.lead) : -1;
  if (at < 0) return '';
  const above = at > 0 ? (input.lines[at - 1] as string) : '';
  const prose = above !== input.title && above.length >= 60 && /[.!?"”’]$/.test(above);
  return `${prose ? `\n${above.slice(0, 400)}` : ''}${input.lines
    .slice(at + 1, at + 1 + count)
    .map((l) => `\n${l.slice(0, 400)}`)
    .join('')}`;
}

/**
 * A lead that reports no talk in the past ("X and Y agreed to meet soon") below a sentence that
 * does, naming its principals as a pair ("In their first call since the election, the two
 * leaders discussed trade."): the line just above is the talk's report, the lead names who.
 */
function pairTalkAbove(input: DocTypeInput): boolean {
  const lead = input.lead;
  const at = lead ? input.lines.indexOf(lead) : -1;
  if (!lead || at <= 0 || pastTalk(lead)) return false;
  const above = input.lines[at - 1] as string;
  if (above === input.title || above.length < 40) return false;
  const sentence = firstSentence(above);
  return PAIR_RE.test(sentence) && pastTalk(sentence) && !FUTURE_RE.test(sentence);
}

/** A site's listing of several items: "Tag: Downing Street", "Category: Press releases". */
const LISTING_TITLE_RE = /^(?:tags?|categor(?:y|ies)|topics?|archives?)\s*[:|]/i;

/**
 * A listing page whose first item is the account of a talk: the item's own heading names the talk
 * just above the lead (a republisher's note, "The press release issued by … on …", may stand
 * between), and nothing but that heading (or its copy in a menu) stands between the page's title
 * and it. The item's heading is the title the page is read by; a later item is another page's.
 */
function firstItemHeading(input: DocTypeInput, title: string): string | null {
  if (!input.lead || !LISTING_TITLE_RE.test(title)) return null;
  const { lines } = input;
  const leadAt = lines.indexOf(input.lead);
  const titleAt = lines.indexOf(title);
  for (let i = leadAt - 1; i > titleAt && i >= leadAt - 3; i--) {
    const line = lines[i] as string;
    if (line.length > 200 || !TALK_TITLE_RE.test(line)) continue;
    const heading = line.replace(/^[•*-]\s*/, '');
    const between = lines.slice(titleAt + 1, i);
    return between.every((l) => l.length < 40 || l.includes(heading)) ? line : null;
  }
  return null;
}

/**
 * A heading that names a press conference over a lead from a spokesperson's briefing ("…, during
 * the briefing, added …") or a story of words said there that names no talk: held back.
 */
function pressWordsLead(input: DocTypeInput): boolean {
  return input.lead !== null && pressWordsNoTalk(firstSentence(input.lead));
}

/**
 * What the titles alone say the page is: a spokesperson's briefing, a press conference (or one
 * still to come), or another kind by its name; null when they leave it to the body.
 */
function docTypeByTitle(
  input: DocTypeInput,
  title: string,
  feedTitle: string,
  talkTitle: boolean,
): DocType | null {
  // A ministry spokesperson's regular press conference is a briefing, whatever talks it lists.
  if (REGULAR_PRESS_RE.test(title)) return 'other';
  const heading = `${title} ${input.section ?? ''}`;
  if ((PRESS_TITLE_RE.test(heading) || LATIN_PRESS_TITLE_RE.test(title)) && !/\bbriefing\b/i.test(title))
    return TRIP_TO_COME_RE.test(title) || pressToCome(input) || pressWordsLead(input)
      ? 'other'
      : 'press_conference';
  if (otherByTitle(title, talkTitle) || (feedTitle && feedTitle !== title && otherByTitle(feedTitle, null)))
    return 'other';
  // "Putin, Erdogan may have telephone conversation soon", "Макрон собрался звонить Путину",
  // "… لم يجتمع …": a talk to come, sought or denied, whatever the body recalls.
  if (titleLooksAhead(title) || (feedTitle && feedTitle !== title && titleLooksAhead(feedTitle)))
    return 'other';
  return null;
}

/**
 * Classifies a page (see the module comment). Pure; a doubt leans towards `other`, since a
 * page held back stays searchable and is listed for an admin, while a page posted in error
 * is noise in every channel.
 */
export function classifyDocType(input: DocTypeInput): DocType {
  // A lead in Japanese, Chinese or Korean is read by that language's words.
  if (input.lead && isCjkText(input.lead)) return cjkDocType(input.title, input.lead, input.participants);
  const title = (input.title ?? '').trim();
  const item = firstItemHeading(input, title);
  if (item) return classifyDocType({ ...input, title: item, feedTitle: null });
  // "In their first call, the two leaders discussed …" above a lead that names them: the talk.
  if (!input.talkSentence && pairTalkAbove(input)) return classifyDocType({ ...input, talkSentence: true });
  // The feed item's title says what the item is too, when the page's heading is another's.
  const feedTitle = (input.feedTitle ?? '').trim();
  // A talk named in the title (or the feed item's) outweighs words like "statement" in its name
  // ("Readout of a call to congratulate…"); an announcement of a future talk does not.
  const talkTitle = namesTalk(title) || (feedTitle !== title && namesTalk(feedTitle));
  const byTitle = docTypeByTitle(input, title, feedTitle, talkTitle);
  if (byTitle) return byTitle;

  if (!input.homeCountry && input.url && OPINION_URL_RE.test(input.url)) return 'other';
  if (itemHeadingRulesOut(input)) return 'other';
  const opening = openingLines(input.lines, input.title);
  const openingText = opening.join('\n');
  // "The Department released the following statement:" before a call's readout is its preamble.
  // (The title's talk asked first: it rules both out without the opening being read.)
  if (!talkTitle && OTHER_BODY_RE.test(openingText)) return 'other';
  const statement = !talkTitle && STATEMENT_BODY_RE.test(openingText);
  const speakers = opening.filter((l) => SPEAKER_RE.test(l)).length;
  if (speakers >= 2 && !input.lead) return 'press_conference';

  const lead = input.lead ?? '';
  // A lead in a speaker's turn ("FOREIGN MINISTER X: …"): a transcript, a press conference
  // when someone asks questions in it, else remarks (words at the top of a meeting).
  if (speakers >= 2 && SPEAKER_LEAD_RE.test(lead))
    return input.lines.some((l) => QUESTION_TURN_RE.test(l)) ? 'press_conference' : 'other';
  // "Details of the meeting between A and B", then "the meeting would be brief": a talk to come.
  if (!pastTalk(lead) && TALK_TO_COME_RE.test(openingText)) return 'other';
  if (!lead || (statement && !pastTalk(lead)))
    return !statement && talkTitle && namesForeignCounterpart(input, title, '') ? 'readout' : 'other';
  // A page that opens with a talk to come ("… will meet in person on Monday") announces it,
  // whatever a later paragraph recalls.
  const first = opening.find((l) => l.length >= 60 && /[.!?"”’]$/.test(l));
  // The page opens with a comment on the talk or a leak of it, whatever a later line recalls.
  if (ABOUT_TALK_RE.test(lead) || (first && ABOUT_TALK_RE.test(first))) return 'other';
  if (
    first &&
    !first.includes(lead.slice(0, 40)) &&
    ((FUTURE_RE.test(first) && TALK_WORD_RE.test(first)) || latinFutureTalk(first))
  )
    return 'other';
  // "The Prime Minister will travel to…", "is scheduled to meet…": an announcement.
  const future = FUTURE_RE.exec(lead);
  if (future && !namesPastTalk(lead.slice(0, future.index)) && !pressAfterPastTalk(lead)) return 'other';
  // The same in the other languages: "mantendrá", "incontrerà", "görüşecek", "akan bertemu", "sẽ hội đàm".
  if (latinFutureTalk(lead)) return 'other';
  if (!pastTalk(lead) && !talkTitle && !input.talkSentence) return 'other';
  // "Readout of the President's Meeting with Prime Minister … of Japan" over a lead naming no one
  // (an official's account to the press pool, "MR. …: The discussion began …"): the title's talk.
  if (input.participants.length === 0 && /\bread-?out\b/i.test(title) && talkTitle && !statement)
    return namesForeignCounterpart(input, title, '') ? 'readout' : 'other';
  // A lead with neither a talk in the past nor a principal is no account of one, whatever the title.
  if (!pastTalk(lead) && input.participants.length === 0 && !input.talkSentence) return 'other';
  // A German or French lead names its principals by country: two countries, or no talk abroad.
  if (
    (isDeFrLead(lead) || isLatinLead(lead)) &&
    new Set(input.participants.map((p) => p.country).filter(Boolean)).size < 2
  )
    return 'other';
  if (jointVoice(opening)) return 'other';
  if (noTalkTold(`${title}\n${feedTitle}`, first ?? '', lead)) return 'other';
  if (!talkTitle && briefingAbove(input)) return 'other';

  if (newsRulesOut(input, lead, opening, talkTitle)) return 'other';
  // A meeting with one's own ministers, governors or council is not a readout. A lead that names
  // its principals only as a pair ("The two leaders spoke by phone …") names them in the lines around it.
  const later =
    input.participants.length === 0 && PAIR_RE.test(firstSentence(lead)) ? linesAround(input, 2) : '';
  if (!namesForeignCounterpart(input, `${title}\n${lead}${later}`, lead)) return 'other';
  return 'readout';
}

/**
 * A page that tells no talk of its own, read from the titles, the page's opening paragraph
 * (`first`, when it is not the lead) and the lead's first sentence:
 * - a talk only planned, sought or arranged ("plans in the coming days a conversation with …",
 *   "tasked … to organize a meeting", "намеревается провести разговор"), in a lead naming no past
 *   talk, or in an opening paragraph above it ("will stop over … for a quick bilateral");
 * - several talks told together ("called six European leaders", "held 13 bilateral meetings");
 * - a meeting with one's own cabinet, command, predecessor or opposition;
 * - a message of greetings or condolences; words said at a press conference or briefing that
 *   name no talk.
 */
function noTalkTold(titles: string, first: string, lead: string): boolean {
  const sentence = firstSentence(lead);
  if (!pastTalk(lead) && soughtTalk(sentence)) return true;
  const above = first && !first.includes(lead.slice(0, 40)) ? first : '';
  if (above && !pastTalk(above) && (TALK_TO_COME_RE.test(above) || soughtTalk(above))) return true;
  if (severalTalks(`${titles}\n${first}\n${sentence}`)) return true;
  const count = (text: string) => countriesNamed(text).size;
  if (domesticMeeting(`${titles}\n${sentence}`, count)) return true;
  if (messageNotTalk(titles) || messageNotTalk(first) || messageNotTalk(sentence)) return true;
  return pressWordsNoTalk(sentence);
}

/**
 * A press briefing's own heading ("Department Press Briefing – August 8, 2019", "Daily Press
 * Briefing", "Press Briefing by Press Secretary …"), not a menu's plural "Press Briefings".
 */
const BRIEFING_HEADING_RE =
  /^(?:[A-Z][\w.]*(?: of State)? )?(?:Daily |Department |Special |Background |Regular )?Press (?:Briefing|Gaggle)(?![\p{L}])(?!.*[.?!]$)/u;

/**
 * A briefing whose page heading the header did not take for its title (a mirror's menus, a clock
 * line or a spokesperson's name stand nearer the lead): its heading a few lines above the lead.
 */
function briefingAbove(input: DocTypeInput): boolean {
  const at = input.lead ? input.lines.indexOf(input.lead) : -1;
  for (const line of input.lines.slice(Math.max(0, at - 12), Math.max(0, at)))
    if (line.length < 120 && BRIEFING_HEADING_RE.test(line)) return true;
  return false;
}

/** Remarks or questions to come after a talk: "… will deliver remarks and take questions following his meeting with …". */
const PRESS_AFTER_TALK_RE =
  /\b(?:deliver (?:remarks|a statement)|take questions|answer questions|hold a (?:joint )?(?:news|press) conference|speak to (?:reporters|the press))\b[^.]{0,80}?\b(?:after|following)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|call|summit|conversation)\s+with\b/i;

/** A sentence about that same talk: "This meeting marked …", "The talks lasted …". */
const SAME_TALK_RE =
  /^(?:This|The|That|Their)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|summit|call|conversation)\b/;

/**
 * A news lead in the future only for what follows a talk (the leader will speak to the press after
 * it), whose next sentence tells that talk as past ("This meeting marked the first time the two
 * leaders have met …"): the report of a talk that took place, not an announcement ("… will hold a
 * press conference following their meeting. X last spoke with Y in May" stays one).
 */
function pressAfterPastTalk(lead: string): boolean {
  const first = firstSentence(lead);
  if (!PRESS_AFTER_TALK_RE.test(first)) return false;
  const next = firstSentence(lead.slice(first.length).trim());
  return SAME_TALK_RE.test(next) && pastTalk(next) && !FUTURE_RE.test(next) && !LOOKS_AHEAD_RE.test(next);
}

/** The verbs of a country speaking for itself. */
const VOICE_VERBS =
  'reaffirmed|reiterated|underscored|welcomed|affirmed|confirmed|recognized|recognizes|intends|commits|committed';
/** A sentence whose subject is a country speaking for itself: "Japan reiterated its …", "The United States underscored …". */
const COUNTRY_VOICE_RE = new RegExp(
  `(?:^|[.;]\\s+)((?:The\\s+)?[A-Z][\\p{L}.'-]+(?:\\s+[A-Z][\\p{L}.'-]+){0,3})\\s+(?:${VOICE_VERBS})\\b`,
  'gu',
);
/** Cue of COUNTRY_VOICE_RE: its verbs alone (a line with none is not scanned for the subject before them). */
const VOICE_VERB_RE = new RegExp(VOICE_VERBS);

/**
 * A joint statement copied without its title: two countries each speak for themselves in its
 * sentences ("Japan reiterated its commitment …, which the United States welcomed"; "The United
 * States underscored its commitment …"), as a government's account of a talk does not.
 */
function jointVoice(opening: readonly string[]): boolean {
  const countries = new Set<string>();
  for (const line of opening.filter((l) => VOICE_VERB_RE.test(l)))
    for (const m of line.matchAll(COUNTRY_VOICE_RE)) {
      const code = countryFromName((m[1] as string).replace(/^The\s+/, ''));
      if (code) countries.add(code);
      if (countries.size >= 2) return true;
    }
  return false;
}

/** Whether a page's title alone makes it something else than a readout (a fact sheet, a joint statement…). */
export function titleRulesOut(title: string | null): boolean {
  const t = (title ?? '').trim();
  if (PRESS_TITLE_RE.test(t)) return true;
  const talk = TALK_TITLE_RE.test(t) && /\bread-?out\b|\bcall\b|\bconversation\b/i.test(t);
  return OTHER_TITLE_RE.test(t) && !talk;
}

/** Whether a page's title or section names a press conference (its speaker is read from it). */
export function isPressConferenceHeading(title: string | null, section: string | null): boolean {
  return (
    (PRESS_TITLE_RE.test(`${title ?? ''} ${section ?? ''}`) || LATIN_PRESS_TITLE_RE.test(title ?? '')) &&
    !/\bbriefing\b/i.test(title ?? '')
  );
}
