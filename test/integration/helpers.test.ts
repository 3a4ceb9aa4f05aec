import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { ErrorCode, WebClient } from '@slack/web-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { postEvent, postSlashCommand, signSlackRequest, slashCommandBody } from '../helpers/slack-request.js';

describe('fake Slack', () => {
  let fake: FakeSlack;
  let client: WebClient;
  beforeAll(async () => {
    fake = await startFakeSlack();
    client = new WebClient('xoxb-test', {
      slackApiUrl: fake.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
  });
  afterEach(() => fake.reset());
  afterAll(() => fake.close());

  it('stores a posted message with blocks and metadata and lists it in history', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Japan–US* [telephone]' } }];
    const metadata = {
      event_type: 'readout_posted',
      event_payload: { readout_id: 'r1', url: 'https://x/1' },
    };
    const posted = await client.chat.postMessage({ channel: 'C1', text: 'fallback', blocks, metadata });
    expect(posted.ts).toMatch(/^\d{10}\.\d{6}$/);
    await client.chat.postMessage({ channel: 'C1', text: 'reply', thread_ts: posted.ts });

    const [root, reply] = fake.messages('C1');
    expect(root).toMatchObject({ channel: 'C1', ts: posted.ts, text: 'fallback', blocks, metadata });
    expect(reply?.thread_ts).toBe(posted.ts);
    expect(Number(reply?.ts)).toBeGreaterThan(Number(root?.ts));
    expect(fake.callsTo('chat.postMessage')[0]?.token).toBe('xoxb-test');

    const history = await client.conversations.history({
      channel: 'C1',
      limit: 10,
      include_all_metadata: true,
    });
    expect(history.messages).toHaveLength(1);
    expect(history.messages?.[0]).toMatchObject({ ts: posted.ts, metadata, reply_count: 1 });
    // Like Slack, metadata is only returned when asked for.
    const bare = await client.conversations.history({ channel: 'C1' });
    expect(bare.messages?.[0]?.metadata).toBeUndefined();

    await client.chat.update({ channel: 'C1', ts: posted.ts as string, text: 'edited' });
    expect(fake.messages('C1')[0]).toMatchObject({ text: 'edited', blocks, metadata, edits: 1 });
  });

  it('injects a 429 and a platform error, storing nothing', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await expect(client.chat.postMessage({ channel: 'C2', text: 'a' })).rejects.toMatchObject({
      code: ErrorCode.RateLimitedError,
      retryAfter: 7,
    });
    await expect(client.chat.postMessage({ channel: 'C2', text: 'b' })).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { error: 'channel_not_found' },
    });
    expect(fake.messages()).toEqual([]);
    expect(fake.calls.map((c) => c.status)).toEqual([429, 200]);
    await client.chat.postMessage({ channel: 'C2', text: 'c' });
    expect(fake.messages()).toHaveLength(1);
  });

  it('rate-limits per channel and checks the token', async () => {
    const strict = await startFakeSlack({ token: 'xoxb-right', ratePerChannelPerSec: 1 });
    try {
      const right = new WebClient('xoxb-right', {
        slackApiUrl: strict.apiUrl,
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
      });
      await right.chat.postMessage({ channel: 'C1', text: '1' });
      await right.chat.postMessage({ channel: 'C2', text: 'other channel' });
      await expect(right.chat.postMessage({ channel: 'C1', text: '2' })).rejects.toMatchObject({
        retryAfter: 1,
      });
      expect(strict.rateLimited).toBe(1);
      const wrong = new WebClient('xoxb-wrong', { slackApiUrl: strict.apiUrl, retryConfig: { retries: 0 } });
      await expect(wrong.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    } finally {
      await strict.close();
    }
  });

  it('records response_url posts and times out clearly', async () => {
    const url = fake.responseUrl('abc');
    const waiting = fake.waitForResponse('abc');
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text":"hi"}',
    });
    expect(await waiting).toEqual({ text: 'hi' });
    await expect(fake.waitForResponse('nobody', 50)).rejects.toThrow(/timed out after 50 ms.*nobody/);
  });
});

describe('signed requests', () => {
  it('matches the example signature in Slack’s documentation', () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V' +
      '&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=' +
      '&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN' +
      '&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signSlackRequest('8f742231b10e8888abcd99yyyzzz85a5', body, 1531420618)).toEqual({
      'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
      'x-slack-request-timestamp': '1531420618',
    });
    const independent = createHmac('sha256', 's3cret').update('v0:1700000000:a=b').digest('hex');
    expect(signSlackRequest('s3cret', 'a=b', 1700000000)['x-slack-signature']).toBe(`v0=${independent}`);
  });

  it('drives a real Bolt HTTP receiver: slash command → respond, events, bad and stale signatures', async () => {
    const secret = 'test-signing-secret';
    const fake = await startFakeSlack({ token: 'xoxb-test' });
    const app = new App({
      token: 'xoxb-test',
      signingSecret: secret,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    });
    app.command('/readout', async ({ ack, respond, command }) => {
      await ack();
      await respond({ text: `you said ${command.text}` });
    });
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    try {
      const responseUrl = fake.responseUrl('cmd1');
      const res = await postSlashCommand(url, secret, { text: 'latest japan-us', response_url: responseUrl });
      expect(res.status).toBe(200);
      expect(await fake.waitForResponse('cmd1')).toEqual({ text: 'you said latest japan-us' });
      expect(fake.callsTo('auth.test')).toHaveLength(1);

      const fields = { text: 'x', response_url: fake.responseUrl() };
      expect((await postSlashCommand(url, secret, fields, { badSignature: true })).status).toBe(401);
      expect((await postSlashCommand(url, secret, fields, { unsigned: true })).status).toBe(401);
      const stale = Math.floor(Date.now() / 1000) - 6 * 60;
      expect((await postSlashCommand(url, secret, fields, { timestamp: stale })).status).toBe(401);

      const challenge = await postEvent(url, secret, { type: 'url_verification', challenge: 'ch4ll' });
      expect(challenge.json).toEqual({ challenge: 'ch4ll' });
      expect(new URLSearchParams(slashCommandBody(fields)).get('command')).toBe('/readout');
    } finally {
      await app.stop();
      await fake.close();
    }
  });
});

