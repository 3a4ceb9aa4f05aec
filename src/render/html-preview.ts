import type { Block, SlackMessage } from './blocks.js';
import { escapeHtml, type MentionNames, mrkdwnToHtml, plainTextToHtml } from './mrkdwn-html.js';
import { PREVIEW_CSS } from './preview-css.js';

/**
 * Block Kit → HTML, styled like the Slack client, for `readout preview`. Pure: no clock, no I/O;
 * the page is standalone (inline CSS, no script, a Content-Security-Policy that forbids scripts).
 * Every string from a block is escaped once (mrkdwn-html.ts), so a hostile title shows as text.
 */

export type { MentionNames } from './mrkdwn-html.js';

type TextObject = { type?: string; text?: string; emoji?: boolean };
type Element = Record<string, unknown> & { type?: string };

/** Where the preview shows the messages, and what it calls things. */
export type PreviewChrome = {
  /** The workspace name in the sidebar. */
  workspace: string;
  /** The channel the post goes to, without "#". */
  channel: string;
  /** The time shown beside each message, e.g. "9:41 AM". */
  time: string;
  /** Names for `<#C…>` and `<@U…>` mentions. */
  names: MentionNames;
};

export const DEFAULT_CHROME: PreviewChrome = {
  workspace: 'Diplomacy Desk',
  channel: 'readouts',
  time: '9:41 AM',
  names: {},
};

const APP_NAME = 'Readout';

function isText(value: unknown): value is TextObject {
  return typeof value === 'object' && value !== null && typeof (value as TextObject).text === 'string';
}

/** A text object (mrkdwn or plain_text) as HTML; anything else as nothing. */
function textToHtml(value: unknown, names: MentionNames): string {
  if (!isText(value)) return '';
  return value.type === 'mrkdwn'
    ? mrkdwnToHtml(value.text ?? '', names)
    : plainTextToHtml(value.text ?? '', value.emoji !== false);
}

/** An http(s) or data: image URL, else null. */
function imageUrl(value: unknown): string | null {
  return typeof value === 'string' && /^(https?:\/\/|data:image\/)/i.test(value) ? value : null;
}

function imageToHtml(element: Element, className: string): string {
  const src = imageUrl(element.image_url);
  const alt = typeof element.alt_text === 'string' ? element.alt_text : '';
  return src
    ? `<img class="${className}" src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">`
    : `<span class="${className} missing" title="${escapeHtml(alt)}"></span>`;
}

/** An interactive element (button, menu, date picker…) as it looks, not as it works. */
function elementToHtml(element: Element, names: MentionNames): string {
  switch (element.type) {
    case 'button': {
      const style = element.style === 'primary' || element.style === 'danger' ? ` ${element.style}` : '';
      const label = textToHtml(element.text, names);
      const url = typeof element.url === 'string' && /^https?:\/\//i.test(element.url) ? element.url : null;
      return url
        ? `<a class="button${style}" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${label}</a>`
        : `<span class="button${style}">${label}</span>`;
    }
    case 'image':
      return imageToHtml(element, 'accessory-image');
    case 'overflow':
      return '<span class="button overflow" aria-label="More actions">⋯</span>';
    case 'datepicker':
    case 'timepicker':
    case 'datetimepicker': {
      const value =
        typeof element.initial_date === 'string'
          ? escapeHtml(element.initial_date)
          : typeof element.initial_time === 'string'
            ? escapeHtml(element.initial_time)
            : textToHtml(element.placeholder, names) || 'Select a date';
      return `<span class="select">${value}<span class="caret">▾</span></span>`;
    }
    default: {
      if (typeof element.type === 'string' && /select$/.test(element.type)) {
        const initial = (element.initial_option as { text?: unknown } | undefined)?.text;
        const label = textToHtml(initial ?? element.placeholder, names) || 'Select an item';
        return `<span class="select">${label}<span class="caret">▾</span></span>`;
      }
      return `<span class="unsupported">${escapeHtml(String(element.type ?? 'element'))}</span>`;
    }
  }
}

