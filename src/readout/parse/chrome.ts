/**
 * The lines around a readout that are not the readout: the section a page is filed under,
 * photo captions, the footer and share bar that end it, attribution lines, and the site's name
 * in a title. Patterns only; the stages of `index.ts` use them.
 */

/** MOFA's and Kantei's section lines ("Japan-Viet Nam Relations", "Press Releases"). */
export const SECTION_RE =
  /^(Japan[-–‑][^.]{2,80} Relations|Press Releases|Press Conferences|Countries & Regions|Foreign Policy|The Prime Minister in Action|Prime Minister in Action|Diplomatic Activities)$/i;
/**
 * A photo caption or credit, in English and other languages ("Foto: …", "Ảnh: …", "Bild: …"),
 * and an archive photo's caption ("File image of …", "… in 2019. (File photo: Agency)"): its
 * talk and date are an earlier one's.
 */
export const PHOTO_RE =
  /^\(?\s*(?:Photos?|Fotos?|Fotó|Fotoğraf|Ảnh|Zdjęcie|Kuva|Bild)\s*[:：].*\)?$|^\((?:Photo|Source)[^)]*\)$|^File (?:photo|image|picture)\b|\(File (?:photo|image|picture)\b[^()]{0,60}\)$/i;
/** The first line after the readout: references, related links, share bars, the next article. */
export const FOOTER_RE =
  /^(Back to\b|Back To\b|\[Reference\]|\(Reference\)|Reference:?$|\[Reference|Related Links?\b|Related content|Archives\b|Page Top|Top of (?:the )?page|Return to top|Share this|Tweet$|Print$|###|Filed Under|Simple Search of Our Archives|\/?Public Release\.|View in full here|Associated Links|Source: |Published:? \d|Published: |Is this page useful|Explore the topic|Report a problem|Subscribe to|Sign up for|Related Articles|Image index|Photo index|Related News|Latest News|Next article|Previous article|Previous post|Next post|Read more|bottom of page|\(end\)$|You just read:)/i;
/** Lines that name who speaks, not what was said ("The following is attributable to …:"). */
export const ATTRIBUTION_RE =
  /^(?:The following is attributable to|The below is attributable to|As stated by|Below is|Office of the Spokesperson|Readout$|MEDIA NOTE|STATEMENTS AND RELEASES|BRIEFING ROOM)/i;
/** The site's name after a title: "… - United States Department of State". */
export const SITE_SUFFIX_RE =
  /\s+[|–-]\s+(?:[^|–-]*(?:Department of State|White House|GOV\.UK|Government|Ministry|Office|Kremlin|President of Russia|European Council|European Commission|Prime Minister of Canada))$/;
/** MOFA's "The overview of the meeting is as follows:", which ends the lead. */
export const OVERVIEW_RE =
  /\b(?:the|an|a)\s+(?:overview|summary|outline|gist)\b[^.:]*?\b(?:is|are|was|were)\s+as\s+follows\s*[.:]?/i;
/** Whether a line holds that sentence: tried only where "follows" stands, as few lines of a page do. */
export const hasOverview = (line: string) => /follows/i.test(line) && OVERVIEW_RE.test(line);
