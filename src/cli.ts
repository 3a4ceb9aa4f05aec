import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { type Config, loadConfig, readDisplayZone, readProxy } from './app/config.js';
import { ConfigError } from './app/errors.js';
import { logger } from './app/logger.js';
import { projectRoot } from './app/paths.js';
import { checkDatabasePath, EXIT_CONFIG, openCheckedStore, StartupError } from './app/startup.js';
import { isCalendarDate, unreadableReason } from './commands/input-check.js';
import type { ConsoleFormat } from './deliver/console-poster.js';
import type { runPreview } from './preview/preview-command.js';
import { registerStatsCommand } from './stats/stats-cli.js';
import { isPostgresUrl, sqlitePath } from './store/database-url.js';

// Each command loads what it runs when it runs (the cycle, the store, the parser, Slack's
// client): `readout --version` or `readout parse` does not pay for the whole app's modules.

type Out = { out: (text: string) => void; err: (text: string) => void };

/** A page from a file, a URL or standard input; rejects with the reason when it is empty or binary. */
async function readInput(input: string): Promise<{ content: string; url: string | null }> {
  const page = await readRawInput(input);
  const reason = unreadableReason(page.content);
  if (reason) throw new Error(reason);
  return page;
}

async function readRawInput(input: string): Promise<{ content: string; url: string | null }> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { content: Buffer.concat(chunks).toString('utf8'), url: null };
  }
  if (/^https?:\/\//i.test(input)) {
    const { fetchText } = await import('./feeds/fetch.js');
    const { proxiedFetches } = await import('./feeds/proxy.js');
    const page = await fetchText(
      input,
      { accept: 'text/html,text/plain;q=0.9' },
      proxiedFetches(readProxy())?.trusted,
    );
    if (page.status !== 'ok')
      throw new Error(`cannot fetch ${input}: ${page.status === 'error' ? page.reason : 'not modified'}`);
    return { content: page.body, url: page.finalUrl };
  }
  return { content: readFileSync(input, 'utf8'), url: null };
}

/**
 * `npm start -- --format blocks`: npm has already printed its own banner ("> readout@… start")
 * on standard output before this process began, and only npm's `--silent` keeps it off. Say so
 * on standard error, where a JSON tool reading standard output does not see it.
 */
export function npmBannerHint(format: ConsoleFormat, env: NodeJS.ProcessEnv): string | null {
  if (format !== 'blocks' || !env.npm_lifecycle_event || env.npm_config_loglevel === 'silent') return null;
  return `npm printed its own banner on standard output before this NDJSON; for output a JSON tool can read, run \`npm start --silent -- --format blocks\` or \`npx readout serve --format blocks\`\n`;
}

