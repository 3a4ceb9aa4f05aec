import { renderHome } from '../home/home-view.js';
import {
  type RenderInput,
  type RenderOptions,
  renderOverflowReplies,
  renderReadout,
  type SlackMessage,
} from '../render/blocks.js';
import {
  DEFAULT_CHROME,
  type PreviewChrome,
  renderChannelPreview,
  renderHomePreview,
} from '../render/html-preview.js';
import { renderPairReply } from '../render/threads.js';
import type { FeedState, StoredReadout, Subscription } from '../store/index.js';

/**
 * What readouts look like in Slack, before anything is posted: the composition behind
 * `readout preview`. Pure: the clock comes in as `now`.
 */

/**
 * The reply another government's readout of the same event gets in the first post's thread:
 * the comparison the app posts there (`renderPairReply`), so the preview and Slack never differ.
 */
export function renderThreadReply(
  first: RenderInput,
  other: RenderInput,
  options: RenderOptions,
): SlackMessage[] {
  return [renderPairReply(first, other, options)];
}

/** The post of the first readout and its thread: its own overflow, then one reply per other readout. */
export function previewThread(
  readouts: readonly RenderInput[],
  options: RenderOptions,
): { post: SlackMessage; replies: SlackMessage[] } {
  const [first, ...others] = readouts;
  if (!first) throw new Error('previewThread needs at least one readout');
  const post = renderReadout(first, options);
  const replies = [
    ...renderOverflowReplies(post.overflow ?? []),
    ...others.flatMap((other) => renderThreadReply(first, other, options)),
  ];
  return { post, replies };
}

/** The standalone HTML page of a post and its thread in a channel. */
export function renderPostPage(
  readouts: readonly RenderInput[],
  options: RenderOptions,
  chrome: PreviewChrome = DEFAULT_CHROME,
): string {
  const { post, replies } = previewThread(readouts, options);
  return renderChannelPreview(post, replies, chrome);
}

/** Channel ids of the example subscriptions, and the names the preview shows for them. */
export const EXAMPLE_CHANNELS: Readonly<Record<string, string>> = {
  C0READOUTS: 'readouts',
  C0ASIADESK: 'asia-desk',
};

const minutes = (n: number) => n * 60_000;

/**
 * App Home input with `readouts` as the latest ones, and an example of subscriptions and feed
 * health (a healthy feed, a failing one, one not polled yet) around `now`.
 */
export function exampleHomeInput(readouts: readonly RenderInput[], now: Date) {
  const at = (offset: number) => new Date(now.getTime() + offset).toISOString();
  const subscriptions: Subscription[] = [
    { id: 1, channel: 'C0READOUTS', target: 'all', kind: null, level: null, createdBy: null },
    { id: 2, channel: 'C0ASIADESK', target: 'japan-korea', kind: 'telephone', level: null, createdBy: null },
    { id: 3, channel: 'C0ASIADESK', target: 'CN', kind: null, level: 'leaders', createdBy: null },
  ];
  const latest: StoredReadout[] = readouts.map((r) => ({
    id: r.id,
    feedUrl: 'preview',
    itemKey: r.id,
    link: r.link,
    itemPublishedAt: null,
    itemTitle: null,
    itemSummary: null,
    readout: r.readout,
    partial: r.partial,
    pageAttempts: 1,
    lastPageError: null,
    announce: true,
    createdAt: at(0),
    updatedAt: at(0),
  }));
  const feed = (url: string, more: Partial<FeedState>): FeedState => ({
    url,
    etag: null,
    lastModified: null,
    firstPolledAt: at(-minutes(60 * 24 * 3)),
    lastFetchedAt: at(-minutes(4)),
    lastSuccessAt: at(-minutes(4)),
    lastStatus: 200,
    lastError: null,
    consecutiveErrors: 0,
    ...more,
  });
  const feedUrls = [
    'https://japan.kantei.go.jp/index-e2.rdf',
    'https://www.mofa.go.jp/mofaj/rss/whatsnew.rdf',
    'https://www.gov.uk/government/organisations/prime-ministers-office-10-downing-street.atom',
  ];
  const feeds: FeedState[] = [
    feed(feedUrls[0] as string, {}),
    feed(feedUrls[1] as string, {
      lastSuccessAt: at(-minutes(60 * 5 + 4)),
      lastStatus: 403,
      lastError: 'HTTP 403 Forbidden',
      consecutiveErrors: 30,
    }),
  ];
  return { subscriptions, latest, feeds, feedUrls, nextPoll: new Date(now.getTime() + minutes(6)) };
}

/** The standalone HTML page of the App Home with `readouts` as the latest ones. */
export function renderHomePage(
  readouts: readonly RenderInput[],
  now: Date,
  chrome: PreviewChrome = DEFAULT_CHROME,
): string {
  const view = renderHome(exampleHomeInput(readouts, now));
  return renderHomePreview(view, {
    ...chrome,
    names: { ...chrome.names, channels: { ...EXAMPLE_CHANNELS, ...chrome.names.channels } },
  });
}
