/** The kinds of talk a readout reports; decided from the verb phrase and the title. */
export type ReadoutKind = 'telephone' | 'video' | 'meeting' | 'courtesy_call' | 'other';

export type DocType = 'readout' | 'press_conference' | 'other';

export type StartTime = {
  /** 24-hour "HH:MM" where the event took place (Japan time when only that is given). */
  time: string;
  approximate: boolean;
  /** IANA zone where the text makes it clear, else null. */
  timeZone: string | null;
};

export type Participant = {
  /** The name without honorifics, in the order the text writes it. */
  name: string;
  honorific: string | null;
  title: string | null;
  /** ISO 3166-1 alpha-2, or "EU"; null when unknown. */
  country: string | null;
};

export type KeyPoint = {
  n: number;
  heading: string | null;
  text: string;
  subPoints: string[];
};

/** A part of one event with its own time: a summit meeting, then a dinner. */
export type Segment = {
  /** The part as the text names it ("Japan-Germany Summit Meeting", "dinner", "plenary meeting"). */
  name: string;
  /** Its start, "HH:MM" 24-hour, where the text gives one. */
  start: string | null;
  minutes: number | null;
};

/** One parsed readout, as `readout parse --format json` prints it (schema/readout.schema.json). */
export type Readout = {
  source: string;
  url: string | null;
  title: string | null;
  section: string | null;
  kind: ReadoutKind;
  docType: DocType;
  /** Event date "YYYY-MM-DD" in the place it happened. */
  date: string | null;
  /** The page's own date line. */
  published: string | null;
  start: StartTime | null;
  durationMinutes: number | null;
  durationApproximate: boolean;
  /**
   * The parts of the event when the lead gives two or more, each with its minutes; absent
   * otherwise. `durationMinutes` is then the part the title names (all of them when it names
   * none or each).
   */
  segments?: Segment[];
  participants: Participant[];
  countries: string[];
  relation: string | null;
  keyPoints: KeyPoint[];
  /** Prose paragraphs kept when the readout has no numbered points. */
  summary: string[];
  warnings: string[];
};

/** A readout of which nothing is known but what is given: every fact null, never guessed. */
export function unknownReadout(known: Partial<Readout> & Pick<Readout, 'source'>): Readout {
  return {
    url: null,
    title: null,
    section: null,
    kind: 'other',
    docType: 'readout',
    date: null,
    published: null,
    start: null,
    durationMinutes: null,
    durationApproximate: false,
    participants: [],
    countries: [],
    relation: null,
    keyPoints: [],
    summary: [],
    warnings: [],
    ...known,
  };
}
