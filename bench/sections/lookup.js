// /readout lookups through the real HTTP receiver of the app process (signed slash commands on
// loopback), over the seeded readouts. The series are interleaved request by request, so a noisy
// moment hits them alike. Baseline: `/readout help` through the same receiver (signature check,
// Bolt, command parsing, ack), so the ratio is the lookup's own cost; `GET /health` for reference.
import { LOOKUP_RELATIONS, SEARCH_WORDS } from '../lib/seed.js';
import { percentile, procStatusMb, round, slackSignature } from '../lib/util.js';
import { SIGNING_SECRET } from './app-fixture.js';

let trigger = 0;
function commandBody(text) {
  trigger++;
  return new URLSearchParams({
    token: 'unused',
    team_id: 'T0001',
    team_domain: 'bench',
    channel_id: 'C0001',
    channel_name: 'general',
    user_id: 'U0001',
    user_name: 'bench',
    command: '/readout',
    text,
    api_app_id: 'A0001',
    is_enterprise_install: 'false',
    response_url: 'http://127.0.0.1:9/response',
    trigger_id: `${Date.now()}.1.${trigger}`,
  }).toString();
}

async function slash(url, text) {
  const body = commandBody(text);
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    ...slackSignature(SIGNING_SECRET, body),
  };
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const answer = await res.text();
  return { ms: performance.now() - t0, status: res.status, answer };
}

async function health(base) {
  const t0 = performance.now();
  const res = await fetch(`${base}/health`);
  const answer = await res.text();
  return { ms: performance.now() - t0, status: res.status, answer };
}

export async function benchLookup({ quick }, fixture) {
  const n = quick ? 100 : 500;
  const url = `${fixture.url}/slack/events`;
  const series = {
    help: { ask: () => slash(url, 'help'), ok: (a) => a.includes('/readout') },
    health: { ask: () => health(fixture.url), ok: (a) => a.includes('ok') },
    latest: {
      ask: () => slash(url, 'japan-us latest'),
      ok: (a) => a.includes('readout_id') || a.includes('blocks'),
    },
    list: {
      ask: (i) => slash(url, `${LOOKUP_RELATIONS[i % LOOKUP_RELATIONS.length]} list`),
      ok: (a) => a.includes('Last '),
    },
    search: {
      ask: (i) => slash(url, `search ${SEARCH_WORDS[i % SEARCH_WORDS.length]}`),
      ok: (a) => a.includes('Readouts with'),
    },
  };
  const times = Object.fromEntries(Object.keys(series).map((k) => [k, []]));
  const failures = Object.fromEntries(Object.keys(series).map((k) => [k, 0]));
  const warmUp = quick ? 10 : 30;
  for (let i = -warmUp; i < n; i++) {
    for (const [name, s] of Object.entries(series)) {
      const r = await s.ask(Math.abs(i));
      if (i < 0) continue;
      times[name].push(r.ms);
      if (r.status !== 200 || !s.ok(r.answer) || r.answer.includes('Sorry')) failures[name]++;
    }
  }
  const p = (name, q) => round(percentile(times[name], q), 2);
  const results = {
    readouts: fixture.readouts,
    requestsPerSeries: n,
    latestP50Ms: p('latest', 50),
    latestP99Ms: p('latest', 99),
    listP50Ms: p('list', 50),
    listP99Ms: p('list', 99),
    searchP50Ms: p('search', 50),
    searchP99Ms: p('search', 99),
    baselineP50Ms: p('help', 50),
    baselineP99Ms: p('help', 99),
    healthP50Ms: p('health', 50),
    healthP99Ms: p('health', 99),
    failures,
    appRssMbAfter: procStatusMb(fixture.pid, 'VmRSS'),
    targetP99Ms: 50,
  };
  results.met = results.latestP99Ms < 50 && results.listP99Ms < 50 && results.searchP99Ms < 50;
  const k = fixture.readouts.toLocaleString('en');
  const row = (name, pct, label, target = true) => ({
    figure: `lookup: ${label}`,
    value: p(name, pct),
    baseline: p('help', pct),
    baselineIs: '`/readout help` through the same receiver, same percentile',
    ...(target ? { target: '< 50', met: p(name, 99) < 50 && failures[name] === 0 } : {}),
  });
  const rows = [
    row('latest', 50, `\`japan-us latest\` p50 ms (${k} readouts)`, false),
    row('latest', 99, '`japan-us latest` p99 ms'),
    row('list', 99, '`<relation> list` p99 ms'),
    row('search', 99, '`search <word>` p99 ms'),
    {
      figure: 'lookup: GET /health p99 ms',
      value: p('health', 99),
      baseline: p('help', 99),
      baselineIs: '`/readout help` p99',
    },
    {
      figure: 'lookup: failed answers (latest/list/search/help)',
      value: `${failures.latest}/${failures.list}/${failures.search}/${failures.help}`,
      target: '0/0/0/0',
      met: failures.latest + failures.list + failures.search + failures.help === 0,
    },
  ];
  return { results, rows };
}
