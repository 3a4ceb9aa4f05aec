import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../app/config.js';
import { createCycle } from '../app/cycle.js';
import type { Logger } from '../app/logger.js';
import { projectRoot } from '../app/paths.js';
import { parseCommand } from '../commands/parse-command.js';
import { runCommand } from '../commands/run-command.js';
import { type ConsoleFormat, createConsolePoster, describeFromStore } from '../deliver/console-poster.js';
import { openStore } from '../store/index.js';
import { startFixtureServer } from './fixture-server.js';

export const DEMO_CHANNEL = 'C0DEMO';

/**
 * The main job without Slack credentials: serves the bundled fixture feed on loopback, polls it,
 * fetches and parses each page, stores the readouts in a fresh SQLite file and prints every
 * message it would post. Every fixture is posted (the first-poll window is opened wide) so the
 * demo shows posts. Returns the exit code.
 */
export async function runDemo(
  config: Config,
  logger: Logger,
  options: { format: ConsoleFormat; write?: (text: string) => void },
): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const root = projectRoot();
  const dbPath = join(root, 'data', 'demo.db');
  // Each run builds its own file and puts it in place at the end, so two demos at once (a user's
  // and a test's) never share or delete each other's database.
  const building = join(root, 'data', `demo.${process.pid}.building.db`);
  const removeDb = (path: string) => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  };
  mkdirSync(join(root, 'data'), { recursive: true });
  removeDb(building);
  const server = await startFixtureServer(join(root, 'fixtures'));
  const store = openStore(building);
  let complete = false;
  try {
    const poster = createConsolePoster({
      format: options.format,
      write,
      describe: describeFromStore(store, config.timeZone),
    });
    const cycle = createCycle({
      store,
      poster,
      // Its "posted" lines are printed messages with made-up ts: the log says so.
      logger: logger.child({}, { msgPrefix: 'demo, nothing sent: ' }),
      // The demo shows each post, not one burst digest of all 15 fixtures.
      config: {
        ...config,
        feeds: [`${server.base}/feeds/demo.xml`],
        firstPollDays: 365_000,
        digestThreshold: 100_000,
        // The demo's feed is on 127.0.0.1: never through a proxy of the environment.
        proxy: { httpsProxy: null, httpProxy: null, noProxy: null },
      },
      channels: [DEMO_CHANNEL],
    });
    const { poll, delivery } = await cycle.run();
    if (options.format === 'text') {
      const answer = await runCommand(parseCommand('japan-us list 3'), {
        store,
        render: { timeZone: config.timeZone },
      });
      // Slack's mrkdwn read as plain text: "*bold*" → "bold", "<url|label>" → "label (url)".
      const plain = answer.text.replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)').replace(/\*([^*\n]+)\*/g, '$1');
      write(`\n--- /readout japan-us list 3 would answer ---\n${plain}\n`);
      write(
        `\nDemo: ${poll.newReadouts} readouts read from ${server.base}/feeds/demo.xml, ` +
          `${delivery.posted} messages printed, poll cycle ${poll.ms} ms, database ${dbPath}.\n` +
          'Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (see README) to run the live app.\n',
      );
    }
    complete = true;
    return delivery.failed === 0 ? 0 : 1;
  } finally {
    // Closing checkpoints the WAL into the one file that is then moved in place.
    await store.close();
    await server.close();
    if (complete) {
      removeDb(dbPath);
      renameSync(building, dbPath);
    } else removeDb(building);
  }
}