/** One block as HTML. A block type the preview does not know is named, never dropped silently. */
export function blockToHtml(block: Block, names: MentionNames = {}): string {
  const b = block as Element;
  switch (b.type) {
    case 'header':
      return `<div class="b-header">${textToHtml(b.text, names)}</div>`;
    case 'divider':
      return '<hr class="b-divider">';
    case 'section': {
      const text = isText(b.text) ? `<div class="b-text">${textToHtml(b.text, names)}</div>` : '';
      const fields = Array.isArray(b.fields)
        ? `<div class="b-fields">${b.fields.map((f) => `<div class="b-field">${textToHtml(f, names)}</div>`).join('')}</div>`
        : '';
      const accessory =
        b.accessory && typeof b.accessory === 'object'
          ? `<div class="b-accessory">${elementToHtml(b.accessory as Element, names)}</div>`
          : '';
      return `<div class="b-section"><div class="b-main">${text}${fields}</div>${accessory}</div>`;
    }
    case 'context': {
      const elements = Array.isArray(b.elements) ? (b.elements as Element[]) : [];
      const parts = elements.map((e) =>
        e.type === 'image'
          ? imageToHtml(e, 'context-image')
          : `<span class="context-text">${textToHtml(e, names)}</span>`,
      );
      return `<div class="b-context">${parts.join('')}</div>`;
    }
    case 'actions': {
      const elements = Array.isArray(b.elements) ? (b.elements as Element[]) : [];
      return `<div class="b-actions">${elements.map((e) => elementToHtml(e, names)).join('')}</div>`;
    }
    case 'image': {
      const title = isText(b.title) ? `<div class="image-title">${textToHtml(b.title, names)}</div>` : '';
      return `<div class="b-image">${title}${imageToHtml(b, 'block-image')}</div>`;
    }
    default:
      return `<div class="b-unsupported">A <code>${escapeHtml(String(b.type ?? 'unknown'))}</code> block, which the preview does not draw.</div>`;
  }
}

/** Blocks as HTML, in order. */
export function blocksToHtml(blocks: readonly Block[], names: MentionNames = {}): string {
  return blocks.map((b) => blockToHtml(b, names)).join('\n');
}

/** The app's avatar: a square of our own design (two speech bubbles, the two sides of a call). */
const AVATAR = `<svg class="avatar" viewBox="0 0 36 36" aria-hidden="true"><rect width="36" height="36" rx="8" fill="#1f4e79"/><path d="M7 9h15a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3h-9l-5 4v-4H7a3 3 0 0 1-3-3v-7a3 3 0 0 1 3-3z" fill="#fff"/><path d="M27 15h2a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3h-1v3l-4-3h-6a3 3 0 0 1-3-3v-0.5h6a5 5 0 0 0 5-5z" fill="#9cc3e6"/><rect x="8" y="13" width="13" height="2" rx="1" fill="#1f4e79"/><rect x="8" y="17" width="9" height="2" rx="1" fill="#1f4e79"/></svg>`;

/** One message as the client shows it: avatar, "Readout" with the APP badge and time, the blocks. */
export function messageToHtml(
  message: Pick<SlackMessage, 'text' | 'blocks'>,
  chrome: Pick<PreviewChrome, 'time' | 'names'>,
  extra = '',
): string {
  const body =
    message.blocks.length > 0
      ? blocksToHtml(message.blocks, chrome.names)
      : `<div class="b-text">${mrkdwnToHtml(message.text, chrome.names)}</div>`;
  return `<div class="message">
<div class="gutter">${AVATAR}</div>
<div class="content">
<div class="byline"><span class="sender">${APP_NAME}</span><span class="app-badge">APP</span><span class="time">${escapeHtml(chrome.time)}</span></div>
<div class="blocks">${body}</div>${extra}
</div>
</div>`;
}

