import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unknownReadout } from '../../src/readout/types.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { eventCallback, postEvent } from '../helpers/slack-request.js';

const SECRET = 'home-chart-secret';
const TOKEN = 'xoxb-home-chart';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Block = {
  type: string;
  text?: { text?: string };
  slack_file?: { id?: string };
  alt_text?: string;
};

/** A date `daysAgo` days before now, as a readout's date (the Home chart covers 12 months to today). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The App Home's relation chart through the real app: the `serve` process, a signed
 * `app_home_opened` event, and the fake Slack on loopback. The chart goes up by the external
 * upload flow and the Home names the uploaded file in an image block; when Slack refuses the
 * upload (no `files:write`), the Home still shows the relation with a line saying why.
 */
describe('App Home chart: uploaded and shown by the running app', () => {
  let slack: FakeSlack;
  let app: AppProcess;
  let dir: string;

  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN });
    dir = mkdtempSync(join(tmpdir(), 'readout-home-chart-'));
    // Three japan-us readouts in the last 12 months, and a channel subscribed to the relation.
    const store = openSqliteStore(join(dir, 'r.db'));
    for (const [i, days] of [200, 40, 3].entries())
      await store.insertReadout({
        feedUrl: 'https://feeds.example/rss',
        itemKey: `h-${i}`,
        link: `https://www.mofa.go.jp/h${i}.html`,
        itemPublishedAt: null,
        itemTitle: null,
        itemSummary: null,
        readout: unknownReadout({
          source: 'mofa',
          kind: 'telephone',
          date: daysAgo(days),
          relation: 'japan-us',
          countries: ['JP', 'US'],
          title: `Japan-U.S. Summit Telephone Talk ${i + 1}`,
        }),
        partial: false,
        pageAttempts: 1,
        lastPageError: null,
        announce: false,
      });
    await store.addSubscription({
      channel: 'C0HOME',
      target: 'japan-us',
      kind: null,
      level: null,
      createdBy: 'U1',
    });
    await store.close();
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: '',
      READOUT_POLL_CRON: '0 0 1 1 *',
    });
    await app.waitForLog(/Readout is listening/);
  });
  afterAll(async () => {
    await app.stop('SIGKILL');
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const openHome = async (user: string): Promise<Block[]> => {
    slack.reset();
    await postEvent(
      app.url,
      SECRET,
      eventCallback({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home' }),
    );
    const [publish] = await slack.waitForCalls('views.publish', 1, { timeoutMs: 15_000 });
    expect(publish?.args.user_id).toBe(user);
    return (publish?.args.view as { blocks: Block[] } | undefined)?.blocks ?? [];
  };
  const texts = (blocks: Block[]) => blocks.map((b) => b.text?.text ?? '').join('\n');

  it('shows the relation without a chart, and says why, when Slack refuses the upload (no files:write)', async () => {
    slack.setScopes(['commands', 'chat:write', 'im:write', 'users:read']);
    const blocks = await openHome('UREFUSED');
    expect(texts(blocks)).toContain('*japan-us* · last contact');
    expect(texts(blocks)).toContain('3 in 12 months');
    expect(texts(blocks)).toContain('lacks the `files:write` permission');
    expect(blocks.filter((b) => b.type === 'image')).toEqual([]);
    expect(slack.files()).toEqual([]);
    // The refused step is the first of the flow: nothing was completed.
    expect(slack.callsTo('files.completeUploadExternal')).toEqual([]);
  });

  it('uploads the chart (URL, bytes, complete) before publishing a Home whose image block names the file', async () => {
    slack.setScopes(undefined);
    const blocks = await openHome('UHOME');
    const order = slack.calls
      .map((c) => c.method)
      .filter((m) =>
        ['files.getUploadURLExternal', 'files.completeUploadExternal', 'views.publish'].includes(m),
      );
    expect(order).toEqual(['files.getUploadURLExternal', 'files.completeUploadExternal', 'views.publish']);
    const [file] = slack.files();
    expect(file?.completed).toBe(true);
    expect(file?.filename).toMatch(/^readout-japan-us-\d{4}-\d{2}\.png$/);
    expect(file?.bytes?.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(file?.bytes?.length).toBe(file?.length);
    const images = blocks.filter((b) => b.type === 'image');
    expect(images.map((b) => b.slack_file?.id)).toEqual([file?.id]);
    // The file carries the counts in words; the block says what the chart is.
    expect(file?.altText).toContain('japan-us: 3 readouts in the 12 months');
    expect(images[0]?.alt_text).toContain('japan-us');
    expect(texts(blocks)).not.toContain('files:write');
  });

  it('opening the Home again shows the same file, not a second upload', async () => {
    const [first] = slack.files();
    const blocks = await openHome('UHOME');
    expect(slack.callsTo('files.getUploadURLExternal')).toEqual([]);
    expect(blocks.filter((b) => b.type === 'image').map((b) => b.slack_file?.id)).toEqual([first?.id]);
  });
});
