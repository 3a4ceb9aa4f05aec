import { describe, expect, it } from 'vitest';
import { type Readout, unknownReadout } from '../../../src/readout/types.js';
import type { RenderInput } from '../../../src/render/blocks.js';
import { dateRange, digestLine, renderDigest } from '../../../src/render/digest.js';

const readout = (over: Partial<Readout>): Readout =>
  unknownReadout({
    source: 'mofa',
    kind: 'telephone',
    url: 'https://www.mofa.go.jp/a/1.html',
    ...over,
  });

const item = (id: number, over: Partial<Readout>, partial = false): RenderInput => ({
  id: String(id),
  readout: readout(over),
  link: `https://www.mofa.go.jp/fallback/${id}.html`,
  partial,
});

const us = (id: number, date: string, title = `Japan-U.S. telephone talk ${id}`) =>
  item(id, {
    date,
    title,
    relation: 'japan-us',
    countries: ['JP', 'US'],
    durationMinutes: 25,
    participants: [
      { name: 'ISHIBA Shigeru', honorific: null, title: 'Prime Minister', country: 'JP' },
      { name: 'Donald J. Trump', honorific: null, title: 'President', country: 'US' },
    ],
  });
const korea = (id: number, date: string) =>
  item(id, {
    date,
    title: `Japan-ROK summit ${id}`,
    kind: 'meeting',
    relation: 'japan-korea',
    countries: ['JP', 'KR'],
  });

const sectionTexts = (blocks: Record<string, unknown>[]) =>
  blocks.filter((b) => b.type === 'section').map((b) => (b.text as { text: string }).text);
const allText = (blocks: Record<string, unknown>[]) => JSON.stringify(blocks);

describe('renderDigest', () => {
  it('heads the message with the kind, the count and the dates, and lists the readouts grouped by relation, oldest first', () => {
    const message = renderDigest({
      digestId: '7',
      kind: 'daily',
      target: '',
      items: [us(3, '2026-11-21'), korea(2, '2026-11-20'), us(1, '2026-11-20')],
    });
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Readout daily digest: 3 readouts, 20–21 Nov 2026', emoji: false },
    });
    const [text] = sectionTexts(message.blocks);
    expect(text?.split('\n')).toEqual([
      '*Japan–United States* (2)',
      '• Fri 20 Nov 2026 · telephone talk · ISHIBA Shigeru, Donald J. Trump · 25 min · <https://www.mofa.go.jp/a/1.html|Japan-U.S. telephone talk 1>',
      '• Sat 21 Nov 2026 · telephone talk · ISHIBA Shigeru, Donald J. Trump · 25 min · <https://www.mofa.go.jp/a/1.html|Japan-U.S. telephone talk 3>',
      '',
      '*Japan–Korea* (1)',
      '• Fri 20 Nov 2026 · meeting · Japan–Korea · duration not stated · <https://www.mofa.go.jp/a/1.html|Japan-ROK summit 2>',
    ]);
    expect(message.text).toBe(
      'Readout daily digest: 3 readouts, 20–21 Nov 2026: Japan-U.S. telephone talk 1; Japan-ROK summit 2; Japan-U.S. telephone talk 3',
    );
    expect(message.metadata).toEqual({
      event_type: 'readout_digest',
      event_payload: { digest_id: '7', readout_ids: '3,2,1' },
    });
  });

  it('names the relation of a relation digest, and says why a burst came as one message', () => {
    const weekly = renderDigest({
      digestId: '1',
      kind: 'weekly',
      target: 'japan-us',
      items: [us(1, '2026-11-20')],
    });
    expect((weekly.blocks[0] as { text: { text: string } }).text.text).toBe(
      'Readout weekly digest (japan-us): 1 readout, 20 Nov 2026',
    );
    const burst = renderDigest({
      digestId: '2',
      kind: 'burst',
      target: '',
      items: [us(1, '2026-11-30'), us(2, '2026-12-01')],
    });
    expect((burst.blocks[0] as { text: { text: string } }).text.text).toBe(
      'Readout digest: 2 new readouts, 30 Nov–1 Dec 2026',
    );
    expect(allText(burst.blocks)).toContain('instead of one post each');
  });

  it('escapes everything from a feed: titles, names and the fallback text can never ping or link', () => {
    const evil = item(9, {
      date: '2026-11-20',
      title: '<!channel> Talks & <@U123> <https://evil.example|click>',
      relation: 'japan-us',
      countries: ['JP', 'US'],
      participants: [{ name: 'A <b> & C', honorific: null, title: null, country: 'JP' }],
      url: 'javascript:alert(1)',
    });
    evil.link = 'javascript:alert(2)';
    const message = renderDigest({ digestId: '1', kind: 'daily', target: '', items: [evil] });
    const text = sectionTexts(message.blocks).join('\n');
    expect(text).toContain('&lt;!channel&gt; Talks &amp; &lt;@U123&gt; &lt;https://evil.example|click&gt;');
    expect(text).toContain('A &lt;b&gt; &amp; C');
    expect(text).not.toMatch(/<!channel>|<@U123>|<javascript:|<https:\/\/evil/);
    expect(message.text).not.toMatch(/<!channel>|<@U123>/);
    expect(message.text).toContain('&lt;!channel&gt;');
  });

  it('marks partial readouts and keeps long titles short', () => {
    const line = digestLine(
      item(1, { date: null, title: `Talk ${'very '.repeat(100)}long`, relation: null }, true),
    );
    expect(line).toMatch(
      /^• date not stated · telephone talk · participants not stated · duration not stated · <https:/,
    );
    expect(line).toContain('_(partial)_');
    expect(line.length).toBeLessThan(400);
  });

  it('stays within Slack limits with hundreds of readouts and counts the rest with a lookup to find them', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      i % 2 === 0
        ? us(
            i + 1,
            `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
            `Japan-U.S. talk ${i + 1} ${'x'.repeat(80)}`,
          )
        : korea(i + 1, `2026-11-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    const message = renderDigest({ digestId: '3', kind: 'burst', target: '', items: many });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const sections = sectionTexts(message.blocks);
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(3000);
    expect(sections.join('').length).toBeLessThanOrEqual(11_000);
    expect((message.blocks[0] as { text: { text: string } }).text.text.length).toBeLessThanOrEqual(150);
    expect(message.text.length).toBeLessThanOrEqual(3000);

    const lines = sections
      .join('\n')
      .split('\n')
      .filter((l) => l.startsWith('• ')).length;
    const last = message.blocks.at(-1) as { type: string; elements: { text: string }[] };
    expect(last.type).toBe('context');
    const more = /…and (\d+) more readouts: (.*) finds them\./.exec(last.elements[0]?.text ?? '');
    expect(Number(more?.[1])).toBe(400 - lines);
    expect(lines).toBeGreaterThan(40);
    expect(more?.[2]).toMatch(/`\/readout japan-(us|korea) list 20`/);
    // The metadata still names every readout of the digest.
    expect(message.metadata?.event_payload.readout_ids?.split(',')).toHaveLength(400);
  });
});

describe('dateRange', () => {
  it.each([
    [['2026-11-20'], '20 Nov 2026'],
    [['2026-11-21', '2026-11-20'], '20–21 Nov 2026'],
    [['2026-11-30', '2026-12-01'], '30 Nov–1 Dec 2026'],
    [['2026-01-02', '2025-12-30'], '30 Dec 2025–2 Jan 2026'],
    [[], null],
  ])('%j → %s', (dates, expected) => {
    expect(dateRange(dates)).toBe(expected);
  });
});
