import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';
import type { Readout } from '../../../src/readout/types.js';
import { type Block, renderReadout } from '../../../src/render/blocks.js';
import { formatDate, participantLine } from '../../../src/render/format.js';
import {
  blocksToHtml,
  blockToHtml,
  DEFAULT_CHROME,
  messageToHtml,
  renderChannelPreview,
  renderHomePreview,
} from '../../../src/render/html-preview.js';

function fragment(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  // biome-ignore lint/style/noNonNullAssertion: the wrapper above always has #root
  return document.getElementById('root')!;
}
const page = (html: string) => parseHTML(html).document;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** The text a reader sees, a line break counted as a space. */
const seen = (element: { innerHTML: string } | null | undefined) =>
  squash(fragment((element?.innerHTML ?? '').replace(/<br>/g, '\n')).textContent);

const seedFile = join(import.meta.dirname, '../../../fixtures/pages/mofa/seed-2018-03-09-telephone.txt');
const seed: Readout = parseReadout({ content: readFileSync(seedFile, 'utf8') });
const SEED_LINK = 'https://www.mofa.go.jp/na/na1/us/page4e_000785.html';

describe('blockToHtml, block by block', () => {
  it('draws a header as plain text, emoji shortcodes left alone when emoji is false', () => {
    const root = fragment(
      blockToHtml({
        type: 'header',
        text: { type: 'plain_text', text: 'Talk :date: *not bold*', emoji: false },
      }),
    );
    expect(root.querySelector('.b-header')?.textContent).toBe('Talk :date: *not bold*');
    expect(root.querySelector('b')).toBeNull();
  });

  it('draws a divider as a rule', () => {
    expect(fragment(blockToHtml({ type: 'divider' })).querySelector('hr')).not.toBeNull();
  });

  it('draws a section: mrkdwn text, two-column fields and a button accessory', () => {
    const root = fragment(
      blockToHtml({
        type: 'section',
        text: { type: 'mrkdwn', text: '*Facts*\nline two' },
        fields: [
          { type: 'mrkdwn', text: '*Date*\nFri 9 Mar 2018' },
          { type: 'plain_text', text: '*Kind* telephone' },
        ],
        accessory: {
          type: 'button',
          text: { type: 'plain_text', text: 'Open' },
          url: 'https://example.org/r',
          style: 'primary',
        },
      }),
    );
    expect(root.querySelector('.b-text b')?.textContent).toBe('Facts');
    const fields = [...root.querySelectorAll('.b-field')];
    expect(fields).toHaveLength(2);
    expect(fields[0]?.querySelector('b')?.textContent).toBe('Date');
    expect(fields[1]?.textContent).toBe('*Kind* telephone');
    const button = root.querySelector('.b-accessory a.button.primary');
    expect(button?.textContent).toBe('Open');
    expect(button?.getAttribute('href')).toBe('https://example.org/r');
  });

  it('draws a context of mrkdwn, plain text and an image, small and grey', () => {
    const root = fragment(
      blockToHtml({
        type: 'context',
        elements: [
          { type: 'image', image_url: 'https://example.org/flag.png', alt_text: 'flag "JP"' },
          { type: 'mrkdwn', text: '<https://example.org|Read the source> (mofa)' },
          { type: 'plain_text', text: 'readout 42' },
        ],
      }),
    );
    const context = root.querySelector('.b-context');
    expect(context?.querySelector('img')?.getAttribute('alt')).toBe('flag "JP"');
    expect(context?.querySelector('a')?.textContent).toBe('Read the source');
    expect(squash(context?.textContent)).toBe('Read the source (mofa)readout 42');
  });

  it('draws actions: buttons in their styles and a select with its placeholder', () => {
    const root = fragment(
      blockToHtml({
        type: 'actions',
        elements: [
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Subscribe' },
            style: 'primary',
            action_id: 'a',
          },
          { type: 'button', text: { type: 'plain_text', text: 'Remove' }, style: 'danger', action_id: 'b' },
          { type: 'button', text: { type: 'plain_text', text: 'Later' }, action_id: 'c' },
          {
            type: 'static_select',
            placeholder: { type: 'plain_text', text: 'Pick a relation' },
            action_id: 'd',
          },
        ],
      }),
    );
    expect([...root.querySelectorAll('.button')].map((b) => `${b.className}:${b.textContent}`)).toEqual([
      'button primary:Subscribe',
      'button danger:Remove',
      'button:Later',
    ]);
    expect(root.querySelector('.select')?.textContent).toContain('Pick a relation');
  });

  it('names a block type it does not draw instead of dropping it', () => {
    expect(fragment(blockToHtml({ type: 'rich_text', elements: [] })).textContent).toContain('rich_text');
  });

  it('never loads an image or follows a button from an unsafe URL', () => {
    const root = fragment(
      blocksToHtml([
        { type: 'image', image_url: 'javascript:alert(1)', alt_text: 'x' },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: 'x' },
          accessory: { type: 'button', text: { type: 'plain_text', text: 'Go' }, url: 'javascript:alert(2)' },
        },
      ]),
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('Go');
  });
});

