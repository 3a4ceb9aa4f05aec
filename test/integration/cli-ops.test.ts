/**
 * The command line as a script or an operator uses it: --version, `poll` without flags, clear
 * errors for input that is not a page, output a JSON tool can read, and a dry run that says why
 * it printed nothing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { runReadout } from '../helpers/run-cli.js';

const repo = join(import.meta.dirname, '../..');
const fixtures = join(repo, 'fixtures');

const readout = (args: string[], env: Record<string, string> = {}, input?: string | Buffer) =>
  runReadout(args, { LOG_LEVEL: 'info', ...env }, input);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-cli-ops-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readout --version', () => {
  it("prints the package's version and nothing else", async () => {
    const r = await readout(['--version']);
    expect(r.status).toBe(0);
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(r.stdout).toBe(`${version}\n`);
  }, 60_000);
});

describe('input that is not a page: a clear error and exit 1', () => {
  it('a binary file: parse and preview say so, print nothing, write nothing', async () => {
    const png = join(dir, 'image.png');
    writeFileSync(
      png,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    );
    const parse = await readout(['parse', png]);
    expect(parse.status).toBe(1);
    expect(parse.stdout).toBe('');
    expect(parse.stderr).toBe(
      `readout parse: cannot read ${png}: it is binary, not HTML or text (it has NUL bytes)\n`,
    );
    const html = join(dir, 'out.html');
    const preview = await readout(['preview', png, '--html', html]);
    expect(preview.status).toBe(1);
    expect(preview.stderr).toContain('it is binary');
    expect(preview.stderr).not.toContain('Wrote');
  }, 60_000);

  it('bytes that are not UTF-8 text on standard input', async () => {
    const noise = Buffer.alloc(2000, 0xff);
    const r = await readout(['parse', '-'], {}, noise);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot read -: it is binary or not UTF-8/);
  }, 60_000);

  it('an empty file and empty standard input', async () => {
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '  \n');
    const file = await readout(['parse', empty]);
    expect(file.status).toBe(1);
    expect(file.stderr).toBe(`readout parse: cannot read ${empty}: it is empty\n`);
    const stdin = await readout(['parse', '-'], {}, '');
    expect(stdin.status).toBe(1);
    expect(stdin.stderr).toContain('it is empty');
  }, 60_000);

  it('a --published date that is not on the calendar', async () => {
    const page = 'Foreign Minister Kamikawa held a meeting with Secretary Blinken.';
    for (const date of ['2020-13-45', '2021-02-29', '2024-04-31']) {
      const r = await readout(['parse', '-', '--published', date], {}, page);
      expect(r.status, date).toBe(1);
      expect(r.stderr, date).toBe(`readout parse: --published expects a date YYYY-MM-DD, got "${date}"\n`);
    }
    const leap = await readout(['parse', '-', '--published', '2024-02-29'], {}, page);
    expect(leap.status).toBe(0);
  }, 60_000);
});

describe('readout poll and dry runs', () => {
  let feeds: FeedServer;
  let slack: FakeSlack;
  let env: Record<string, string>;
  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.serveDir('/feeds', join(fixtures, 'feeds'), { template: true });
    feeds.serveDir('/pages', join(fixtures, 'pages'));
    slack = await startFakeSlack({ token: 'xoxb-ops' });
    env = {
      READOUT_FEEDS: `${feeds.base}/feeds/demo.xml`,
      READOUT_FIRST_POLL_DAYS: '100000',
      READOUT_DIGEST_THRESHOLD: '100',
      SLACK_API_URL: slack.apiUrl,
    };
  });
  afterAll(async () => {
    await feeds.close();
    await slack.close();
  });

  /** The NDJSON lines of posts; the others are context replies, each in a post's thread. */
  const postLines = (stdout: string): string[] => {
    const lines = stdout.trimEnd().split('\n');
    const replies = lines.filter((l) => JSON.parse(l).thread_ts !== undefined);
    for (const l of replies) expect(JSON.parse(l).metadata.event_type).toBe('readout_note');
    return lines.filter((l) => JSON.parse(l).thread_ts === undefined);
  };

  it('`poll` runs one cycle without --once; --format blocks is NDJSON with nothing else on stdout', async () => {
    const r = await readout(['poll', '--format', 'blocks'], { ...env, DATABASE_URL: join(dir, 'nd.db') });
    expect(r.status).toBe(0);
    const lines = postLines(r.stdout);
    expect(lines).toHaveLength(15);
    for (const line of lines) {
      const message = JSON.parse(line);
      expect(message.channel).toBe('READOUT_CHANNEL');
      expect(message.metadata.event_type).toBe('readout_posted');
    }
    // The log says the posts were printed, not sent.
    expect(r.stderr).not.toContain('"msg":"posted"');
    expect(r.stderr).toContain('"msg":"dry run, nothing sent: posted"');
  }, 60_000);

  it('the demo in blocks format is NDJSON too', async () => {
    const r = await readout(['demo', '--format', 'blocks'], { LOG_LEVEL: 'warn' });
    expect(r.status).toBe(0);
    const lines = postLines(r.stdout);
    expect(lines).toHaveLength(15);
    expect(lines.map((l) => JSON.parse(l).blocks[0].type)).toEqual(Array(15).fill('header'));
    // It says, on stderr, that its page texts are invented.
    expect(r.stderr).toContain("The demo's page texts are invented for the demo");
  }, 60_000);

  it("`npm start --silent -- --format blocks`, as the README gives it, is NDJSON; without --silent, stderr says why npm's banner is there", async () => {
    const npmStart = (args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn('npm', ['start', ...args], {
          cwd: repo,
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, LOG_LEVEL: 'warn' },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
        });
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
        });
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const [silent, loud] = await Promise.all([
      npmStart(['--silent', '--', '--format', 'blocks']),
      npmStart(['--', '--format', 'blocks']),
    ]);
    expect(silent.status).toBe(0);
    const lines = postLines(silent.stdout);
    expect(lines).toHaveLength(15);
    for (const line of lines) expect(JSON.parse(line).blocks[0].type).toBe('header');
    expect(silent.stderr).not.toContain('npm printed its own banner');
    // npm's banner is npm's own; the app cannot take it back, but it says how to avoid it.
    expect(loud.status).toBe(0);
    expect(loud.stdout).toContain('> readout@');
    expect(loud.stderr).toContain('npm printed its own banner on standard output');
    expect(loud.stderr).toContain('npm start --silent -- --format blocks');
  }, 90_000);

  it('a dry run that prints nothing says why: the first-poll window', async () => {
    const r = await readout(['poll', '--dry-run'], {
      ...env,
      READOUT_FIRST_POLL_DAYS: '0',
      SLACK_BOT_TOKEN: 'xoxb-ops',
      SLACK_SIGNING_SECRET: 's',
      DATABASE_URL: join(dir, 'window.db'),
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      "Nothing printed: 15 new readouts were stored and none is to be posted: on a feed's first poll only items published within READOUT_FIRST_POLL_DAYS (0) days are posted",
    );
  }, 60_000);

  it('a live poll without READOUT_CHANNEL or a subscription says that is why nothing was posted', async () => {
    const r = await readout(['poll'], {
      ...env,
      SLACK_BOT_TOKEN: 'xoxb-ops',
      SLACK_SIGNING_SECRET: 's',
      DATABASE_URL: join(dir, 'nochannel.db'),
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'Nothing posted: 15 new readouts were stored, but READOUT_CHANNEL is unset and no channel subscribes',
    );
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
    // A second run: nothing new, and it says so.
    const again = await readout(['poll'], {
      ...env,
      SLACK_BOT_TOKEN: 'xoxb-ops',
      SLACK_SIGNING_SECRET: 's',
      DATABASE_URL: join(dir, 'nochannel.db'),
    });
    expect(again.stderr).toContain(
      'Nothing posted: the feeds have no item that the database does not already hold',
    );
  }, 60_000);
});
