import { describe, expect, it } from 'vitest';
import { type Readout, unknownReadout } from '../../../src/readout/types.js';
import { contextText, renderContextNote } from '../../../src/render/context.js';

const readout = (date: string, kind: Readout['kind'], points: string[]): Readout =>
  unknownReadout({
    source: 'mofa',
    date,
    kind,
    relation: 'japan-us',
    countries: ['JP', 'US'],
    participants: [
      { name: 'Alice Example', title: 'Prime Minister', honorific: null, country: 'JP' },
      { name: 'Bob Sample', title: 'President', honorific: null, country: 'US' },
    ],
    keyPoints: points.map((text, i) => ({ n: i + 1, heading: null, text, subPoints: [] })),
  });

const body = (text: string, link: string | null) =>
  ((renderContextNote(text, link).blocks ?? [])[0] as { text: { text: string } }).text.text;

describe('the context reply in a readout’s thread', () => {
  const now = readout('2026-03-14', 'meeting', [
    'They discussed North Korea and semiconductors.',
    'They exchanged views on <b>tariffs</b> & shipbuilding.',
  ]);
  const earlier = [
    readout('2026-03-02', 'telephone', ['The leaders discussed North Korea.']),
    readout('2025-11-20', 'video', ['They talked about semiconductors and energy.']),
  ];

  it('names the previous readout of the relation: its kind, date and how many days before this one', () => {
    const text = contextText(now, [...earlier].reverse());
    expect(text?.split('\n')[0]).toBe(
      ':link: *Previous readout of this relation:* telephone talk, Mon 2 Mar 2026 (12 days before this one)',
    );
  });

  it('sorts this readout’s topics into new ones and those that came up before, with no markup from the page', () => {
    const text = contextText(now, earlier) ?? '';
    const line = (label: string) => text.split('\n').find((l) => l.startsWith(label)) ?? '';
    expect(line('*Recurring:*')).toContain('North Korea');
    expect(line('*Recurring:*')).toContain('semiconductors');
    expect(line('*New this time:*')).toContain('shipbuilding');
    expect(line('*New this time:*')).toContain('tariffs');
    expect(line('*New this time:*')).not.toContain('North Korea');
    // Markup from the page never reaches Slack: no tag, no bare ampersand.
    expect(text).not.toMatch(/<|>|&(?!amp;|lt;|gt;)/);
  });

  it('says "the same day" for an earlier readout of the same date', () => {
    const text = contextText(now, [readout('2026-03-14', 'video', ['A word on energy.'])]);
    expect(text?.split('\n')[0]).toContain('video conference, Sat 14 Mar 2026 (the same day)');
  });

  it('is nothing when the relation has no earlier readout', () => {
    expect(contextText(now, [])).toBeNull();
    expect(contextText(now, [readout('2026-04-01', 'telephone', ['Later.'])])).toBeNull();
    expect(contextText({ ...now, date: null }, earlier)).toBeNull();
  });

  it('links the previous post on the first line when it has one, and only a Slack link', () => {
    const text = contextText(now, earlier) as string;
    const linked = body(text, 'https://t0001.slack.com/archives/C1/p1700000000000100');
    expect(linked.split('\n')[0]).toMatch(
      /\(12 days before this one\) · <https:\/\/t0001\.slack\.com\/archives\/C1\/p1700000000000100\|its post>$/,
    );
    expect(body(text, null)).toBe(text);
    expect(renderContextNote(text, null).text).toBe(
      'Previous readout of this relation: telephone talk, Mon 2 Mar 2026 (12 days before this one)',
    );
  });
});