describe('feed server', () => {
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await startFeedServer();
  });
  afterAll(() => feeds.close());

  it('answers conditional GETs with 304 by ETag and by Last-Modified', async () => {
    feeds.template('/feed.xml', '<rss><channel><link>{{BASE}}/p/1</link></channel></rss>');
    const first = await fetch(feeds.url('/feed.xml?x=1'));
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/rss+xml');
    expect(await first.text()).toContain(`${feeds.base}/p/1`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const again = await fetch(feeds.url('/feed.xml'), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    feeds.set('/dated', { body: 'hello', etag: false });
    const dated = await fetch(feeds.url('/dated'));
    const lastModified = dated.headers.get('last-modified') ?? '';
    expect(dated.headers.get('etag')).toBeNull();
    const since = await fetch(feeds.url('/dated'), { headers: { 'if-modified-since': lastModified } });
    expect(since.status).toBe(304);
    feeds.set('/dated', { body: 'changed', etag: false });
    const changed = await fetch(feeds.url('/dated'), { headers: { 'if-modified-since': lastModified } });
    expect(changed.status).toBe(200);

    feeds.remove('/feed.xml');
    expect((await fetch(feeds.url('/feed.xml'))).status).toBe(404);
    expect(feeds.count('/feed.xml')).toBe(3);
    expect(feeds.requests[1]).toMatchObject({
      path: '/feed.xml',
      status: 304,
      headers: { 'if-none-match': etag },
    });
  });

  it('serves statuses and closes while a delayed answer is pending', async () => {
    const slow = await startFeedServer();
    slow.set('/gone', { body: 'gone', status: 410 });
    slow.set('/moved', { body: '', status: 301, headers: { Location: '/gone' } });
    slow.set('/slow', { body: 'late', delayMs: 10_000 });
    expect((await fetch(slow.url('/moved'), { redirect: 'manual' })).headers.get('location')).toBe('/gone');
    expect((await fetch(slow.url('/gone'))).status).toBe(410);
    const pending = fetch(slow.url('/slow')).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await slow.close();
    expect(await pending).toBe('failed');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('fake Slack with many workspaces and OAuth', () => {
  let fake: FakeSlack;
  const api = () => new WebClient(undefined, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  beforeAll(async () => {
    fake = await startFakeSlack({
      workspaces: [
        { teamId: 'T1', teamName: 'One', token: 'xoxb-one' },
        { teamId: 'T2', teamName: 'Two', token: 'xoxb-two' },
      ],
      oauth: { clientId: '111.222', clientSecret: 'shh' },
    });
  });
  afterAll(() => fake.close());

  it('issues a workspace token only through oauth.v2.access, with a code that works once', async () => {
    await expect(api().auth.test({ token: 'xoxb-one' })).rejects.toMatchObject({
      data: { error: 'invalid_auth' },
    });
    fake.grantCode('code-1', 'T1', { scope: 'commands,chat:write' });
    await expect(
      api().oauth.v2.access({ client_id: '111.222', client_secret: 'wrong', code: 'code-1' }),
    ).rejects.toMatchObject({ data: { error: 'bad_client_secret' } });
    const granted = await api().oauth.v2.access({
      client_id: '111.222',
      client_secret: 'shh',
      code: 'code-1',
    });
    expect(granted).toMatchObject({
      ok: true,
      access_token: 'xoxb-one',
      token_type: 'bot',
      scope: 'commands,chat:write',
      bot_user_id: 'UBOTT1',
      app_id: 'A0001',
      team: { id: 'T1', name: 'One' },
      enterprise: null,
      is_enterprise_install: false,
      authed_user: { id: 'UINSTALLER' },
    });
    expect(fake.callsTo('oauth.v2.access').at(-1)?.args).toMatchObject({
      client_id: '111.222',
      client_secret: 'shh',
      code: 'code-1',
    });
    await expect(
      api().oauth.v2.access({ client_id: '111.222', client_secret: 'shh', code: 'code-1' }),
    ).rejects.toMatchObject({ data: { error: 'code_already_used' } });
  });

  it('takes the client credentials as HTTP Basic too', async () => {
    fake.grantCode('code-2', 'T2');
    const res = await fetch(`${fake.apiUrl}oauth.v2.access`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('111.222:shh').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'code=code-2',
    });
    expect(await res.json()).toMatchObject({ ok: true, access_token: 'xoxb-two', team: { id: 'T2' } });
  });

  it("answers auth.test and posts as each token's own team, and refuses a revoked token", async () => {
    expect(await api().auth.test({ token: 'xoxb-two' })).toMatchObject({ team_id: 'T2', user_id: 'UBOTT2' });
    await api().chat.postMessage({ token: 'xoxb-one', channel: 'C1', text: 'hi' });
    expect(fake.messages('C1')[0]).toMatchObject({ bot_id: 'BBOTT1' });
    fake.revokeToken('xoxb-one');
    await expect(
      api().chat.postMessage({ token: 'xoxb-one', channel: 'C1', text: 'x' }),
    ).rejects.toMatchObject({
      data: { error: 'token_revoked' },
    });
    await expect(
      api().chat.postMessage({ token: 'xoxb-nobody', channel: 'C1', text: 'x' }),
    ).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    expect(fake.messages('C1')).toHaveLength(1);
  });
});
