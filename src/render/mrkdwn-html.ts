/**
 * Slack mrkdwn → HTML, as the Slack client shows it. Used by the HTML preview only; pure.
 *
 * Slack's rules, in the order they are applied here:
 * - ```` ``` ```` fences make a preformatted block and `` `…` `` a code span; nothing inside either is
 *   formatted (links and mentions still are, as in Slack).
 * - `<…>` is a control sequence: `<url|label>`, `<url>`, `<#C123|name>`, `<@U123>`, `<!here>`,
 *   `<!date^…|fallback>`. Escaped brackets (`&lt;…&gt;`) are text, never a control sequence.
 * - `&amp;`, `&lt;` and `&gt;` are shown as `&`, `<` and `>`; any other `&…;` is shown as written.
 * - `*bold*`, `_italic_`, `~strike~` need a boundary (start, space or punctuation) outside the
 *   marks and a non-space inside; they never span lines.
 * - `:shortcode:` emoji known to the preview become the character; unknown ones stay as text.
 * Every character from the input is HTML-escaped exactly once, so no input can inject markup.
 */

import { lookupTable } from '../app/lookup.js';

/** Names the preview shows for channel and user ids; an unknown id is shown as the id. */
export type MentionNames = {
  channels?: Readonly<Record<string, string>>;
  users?: Readonly<Record<string, string>>;
};

/** The emoji shortcodes the app uses, and some common ones; Slack knows thousands more. */
const EMOJI = lookupTable<string>({
  date: '📅',
  calendar: '📆',
  clock3: '🕒',
  clock1: '🕐',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  speech_balloon: '💬',
  warning: '⚠️',
  white_circle: '⚪',
  red_circle: '🔴',
  large_green_circle: '🟢',
  large_yellow_circle: '🟡',
  large_blue_circle: '🔵',
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  x: '❌',
  link: '🔗',
  memo: '📝',
  newspaper: '📰',
  page_facing_up: '📄',
  telephone_receiver: '📞',
  telephone: '☎️',
  handshake: '🤝',
  video_camera: '📹',
  globe_with_meridians: '🌐',
  earth_asia: '🌏',
  left_right_arrow: '↔️',
  arrow_right: '➡️',
  mag: '🔍',
  bell: '🔔',
  pushpin: '📌',
  thread: '🧵',
  bust_in_silhouette: '👤',
  busts_in_silhouette: '👥',
  information_source: 'ℹ️',
  heavy_minus_sign: '➖',
  heavy_plus_sign: '➕',
  tada: '🎉',
  eyes: '👀',
  jp: '🇯🇵',
  us: '🇺🇸',
  gb: '🇬🇧',
  kr: '🇰🇷',
  cn: '🇨🇳',
});

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Slack's three entities back to characters; any other `&…;` stays as written. */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : '>',
  );
}

/** Text as shown: Slack entities decoded, then HTML-escaped once. */
const shown = (text: string): string => escapeHtml(decodeSlackEntities(text));

/** Plain text (a `plain_text` object): shown exactly as written, emoji shortcodes optionally. */
export function plainTextToHtml(text: string, emoji = false): string {
  const escaped = escapeHtml(text);
  return emoji ? escaped.replace(/:([a-z0-9_+-]+):/g, (all, name: string) => EMOJI[name] ?? all) : escaped;
}

// Private-use characters that stand in for rendered pieces while the formatting marks are read.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

/** A link's href when the scheme is safe to follow, else null (no `javascript:` links). */
function safeHref(raw: string): string | null {
  const url = decodeSlackEntities(raw).trim();
  return /^(https?:\/\/|mailto:)/i.test(url) ? url : null;
}

