import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';
import type { KeyPoint, Readout } from '../../../src/readout/types.js';
import { type Block, LIMITS, type RenderInput, renderReadout } from '../../../src/render/blocks.js';
import { escapeMrkdwn, formatDuration, formatStart, mrkdwnLink } from '../../../src/render/format.js';
import { renderReadoutText } from '../../../src/render/text.js';

const seedFile = join(import.meta.dirname, '../../../fixtures/pages/mofa/seed-2018-03-09-telephone.txt');
const seed: Readout = parseReadout({ content: readFileSync(seedFile, 'utf8') });
const SEED_LINK = 'https://www.mofa.go.jp/na/na1/us/page4e_000785.html';

const input = (readout: Readout, more: Partial<RenderInput> = {}): RenderInput => ({
  id: '42',
  readout,
  link: SEED_LINK,
  partial: false,
  ...more,
});

type TextHolder = { type?: string; text?: string | { type: string; text: string }; elements?: TextHolder[] };

/** Every text object in the blocks, with its type (mrkdwn or plain_text). */
function textObjects(blocks: Block[]): { type: string; text: string; block: string }[] {
  const out: { type: string; text: string; block: string }[] = [];
  for (const raw of blocks) {
    const block = raw as TextHolder;
    if (block.text && typeof block.text === 'object')
      out.push({ type: block.text.type, text: block.text.text, block: String(block.type) });
    for (const element of block.elements ?? [])
      if (typeof element.text === 'string')
        out.push({ type: String(element.type), text: element.text, block: String(block.type) });
  }
  return out;
}

const mrkdwnTexts = (blocks: Block[]) => textObjects(blocks).filter((t) => t.type === 'mrkdwn');

const points = (count: number, text: (i: number) => string): KeyPoint[] =>
  Array.from({ length: count }, (_, i) => ({ n: i + 1, heading: null, text: text(i + 1), subPoints: [] }));

describe('renderReadout of the seed readout', () => {
  it('matches the snapshot with times shown in UTC', () => {
    expect(renderReadout(input(seed), { timeZone: 'UTC' })).toMatchSnapshot();
  });

  it('matches the snapshot with times shown in Asia/Tokyo', () => {
    expect(renderReadout(input(seed), { timeZone: 'Asia/Tokyo' })).toMatchSnapshot();
  });

  it('starts with a header and shows the facts, the principals and every key point in order', () => {
    const message = renderReadout(input(seed), { timeZone: 'UTC' });
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    const texts = mrkdwnTexts(message.blocks).map((t) => t.text);
    expect(texts[0]).toBe(
      ':date: Fri 9 Mar 2018   :clock3: around 08:50 JST (23:50 UTC on Thu 8 Mar)   :hourglass_flowing_sand: about 30 min   :speech_balloon: telephone talk',
    );
    expect(texts[1]).toBe(
      '🇯🇵 Shinzo Abe, Prime Minister of Japan\n🇺🇸 Donald Trump, President of the United States of America',
    );
    const numbered = texts.filter((t) => /^\*\d\.\*/.test(t)).map((t) => t.slice(0, 4));
    expect(numbered).toEqual(['*1.*', '*2.*', '*3.*', '*4.*', '*5.*']);
  });

  it('always sets the fallback text', () => {
    const message = renderReadout(input(seed), { timeZone: 'UTC' });
    expect(message.text).toBe(
      'Japan–United States telephone talk · Fri 9 Mar 2018 · Shinzo Abe and Donald Trump',
    );
    const bare: Readout = {
      ...seed,
      title: null,
      date: null,
      participants: [],
      countries: [],
      keyPoints: [],
    };
    expect(renderReadout(input(bare), { timeZone: 'UTC' }).text.length).toBeGreaterThan(0);
  });

  it('carries readout_posted metadata with the readout id and the page URL', () => {
    expect(renderReadout(input(seed), { timeZone: 'UTC' }).metadata).toEqual({
      event_type: 'readout_posted',
      event_payload: { readout_id: '42', url: SEED_LINK },
    });
    const own = { ...seed, url: 'https://www.mofa.go.jp/own.html' };
    expect(renderReadout(input(own), { timeZone: 'UTC' }).metadata?.event_payload).toEqual({
      readout_id: '42',
      url: 'https://www.mofa.go.jp/own.html',
    });
  });
});