const replyCount = (n: number) => `${n} ${n === 1 ? 'reply' : 'replies'}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${PREVIEW_CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

type SidebarActive = { kind: 'channel'; name: string } | { kind: 'app' };

function sidebar(chrome: PreviewChrome, active: SidebarActive): string {
  const channels = [...new Set(['general', chrome.channel, 'asia-desk'])];
  const item = (label: string, on: boolean, icon: string) =>
    `<li class="${on ? 'active' : ''}"><span class="icon">${icon}</span>${escapeHtml(label)}</li>`;
  return `<nav class="sidebar">
<div class="workspace">${escapeHtml(chrome.workspace)}<span class="chevron">⌄</span></div>
<div class="sidebar-section">Channels</div>
<ul>${channels.map((c) => item(c, active.kind === 'channel' && active.name === c, '#')).join('')}</ul>
<div class="sidebar-section">Apps</div>
<ul><li class="${active.kind === 'app' ? 'active' : ''}"><span class="icon mini">${AVATAR}</span>${APP_NAME}</li></ul>
</nav>`;
}

function topbar(chrome: PreviewChrome): string {
  return `<header class="topbar"><div class="search">Search ${escapeHtml(chrome.workspace)}</div></header>`;
}

/**
 * A standalone HTML page: the post in its channel as Slack shows it and, when there are replies,
 * the reply count under it and the open thread beside it.
 */
export function renderChannelPreview(
  post: Pick<SlackMessage, 'text' | 'blocks'>,
  replies: readonly Pick<SlackMessage, 'text' | 'blocks'>[],
  chrome: PreviewChrome = DEFAULT_CHROME,
): string {
  const summary =
    replies.length > 0
      ? `<div class="reply-bar"><span class="reply-avatars">${AVATAR}</span><span class="reply-count">${replyCount(replies.length)}</span><span class="reply-last">Last reply today at ${escapeHtml(chrome.time)}</span></div>`
      : '';
  const channel = `<main class="pane">
<div class="channel-header"><span class="channel-name"># ${escapeHtml(chrome.channel)}</span></div>
<div class="messages">
<div class="day-divider"><span>Today</span></div>
${messageToHtml(post, chrome, summary)}
</div>
<div class="composer">Message #${escapeHtml(chrome.channel)}</div>
</main>`;
  const thread =
    replies.length > 0
      ? `<aside class="thread">
<div class="thread-header"><span class="thread-title">Thread</span><span class="thread-channel"># ${escapeHtml(chrome.channel)}</span></div>
<div class="thread-messages">
${messageToHtml(post, chrome)}
<div class="replies-divider"><span>${replyCount(replies.length)}</span></div>
${replies.map((r) => messageToHtml(r, chrome)).join('\n')}
</div>
<div class="composer">Reply…</div>
</aside>`
      : '';
  return page(
    `Readout preview: #${chrome.channel}`,
    `<div class="app${replies.length > 0 ? ' with-thread' : ''}">
${topbar(chrome)}
<div class="workspace-body">
${sidebar(chrome, { kind: 'channel', name: chrome.channel })}
${channel}
${thread}
</div>
</div>`,
  );
}

/** A standalone HTML page: the app's Home tab as Slack shows it. */
export function renderHomePreview(
  view: { blocks: readonly Block[] },
  chrome: PreviewChrome = DEFAULT_CHROME,
): string {
  return page(
    'Readout preview: App Home',
    `<div class="app">
${topbar(chrome)}
<div class="workspace-body">
${sidebar(chrome, { kind: 'app' })}
<main class="pane home">
<div class="app-header"><span class="app-avatar">${AVATAR}</span><span class="app-title">${APP_NAME}</span></div>
<div class="tabs"><span class="tab active">Home</span><span class="tab">Messages</span><span class="tab">About</span></div>
<div class="home-view"><div class="blocks">${blocksToHtml(view.blocks, chrome.names)}</div></div>
</main>
</div>
</div>`,
  );
}
