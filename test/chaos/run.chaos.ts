/**
 * `npm run chaos`: the long kill/restart run (50 readouts × 3 channels, 30 SIGKILLs), printed as
 * a table and written to bench/results/chaos.json. Fails unless every readout is in every channel
 * exactly once, and the watcher has one direct message for each readout with the words.
 * CHAOS_READOUTS, CHAOS_KILLS and CHAOS_SEED change the run; CHAOS_DATABASE=postgres runs the app
 * on a fresh database of the tests' PostgreSQL server (`npm run chaos:postgres`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { scratchDatabase } from '../helpers/postgres.js';
import { chaosTable, runChaos } from './chaos.js';

it('posts every readout exactly once in every channel through 30 SIGKILLs and a faulty Slack', async () => {
  const postgres = process.env.CHAOS_DATABASE === 'postgres' ? await scratchDatabase('readout_chaos') : null;
  const result = await runChaos({
    readouts: Number(process.env.CHAOS_READOUTS ?? 50),
    kills: Number(process.env.CHAOS_KILLS ?? 30),
    seed: process.env.CHAOS_SEED ? Number(process.env.CHAOS_SEED) : undefined,
    progress: (line) => process.stdout.write(`${line}\n`),
    databaseUrl: postgres?.url,
  }).finally(() => postgres?.drop());
  process.stdout.write(`\n${chaosTable(result)}\n`);
  const dir = join(import.meta.dirname, '../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, postgres ? 'chaos-postgres.json' : 'chaos.json'),
    `${JSON.stringify({ at: new Date().toISOString(), database: postgres ? 'postgres' : 'sqlite', ...result }, null, 2)}\n`,
  );
  expect(result, chaosTable(result)).toMatchObject({ duplicated: 0, lost: 0, posted: result.expected });
  // The watcher's direct messages, counted against the app's own database (either dialect).
  expect(result.watch.expected, chaosTable(result)).toBeGreaterThan(0);
  expect(result.watch, chaosTable(result)).toMatchObject({ duplicated: 0, lost: 0 });
}, 900_000);