describe("renderReadout within Slack's limits", () => {
  it('keeps the header within 150 characters for a 400-character title', () => {
    const title = `Japan-U.S. Summit Telephone Talk ${'and a very long subtitle '.repeat(16)}`.slice(0, 400);
    expect(title).toHaveLength(400);
    const message = renderReadout(input({ ...seed, title }), { timeZone: 'UTC' });
    const header = message.blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    expect(header.text.text.startsWith('Japan-U.S. Summit Telephone Talk')).toBe(true);
    expect(header.text.text.endsWith('…')).toBe(true);
  });

  it('keeps every section within 3,000 characters for a 10,000-character key point', () => {
    const long = 'The leaders discussed the situation at length. '.repeat(213).slice(0, 10_000);
    const amp = '&'.repeat(10_000);
    const readout = { ...seed, keyPoints: points(2, (n) => (n === 1 ? long : amp)) };
    const message = renderReadout(input(readout), { timeZone: 'UTC' });
    const sections = message.blocks.filter((b) => b.type === 'section') as { text: { text: string } }[];
    for (const s of sections) {
      expect(s.text.text.length).toBeGreaterThan(0);
      expect(s.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    }
    // The long point is cut, visibly, not dropped.
    expect(
      sections.some((s) => s.text.text.startsWith('*1.* The leaders discussed') && s.text.text.endsWith('…')),
    ).toBe(true);
  });

  it('keeps a readout with 120 key points within 50 blocks and says how many are hidden', () => {
    const readout = { ...seed, keyPoints: points(120, (i) => `Point number ${i}.`) };
    const message = renderReadout(input(readout, { partial: true }), { timeZone: 'UTC' });
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    const shown = mrkdwnTexts(message.blocks).filter((t) => /^\*\d+\.\*/.test(t.text)).length;
    expect(shown).toBeGreaterThan(0);
    const hidden = mrkdwnTexts(message.blocks).find((t) => /more key points/.test(t.text));
    expect(hidden?.text).toBe(`${120 - shown} more key points: in the thread and at the source.`);
    // The hidden points travel with the message, to go whole into its thread.
    expect(message.overflow?.map((p) => p.n)).toEqual(
      Array.from({ length: 120 - shown }, (_, i) => shown + i + 1),
    );
    // The link to the source survives the cut.
    expect(mrkdwnTexts(message.blocks).some((t) => t.text.includes(`<${SEED_LINK}|Read the source>`))).toBe(
      true,
    );
  });

  it('keeps a long readout under the 12,000 characters of text a message can carry', () => {
    // A long sectioned summit summary: 120 key points of about 400 characters each. Slack refuses
    // a message whose blocks carry much more (Slack answers msg_blocks_too_long).
    const readout = {
      ...seed,
      keyPoints: points(
        120,
        (i) => `Point ${i}: ${'the two leaders confirmed close cooperation; '.repeat(9)}`,
      ),
    };
    const message = renderReadout(input(readout), { timeZone: 'UTC' });
    const total = textObjects(message.blocks).reduce((sum, t) => sum + t.text.length, 0);
    expect(total).toBeLessThanOrEqual(12_000);
  });
});

describe('renderReadout escaping', () => {
  const hostile = 'Talk <!channel> <@U123> <https://evil|x> & @channel';
  const readout: Readout = {
    ...seed,
    title: hostile,
    source: 'mofa',
    participants: [{ name: `Mr <!here> ${hostile}`, honorific: null, title: '<!everyone>', country: 'JP' }],
    keyPoints: [{ n: 1, heading: hostile, text: hostile, subPoints: [hostile] }],
  };
  const message = renderReadout(input(readout), { timeZone: 'UTC' });
  const texts = [...mrkdwnTexts(message.blocks).map((t) => t.text), message.text];

  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<https://evil|x>', '&lt;https://evil|x&gt;'],
    ['<!here>', '&lt;!here&gt;'],
    ['<!everyone>', '&lt;!everyone&gt;'],
  ])('never lets %s act, in any mrkdwn text or the fallback', (raw, escaped) => {
    for (const t of texts) expect(t).not.toContain(raw);
    expect(texts.join('\n')).toContain(escaped);
  });

  it('escapes the title and names in the fallback text', () => {
    expect(message.text).not.toContain('<!channel>');
    expect(message.text).toContain('&lt;!channel&gt;');
    expect(message.text).toContain('&lt;!here&gt;');
    // A bare @channel gets a word joiner: Slack shows it, never pings with it.
    expect(message.text).toContain('&amp; @\u2060channel');
  });

  it('escapes & so that no entity can be forged', () => {
    const joined = texts.join('\n');
    expect(joined).toContain('&amp; @\u2060channel');
    // Every & is the start of one of the three entities Slack knows.
    expect(joined.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
  });

  it('keeps the hostile title as plain text in the header, where Slack does not act on it', () => {
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: hostile, emoji: false },
    });
  });
});

