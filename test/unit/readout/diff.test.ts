import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeChanges, diffReadouts } from '../../../src/readout/diff.js';
import type { Readout } from '../../../src/readout/types.js';

const pages = join(import.meta.dirname, '../../../fixtures/pages');
const mofa = JSON.parse(
  readFileSync(join(pages, 'mofa/2021-10-05-japan-us-telephone-numbered.expected.json'), 'utf8'),
) as Readout;
const prose = JSON.parse(
  readFileSync(join(pages, 'ukgov/2025-04-04-japan-uk-call-starmer-ishiba.expected.json'), 'utf8'),
) as Readout;

describe('diffReadouts: what changed between two parses of one page', () => {
  it('finds nothing when only warnings or spacing changed', () => {
    const same: Readout = {
      ...mofa,
      warnings: ['something new'],
      keyPoints: mofa.keyPoints.map((k) => ({ ...k, text: `  ${k.text.replace(/ /g, '  ')} ` })),
    };
    expect(diffReadouts(mofa, same)).toEqual([]);
  });

  it('names each changed fact: duration, start, added and reworded key points, title', () => {
    const after: Readout = {
      ...mofa,
      title: 'Japan-United States Summit Telephone Talk',
      durationMinutes: 25,
      start: { time: '07:10', approximate: false, timeZone: 'Asia/Tokyo' },
      keyPoints: [
        ...mofa.keyPoints.slice(0, 2),
        {
          ...(mofa.keyPoints[2] as Readout['keyPoints'][number]),
          text: 'The leaders talked about the region.',
        },
        ...mofa.keyPoints.slice(3),
        { n: 6, heading: null, text: 'They agreed to meet soon.', subPoints: [] },
      ],
    };
    const changes = diffReadouts(mofa, after);
    expect(changes.map((c) => c.field)).toEqual(['title', 'start', 'duration', 'key point 3', 'key point 6']);
    expect(describeChanges(changes)).toBe(
      'The source page changed: title reworded; start time 07:05 Asia/Tokyo → 07:10 Asia/Tokyo; ' +
        'duration about 20 minutes → about 25 minutes; key point 3 reworded; key point 6 added.',
    );
  });

  it('reports facts that appear or disappear, participants, kind and prose paragraphs', () => {
    const after: Readout = {
      ...prose,
      date: '2025-04-05',
      durationMinutes: 30,
      kind: 'video',
      participants: [
        ...prose.participants,
        { name: 'Mark Carney', honorific: null, title: null, country: 'CA' },
      ],
      summary: [...prose.summary, 'A new paragraph.'],
    };
    const text = describeChanges(diffReadouts(prose, after));
    expect(text).toContain('date 2025-04-04 → 2025-04-05');
    expect(text).toContain('duration now stated: 30 minutes');
    expect(text).toContain('kind telephone → video');
    expect(text).toContain('participants: Mark Carney added');
    expect(text).toContain('1 paragraph added');
    expect(describeChanges(diffReadouts(after, prose))).toContain(
      'duration no longer stated (was 30 minutes)',
    );
  });
});
