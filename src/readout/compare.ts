/**
 * What one side reports that the other does not: a plain word comparison, deterministic and
 * explainable. Pure.
 *
 * A readout's points are its key points, or the sentences of its prose. A point's salient
 * words are its words of four letters or more, less common words, words of office ("prime",
 * "minister") and the principals' and countries' names, each cut to its first five letters so
 * that "economy" meets "economic" and "defence" meets "defense". A point is reported only by
 * its side when half of its salient words or more, three at least, appear nowhere in the
 * other readout (its lead included).
 */
import { countryName } from './countries.js';
import type { Readout } from './types.js';

const STEM = 5;

// Words that say nothing about what was discussed: grammar, reporting verbs, office words.
const COMMON = new Set(
  `about above after again also among another around back been before being both call calls called
  could does done during each either even every from further gave given have having held here into
  itself just last like made make many more most much must next only other over same said says
  shall should side sides since some such than that their them then there these they this those
  through today together toward towards under until upon very want well were what when where which
  while will with within would your year years week weeks month months time times first second
  third stated state stating expressed express expressing noted note noting mentioned mention
  stressed emphasized emphasised affirmed reaffirmed confirmed agreed agree discussed discuss
  exchanged views view welcomed welcome underlined underscored highlighted spoke speak talk talks
  telephone phone video conference meeting meet met leaders leader prime minister ministers
  president secretary foreign affairs government governments country countries both nations
  nation national bilateral relations relationship partner partners partnership cooperation
  cooperate continue continued close closely working work important importance great greatly
  people readout summary overview following follows follow number issues issue matters matter
  field fields area areas including include includes regard regarding respect various well
  asked hope hoped voiced looked forward eager pledged keep deepen deepening strengthen swift
  immediate support supported understanding early full fully further`
    .split(/\s+/)
    .filter(Boolean),
);

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !COMMON.has(w) && !/^\d+$/.test(w));
}

/** Words that name the principals and the countries of either readout: never salient. */
function namesOf(...readouts: Readout[]): Set<string> {
  const out = new Set<string>();
  for (const r of readouts) {
    for (const p of r.participants) for (const w of words(p.name)) out.add(w.slice(0, STEM));
    for (const c of r.countries) for (const w of words(countryName(c))) out.add(w.slice(0, STEM));
  }
  for (const w of ['japan', 'japanese', 'american', 'british', 'kingdom', 'united', 'states'])
    out.add(w.slice(0, STEM));
  return out;
}

/**
 * A readout's points: the sentences of its key points (heading, text, sub-points), or of its
 * prose less the lead sentence (who met whom, when and where: the facts compare those).
 */
export function pointsOf(readout: Readout): string[] {
  const sentences = (text: string) =>
    text
      .split(/(?<=[.!?])\s+(?=[A-Z“"‘'])|\n+/)
      .map((x) => x.trim())
      .filter(Boolean);
  if (readout.keyPoints.length > 0)
    return readout.keyPoints.flatMap((k) => [k.heading ?? '', k.text, ...k.subPoints].flatMap(sentences));
  return readout.summary.flatMap(sentences).slice(1);
}

/** Every word a readout reports, its lead included. */
function allText(r: Readout): string {
  return [...r.keyPoints.flatMap((k) => [k.heading ?? '', k.text, ...k.subPoints]), ...r.summary].join(' ');
}

function salient(text: string, names: Set<string>): Set<string> {
  return new Set(
    words(text)
      .map((w) => w.slice(0, STEM))
      .filter((s) => !names.has(s)),
  );
}

/** Each point of `a` with its salient words and those of them found in `b` (for tuning and tests). */
export function coverage(a: Readout, b: Readout): { point: string; words: string[]; shared: string[] }[] {
  const names = namesOf(a, b);
  const other = salient(allText(b), names);
  return pointsOf(a).map((point) => {
    const mine = [...salient(point, names)];
    return { point, words: mine, shared: mine.filter((s) => other.has(s)) };
  });
}

/** The points of `a` whose salient words have (almost) no counterpart anywhere in `b`. */
export function pointsOnlyIn(a: Readout, b: Readout): string[] {
  const names = namesOf(a, b);
  const other = salient(allText(b), names);
  return pointsOf(a).filter((point) => {
    const mine = salient(point, names);
    if (mine.size === 0) return false;
    let shared = 0;
    for (const s of mine) if (other.has(s)) shared++;
    return mine.size - shared >= 3 && shared / mine.size < 0.5;
  });
}
