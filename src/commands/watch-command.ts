/**
 * `/readout watch <words> [relation]`, `/readout watches`, `/readout unwatch <n>`: a person is sent
 * a direct message for each new readout whose title or key points have all the words (the
 * search index's matching, deliver/watches.ts). Watches belong to the person, not the channel.
 */
import { quoteWords } from '../deliver/watches.js';
import { parseRelation } from '../readout/relation.js';
import type { Store } from '../store/index.js';

export type WatchCommand =
  | { kind: 'watch'; words: string[]; relation: string | null }
  | { kind: 'watches' }
  | { kind: 'unwatch'; n: number };

/** Words a watch may have, as `/readout search`. */
export const MAX_WATCH_WORDS = 8;
/** Watches a person may have. */
export const MAX_WATCHES = 20;

export const WATCH_USAGE = [
  '• `/readout watch <words> [relation]`: a direct message for each new readout whose title or key points have all the words, e.g. `/readout watch north korea japan-us`',
  '• `/readout watches` lists yours, numbered; `/readout unwatch <n>` stops one, e.g. `/readout unwatch 2`',
].join('\n');

/** Search's words: letters and digits, inner hyphens and apostrophes; quotes and commas go. */
export const cleanWords = (words: readonly string[]): string[] =>
  words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase()).filter(Boolean);

/**
 * Reads what follows `watch`, `watches` or `unwatch` (`rest`: the words after it, as typed). Pure;
 * a mistake is `{ problem }`.
 */
export function parseWatchCommand(verb: string, rest: readonly string[]): WatchCommand | { problem: string } {
  if (verb === 'watches') {
    if (rest.length > 0)
      return { problem: `\`watches\` takes nothing after it (got \`${rest.join(' ')}\`).` };
    return { kind: 'watches' };
  }
  if (verb === 'unwatch') {
    const n = Number(rest[0]);
    if (rest.length !== 1 || !Number.isInteger(n) || n < 1)
      return {
        problem: `\`unwatch\` takes the number of a watch as \`/readout watches\` lists them, e.g. \`/readout unwatch 1\` (got \`${rest.join(' ') || 'nothing'}\`).`,
      };
    return { kind: 'unwatch', n };
  }
  // A last word that names a relation ("japan-us") limits the watch to it.
  const last = rest[rest.length - 1];
  const relation = last?.includes('-') ? parseRelation(last.toLowerCase()) : null;
  const words = cleanWords(relation?.ok ? rest.slice(0, -1) : rest);
  if (words.length === 0)
    return {
      problem:
        '`watch` needs words to look for, e.g. `/readout watch north korea` or `/readout watch abductions japan-us`.',
    };
  if (words.length > MAX_WATCH_WORDS) return { problem: `\`watch\` takes at most ${MAX_WATCH_WORDS} words.` };
  return { kind: 'watch', words, relation: relation?.ok ? relation.relation.slug : null };
}

const describe = (w: { words: string[]; relation: string | null }) =>
  `${quoteWords(w.words)}${w.relation ? ` in *${w.relation}*` : ''}`;

/** Runs a watch command for the person who typed it; the answer is ephemeral text. */
export async function runWatchCommand(command: WatchCommand, store: Store, userId: string): Promise<string> {
  if (!userId) return 'Watches belong to a person: this command came without one.';
  if (command.kind === 'watch') {
    const mine = await store.listWatches(userId);
    if (mine.length >= MAX_WATCHES)
      return `You have ${MAX_WATCHES} watches, the most there can be: \`/readout unwatch <n>\` one first (\`/readout watches\` lists them).`;
    const added = await store.addWatch({ userId, words: command.words, relation: command.relation });
    return added
      ? `Watching ${describe(command)}: I will send you a direct message for each new readout whose title or key points have all these words. Nothing old is sent. \`/readout watches\` lists your watches.`
      : `You watch ${describe(command)} already. \`/readout watches\` lists your watches.`;
  }
  const mine = await store.listWatches(userId);
  if (command.kind === 'watches') {
    if (mine.length === 0) return 'You have no watches. Try `/readout watch north korea`.';
    return [
      '*Your watches* (a direct message for each new readout with all the words)',
      ...mine.map((w, i) => `${i + 1}. ${describe(w)}`),
      '`/readout unwatch <n>` stops one.',
    ].join('\n');
  }
  const watch = mine[command.n - 1];
  if (!watch)
    return mine.length === 0
      ? 'You have no watches to stop.'
      : `You have no watch ${command.n}: \`/readout watches\` lists your ${mine.length}.`;
  await store.removeWatch(userId, watch.id);
  return `Stopped watching ${describe(watch)}.`;
}