/** One `<…>` control sequence as HTML. */
function controlToHtml(inner: string, names: MentionNames): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? null : inner.slice(bar + 1);
  if (target.startsWith('#')) {
    const id = target.slice(1);
    const name = label || names.channels?.[id] || id;
    return `<span class="mention channel">#${shown(name)}</span>`;
  }
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const name = label || names.users?.[id] || id;
    return `<span class="mention user">@${shown(name)}</span>`;
  }
  if (target.startsWith('!')) {
    const command = target.slice(1);
    if (command.startsWith('date^')) {
      const epoch = Number(command.split('^')[1]);
      const iso = Number.isFinite(epoch) ? new Date(epoch * 1000).toISOString() : null;
      const text = label ?? command;
      return iso
        ? `<time datetime="${escapeHtml(iso)}">${shown(text)}</time>`
        : `<time>${shown(text)}</time>`;
    }
    if (command.startsWith('subteam^'))
      return `<span class="mention user">${shown(label ?? '@group')}</span>`;
    return `<span class="mention broadcast">@${shown(label ?? command)}</span>`;
  }
  const href = safeHref(target);
  const text = shown(label ?? target.replace(/^mailto:/i, ''));
  return href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${text}</a>` : text;
}

// A formatting mark opens after a boundary and closes before one (Slack's rule, roughly).
const BEFORE = `(^|[\\s>(\\[{"'“‘.,;:!?/—–-]|${CLOSE})`;
const AFTER = `(?=$|[\\s<&)\\]}"'”’.,;:!?/—–-]|${OPEN})`;
const mark = (m: string) => new RegExp(`${BEFORE}\\${m}(?=\\S)([^\\n${m}]*?[^\\s${m}])\\${m}${AFTER}`, 'g');
const MARKS: [RegExp, string][] = [
  [mark('*'), 'b'],
  [mark('_'), 'i'],
  [mark('~'), 's'],
];

/** Inline mrkdwn (no fences) as HTML: control sequences, code spans, emoji, then the marks. */
function inlineToHtml(text: string, names: MentionNames): string {
  const pieces: string[] = [];
  const hold = (html: string) => `${OPEN}${pieces.push(html) - 1}${CLOSE}`;
  let work = text.replace(/`([^`\n]+)`/g, (_, code: string) =>
    hold(`<code>${codeToHtml(code, names)}</code>`),
  );
  work = work.replace(/<([^<>\n]+)>/g, (_, inner: string) => hold(controlToHtml(inner, names)));
  work = work.replace(/:([a-z0-9_+-]+):/g, (all, name: string) => {
    const emoji = EMOJI[name];
    return emoji ? hold(`<span class="emoji" title=":${name}:">${emoji}</span>`) : all;
  });
  let html = shown(work);
  for (const [pattern, tag] of MARKS)
    html = html.replace(pattern, (_, before: string, inner: string) => `${before}<${tag}>${inner}</${tag}>`);
  return html.replace(PLACEHOLDER, (_, i: string) => pieces[Number(i)] ?? '');
}

/** Code: control sequences still rendered, everything else shown as written. */
function codeToHtml(code: string, names: MentionNames): string {
  let html = '';
  let last = 0;
  for (const m of code.matchAll(/<([^<>\n]+)>/g)) {
    html += shown(code.slice(last, m.index));
    html += controlToHtml(m[1] as string, names);
    last = m.index + m[0].length;
  }
  return html + shown(code.slice(last));
}

/**
 * A mrkdwn string as HTML: line breaks kept, `>` quote lines, code fences, inline formatting.
 * Never throws; text that is not valid mrkdwn is shown as text.
 */
export function mrkdwnToHtml(mrkdwn: string, names: MentionNames = {}): string {
  const text = mrkdwn.replace(/[\uE000\uE001]/g, '');
  const out: string[] = [];
  const parts = text.split('```');
  parts.forEach((part, i) => {
    // Odd parts sit between fences; an unclosed last fence is shown as written.
    if (i % 2 === 1 && i < parts.length - 1) {
      out.push(`<pre class="code-block">${codeToHtml(part.replace(/^\n|\n$/g, ''), names)}</pre>`);
      return;
    }
    const segment = i % 2 === 1 ? `\`\`\`${part}` : part;
    if (segment === '') return;
    const lines = segment.split('\n');
    const html: string[] = [];
    let quote: string[] = [];
    const flush = () => {
      if (quote.length > 0) html.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
      quote = [];
    };
    for (const line of lines) {
      // Slack stores a typed ">" as "&gt;" and quotes the line either way.
      const quoted = /^(?:>|&gt;) ?(.*)$/.exec(line);
      if (quoted) quote.push(inlineToHtml(quoted[1] as string, names));
      else {
        flush();
        html.push(inlineToHtml(line, names));
      }
    }
    flush();
    out.push(
      html
        .join('<br>')
        .replace(/<br>(<blockquote>)/g, '$1')
        .replace(/(<\/blockquote>)<br>/g, '$1'),
    );
  });
  return out.join('');
}
