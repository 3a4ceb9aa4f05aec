// Drives bench/lib/poller-child.js: one command at a time, one answer each.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { root } from './util.js';

export async function startPoller({ nodeArgs = [] } = {}) {
  const proc = spawn(process.execPath, [...nodeArgs, join(root, 'bench/lib/poller-child.js')], {
    cwd: root,
    // As `npm start` runs the app: two malloc arenas (README, "Performance").
    env: { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers = [];
  const waiting = [];
  createInterface({ input: proc.stdout }).on('line', (line) => {
    if (!line.startsWith('@@')) return;
    const answer = JSON.parse(line.slice(2));
    const w = waiting.shift();
    if (w) w(answer);
    else answers.push(answer);
  });
  const next = () =>
    answers.length > 0 ? Promise.resolve(answers.shift()) : new Promise((r) => waiting.push(r));
  await next(); // ready
  return {
    pid: proc.pid,
    async send(cmd, args = {}) {
      proc.stdin.write(`${JSON.stringify({ cmd, ...args })}\n`);
      const answer = await next();
      if (answer.error) throw new Error(`poller child: ${answer.error}`);
      return answer;
    },
    async exit() {
      // A child already gone (it crashed) would never answer nor emit 'exit' again.
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((resolve) => proc.on('exit', resolve));
      proc.stdin.write(`${JSON.stringify({ cmd: 'exit' })}\n`);
      await exited;
    },
  };
}
