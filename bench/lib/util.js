// Small helpers shared by the benchmark sections. Node built-ins only.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');

/** A seeded PRNG (mulberry32): the same seed gives the same data on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const round = (n, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
export const mb = (bytes) => round(bytes / 1e6, 1);

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** A field of /proc/<pid>/status in MB (VmRSS: resident now; VmHWM: peak resident). */
export function procStatusMb(pid, field = 'VmRSS') {
  return procStatusMbs(pid, [field])[field];
}

/** Several fields of /proc/PID/status in MB, from one read: { VmRSS: …, RssAnon: … }. */
export function procStatusMbs(pid, fields) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Object.fromEntries(
    fields.map((field) => {
      const kb = Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1]);
      return [field, round((kb * 1024) / 1e6, 1)];
    }),
  );
}

/** A port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Slack's v0 request signature headers for a body. */
export function slackSignature(secret, body, timestamp = Math.floor(Date.now() / 1000)) {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestamp) };
}

/**
 * Starts a node child process running `script` (a file under bench/ or bin/); resolves once it
 * printed a line matching `ready` on stdout or stderr. Returns the process, its output so far,
 * a way to wait for later output and to stop it (SIGTERM, then SIGKILL).
 */
export function startChild(args, { env = {}, ready = null, timeoutMs = 60_000 } = {}) {
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters = new Set();
  const check = () => {
    for (const w of [...waiters]) {
      if (w.pattern.test(out)) {
        waiters.delete(w);
        clearTimeout(w.timer);
        w.resolve(out);
      }
    }
  };
  proc.stdout.on('data', (d) => {
    out += d;
    check();
  });
  proc.stderr.on('data', (d) => {
    out += d;
    check();
  });
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve(code ?? signal)));
  const waitFor = (pattern, ms = timeoutMs) =>
    new Promise((resolve, reject) => {
      const w = { pattern, resolve };
      w.timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`no output matching ${pattern} within ${ms} ms:\n${out.slice(-2000)}`));
      }, ms);
      waiters.add(w);
      exited.then(() => {
        if (waiters.has(w)) {
          waiters.delete(w);
          clearTimeout(w.timer);
          reject(new Error(`process exited before printing ${pattern}:\n${out.slice(-2000)}`));
        }
      });
      check();
    });
  const child = {
    proc,
    output: () => out,
    waitFor,
    exited,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return exited;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  return ready ? waitFor(ready).then(() => child) : Promise.resolve(child);
}
