/**
 * Runs the real app (`node bin/readout.js …`, the built dist/) as a child process, so that
 * integration tests exercise exactly what a user starts: config from the environment, the
 * Bolt HTTP receiver on a real port, the cron poller, the SQLite file, SIGTERM handling.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../..');

export type AppProcess = {
  proc: ChildProcess;
  port: number;
  url: string;
  stdout(): string;
  stderr(): string;
  /** Resolves when stderr (pino JSON logs) matches. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /**
   * Resolves once n more poll cycles have ended (counted in the logs). A cycle that began before
   * a subscription read the subscriptions without it: wait two before changing a feed.
   */
  waitForCycles(n: number, timeoutMs?: number): Promise<void>;
  /** Sends a signal and resolves with the exit code (or the signal name). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | string>;
  exited(): Promise<number | string>;
};

/** A port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startApp(args: string[], env: Record<string, string>): Promise<AppProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const proc = spawn(process.execPath, [join(repo, 'bin/readout.js'), ...args], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    for (const w of [...waiters]) {
      if (w.pattern.test(err)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const exit = new Promise<number | string>((resolve) => {
    proc.on('exit', (code, signal) => resolve(code ?? signal ?? -1));
  });
  return {
    proc,
    port,
    url: `http://127.0.0.1:${port}/slack/events`,
    stdout: () => out,
    stderr: () => err,
    waitForLog(pattern, timeoutMs = 15_000) {
      if (pattern.test(err)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`no log matching ${pattern} within ${timeoutMs} ms; stderr:\n${err.slice(-3000)}`),
            ),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
        void exit.then(() => {
          clearTimeout(timer);
          if (!pattern.test(err))
            reject(new Error(`app exited before logging ${pattern}; stderr:\n${err.slice(-3000)}`));
        });
      });
    },
    async waitForCycles(n, timeoutMs = 20_000) {
      const done = () => (err.match(/poll cycle done/g) ?? []).length;
      const target = done() + n;
      for (let waited = 0; done() < target; waited += 100) {
        if (waited > timeoutMs) throw new Error(`fewer than ${n} poll cycles ended within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop(signal = 'SIGTERM', timeoutMs = 10_000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return exit;
      proc.kill(signal);
      const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
      const code = await exit;
      clearTimeout(timer);
      return code;
    },
    exited: () => exit,
  };
}
