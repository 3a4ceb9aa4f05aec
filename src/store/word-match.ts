/**
 * Watches matched in memory (SQLite): the FTS5 query a watch stands for, `{title points} :
 * ("w1" AND "w2" …)` (search.ts `ftsQuery`), answered without FTS5. Each word is a quoted phrase:
 * the tokens the index's tokenizer makes of it, which must follow one another in the title or in
 * the key points; every word must be found.
 *
 * The tokenizer is FTS5's `unicode61`, which reads one character at a time: each is either a
 * separator or part of a token, and is folded on its own (case, diacritics); a token that folds
 * to nothing is dropped without taking a position. So a table of characters, each learnt from
 * SQLite itself the first time it is met (watches.ts), tokenizes here exactly as the index
 * does; `test/integration/word-match.test.ts` compares both on many texts and word sets. Pure.
 */

/**
 * How the index's tokenizer reads each character (a code point): folded, null for a separator,
 * false when it was not sure (a text with it is left to SQLite).
 */
export type CharTable = Map<string, string | null | false>;

/** A token longer than this is left to SQLite (FTS5 cuts tokens at 32,768 bytes). */
export const LONGEST_TOKEN = 8_000;

/** The characters of the texts the table does not know yet. */
export function unknownChars(texts: readonly string[], table: CharTable): string[] {
  const unknown = new Set<string>();
  for (const text of texts) for (const ch of text) if (!table.has(ch)) unknown.add(ch);
  return [...unknown];
}

/**
 * A text's tokens as the index has them; null when a token is too long to be sure of (or a
 * character is not in the table).
 */
export function tokenize(text: string, table: CharTable): string[] | null {
  const tokens: string[] = [];
  let token = '';
  let length = 0;
  for (const ch of text) {
    const folded = table.get(ch);
    if (folded === undefined || folded === false) return null;
    if (folded === null) {
      if (token !== '') tokens.push(token);
      token = '';
      length = 0;
    } else {
      token += folded;
      if (++length > LONGEST_TOKEN) return null;
    }
  }
  if (token !== '') tokens.push(token);
  return tokens;
}

/** A word as the index's tokenizer splits it: its tokens in order (none: it matches nothing). */
export type Phrase = readonly string[];

/** A readout's indexed text as tokens: its title's and its key points' (the columns watches read). */
export type ReadoutTokens = {
  /** The readouts row's relation ('' when none): a watch may name one. */
  relation: string;
  /** Each column's tokens by position. */
  columns: string[][];
  /** Where each token stands: column index and position, for every occurrence. */
  at: Map<string, [number, number][]>;
};

/** One token as `fts5vocab` (instance) gives it. */
export type TokenRow = { term: string; col: string; offset: number };

/** A readout's tokens from its columns' tokens in order. */
export function columnTokens(columns: string[][], relation: string): ReadoutTokens {
  const at = new Map<string, [number, number][]>();
  columns.forEach((tokens, c) => {
    tokens.forEach((term, offset) => {
      const seen = at.get(term);
      if (seen) seen.push([c, offset]);
      else at.set(term, [[c, offset]]);
    });
  });
  return { relation, columns, at };
}

/** The tokens of the title and key points, from the `fts5vocab` rows of one readout. */
export function readoutTokens(
  rows: readonly TokenRow[],
  relation: string,
  columns: readonly string[],
): ReadoutTokens {
  const byColumn: string[][] = columns.map(() => []);
  for (const { term, col, offset } of rows) {
    const c = columns.indexOf(col);
    if (c >= 0) (byColumn[c] as string[])[offset] = term;
  }
  return columnTokens(byColumn, relation);
}

/** Whether the phrase's tokens follow one another somewhere in one column (an FTS5 phrase match). */
export function hasPhrase(text: ReadoutTokens, phrase: Phrase): boolean {
  const head = phrase[0];
  if (head === undefined) return false;
  const starts = text.at.get(head);
  if (!starts) return false;
  if (phrase.length === 1) return true;
  for (const [c, offset] of starts) {
    const tokens = text.columns[c] as string[];
    let k = 1;
    while (k < phrase.length && tokens[offset + k] === phrase[k]) k++;
    if (k === phrase.length) return true;
  }
  return false;
}

/** Whether every phrase is in the text: `"w1" AND "w2" …`. No phrase at all matches nothing. */
export function hasAll(text: ReadoutTokens, phrases: readonly Phrase[]): boolean {
  if (phrases.length === 0) return false;
  for (const phrase of phrases) if (!hasPhrase(text, phrase)) return false;
  return true;
}

/** A watch ready to be matched: its words as phrases. */
export type CompiledWatch = { userId: string; words: string[]; relation: string; phrases: Phrase[] };

/**
 * Watches by one token each must have (its longest: likely the rarest), so that a readout is
 * checked only against the watches whose key it has. A watch with a word of no token can never
 * match (an empty phrase matches nothing) and is left out.
 */
export type WatchIndex = { watches: CompiledWatch[]; byKey: Map<string, number[]> };

export function indexWatches(watches: CompiledWatch[]): WatchIndex {
  const byKey = new Map<string, number[]>();
  watches.forEach((w, i) => {
    if (w.phrases.length === 0 || w.phrases.some((p) => p.length === 0)) return;
    let key = '';
    for (const phrase of w.phrases) for (const token of phrase) if (token.length > key.length) key = token;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  return { watches, byKey };
}

/**
 * The people whose watch the readout matches (its relation, when the watch names one, and every
 * word), each with the words of their first matching watch in the index's order.
 */
export function matchingWatchers(
  text: ReadoutTokens,
  index: WatchIndex,
): { userId: string; words: string[] }[] {
  const candidates: number[] = [];
  for (const term of text.at.keys()) {
    const some = index.byKey.get(term);
    if (some) for (const i of some) candidates.push(i);
  }
  candidates.sort((a, b) => a - b);
  const found = new Map<string, string[]>();
  for (const i of candidates) {
    const w = index.watches[i] as CompiledWatch;
    if (found.has(w.userId)) continue;
    if (w.relation !== '' && w.relation !== text.relation) continue;
    if (hasAll(text, w.phrases)) found.set(w.userId, w.words);
  }
  return [...found].map(([userId, words]) => ({ userId, words }));
}