describe('messageToHtml', () => {
  it('shows the app as sender with the APP badge and the time', () => {
    const root = fragment(messageToHtml({ text: 'fallback', blocks: [{ type: 'divider' }] }, DEFAULT_CHROME));
    expect(root.querySelector('.sender')?.textContent).toBe('Readout');
    expect(root.querySelector('.app-badge')?.textContent).toBe('APP');
    expect(root.querySelector('.time')?.textContent).toBe(DEFAULT_CHROME.time);
    expect(root.querySelector('.avatar')).not.toBeNull();
  });

  it('shows the fallback text as mrkdwn when the message has no blocks', () => {
    const root = fragment(messageToHtml({ text: 'Key points, *continued*', blocks: [] }, DEFAULT_CHROME));
    expect(root.querySelector('.blocks b')?.textContent).toBe('continued');
  });
});

describe('renderChannelPreview of a whole post', () => {
  const message = renderReadout(
    { id: '42', readout: seed, link: SEED_LINK, partial: false },
    { timeZone: 'UTC' },
  );

  it('shows the seed readout as Slack does: title, facts, principals, every key point and the source link', () => {
    const doc = page(renderChannelPreview(message, [], DEFAULT_CHROME));
    const post = doc.querySelector('.messages .message');
    expect(post?.querySelector('.b-header')?.textContent).toBe('Japan–United States telephone talk');
    const text = seen(post);
    expect(text).toContain(`📅 ${formatDate('2018-03-09')}`);
    expect(text).toContain('⏳ about 30 min');
    for (const p of seed.participants) expect(text).toContain(participantLine(p));
    for (const point of seed.keyPoints) expect(text).toContain(`${point.n}. ${squash(point.text)}`);
    expect(post?.querySelector('.b-context a')?.getAttribute('href')).toBe(SEED_LINK);
    // No thread: no reply count and no thread pane.
    expect(doc.querySelector('.thread, .reply-bar')).toBeNull();
    expect(doc.querySelector('.channel-name')?.textContent).toBe('# readouts');
  });

  it('is a standalone page that forbids scripts and carries none', () => {
    const html = renderChannelPreview(message, [], DEFAULT_CHROME);
    const doc = page(html);
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
    expect(doc.querySelector('script, link, iframe')).toBeNull();
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('shows the reply count under the post and the thread beside it when there are replies', () => {
    const replies: { text: string; blocks: Block[] }[] = [
      { text: 'one', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'first reply' } }] },
      { text: 'two', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'second reply' } }] },
    ];
    const doc = page(renderChannelPreview(message, replies, DEFAULT_CHROME));
    expect(doc.querySelector('.messages .reply-count')?.textContent).toBe('2 replies');
    const thread = doc.querySelector('.thread');
    const messages = [...(thread?.querySelectorAll('.message') ?? [])];
    expect(messages).toHaveLength(3);
    expect(messages[0]?.querySelector('.b-header')?.textContent).toBe('Japan–United States telephone talk');
    expect(messages.slice(1).map((m) => squash(m.querySelector('.blocks')?.textContent))).toEqual([
      'first reply',
      'second reply',
    ]);
  });

  it('shows a hostile title and key point as text: no script, no mention, no markup', () => {
    const hostile: Readout = {
      ...seed,
      title: 'Talk <script>alert(1)</script> &lt;!channel&gt; <!here>',
      keyPoints: [{ n: 1, heading: null, text: 'They agreed <!channel> <b>x</b> & *more*', subPoints: [] }],
    };
    const post = renderReadout(
      { id: '1', readout: hostile, link: SEED_LINK, partial: false },
      { timeZone: 'UTC' },
    );
    const html = renderChannelPreview(post, [], DEFAULT_CHROME);
    const doc = page(html);
    expect(doc.querySelector('.messages script, .messages .mention')).toBeNull();
    expect(doc.querySelector('.messages .b-header')?.textContent).toBe(hostile.title);
    expect(squash(doc.querySelector('.messages .blocks')?.textContent)).toContain(
      '1. They agreed <!channel> <b>x</b> & more',
    );
    expect(html).not.toContain('<script>');
    expect(doc.title).toBe('Readout preview: #readouts');
  });
});

describe('renderHomePreview', () => {
  it('shows the Home tab with its blocks and channel names', () => {
    const doc = page(
      renderHomePreview(
        {
          blocks: [
            { type: 'header', text: { type: 'plain_text', text: 'Readout' } },
            { type: 'section', text: { type: 'mrkdwn', text: '• <#C1>: japan-us' } },
          ],
        },
        { ...DEFAULT_CHROME, names: { channels: { C1: 'readouts' } } },
      ),
    );
    expect(doc.querySelector('.tab.active')?.textContent).toBe('Home');
    expect(doc.querySelector('.sidebar li.active')?.textContent).toBe('Readout');
    expect(squash(doc.querySelector('.home-view')?.textContent)).toBe('Readout • #readouts: japan-us');
  });
});
