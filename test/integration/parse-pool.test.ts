import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ParseInput, parseReadout } from '../../src/readout/parse/index.js';
import { createParsePool, type ParsePool } from '../../src/readout/parse/pool.js';

/** Every fixture page, as the poller hands it to the parser (the pool runs dist/, built by npm test). */
const dir = join(import.meta.dirname, '../../fixtures/pages');
const pages: ParseInput[] = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(dir, d.name))
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ content: readFileSync(join(dir, d.name, f), 'utf8'), feedTitle: f })),
  );

let pool: ParsePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('parsing pages on worker threads', () => {
  it('gives the same readouts as parsing in the poller, with at most the workers asked for', async () => {
    pool = createParsePool({ size: 2, idleMs: 60_000 });
    const viaPool = await Promise.all(pages.map((p) => (pool as ParsePool).parse(p)));
    expect(pool.size).toBeGreaterThan(0);
    expect(pool.size).toBeLessThanOrEqual(2);
    expect(viaPool).toEqual(pages.map((p) => parseReadout(p)));
    expect(viaPool.length).toBeGreaterThan(40);
  });

  it('stops its workers once idle, and starts them again for the next batch', async () => {
    pool = createParsePool({ size: 1, idleMs: 100 });
    const first = pages[0] as ParseInput;
    await pool.parse(first);
    expect(pool.size).toBe(1);
    await expect.poll(() => pool?.size, { timeout: 5_000 }).toBe(0);
    expect(await pool.parse(first)).toEqual(parseReadout(first));
    expect(pool.size).toBe(1);
  });

  it('parses in the poller the pages of a worker that died, and where no worker can run', async () => {
    const some = pages.slice(0, 6);
    pool = createParsePool({ size: 2, file: join(import.meta.dirname, '../helpers/dying-worker.mjs') });
    expect(await Promise.all(some.map((p) => (pool as ParsePool).parse(p)))).toEqual(
      some.map((p) => parseReadout(p)),
    );
    await pool.close();
    pool = createParsePool({ file: null });
    expect(await pool.parse(some[0] as ParseInput)).toEqual(parseReadout(some[0] as ParseInput));
    expect(pool.size).toBe(0);
  });

  it('parses with its methods taken off it, as the poller holds them', async () => {
    pool = createParsePool({ size: 1, idleMs: 60_000 });
    const { parse, collectGarbage } = pool;
    const page = pages[0] as ParseInput;
    expect(await parse(page)).toEqual(parseReadout(page));
    await collectGarbage();
  });

  it('answers a request for a garbage collection with workers running, none, or one dying, and parses on', async () => {
    pool = createParsePool({ size: 2, idleMs: 60_000 });
    await pool.collectGarbage();
    await Promise.all(pages.slice(0, 4).map((p) => (pool as ParsePool).parse(p)));
    expect(pool.size).toBe(2);
    await pool.collectGarbage();
    const first = pages[0] as ParseInput;
    expect(await pool.parse(first)).toEqual(parseReadout(first));
    await pool.close();
    pool = createParsePool({ size: 1, file: join(import.meta.dirname, '../helpers/dying-worker.mjs') });
    const parsed = pool.parse(first);
    await pool.collectGarbage();
    expect(await parsed).toEqual(parseReadout(first));
  });
});
