/**
 * The Dockerfile and compose.yaml as files: what an image built from them would hold and do.
 * The build itself is run by `npm run container-check` (the Dockerfile's commands, in order, on
 * this machine); a container engine runs them for real where one is installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyArgs, envArgs, execForm, parseDockerfile, repo } from '../helpers/dockerfile.js';

const stages = parseDockerfile();
const [build, runtime] = stages;
const ops = (stage: typeof build, op: string) => (stage?.instructions ?? []).filter((i) => i.op === op);
const ignored = readFileSync(join(repo, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('Dockerfile', () => {
  it('has a build stage and a runtime stage, both on node:20-slim', () => {
    expect(stages).toHaveLength(2);
    expect(build?.from).toBe('node:20-slim');
    expect(build?.name).toBe('build');
    expect(runtime?.from).toBe('node:20-slim');
  });

  it('compiles better-sqlite3 and the TypeScript in the build stage, not in the runtime stage', () => {
    const buildRuns = ops(build, 'RUN').map((i) => i.args);
    expect(buildRuns.some((r) => /apt-get install .*python3.*make.*g\+\+/.test(r))).toBe(true);
    expect(
      buildRuns.some((r) => /npm_config_build_from_source=true npm rebuild better-sqlite3/.test(r)),
    ).toBe(true);
    expect(buildRuns.some((r) => r === 'npm run build')).toBe(true);
    expect(buildRuns.some((r) => r.startsWith('npm prune --omit=dev'))).toBe(true);
    const runtimeRuns = ops(runtime, 'RUN').map((i) => i.args);
    expect(runtimeRuns.join('\n')).not.toMatch(/npm|apt-get|g\+\+/);
  });

  it('runs as the unprivileged node user, keeps its data in a volume, and checks /ready', () => {
    const users = ops(runtime, 'USER').map((i) => i.args);
    expect(users.at(-1)).toBe('node');
    const env = Object.assign({}, ...ops(runtime, 'ENV').map((i) => envArgs(i.args)));
    expect(env).toMatchObject({ NODE_ENV: 'production', DATABASE_URL: '/data/readout.db', PORT: '3000' });
    expect(ops(runtime, 'VOLUME').map((i) => i.args)).toEqual(['["/data"]']);
    const [health] = ops(runtime, 'HEALTHCHECK');
    expect(health?.args).toMatch(/--interval=\d+s/);
    expect(execForm(health?.args ?? '').join(' ')).toContain("/ready')");
    // Exec form: node is the process docker stop signals, not a shell in front of it.
    expect(execForm(ops(runtime, 'CMD')[0]?.args ?? '')).toEqual(['node', 'bin/readout.js', 'serve']);
  });

  it('copies only files that exist and that .dockerignore lets through', () => {
    for (const stage of stages)
      for (const copy of ops(stage, 'COPY')) {
        const { from, sources } = copyArgs(copy.args);
        if (from) continue;
        for (const source of sources) {
          expect(existsSync(join(repo, source)), source).toBe(true);
          expect(ignored, source).not.toContain(source.replace(/^\.\//, ''));
        }
      }
  });

  it('ships what the app reads at run time: package.json, dist, bin, node_modules, manifest.yml, fixtures', () => {
    const shipped = ops(runtime, 'COPY').flatMap((c) =>
      copyArgs(c.args).sources.map((s) => s.replace(/^\/app\//, '')),
    );
    for (const needed of ['package.json', 'dist', 'bin', 'node_modules', 'manifest.yml', 'fixtures'])
      expect(shipped, needed).toContain(needed);
  });
});

describe('compose.yaml', () => {
  type Service = {
    image?: string;
    build?: string;
    environment?: Record<string, string>;
    ports?: string[];
    depends_on?: Record<string, { condition: string }>;
    healthcheck?: unknown;
    stop_grace_period?: string;
  };
  const compose = parse(readFileSync(join(repo, 'compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<string, Service>;
  };

  it('runs PostgreSQL and three Readout instances on it, each on its own host port', () => {
    const names = Object.keys(compose.services);
    expect(names).toContain('postgres');
    const readouts = names.filter((n) => n.startsWith('readout-'));
    expect(readouts).toHaveLength(3);
    expect(compose.services.postgres?.healthcheck).toBeDefined();
    const ports = readouts.map((n) => compose.services[n]?.ports?.[0]?.split(':')[0]);
    expect(new Set(ports).size).toBe(3);
    for (const name of readouts) {
      const s = compose.services[name] as Service;
      expect(s.build).toBe('.');
      expect(s.environment?.DATABASE_URL).toMatch(/^postgres:\/\/readout:.*@postgres:5432\/readout$/);
      expect(s.environment?.SLACK_BOT_TOKEN).toMatch(/:\?/);
      expect(s.depends_on?.postgres?.condition).toBe('service_healthy');
      expect(s.stop_grace_period).toBe('10s');
    }
  });
});
