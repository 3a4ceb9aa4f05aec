import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The extended feed corpus: a directory of third-party test feeds (feedparser's suite: `wellformed/`,
 * `illformed/`, `encoding/`, `entities/`) named by READOUT_FEED_CORPUS. It is not in the repository;
 * `.ci/run` points the variable at its copy. Unset: the extended test does not run and `npm test`
 * says so in one line. Set to a directory that is not there: the extended test fails.
 */
export const FEED_CORPUS_VARIABLE = 'READOUT_FEED_CORPUS';

export function feedCorpusDir(): string | null {
  const value = process.env[FEED_CORPUS_VARIABLE]?.trim();
  return value ? resolve(value) : null;
}

/** The corpus directory, or an error naming the variable when it is missing or not a directory. */
export function requireFeedCorpus(): string {
  const dir = feedCorpusDir();
  if (!dir) throw new Error(`${FEED_CORPUS_VARIABLE} is not set: point it at the feed corpus directory`);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`${FEED_CORPUS_VARIABLE}=${dir} is not a directory`);
  }
  return dir;
}

/** Every file under `dir`, depth first. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
