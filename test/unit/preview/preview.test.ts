import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  exampleHomeInput,
  previewThread,
  renderHomePage,
  renderPostPage,
  renderThreadReply,
} from '../../../src/preview/preview.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import type { Readout } from '../../../src/readout/types.js';
import type { RenderInput } from '../../../src/render/blocks.js';

const pages = join(import.meta.dirname, '../../../fixtures/pages');
const fixture = (path: string): Readout => parseReadout({ content: readFileSync(join(pages, path), 'utf8') });
const input = (readout: Readout, id: string): RenderInput => ({ id, readout, link: '', partial: false });

const mofa = input(fixture('mofa/2021-10-05-japan-us-telephone-numbered.html'), '1');
const whitehouse = input(fixture('whitehouse/2021-10-04-japan-us-call-biden-kishida-today.html'), '2');
const options = { timeZone: 'UTC' };

const textOf = (html: string, selector: string) =>
  [...parseHTML(html).document.querySelectorAll(selector)].map((e) =>
    (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

/** A readout whose second key point is longer than a Slack section takes. */
function longReadout(): RenderInput {
  const long = `${'The leaders discussed the situation in the region at length. '.repeat(60)}The end of point two.`;
  return input(
    {
      ...mofa.readout,
      keyPoints: [
        { n: 1, heading: null, text: 'A short point.', subPoints: [] },
        { n: 2, heading: null, text: long, subPoints: [] },
      ],
    },
    '7',
  );
}

describe('previewThread', () => {
  it('has no replies for a readout that fits in its post', () => {
    expect(previewThread([mofa], options).replies).toEqual([]);
  });

  it('puts a key point too long for the post, whole, into the thread', () => {
    const long = longReadout();
    const { post, replies } = previewThread([long], options);
    expect(post.overflow?.map((p) => p.n)).toEqual([2]);
    expect(replies.length).toBeGreaterThan(0);
    const html = renderPostPage([long], options);
    const thread = textOf(html, '.thread .message .blocks').slice(1).join(' ');
    expect(thread).toContain('The end of point two.');
    expect(textOf(html, '.messages .reply-count')).toEqual([
      `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}`,
    ]);
  });

  it('shows each further readout as a reply in the first one’s thread', () => {
    const { post, replies } = previewThread([mofa, whitehouse], options);
    expect(post.metadata?.event_payload.readout_id).toBe('1');
    expect(replies).toHaveLength(1);
    const html = renderPostPage([mofa, whitehouse], options);
    // The reply is the comparison the app posts in the thread, not a second copy of a post.
    expect(textOf(html, '.thread .b-header')).toEqual(['Japan-U.S. Summit Telephone Talk']);
    const thread = textOf(html, '.thread')[0] ?? '';
    expect(thread).toContain('The White House readout of the same telephone talk');
    expect(thread).toContain('White House: Mon 4 Oct 2021, start time not stated');
    expect(textOf(html, '.messages .b-header')).toEqual(['Japan-U.S. Summit Telephone Talk']);
  });
});

describe('renderThreadReply', () => {
  it('is the comparison the app posts in the thread: both sides’ facts and what only one reports', () => {
    const [reply, ...more] = renderThreadReply(mofa, whitehouse, options);
    expect(more).toEqual([]);
    expect(reply?.metadata?.event_type).toBe('readout_posted');
    const json = JSON.stringify(reply?.blocks);
    expect(json).toContain('The White House readout of the same telephone talk');
    expect(json).toContain('MOFA: about 20 min');
    expect(json).toContain('Only in the White House readout');
    expect(json).toContain('Only in the MOFA readout');
  });
});

describe('renderHomePage', () => {
  const now = new Date('2026-11-27T10:00:00Z');

  it('shows the given readouts as the latest, with example subscriptions and feed health', () => {
    const html = renderHomePage([mofa, whitehouse], now);
    const text = textOf(html, '.home-view')[0] ?? '';
    expect(text).toContain('Tue 5 Oct 2021 · telephone talk · Japan-U.S. Summit Telephone Talk');
    expect(text).toContain('Readout of President Joe Biden’s Call with Prime Minister Kishida of Japan');
    expect(text).toContain('#readouts: all');
    expect(text).toContain('#asia-desk: japan-korea (telephone only)');
    expect(text).toContain('30 failed polls: HTTP 403 Forbidden');
    expect(text).toContain('Next poll: 2026-11-27 10:06 UTC');
  });

  it('says there is no readout yet when given none', () => {
    expect(textOf(renderHomePage([], now), '.home-view')[0]).toContain('No readout yet.');
    expect(exampleHomeInput([], now).latest).toEqual([]);
  });
});
