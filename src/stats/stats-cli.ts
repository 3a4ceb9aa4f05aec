import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../app/config.js';
import { parseStats } from './parse-stats.js';

type Out = { out: (text: string) => void; err: (text: string) => void };

/**
 * `readout stats <relation|country> [span…] [--png FILE]`: the figures of `/readout … stats`
 * printed as text, and with `--png` the chart written to a file. Exit 0 when answered (also
 * when nothing matched), 64 for a mistake in the words.
 */
export function registerStatsCommand(program: Command, io: Out, setCode: (code: number) => void): void {
  program
    .command('stats')
    .description('the figures of a relation or a country, as /readout <relation> stats answers them')
    .argument('<subject>', 'a relation (japan-us) or a country (japan)')
    .argument('[span...]', '2017, 2017-2019 or since YYYY-MM-DD; all time when absent')
    .option('--png <file>', 'write the chart to this PNG file')
    .action(async (subject: string, span: string[], opts: { png?: string }) => {
      const command = parseStats(
        subject.toLowerCase(),
        span.map((w) => w.toLowerCase()),
      );
      if ('problem' in command) {
        io.err(`readout stats: ${command.problem.replace(/`/g, '')}\n`);
        setCode(64);
        return;
      }
      const config = loadConfig();
      // Loaded when the command runs: every other command of the CLI does without them.
      const [{ openStore }, { renderChart }, { renderStatsText }, { answerStats, todayIn }] =
        await Promise.all([
          import('../store/index.js'),
          import('./chart.js'),
          import('./render-stats.js'),
          import('./stats-answer.js'),
        ]);
      const store = openStore(config.databaseUrl);
      try {
        const answer = await answerStats(store, command, todayIn(config.timeZone));
        if (!answer.figures) {
          io.out(`${answer.text}\n`);
          return;
        }
        io.out(renderStatsText(answer.figures));
        if (opts.png) {
          const chart = await renderChart(answer.figures, await answer.marks());
          writeFileSync(opts.png, chart.png);
          io.err(
            `Chart written to ${opts.png} (${chart.png.length.toLocaleString('en-US')} bytes, ${chart.ms} ms).\n`,
          );
        }
      } finally {
        await store.close();
      }
    });
}
