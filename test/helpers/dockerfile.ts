/**
 * Reads the repository's Dockerfile into stages and instructions, for the static check (in
 * `npm test`) and for the emulated build (`npm run container-check`), which runs the build's
 * commands on this machine in the Dockerfile's order where no container engine is available.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Instruction = { op: string; args: string; line: number };
export type Stage = { from: string; name: string | null; instructions: Instruction[] };

export const repo = join(import.meta.dirname, '../..');

/** Stages in order; continuation lines joined, comments and the parser directive left out. */
export function parseDockerfile(text = readFileSync(join(repo, 'Dockerfile'), 'utf8')): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1;
    let line = lines[i] ?? '';
    if (/^\s*(#|$)/.test(line)) continue;
    while (line.endsWith('\\') && i + 1 < lines.length) {
      i++;
      const next = lines[i] ?? '';
      if (/^\s*#/.test(next)) continue;
      line = `${line.slice(0, -1)} ${next.trim()}`;
    }
    const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`Dockerfile line ${start}: cannot read "${line}"`);
    const op = (m[1] ?? '').toUpperCase();
    const args = (m[2] ?? '').trim();
    if (op === 'FROM') {
      const [from = '', as, name] = args.split(/\s+/);
      stages.push({ from, name: as?.toUpperCase() === 'AS' ? (name ?? null) : null, instructions: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile line ${start}: ${op} before FROM`);
    stage.instructions.push({ op, args, line: start });
  }
  return stages;
}

/** COPY's flags, sources and destination ("COPY --from=build /app/x ./y"). */
export function copyArgs(args: string): { from: string | null; sources: string[]; dest: string } {
  const words = args.split(/\s+/);
  let from: string | null = null;
  while (words[0]?.startsWith('--')) {
    const flag = words.shift() ?? '';
    if (flag.startsWith('--from=')) from = flag.slice('--from='.length);
  }
  const dest = words.pop() ?? '';
  return { from, sources: words, dest };
}

/** ENV's pairs, in either form ("ENV A=1 B=2" or "ENV A 1"). */
export function envArgs(args: string): Record<string, string> {
  if (!args.includes('=')) {
    const [name = '', ...rest] = args.split(/\s+/);
    return { [name]: rest.join(' ') };
  }
  const out: Record<string, string> = {};
  for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g))
    out[m[1] ?? ''] = (m[2] ?? '').replace(/^"|"$/g, '');
  return out;
}

/** The command of an exec-form instruction (CMD ["node", …]); HEALTHCHECK's after its flags. */
export function execForm(args: string): string[] {
  const json = args.slice(args.indexOf('['));
  return JSON.parse(json) as string[];
}
