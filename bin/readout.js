#!/usr/bin/env node
// The one binary of the package. The TypeScript is compiled to dist/ by `npm run build`,
// which `npm ci` runs through `prepare`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/src/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('readout: not built yet; run `npm ci` (or `npm run build`) first\n');
  process.exit(1);
}
const { runCli } = await import(cli);
// Exit now, not when the event loop drains: a stopped `serve` must not linger on the Slack
// client's retry timers or a database pool (standard output and error are written synchronously).
process.exit(await runCli(process.argv.slice(2)));
