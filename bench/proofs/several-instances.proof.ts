/**
 * `npm run proof`: issue 6's proof at full size. Three instances of the real app on one
 * PostgreSQL, the fake Slack and a feed of 100 readouts over 10 subscribed channels; one
 * instance killed mid-run. Prints the figures and writes bench/results/several-instances.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runMultiInstance } from '../../test/helpers/multi-instance.js';

it('three instances, 100 readouts, 10 channels, one instance killed: every readout once in every channel', async () => {
  const figures = await runMultiInstance({
    readouts: Number(process.env.PROOF_READOUTS ?? 100),
    channels: Number(process.env.PROOF_CHANNELS ?? 10),
    instances: 3,
    killAt: 0.4,
    timeoutMs: 900_000,
    log: (line) => console.log(line),
  });
  console.table(figures);
  const out = join(import.meta.dirname, '../results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'several-instances.json'), `${JSON.stringify(figures, null, 2)}\n`);
  expect({ duplicated: figures.duplicated, lost: figures.lost }).toEqual({ duplicated: 0, lost: 0 });
}, 1_200_000);