/** A scratch copy of the SQLite database, so that a dry run changes nothing the next run sees. */
function scratchDatabase(databaseUrl: string): { url: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'readout-dry-run-'));
  const target = join(dir, 'readout.db');
  const path = sqlitePath(databaseUrl);
  if (path !== ':memory:' && existsSync(path)) {
    for (const suffix of ['', '-wal'])
      if (existsSync(`${path}${suffix}`)) copyFileSync(`${path}${suffix}`, `${target}${suffix}`);
  }
  return { url: target, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Commander's collector for an option given once per input. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** What `readout poll` runs, loaded when it runs. */
async function pollModules() {
  const [store, consolePoster, poster, reachability, cycle, summary] = await Promise.all([
    import('./store/index.js'),
    import('./deliver/console-poster.js'),
    import('./deliver/poster.js'),
    import('./deliver/slack-reachability.js'),
    import('./app/cycle.js'),
    import('./commands/poll-summary.js'),
  ]);
  return { ...store, ...consolePoster, ...poster, ...reachability, ...cycle, ...summary };
}

async function pollOnce(
  config: Config,
  opts: { dryRun: boolean; format: ConsoleFormat },
  io: Out,
): Promise<number> {
  if (config.slack.mode === 'off' && config.production && !opts.dryRun)
    throw new StartupError(
      EXIT_CONFIG,
      'SLACK_BOT_TOKEN: required with NODE_ENV=production (pass --dry-run to print instead of posting)',
    );
  const m = await pollModules();
  const { openStore, createConsolePoster, describeFromStore, createSlackPoster, createSlackReachability } = m;
  const { createCycle, shareWorkFor, whyNothingPosted } = m;
  const dryRun = opts.dryRun || config.slack.mode === 'off';
  if (dryRun && !opts.dryRun) io.err('SLACK_BOT_TOKEN is unset: dry run, printing what would be posted.\n');
  // The database is checked as serve checks it, dry run or not (a dry run reads a copy of it).
  if (dryRun && isPostgresUrl(config.databaseUrl))
    await (await openCheckedStore(config.databaseUrl, (url) => openStore(url))).close();
  else checkDatabasePath(config.databaseUrl);
  const scratch = dryRun ? scratchDatabase(config.databaseUrl) : null;
  const store = await openCheckedStore(scratch?.url ?? config.databaseUrl, (url) => openStore(url));
  try {
    const poster = dryRun
      ? createConsolePoster({
          format: opts.format,
          write: io.out,
          describe: describeFromStore(store, config.timeZone),
        })
      : createSlackPoster(
          (await import('./app/serve.js')).createWebClient(config, {
            fetch: createSlackReachability({ logger, apiUrl: config.slack.apiUrl }).fetch,
            logger,
          }),
          config.slack.mode === 'oauth' ? { tokenFor: (channel) => store.botTokenForChannel(channel) } : {},
        );
    const channels = config.channel ? [config.channel] : dryRun ? ['READOUT_CHANNEL'] : [];
    const cycle = createCycle({
      store,
      poster,
      // A dry run's "posted" lines are printed messages, their ts made up: the log says so.
      logger: dryRun ? logger.child({}, { msgPrefix: 'dry run, nothing sent: ' }) : logger,
      config,
      channels,
      paceMs: dryRun ? 0 : (await import('./deliver/pace.js')).POST_INTERVAL_MS,
      // Beside running instances on PostgreSQL, a one-off poll takes leases like any instance.
      shareWork: dryRun ? undefined : shareWorkFor(config, 'poll-once'),
    });
    const { poll, delivery } = await cycle.run();
    const failedFeeds = poll.feeds.filter((f) => f.status === 'error');
    const skipped = poll.feeds.filter((f) => f.status === 'skipped');
    io.err(
      `${dryRun ? 'Dry run: ' : ''}${poll.feeds.length} feeds polled (${failedFeeds.length} failed` +
        `${skipped.length ? `, ${skipped.length} skipped` : ''}), ` +
        `${poll.newReadouts} new readouts, ${delivery.posted} ${dryRun ? 'messages printed' : 'posted'}` +
        `${delivery.digests ? `, ${delivery.digests} digest${delivery.digests === 1 ? '' : 's'}` : ''}` +
        `${delivery.failed ? `, ${delivery.failed} posts failed` : ''}, ${poll.ms} ms.\n`,
    );
    for (const f of [...failedFeeds, ...skipped])
      io.err(`  ${f.feedUrl}: ${f.status === 'skipped' ? 'skipped, ' : ''}${f.reason}\n`);
    const why = whyNothingPosted(
      { poll, delivery },
      { dryRun, channelSet: config.channel !== null, firstPollDays: config.firstPollDays },
    );
    if (why) io.err(`Nothing ${dryRun ? 'printed' : 'posted'}: ${why}.\n`);
    return failedFeeds.length > 0 && failedFeeds.length === poll.feeds.length ? 2 : 0;
  } finally {
    await store.close();
    scratch?.cleanup();
  }
}

/** Said at every demo: its pages are ours, under the publishers' real addresses. */
const DEMO_NOTE =
  "The demo's page texts are invented for the demo (fixtures written by this project in each publisher's page shape); the links are the publishers' real addresses, whose pages say something else.\n";

/** The package's version, from its package.json. */
function packageVersion(): string {
  try {
    return String(JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')).version);
  } catch {
    return 'unknown';
  }
}

/** `readout serve`: the Slack app, or without Slack credentials the fixture demo. */
async function serveOrDemo(opts: { format: ConsoleFormat; live?: boolean }, io: Out): Promise<number> {
  const config = loadConfig();
  if (config.slack.mode === 'off' && (opts.live || config.production))
    throw new StartupError(
      EXIT_CONFIG,
      `SLACK_BOT_TOKEN: required ${opts.live ? 'with --live' : 'with NODE_ENV=production'} (the demo runs only without either; \`readout demo\` runs it anywhere)`,
    );
  if (config.slack.mode === 'off') {
    io.err(
      'No SLACK_BOT_TOKEN: running the demo against the built-in fixtures and printing what would be posted.\n',
    );
    io.err(DEMO_NOTE);
    const hint = npmBannerHint(opts.format, process.env);
    if (hint) io.err(hint);
    const { runDemo } = await import('./demo/demo.js');
    return runDemo(config, logger, { format: opts.format, write: io.out });
  }
  const { serve } = await import('./app/serve.js');
  return serve(config, logger);
}

/** `readout parse`: one page parsed and printed as JSON, Block Kit or text. */
function registerParse(program: Command, io: Out, setCode: (code: number) => void): void {
  program
    .command('parse')
    .description('parse one readout page (HTML or text) and print it')
    .argument('<input>', 'a file, a URL, or - for standard input')
    .option('--source <id>', 'publisher id (mofa, kantei, …); detected when absent')
    .option('--url <url>', "the page's address when the input is a file")
    .option('--published <date>', "the feed item's date, YYYY-MM-DD")
    .addOption(
      new Option('--format <format>', 'output; json follows schema/readout.schema.json')
        .choices(['json', 'blocks', 'text'])
        .default('json'),
    )
    .action(
      async (input: string, opts: { source?: string; url?: string; published?: string; format: string }) => {
        if (opts.published && !isCalendarDate(opts.published)) {
          io.err(`readout parse: --published expects a date YYYY-MM-DD, got "${opts.published}"\n`);
          setCode(1);
          return;
        }
        let page: { content: string; url: string | null };
        try {
          page = await readInput(input);
        } catch (error) {
          io.err(
            `readout parse: cannot read ${input}: ${error instanceof Error ? error.message : String(error)}\n`,
          );
          setCode(1);
          return;
        }
        const [{ parseReadout }, { renderReadout }, { renderReadoutText }] = await Promise.all([
          import('./readout/parse/index.js'),
          import('./render/blocks.js'),
          import('./render/text.js'),
        ]);
        const readout = parseReadout({
          content: page.content,
          url: opts.url ?? page.url,
          source: opts.source ?? null,
          published: opts.published ?? null,
        });
        const link = readout.url ?? opts.url ?? page.url ?? '';
        const timeZone = readDisplayZone();
        if (opts.format === 'json') io.out(`${JSON.stringify(readout, null, 2)}\n`);
        else if (opts.format === 'blocks')
          io.out(
            `${JSON.stringify(renderReadout({ id: 'parsed', readout, link, partial: false }, { timeZone }), null, 2)}\n`,
          );
        else io.out(`${renderReadoutText({ readout, link, partial: false }, { timeZone })}\n`);
      },
    );
}

/** `readout preview`: readouts rendered as Slack shows them, as a standalone HTML page. */
function registerPreview(program: Command, io: Out, setCode: (code: number) => void): void {
  program
    .command('preview')
    .description('render readouts as Slack shows them, as a standalone HTML page')
    .argument('[inputs...]', 'files, URLs or - : the first is the post, the others replies in its thread')
    .option('--source <id>', 'publisher id, once per input in order; detected when absent', collect)
    .option('--url <url>', "the page's address when an input is a file, once per input in order", collect)
    .option('--published <date>', "the feed item's date, YYYY-MM-DD, once per input in order", collect)
    .option('--home', 'the App Home instead, with these readouts as the latest')
    .option('--html <file>', 'write the page to this file (default: standard output)')
    .action(async (inputs: string[], opts: Parameters<typeof runPreview>[1]) => {
      setCode(
        await (await import('./preview/preview-command.js')).runPreview(inputs, opts, {
          readInput,
          ...io,
          now: new Date(),
          timeZone: readDisplayZone(),
        }),
      );
    });
}

/** The exit code for what stopped a command, its reason said on stderr. */
function exitCodeOf(error: unknown, io: Out): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 64;
  if (error instanceof ConfigError) {
    io.err(`readout: ${error.message}\n`);
    return EXIT_CONFIG;
  }
  if (error instanceof StartupError) {
    io.err(`readout: ${error.message}\n`);
    return error.exitCode;
  }
  io.err(`readout: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

/** Runs the `readout` command line; returns the exit code. */
export async function runCli(
  argv: string[],
  io: Out = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  },
): Promise<number> {
  let code = 0;
  const program = new Command('readout')
    .description('Diplomatic readouts from government feeds, parsed and posted to Slack.')
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('serve', { isDefault: false })
    .description('run the Slack app and the feed poller (without Slack credentials: the fixture demo)')
    .addOption(new Option('--format <format>', 'demo output').choices(['text', 'blocks']).default('text'))
    .option(
      '--live',
      'never the demo: without SLACK_BOT_TOKEN, stop with an error (as NODE_ENV=production does)',
    )
    .action(async (opts: { format: ConsoleFormat; live?: boolean }) => {
      code = await serveOrDemo(opts, io);
    });

  program
    .command('demo')
    .description('serve the bundled fixture feed on loopback, poll it and print every message it would post')
    .addOption(
      new Option('--format <format>', 'text rendering, or the Block Kit JSON')
        .choices(['text', 'blocks'])
        .default('text'),
    )
    .option('--blocks', 'same as --format blocks')
    .action(async (opts: { format: ConsoleFormat; blocks?: boolean }) => {
      io.err(DEMO_NOTE);
      const { runDemo } = await import('./demo/demo.js');
      code = await runDemo(loadConfig(), logger, {
        format: opts.blocks ? 'blocks' : opts.format,
        write: io.out,
      });
    });

  registerParse(program, io, (c) => {
    code = c;
  });

  registerPreview(program, io, (c) => {
    code = c;
  });

  program
    .command('poll')
    .description('poll every configured feed once, post what is new, and exit')
    .option('--once', 'one cycle and exit: what `poll` does anyway (kept for scripts)')
    .option('--dry-run', 'print the messages instead of posting (on a scratch copy of the database)')
    .addOption(new Option('--format <format>', 'dry-run output').choices(['text', 'blocks']).default('text'))
    .action(async (opts: { dryRun?: boolean; format: ConsoleFormat }) => {
      code = await pollOnce(loadConfig(), { dryRun: Boolean(opts.dryRun), format: opts.format }, io);
    });

  registerStatsCommand(program, io, (c) => {
    code = c;
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    return exitCodeOf(error, io);
  }
  return code;
}
