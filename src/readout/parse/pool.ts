import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { projectRoot } from '../../app/paths.js';
import type { Readout } from '../types.js';
import { type ParseInput, parseReadout } from './index.js';
import type { ParseAnswer, ParseRequest } from './worker.js';

/**
 * Parsing pages on the machine's other cores while the poller fetches and stores: a backfill
 * of 5,000 pages spent about 60 % of its time in `parseReadout` on the one thread (issue 7).
 *
 * Workers start when a batch of pages comes (a feed seen for the first time, a backfill) and
 * stop once idle for `idleMs`, so the idle app carries none of their memory. Where no worker
 * can run (the TypeScript sources under test, no build), pages are parsed inline, the same way.
 */
export type ParsePool = {
  /** The readout of one page: on a worker when one can run, else here. */
  parse(input: ParseInput): Promise<Readout>;
  /** Workers now running. */
  readonly size: number;
  /** Stops every worker; later pages start them again. */
  close(): Promise<void>;
  /**
   * A full garbage collection in every running worker, where the process runs with --expose-gc
   * (the benchmarks, which read memory after one); otherwise it only waits for the answers.
   */
  collectGarbage(): Promise<void>;
};

type Slot = { worker: Worker; busy: number };
type Waiting = { resolve: (r: Readout) => void; reject: (e: Error) => void; input: ParseInput };
type Collecting = { resolve: () => void; slot: Slot };

/**
 * A worker's heap, bounded: parsing leaves much short-lived garbage, and a worker left to size
 * its heap as it likes kept the backfill's RSS rising (169 → 200 MB from page 1,000 to 5,000;
 * 169 → 181 MB with these limits). A page too big for it ends the worker, and the page is
 * parsed here instead (see `fail`); the next page starts a new worker.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 };

/** The built worker, whichever of src/ or dist/src/ this module runs from. */
function workerFile(): string | null {
  const file = join(projectRoot(), 'dist/src/readout/parse/worker.js');
  return existsSync(file) ? file : null;
}

/** Workers: one per core but one (the poller's own), at least one, at most four. */
function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function createParsePool(
  options: {
    size?: number;
    idleMs?: number /** Another worker script (tests). */;
    file?: string | null;
  } = {},
): ParsePool {
  const file = options.file !== undefined ? options.file : workerFile();
  return new WorkerPool(options.size ?? defaultPoolSize(), options.idleMs ?? 5_000, file);
}

/** The pool: its workers, the pages each is parsing, and the timer that stops them when idle. */
class WorkerPool implements ParsePool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Waiting & { slot: Slot }>();
  private readonly collecting = new Map<number, Collecting>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private broken: boolean;

  constructor(
    private readonly maxSize: number,
    private readonly idleMs: number,
    private readonly file: string | null,
  ) {
    this.broken = file === null;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Bound, as `close` and `collectGarbage` are: callers take them off the pool (`deps.parse = pool.parse`). */
  parse = (input: ParseInput): Promise<Readout> =>
    new Promise<Readout>((resolve, reject) => {
      clearTimeout(this.idleTimer);
      // The least busy worker, or a new one while there are fewer than `size`.
      let slot = this.slots.reduce<Slot | null>((a, s) => (a && a.busy <= s.busy ? a : s), null);
      if ((!slot || slot.busy > 0) && this.slots.length < this.maxSize) slot = this.start() ?? slot;
      if (!slot) {
        inline({ resolve, reject, input });
        return;
      }
      const id = this.nextId++;
      if (slot.busy++ === 0) slot.worker.ref();
      this.pending.set(id, { resolve, reject, input, slot });
      slot.worker.postMessage({ id, input } satisfies ParseRequest);
    });

  close = async (): Promise<void> => {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const running = this.slots.splice(0);
    await Promise.all(running.map((s) => s.worker.terminate()));
  };

  collectGarbage = async (): Promise<void> => {
    await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<void>((resolve) => {
            const id = this.nextId++;
            this.collecting.set(id, { resolve, slot });
            slot.worker.postMessage({ id, gc: true } satisfies ParseRequest);
          }),
      ),
    );
  };

  private whenIdle(): void {
    clearTimeout(this.idleTimer);
    if (this.pending.size > 0) return;
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }

  private start(): Slot | null {
    if (this.broken || !this.file) return null;
    try {
      const worker = new Worker(this.file, { resourceLimits: WORKER_LIMITS });
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (answer: ParseAnswer) => this.answer(slot, answer));
      // A worker that dies takes none of its pages with it: they are parsed here instead.
      worker.on('error', () => this.fail(slot));
      worker.on('exit', () => this.fail(slot));
      worker.unref();
      this.slots.push(slot);
      return slot;
    } catch {
      this.broken = true;
      return null;
    }
  }

  private answer(slot: Slot, answer: ParseAnswer): void {
    if ('collected' in answer) {
      this.collecting.get(answer.id)?.resolve();
      this.collecting.delete(answer.id);
      return;
    }
    const job = this.pending.get(answer.id);
    if (!job) return;
    this.pending.delete(answer.id);
    // A worker holds the process open only while it has pages to parse.
    if (--slot.busy === 0) slot.worker.unref();
    if ('error' in answer) job.reject(new Error(answer.error));
    else job.resolve(answer.readout);
    this.whenIdle();
  }

  private fail(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    for (const [id, gc] of this.collecting) {
      if (gc.slot !== slot) continue;
      this.collecting.delete(id);
      gc.resolve();
    }
    for (const [id, job] of this.pending) {
      if (job.slot !== slot) continue;
      this.pending.delete(id);
      inline(job);
    }
  }
}

/** A page parsed on this thread. */
function inline(job: Waiting): void {
  try {
    job.resolve(parseReadout(job.input));
  } catch (error) {
    job.reject(error as Error);
  }
}
