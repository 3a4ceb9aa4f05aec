// Summarises a .cpuprofile (node --cpu-prof, or the inspector's Profiler): self time by function
// and by module. Usage: node bench/lib/profile.js <file.cpuprofile> [top N]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { root } from './util.js';

const rootUrl = `${pathToFileURL(root).href}/`;

/** Self time (ms) and share of the profile's samples, by function and by module, largest first. */
export function summariseProfile(profile) {
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const frameName = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(rootUrl, '').replace(/^.*node_modules\//, 'node_modules/');
    return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
  };
  const byFunction = new Map();
  const byModule = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url } = node.callFrame;
    const file = url.replace(rootUrl, '').replace(/^.*node_modules\//, 'node_modules/');
    // A native function (no script) is named with its JS caller: `run ← saveFeed …/sqlite.js`.
    const caller = url ? undefined : parent.get(node.id);
    // The profiler's own work (serialising the profile at Profiler.stop) is not the program's.
    if (caller && caller.callFrame.url === 'node:inspector') continue;
    total += us;
    const fn = caller?.callFrame.url ? `${frameName(node)} ← ${frameName(caller)}` : frameName(node);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(file)?.[1];
    // A native function counts for its caller's module (better-sqlite3's `run` for the store).
    const owner = caller?.callFrame.url ? caller.callFrame.url.replace(rootUrl, '') : file;
    const module =
      pkg ??
      (owner.startsWith('node:') ? owner.split('/').slice(0, 3).join('/') : owner || `(${functionName})`);
    byModule.set(module, (byModule.get(module) ?? 0) + us);
  }
  const rows = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({
        name,
        ms: Number((us / 1000).toFixed(1)),
        share: Number(((100 * us) / total).toFixed(1)),
      }));
  return {
    totalMs: Number((total / 1000).toFixed(1)),
    byFunction: rows(byFunction),
    byModule: rows(byModule),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const summary = summariseProfile(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  const n = Number(process.argv[3] ?? 20);
  console.log(`profile: ${summary.totalMs} ms sampled`);
  console.table(summary.byFunction.slice(0, n));
  console.table(summary.byModule.slice(0, 12));
}