describe('renderReadout links', () => {
  it('never links a javascript: URL', () => {
    const readout = { ...seed, url: 'javascript:alert(document.cookie)' };
    const message = renderReadout(input(readout, { link: 'javascript:alert(1)' }), { timeZone: 'UTC' });
    const joined = JSON.stringify(message.blocks);
    expect(joined).not.toContain('javascript:');
    expect(joined).not.toContain('Read the source>');
    expect(mrkdwnTexts(message.blocks).some((t) => t.text.startsWith('mofa'))).toBe(true);
  });

  it('links the readout URL before the feed link', () => {
    const readout = { ...seed, url: 'https://www.mofa.go.jp/own.html' };
    const message = renderReadout(input(readout), { timeZone: 'UTC' });
    const joined = mrkdwnTexts(message.blocks)
      .map((t) => t.text)
      .join('\n');
    expect(joined).toContain('<https://www.mofa.go.jp/own.html|Read the source> (mofa)');
    expect(joined).not.toContain(SEED_LINK);
  });
});

describe('renderReadout partial and missing facts', () => {
  it('says a partial readout is partial, in the blocks and the fallback', () => {
    const message = renderReadout(input(seed, { partial: true }), { timeZone: 'UTC' });
    expect(mrkdwnTexts(message.blocks).some((t) => t.text.includes('*Partial readout:*'))).toBe(true);
    expect(message.text).toContain('(partial readout)');
    const complete = renderReadout(input(seed), { timeZone: 'UTC' });
    expect(JSON.stringify(complete)).not.toMatch(/partial/i);
  });

  it('shows null facts as not stated, never guessed', () => {
    const unknown: Readout = {
      ...seed,
      date: null,
      start: null,
      durationMinutes: null,
      durationApproximate: false,
    };
    const message = renderReadout(input(unknown), { timeZone: 'UTC' });
    const facts = mrkdwnTexts(message.blocks)[0]?.text;
    expect(facts).toBe(
      ':date: date not stated   :clock3: start time not stated   :hourglass_flowing_sand: duration not stated   :speech_balloon: telephone talk',
    );
    // The page's date line is not passed off as the event date.
    expect(message.text).not.toContain('Fri 9 Mar 2018');
    expect(mrkdwnTexts(message.blocks).some((t) => t.text === 'page dated Fri 9 Mar 2018')).toBe(true);
  });

  it('shows a start time whose zone is not stated without guessing one', () => {
    const readout: Readout = { ...seed, start: { time: '10:00', approximate: false, timeZone: null } };
    const facts = mrkdwnTexts(renderReadout(input(readout), { timeZone: 'UTC' }).blocks)[0]?.text;
    expect(facts).toContain(':clock3: 10:00 local time (zone not stated)');
    expect(facts).not.toContain('UTC');
  });
});

describe('formatDuration', () => {
  it.each([
    [30, true, 'about 30 min'],
    [35, false, '35 min'],
    [105, false, '1 h 45 min'],
    [60, false, '1 h'],
    [60, true, 'about 1 h'],
    [180, true, 'about 3 h'],
    [75, true, 'about 1 h 15 min'],
  ])('%i minutes, approximate %s → %s', (minutes, approximate, expected) => {
    expect(formatDuration(minutes, approximate)).toBe(expected);
  });
});

describe('formatStart', () => {
  it('converts 08:50 JST on 2018-03-09 to UTC across midnight', () => {
    expect(formatStart(seed, 'UTC')).toBe('around 08:50 JST (23:50 UTC on Thu 8 Mar)');
  });

  it('gives the source time alone when the display zone is the same', () => {
    expect(formatStart(seed, 'Asia/Tokyo')).toBe('around 08:50 JST');
  });

  it('names the local zone of a meeting abroad and converts it', () => {
    const berlin: Readout = {
      ...seed,
      date: '2023-05-02',
      start: { time: '12:25', approximate: false, timeZone: 'Europe/Berlin' },
    };
    expect(formatStart(berlin, 'Asia/Tokyo')).toBe('12:25 Berlin time (19:25 JST)');
    expect(formatStart(berlin, 'UTC')).toBe('12:25 Berlin time (10:25 UTC)');
  });

  it('is null when no start is stated', () => {
    expect(formatStart({ ...seed, start: null }, 'UTC')).toBeNull();
  });
});

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<https://evil|x>', '&lt;https://evil|x&gt;'],
    ['Japan & U.S.', 'Japan &amp; U.S.'],
    ['&lt;', '&amp;lt;'],
    ['plain text', 'plain text'],
  ])('%s → %s', (raw, escaped) => {
    expect(escapeMrkdwn(raw)).toBe(escaped);
  });
});

