import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointsOnlyIn } from '../../../src/readout/compare.js';
import type { Readout } from '../../../src/readout/types.js';
import { LIMITS } from '../../../src/render/blocks.js';
import { renderChangeNote, renderPairReply } from '../../../src/render/threads.js';

const pages = join(import.meta.dirname, '../../../fixtures/pages');
const fixture = (name: string): Readout =>
  JSON.parse(readFileSync(join(pages, `${name}.expected.json`), 'utf8')) as Readout;
const mofa = fixture('mofa/2021-10-05-japan-us-telephone-numbered');
const wh = fixture('whitehouse/2021-10-04-japan-us-call-biden-kishida-today');
const mofaNy = fixture('mofa/2024-09-23-japan-uk-meeting-new-york');
const ukNy = fixture('ukgov/2024-09-23-japan-uk-meeting-starmer-kishida-new-york');
const input = (id: string, readout: Readout) => ({ id, readout, link: readout.url ?? '', partial: false });
const texts = (blocks: unknown[]) => JSON.stringify(blocks);

describe('pointsOnlyIn: what one side reports and the other does not', () => {
  it('lists the sentences whose key words the other readout lacks, both ways', () => {
    const onlyWh = pointsOnlyIn(wh, mofa);
    expect(onlyWh).toHaveLength(1);
    expect(onlyWh[0]).toContain('COP26');
    const onlyUk = pointsOnlyIn(ukNy, mofaNy).join(' ');
    expect(onlyUk).toContain('clean energy');
    expect(onlyUk).toContain('Russia must not be allowed to succeed');
    expect(pointsOnlyIn(mofaNy, ukNy).join(' ')).toContain('taking office in July');
  });

  it('lists nothing for the same readout, and never the lead (the facts compare it)', () => {
    expect(pointsOnlyIn(wh, wh)).toEqual([]);
    expect(pointsOnlyIn(ukNy, { ...mofaNy, keyPoints: [] }).join(' ')).not.toContain('General Assembly');
  });
});

describe('renderPairReply', () => {
  const reply = renderPairReply(input('1', mofa), input('2', wh), { timeZone: 'UTC' });
  const shown = texts(reply.blocks);

  it('compares participants, date and start, duration, and the points only one side reports', () => {
    expect(shown).toContain('The White House readout of the same telephone talk');
    expect(shown).toContain('MOFA: KISHIDA Fumio (Prime Minister of Japan)');
    expect(shown).toContain('White House: Joe Biden (President); Kishida Fumio (Prime Minister)');
    expect(shown).toContain('MOFA: Tue 5 Oct 2021, 07:05 JST (22:05 UTC on Mon 4 Oct)');
    expect(shown).toContain('White House: Mon 4 Oct 2021, start time not stated');
    expect(shown).toContain('MOFA: about 20 min');
    expect(shown).toContain('White House: not stated');
    expect(shown).toContain('*Only in the White House readout*');
    expect(shown).toContain('COP26');
    expect(reply.text).toContain('White House readout of the same event');
    expect(reply.metadata).toEqual({
      event_type: 'readout_posted',
      event_payload: { readout_id: '2', url: wh.url },
    });
  });

  it('escapes everything from the pages', () => {
    const hostile: Readout = {
      ...wh,
      title: 'Call <!channel> & <@U1>',
      participants: wh.participants.map((p) => ({ ...p, title: `${p.title} <b>` })),
      summary: [...wh.summary, 'They also discussed <!here> submarine cables & undersea sensors at length.'],
    };
    const out = renderPairReply(input('1', mofa), input('2', hostile), { timeZone: 'UTC' });
    const all = texts(out.blocks) + out.text;
    expect(all).not.toMatch(/<!channel>|<!here>|<@U1>|<b>/);
    expect(all).toContain('&lt;!here&gt; submarine cables &amp; undersea sensors');
    expect(all).toContain('Call &lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it("stays within Slack's limits for a very long readout", () => {
    const long: Readout = {
      ...wh,
      summary: Array.from(
        { length: 60 },
        (_, i) =>
          `Paragraph ${i} reports quantum${i} semiconductors${i} fisheries${i} ${'lengthy '.repeat(200)}.`,
      ),
    };
    const out = renderPairReply(input('1', mofa), input('2', long), { timeZone: 'UTC' });
    expect(out.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    for (const b of out.blocks) {
      const text = (b as { text?: { text: string } }).text?.text ?? '';
      expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    }
    expect(texts(out.blocks).length).toBeLessThan(LIMITS.totalText);
    expect(texts(out.blocks)).toContain('more at the source');
  });
});

describe('renderChangeNote', () => {
  it('says what changed, escaped, with a link to the source', () => {
    const note = renderChangeNote(
      'The source page changed: title reworded <!channel>.',
      'https://example.org/a',
    );
    const shown = texts(note.blocks);
    expect(shown).toContain('The source page changed: title reworded &lt;!channel&gt;.');
    expect(shown).toContain('<https://example.org/a|the source>');
    expect(note.text).not.toContain('<!channel>');
  });
});
