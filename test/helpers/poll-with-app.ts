import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppProcess, startApp } from './app-process.js';
import type { FakeSlack } from './fake-slack.js';

export type PolledApp = {
  app: AppProcess;
  /** The status of each /health request made while the app polled. */
  healthStatuses: number[];
  /** Stops the app and removes its database directory. */
  close(): Promise<void>;
};

/**
 * Starts the real app (`serve`) on `feedUrls` against the fake Slack, with its cron far away so
 * only the start-up cycle runs, asks `/health` every `healthEveryMs` until that cycle is done,
 * and returns then. For tests that feed the app hostile input and check it kept answering.
 */
export async function pollWithApp(
  slack: FakeSlack,
  feedUrls: string[],
  opts: { token: string; channel: string; healthEveryMs?: number; timeoutMs?: number },
): Promise<PolledApp> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-polled-'));
  const app = await startApp(['serve'], {
    SLACK_BOT_TOKEN: opts.token,
    SLACK_SIGNING_SECRET: 'polled-secret',
    SLACK_API_URL: slack.apiUrl,
    DATABASE_URL: join(dir, 'r.db'),
    READOUT_FEEDS: feedUrls.join(','),
    READOUT_CHANNEL: opts.channel,
    READOUT_FIRST_POLL_DAYS: '100000',
    READOUT_POLL_CRON: '0 0 1 1 *',
  });
  const healthStatuses: number[] = [];
  const close = async () => {
    await app.stop('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await app.waitForLog(/Readout is listening/);
    const health = `http://127.0.0.1:${app.port}/health`;
    const asking = (async () => {
      while (!/poll cycle done/.test(app.stderr())) {
        healthStatuses.push((await fetch(health)).status);
        await new Promise((r) => setTimeout(r, opts.healthEveryMs ?? 100));
      }
    })();
    await app.waitForLog(/poll cycle done/, opts.timeoutMs ?? 120_000);
    await asking;
  } catch (error) {
    await close();
    throw error;
  }
  return { app, healthStatuses, close };
}
