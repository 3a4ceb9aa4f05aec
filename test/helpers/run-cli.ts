import { spawn } from 'node:child_process';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../..');

export type CliRun = { status: number | null; stdout: string; stderr: string };

/**
 * Runs the real `readout` binary (bin/readout.js, the built app) to its end, with only PATH and
 * `env` in its environment (LOG_LEVEL `warn` unless given) and `input` on its standard input.
 * Asynchronous, so the loopback servers of the calling test keep answering meanwhile.
 */
export function runReadout(
  args: string[],
  env: Record<string, string> = {},
  input?: string | Buffer,
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repo, 'bin/readout.js'), ...args], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdin.end(input);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
