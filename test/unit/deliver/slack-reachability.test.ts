import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSlackReachability, likelyCause } from '../../../src/deliver/slack-reachability.js';
import { repeatedKeys, topLevelKeys } from '../../helpers/log-lines.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { logger: pino({ level: 'debug', base: undefined }, stream), lines };
}

const refused = () =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
  });

describe('Slack reachability watch', () => {
  it('an outage is one error line naming method, host and cause; its end is one info line', async () => {
    const { logger, lines } = capture();
    let down = true;
    const failedMethods: string[] = [];
    let now = 1_000_000;
    const reach = createSlackReachability({
      logger,
      apiUrl: 'http://127.0.0.1:9/api/',
      clock: () => now,
      onFailure: (m) => failedMethods.push(m),
      fetch: (async () => {
        if (down) throw refused();
        return new Response('{"ok":true}', { status: 200 });
      }) as typeof fetch,
    });
    for (const method of [
      'chat.postMessage',
      'chat.postMessage',
      'conversations.history',
      'chat.postMessage',
    ])
      await expect(reach.fetch(`http://127.0.0.1:9/api/${method}`, { method: 'POST' })).rejects.toThrow(
        'fetch failed',
      );
    expect(reach.reachable()).toBe(false);
    now += 42_000;
    down = false;
    await reach.fetch('http://127.0.0.1:9/api/chat.postMessage', { method: 'POST' });
    await reach.fetch('http://127.0.0.1:9/api/chat.postMessage', { method: 'POST' });
    expect(reach.reachable()).toBe(true);

    const errors = lines.filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      method: 'chat.postMessage',
      host: '127.0.0.1:9',
      cause: 'nothing listens at SLACK_API_URL (http://127.0.0.1:9/api/): check SLACK_API_URL',
    });
    expect(String(errors[0]?.reason)).toContain('ECONNREFUSED');
    expect(lines.filter((l) => l.level === 40)).toHaveLength(0);
    expect(lines.filter((l) => l.msg === 'Slack API still unreachable')).toHaveLength(3);
    const back = lines.filter((l) => l.msg === 'Slack API answers again');
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ failures: 4, seconds: 42 });
    expect(failedMethods).toEqual([
      'chat.postMessage',
      'chat.postMessage',
      'conversations.history',
      'chat.postMessage',
    ]);
  });

  it('HTTP 5xx counts as an outage; a token refusal (an answer) does not', async () => {
    const { logger, lines } = capture();
    let status = 503;
    const reach = createSlackReachability({
      logger,
      apiUrl: 'https://slack.com/api/',
      fetch: (async () =>
        new Response(status === 200 ? '{"ok":false,"error":"invalid_auth"}' : 'busy', {
          status,
        })) as typeof fetch,
    });
    const res = await reach.fetch('https://slack.com/api/chat.postMessage');
    expect(res.status).toBe(503);
    status = 200;
    await reach.fetch('https://slack.com/api/chat.postMessage');
    expect(lines.filter((l) => l.level === 50)).toMatchObject([{ host: 'slack.com', reason: 'HTTP 503' }]);
    expect(lines.filter((l) => l.msg === 'Slack API answers again')).toHaveLength(1);
  });
});

describe('likelyCause', () => {
  it('points at SLACK_API_URL when it is not Slack, at the network when it is', () => {
    expect(likelyCause('ENOTFOUND', 'https://slak.example/api/')).toMatch(/check SLACK_API_URL/);
    expect(likelyCause('ENOTFOUND', 'https://slack.com/api/')).toMatch(/check DNS and the network/);
    expect(likelyCause('ECONNREFUSED', 'https://slack.com/api/')).toMatch(/HTTPS_PROXY/);
    expect(likelyCause('TIMEOUT', 'https://slack.com/api/')).toMatch(/no answer in time/);
  });
});

describe('log line key check (test helper)', () => {
  it('sees a key written twice, which JSON.parse hides', () => {
    const line = '{"level":40,"feedUrl":"a","x":{"feedUrl":"n"},"feedUrl":"a","msg":"feed failed"}';
    expect(topLevelKeys(line)).toEqual(['level', 'feedUrl', 'x', 'feedUrl', 'msg']);
    expect(repeatedKeys(line)).toEqual(['feedUrl']);
    expect(repeatedKeys('{"a":"say \\"b\\":1","b":[{"a":1}]}')).toEqual([]);
  });
});
