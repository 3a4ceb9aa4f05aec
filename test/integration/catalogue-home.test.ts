import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogueAddAction } from '../../handlers/actions/catalogue-add.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { type AppProcess, startApp } from '../helpers/app-process.js';
import { type FakeSlack, startFakeSlack } from '../helpers/fake-slack.js';
import { type FeedServer, startFeedServer } from '../helpers/feed-server.js';
import { eventCallback, postEvent, postInteraction } from '../helpers/slack-request.js';

const SECRET = 'catalogue-secret';
const TOKEN = 'xoxb-catalogue';
const FCDO = 'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office.atom';
const atom = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Foreign, Commonwealth &amp; Development Office - Activity on GOV.UK</title><id>urn:x</id><updated>2026-11-26T10:00:00Z</updated>
<entry><id>urn:e1</id><title>Foreign Secretary call with the Foreign Minister of Japan</title><link rel="alternate" type="text/html" href="https://www.gov.uk/government/news/fs-call-japan"/><updated>2026-11-26T10:00:00Z</updated><summary>A short line.</summary></entry></feed>`;

type View = { blocks: { accessory?: { action_id?: string; value?: string }; text?: { text?: string } }[] };
const addButtons = (view: View) =>
  view.blocks.flatMap((b) => (b.accessory?.action_id === 'catalogue_add' ? [b.accessory.value] : []));

describe('the App Home catalogue: an admin adds a source with its Add button', () => {
  let slack: FakeSlack;
  let feeds: FeedServer;
  let app: AppProcess;
  let dir: string;

  beforeAll(async () => {
    slack = await startFakeSlack({
      token: TOKEN,
      users: { UADMIN: { name: 'ada', is_admin: true }, UMEMBER: { name: 'mei' } },
    });
    feeds = await startFeedServer();
    feeds.template(
      '/operator.xml',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Operator</title><link>http://x/</link><description>d</description></channel></rss>',
    );
    dir = mkdtempSync(join(tmpdir(), 'readout-cat-home-'));
    app = await startApp(['serve'], {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: join(dir, 'r.db'),
      READOUT_FEEDS: feeds.url('/operator.xml'),
      READOUT_POLL_CRON: '0 0 1 1 *',
    });
    await app.waitForLog(/Readout is listening/);
  });
  afterAll(async () => {
    await app.stop('SIGKILL');
    await slack.close();
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const openHome = async (user: string) => {
    slack.reset();
    await postEvent(
      app.url,
      SECRET,
      eventCallback({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home' }),
    );
    const [publish] = await slack.waitForCalls('views.publish', 1, { timeoutMs: 10_000 });
    return publish?.args.view as View;
  };

  it('shows an admin an Add button per source, a member none', async () => {
    const admin = await openHome('UADMIN');
    expect(addButtons(admin)).toContain('gov-uk-fcdo');
    expect(addButtons(admin)).toContain('kantei');
    expect(addButtons(await openHome('UMEMBER'))).toEqual([]);
  });

  it('answers a member who presses Add (a stale Home) in the Home itself, adding nothing', async () => {
    slack.reset();
    const click = await postInteraction(app.url, SECRET, {
      type: 'block_actions',
      team: { id: 'T0001', domain: 'test' },
      user: { id: 'UMEMBER', username: 'mei', team_id: 'T0001' },
      api_app_id: 'A0READOUT',
      token: 'legacy',
      trigger_id: '1.2.3',
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home' },
      actions: [
        {
          type: 'button',
          action_id: 'catalogue_add',
          block_id: 'b1',
          value: 'gov-uk-fcdo',
          action_ts: '1700000001.000200',
        },
      ],
    });
    expect(click.status).toBe(200);
    const [publish] = await slack.waitForCalls('views.publish', 1, { timeoutMs: 10_000 });
    const view = publish?.args.view as View;
    expect(view.blocks[1]?.text?.text).toMatch(
      /^Only workspace admins and owners can add feeds; you are a member/,
    );
    expect(addButtons(view)).toEqual([]);
  });
});

describe('the Add button’s listener', () => {
  let slack: FakeSlack;
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    slack = await startFakeSlack({ token: TOKEN, users: { UADMIN: { name: 'ada', is_admin: true } } });
    dir = mkdtempSync(join(tmpdir(), 'readout-cat-add-'));
    store = openSqliteStore(join(dir, 'r.db'), () => new Date('2026-11-27T10:00:00Z'));
  });
  afterAll(async () => {
    await store.close();
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks and adds the source as `/readout feeds add <id>` does, then shows the Home again with the answer', async () => {
    const fetched: string[] = [];
    const listener = createCatalogueAddAction({
      store,
      logger: pino({ level: 'silent' }),
      feedUrls: [],
      nextPoll: () => null,
      feeds: {
        operatorFeeds: [],
        allowPrivateNetworks: false,
        firstPollDays: 7,
        // The feed check's network: answered here, never the real GOV.UK.
        check: {
          resolve: async () => ['151.101.0.144'],
          fetch: (async (url: string) => {
            fetched.push(String(url));
            return new Response(atom, { headers: { 'content-type': 'application/atom+xml' } });
          }) as typeof fetch,
        },
      },
    });
    let acked = false;
    await listener({
      ack: async () => {
        acked = true;
      },
      body: { user: { id: 'UADMIN' } },
      action: { type: 'button', action_id: 'catalogue_add', value: 'gov-uk-fcdo' },
      client: new WebClient(TOKEN, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
      context: { teamId: 'T0001' },
    } as unknown as SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs);
    expect(acked).toBe(true);
    expect(fetched).toEqual([FCDO]);
    expect((await store.listFeedSources()).map((s) => [s.url, s.kind, s.addedBy])).toEqual([
      [FCDO, 'atom', 'UADMIN'],
    ]);
    const [publish] = await slack.waitForCalls('views.publish', 1, { timeoutMs: 10_000 });
    expect(publish?.args.user_id).toBe('UADMIN');
    const view = publish?.args.view as View;
    expect(view.blocks[1]?.text?.text).toMatch(
      /^Added `gov-uk-fcdo` \(Foreign, Commonwealth &amp; Development Office/,
    );
    // Now polled: its button is gone, the others stay.
    expect(addButtons(view)).not.toContain('gov-uk-fcdo');
    expect(addButtons(view)).toContain('gov-uk-pm');
  });
});
