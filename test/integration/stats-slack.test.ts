import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Participant, unknownReadout } from '../../src/readout/types.js';
import { openStore } from '../../src/store/index.js';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { postInteraction, postSlashCommand } from '../helpers/slack-request.js';

const TOKEN = 'xoxb-stats-test';
const SECRET = 'stats-signing-secret';
const CHANNEL = 'C0STATS';

type Block = { type: string; slack_file?: { id: string }; elements?: { text?: string; value?: string }[] };
type Answer = { response_type?: string; text?: string; blocks?: Block[]; replace_original?: boolean };

const who = (name: string, title: string, country: string): Participant => ({
  name,
  honorific: null,
  title,
  country,
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const contextText = (blocks: Block[] | undefined) =>
  (blocks ?? [])
    .filter((b) => b.type === 'context')
    .flatMap((b) => b.elements ?? [])
    .map((e) => e.text)
    .join('\n');

describe('/readout … stats through the real app: figures at once, the chart uploaded to a fake Slack', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;
  let n = 0;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    feeds = await startFeedServer();
    feeds.set('/empty.xml', {
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
      contentType: 'application/rss+xml',
    });
    dir = mkdtempSync(join(tmpdir(), 'readout-stats-slack-'));
    const store = openStore(join(dir, 'readout.db'));
    for (let i = 0; i < 12; i++)
      await store.insertReadout({
        feedUrl: 'https://feeds.example/rss',
        itemKey: `guid-${i}`,
        link: `https://www.mofa.go.jp/p${i}.html`,
        itemPublishedAt: null,
        itemTitle: null,
        itemSummary: null,
        readout: unknownReadout({
          source: 'mofa',
          date: `2024-${String(i + 1).padStart(2, '0')}-15`,
          kind: i % 3 === 0 ? 'telephone' : 'meeting',
          durationMinutes: i % 4 === 0 ? null : 20 + i * 5,
          relation: 'japan-us',
          countries: ['JP', 'US'],
          participants: [who('Fumio Kishida', 'Prime Minister', 'JP'), who('Joe Biden', 'President', 'US')],
          keyPoints: [{ n: 1, heading: null, text: 'They discussed the Indo-Pacific.', subPoints: [] }],
        }),
        partial: false,
        pageAttempts: 0,
        lastPageError: null,
        announce: true,
      });
    await store.close();
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'readout.db'),
      READOUT_FEEDS: feeds.url('/empty.xml'),
      READOUT_POLL_CRON: '0 0 1 1 *',
      READOUT_TIMEZONE: 'UTC',
    });
    await app.waitForLog(/Readout is listening/);
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await slack?.close();
    await feeds?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => slack.setScopes(undefined));

  const stats = async (text: string) => {
    const id = `stats-${++n}`;
    const res = await postSlashCommand(app.url, SECRET, {
      text,
      channel_id: CHANNEL,
      user_id: 'U0ANN',
      response_url: slack.responseUrl(id),
    });
    expect(res.status).toBe(200);
    return { id, ack: res.json as Answer, ms: res.ms };
  };
  /** The first `n` posts to a response URL. */
  const responses = async (id: string, n: number) =>
    (await slack.waitFor(() => (slack.responses(id).length >= n ? slack.responses(id) : undefined), {
      timeoutMs: 20_000,
      what: `${n} responses to ${id}`,
    })) as Answer[];

  it('acks at once, answers the figures, then replaces them with figures and the uploaded chart', async () => {
    const { id, ack, ms } = await stats('japan-us stats 2024');
    expect(ms).toBeLessThan(3000);
    expect(ack).toEqual({ response_type: 'ephemeral', text: 'Counting the readouts…' });
    const [figures, later] = (await responses(id, 2)) as [Answer, Answer];
    expect(figures.replace_original).toBe(true);
    expect(JSON.stringify(figures.blocks)).toContain('*12 readouts*: 4 telephone talks, 8 meetings');
    expect(contextText(figures.blocks)).toContain('Drawing the chart');
    expect(figures.blocks?.some((b) => b.type === 'image')).toBe(false);
    expect(figures.blocks?.at(-1)?.elements?.[0]?.value).toBe('japan-us stats 2024');

    expect(later.replace_original).toBe(true);
    const image = later.blocks?.find((b) => b.type === 'image');
    const [file] = slack.files();
    expect(image?.slack_file).toEqual({ id: file?.id });
    expect(file?.completed).toBe(true);
    // The external upload flow, in order, and nothing shared to a channel.
    const methods = slack.calls.map((c) => c.method).filter((m) => m.startsWith('files.'));
    expect(methods).toEqual(['files.getUploadURLExternal', 'files.completeUploadExternal']);
    expect(slack.callsTo('files.completeUploadExternal')[0]?.args.channel_id).toBeUndefined();
    const bytes = file?.bytes as Buffer;
    expect(bytes.length).toBe(file?.length);
    expect(bytes.length).toBeLessThan(150 * 1024);
    expect(pngSize(bytes)).toEqual({ width: 1000, height: 560 });
    expect(JSON.stringify(later.blocks)).toContain('*12 readouts*');
    expect(contextText(later.blocks)).not.toContain('Drawing the chart');
    expect(later.blocks?.at(-1)?.elements?.[0]?.value).toBe('japan-us stats 2024');
  });

  it('still answers the figures when files:write is refused, with a line saying why', async () => {
    slack.setScopes(['commands', 'chat:write']);
    const before = slack.files().length;
    const { id } = await stats('us-japan stats');
    const [figures, later] = (await responses(id, 2)) as [Answer, Answer];
    expect(JSON.stringify(figures.blocks)).toContain('*12 readouts*');
    expect(slack.callsTo('files.getUploadURLExternal').at(-1)?.error).toBe('missing_scope');
    expect(later.blocks?.some((b) => b.type === 'image')).toBe(false);
    expect(JSON.stringify(later.blocks)).toContain('*12 readouts*');
    expect(contextText(later.blocks)).toContain('lacks the `files:write` permission');
    expect(slack.files().length).toBe(before);
  });

  it('shares the figures and chart in the channel with the button', async () => {
    const { id } = await stats('japan-us stats 2024');
    const [figures] = (await responses(id, 1)) as [Answer];
    const button = figures.blocks?.at(-1)?.elements?.[0] as { value: string };
    const responseUrl = slack.responseUrl('share-stats');
    const click = await postInteraction(app.url, SECRET, {
      type: 'block_actions',
      team: { id: 'T0001', domain: 'test' },
      user: { id: 'U0ANN', username: 'ann', team_id: 'T0001' },
      api_app_id: 'A0READOUT',
      token: 'legacy',
      trigger_id: '1.2.3',
      container: {
        type: 'message',
        message_ts: '1700000000.000100',
        channel_id: CHANNEL,
        is_ephemeral: true,
      },
      channel: { id: CHANNEL, name: 'diplomacy' },
      response_url: responseUrl,
      actions: [
        {
          type: 'button',
          action_id: 'readout_share',
          block_id: 'readout_share',
          value: button.value,
          text: { type: 'plain_text', text: 'Share in channel' },
          action_ts: '1700000001.000200',
        },
      ],
    });
    expect(click.status).toBe(200);
    const shared = (await slack.waitForResponse('share-stats', 20_000)) as Answer;
    expect(shared.response_type).toBe('in_channel');
    expect(shared.blocks?.some((b) => b.type === 'image')).toBe(true);
    expect(contextText(shared.blocks)).toContain('Shared by <@U0ANN>');
  });

  it('answers a span with no readout without a chart or a button', async () => {
    const { id } = await stats('japan-us stats 2005');
    const [answer] = (await responses(id, 1)) as [Answer];
    expect(answer).toEqual({
      response_type: 'ephemeral',
      text: 'No japan-us readout of an event in 2005.',
      replace_original: true,
    });
  });
});
