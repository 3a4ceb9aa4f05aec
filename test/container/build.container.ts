/**
 * `npm run container-check`: the Dockerfile's build run on this machine, instruction by
 * instruction in its order, where no container engine runs. Each stage gets a root folder of
 * its own under a scratch directory (WORKDIR /app is <root>/app); COPY copies from the
 * repository or the named stage; RUN runs with sh in the working directory with the stage's ENV.
 * Then the runtime stage's CMD starts as Docker would start it, its HEALTHCHECK command is run
 * until it passes, and SIGTERM (docker stop) ends it within the 10 s grace period.
 *
 * What cannot be done here, and is done instead (printed at the end):
 * - `FROM node:20-slim`: this machine's Node and OS stand in for the image's;
 * - `apt-get install python3 make g++`: not run (it would change this machine); the three
 *   tools are required to be present instead;
 * - `--nodedir=/usr/local` (the image's Node headers): this machine's Node prefix instead;
 * - `chown node:node` and `USER node`: no `node` user here; the files' and data's locations are
 *   checked, the non-root run is not;
 * - absolute paths of RUN and ENV (/data, /app/data) point into the stage's root folder.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/app-process.js';
import { copyArgs, envArgs, execForm, parseDockerfile, repo } from '../helpers/dockerfile.js';
import { startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';

const scratch = mkdtempSync(join(tmpdir(), 'readout-container-'));
const notRun: string[] = [];
const nodePrefix = dirname(dirname(process.execPath));

afterAll(() => {
  process.stdout.write(
    `\nNot run as written, and what stood in for it:\n  ${[...new Set(notRun)].join('\n  ')}\n`,
  );
  if (!process.env.KEEP_CONTAINER_SCRATCH) rmSync(scratch, { recursive: true, force: true });
});

type StageState = { root: string; workdir: string; env: Record<string, string> };

/** An absolute path of the image, inside the stage's root folder. */
const inRoot = (state: StageState, path: string) =>
  isAbsolute(path) ? join(state.root, path) : join(state.workdir, path);

/** A RUN line as it can run here: the image's absolute paths moved into the stage's root. */
function localCommand(state: StageState, command: string): string | null {
  if (/^apt-get /.test(command)) {
    notRun.push(`RUN ${command.slice(0, 60)}…: not run; python3, make and g++ required present instead`);
    for (const tool of ['python3', 'make', 'g++']) execFileSync('sh', ['-c', `command -v ${tool}`]);
    return null;
  }
  let local = command.replace('--nodedir=/usr/local', `--nodedir=${nodePrefix}`);
  if (local !== command) notRun.push(`--nodedir=/usr/local: this machine's ${nodePrefix} instead`);
  if (/chown node:node/.test(local)) {
    notRun.push('chown node:node: no node user here (the non-root run is not checked)');
    local = local.replace(/ && chown node:node [^&]+/, '');
  }
  return local.replace(
    /(^|\s)\/(data|app)(?=[\s/]|$)/g,
    (_m, pre: string, dir: string) => `${pre}${state.root}/${dir}`,
  );
}

function runStage(
  stage: ReturnType<typeof parseDockerfile>[number],
  stages: Map<string, StageState>,
): StageState {
  const root = join(scratch, stage.name ?? 'runtime');
  mkdirSync(root, { recursive: true });
  notRun.push(`FROM ${stage.from}: this machine's Node ${process.version} and OS instead`);
  const state: StageState = { root, workdir: root, env: {} };
  for (const { op, args } of stage.instructions) {
    if (op === 'WORKDIR') {
      state.workdir = inRoot(state, args);
      mkdirSync(state.workdir, { recursive: true });
    } else if (op === 'ENV') {
      state.env = { ...state.env, ...envArgs(args) };
    } else if (op === 'COPY') {
      const { from, sources, dest } = copyArgs(args);
      const origin = from ? stages.get(from) : null;
      if (from && !origin) throw new Error(`COPY --from=${from}: no such stage before this one`);
      for (const source of sources) {
        const src = origin ? inRoot(origin, source) : join(repo, source);
        const target = dest.endsWith('/') ? join(inRoot(state, dest), basename(source)) : inRoot(state, dest);
        expect(existsSync(src), `COPY ${source}`).toBe(true);
        cpSync(src, target, { recursive: true, dereference: false });
      }
    } else if (op === 'RUN') {
      const command = localCommand(state, args);
      if (command === null) continue;
      execFileSync('sh', ['-c', command], {
        cwd: state.workdir,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...state.env },
        stdio: ['ignore', 'inherit', 'inherit'],
        timeout: 900_000,
      });
    } else if (op === 'USER') {
      notRun.push(`USER ${args}: runs as ${process.getuid?.() === 0 ? 'root' : 'this user'} here`);
    }
  }
  if (stage.name) stages.set(stage.name, state);
  return state;
}