describe('mrkdwnLink', () => {
  it('links an http(s) URL with an escaped label', () => {
    expect(mrkdwnLink('https://www.mofa.go.jp/a.html', 'Japan & U.S. <talk>')).toBe(
      '<https://www.mofa.go.jp/a.html|Japan &amp; U.S. &lt;talk&gt;>',
    );
  });

  it('keeps a | in the label from ending it', () => {
    expect(mrkdwnLink('https://x.example/', 'a|b')).toBe('<https://x.example/|a¦b>');
  });

  it('keeps <, > and | in the URL from breaking out of the link', () => {
    const link = mrkdwnLink('https://x.example/a|b?q=<x>', 'x') as string;
    expect(link.startsWith('<https://x.example/a')).toBe(true);
    expect(link.slice(1, -1)).not.toMatch(/[<>]/);
    expect(link.split('|')).toHaveLength(2);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<b>x</b>'],
    ['ftp://x.example/'],
    ['not a url'],
    [''],
  ])('does not link %j', (url) => {
    expect(mrkdwnLink(url, 'x')).toBeNull();
  });

  it('does not link a null URL', () => {
    expect(mrkdwnLink(null, 'x')).toBeNull();
  });
});

describe('renderReadoutText', () => {
  it('prints the facts, the principals and the key points of the seed', () => {
    const text = renderReadoutText(
      { id: '42', readout: seed, link: SEED_LINK, partial: false },
      { timeZone: 'UTC' },
    );
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Japan–United States telephone talk', '='.repeat(34)]);
    expect(lines).toContain('Date:      Fri 9 Mar 2018');
    expect(lines).toContain('Start:     around 08:50 JST (23:50 UTC on Thu 8 Mar)');
    expect(lines).toContain('Duration:  about 30 min');
    expect(lines).toContain('Kind:      telephone talk   Relation: japan-us');
    expect(lines).toContain('  🇯🇵 Shinzo Abe, Prime Minister of Japan');
    expect(lines.filter((l) => /^ {2}\d\. /.test(l)).map((l) => l.slice(0, 5))).toEqual([
      '  1. ',
      '  2. ',
      '  3. ',
      '  4. ',
      '  5. ',
    ]);
    expect(lines.at(-1)).toBe(`Source:    ${SEED_LINK} (mofa)   readout 42`);
    expect(text).not.toContain('Partial');
  });

  it('says partial, not stated and no URL plainly', () => {
    const bare: Readout = {
      ...seed,
      date: null,
      start: null,
      durationMinutes: null,
      keyPoints: [],
      summary: ['The leaders spoke.'],
      warnings: ['no lead sentence found'],
    };
    const text = renderReadoutText({ readout: bare, link: '', partial: true }, { timeZone: 'UTC' });
    expect(text).toContain('! Partial readout');
    expect(text).toContain('Date:      not stated');
    expect(text).toContain('Start:     not stated');
    expect(text).toContain('Duration:  not stated');
    expect(text).toContain('Summary:\n  The leaders spoke.');
    expect(text).toContain('Source:    no URL given (mofa)');
    expect(text).toContain('Notes:\n  - no lead sentence found');
  });
});

describe('the parts of an event (issue 13, family 7)', () => {
  const withParts: Readout = {
    ...seed,
    durationMinutes: 60,
    durationApproximate: true,
    segments: [
      { name: 'Japan-Germany Summit Meeting', start: '18:15', minutes: 60 },
      { name: 'dinner <b>&', start: null, minutes: 70 },
    ],
  };

  it('shows every part under the facts, escaped, in the post and in the terminal', () => {
    const texts = mrkdwnTexts(renderReadout(input(withParts), { timeZone: 'UTC' }).blocks).map((t) => t.text);
    expect(texts).toContain(
      'Parts: Japan-Germany Summit Meeting from 18:15, about 1 h · Dinner &lt;b&gt;&amp;, about 1 h 10 min',
    );
    expect(renderReadoutText(input(withParts), { timeZone: 'UTC' })).toMatch(
      /Parts: {5}Japan-Germany Summit Meeting from 18:15, about 1 h · Dinner <b>&, about 1 h 10 min/,
    );
  });

  it('adds no line for a talk of one part', () => {
    const texts = mrkdwnTexts(renderReadout(input(seed), { timeZone: 'UTC' }).blocks).map((t) => t.text);
    expect(texts.some((t) => t.startsWith('Parts:'))).toBe(false);
  });
});