describe('the Dockerfile, run on this machine in its order', () => {
  const stages = parseDockerfile();
  const built = new Map<string, StageState>();
  let runtime: StageState;

  it('builds: better-sqlite3 compiled in the build stage, dist/ and production node_modules only in the image', () => {
    for (const stage of stages.slice(0, -1)) runStage(stage, built);
    runtime = runStage(stages.at(-1) as (typeof stages)[number], built);
    const app = runtime.workdir;
    expect(existsSync(join(app, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);
    expect(existsSync(join(app, 'dist/src/cli.js'))).toBe(true);
    // Dev dependencies were pruned: no TypeScript, no vitest in the image.
    expect(existsSync(join(app, 'node_modules/typescript'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/vitest'))).toBe(false);
    expect(statSync(join(runtime.root, 'data')).isDirectory()).toBe(true);
    // The compiled module loads in the image's tree.
    execFileSync(process.execPath, ['-e', "require('better-sqlite3')(':memory:').close()"], { cwd: app });
  }, 1_200_000);

  it('starts with its CMD, passes its HEALTHCHECK, and stops on SIGTERM within the grace period', async () => {
    const slack = await startFakeSlack({ token: 'xoxb-container' });
    const feeds: FeedServer = await startFeedServer();
    feeds.serveDir('/feeds', join(repo, 'fixtures/feeds'), { template: true });
    feeds.serveDir('/pages', join(repo, 'fixtures/pages'));
    const port = await freePort();
    const env = {
      PATH: process.env.PATH ?? '',
      ...runtime.env,
      PORT: String(port),
      // ENV DATABASE_URL=/data/readout.db, inside the runtime stage's root.
      DATABASE_URL: inRoot(runtime, runtime.env.DATABASE_URL ?? '/data/readout.db'),
      SLACK_BOT_TOKEN: 'xoxb-container',
      SLACK_SIGNING_SECRET: 'container-secret',
      SLACK_API_URL: slack.apiUrl,
      READOUT_FEEDS: `${feeds.base}/feeds/demo.xml`,
      READOUT_DIGEST_THRESHOLD: '100',
    };
    const cmd = execForm(stages.at(-1)?.instructions.find((i) => i.op === 'CMD')?.args ?? '[]');
    const health = execForm(stages.at(-1)?.instructions.find((i) => i.op === 'HEALTHCHECK')?.args ?? '[]');
    const [exe = '', ...args] = cmd;
    const app: ChildProcess = spawn(exe === 'node' ? process.execPath : exe, args, {
      cwd: runtime.workdir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    app.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | string>((resolve) => app.on('exit', (c, s) => resolve(c ?? s ?? -1)));
    try {
      let healthy = false;
      for (let i = 0; i < 60 && !healthy; i++) {
        await new Promise((r) => setTimeout(r, 500));
        const [hexe = '', ...hargs] = health;
        healthy =
          spawnSyncStatus(hexe === 'node' ? process.execPath : hexe, hargs, { ...env }, runtime.workdir) ===
          0;
      }
      expect(healthy, stderr.slice(-2000)).toBe(true);
      expect(existsSync(env.DATABASE_URL)).toBe(true);
      const started = Date.now();
      app.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      app.kill('SIGKILL');
      await slack.close();
      await feeds.close();
    }
  }, 120_000);
});

function spawnSyncStatus(
  exe: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): number | null {
  try {
    execFileSync(exe, args, { env, cwd, stdio: 'ignore', timeout: 5000 });
    return 0;
  } catch (error) {
    return (error as { status?: number | null }).status ?? null;
  }
}
