import { describe, expect, it } from 'vitest';
import {
  type LabelledPage,
  nameKey,
  type ParsedPage,
  sameName,
  samePrincipals,
  scorePages,
  wrongLine,
} from '../../../src/eval/real-score.js';

/** A parsed page as the scorer sees it; the tests choose what "the parser" returned. */
function parsed(over: Partial<ParsedPage> & { names?: string[] }): ParsedPage {
  const { names = [], ...rest } = over;
  return {
    docType: 'readout',
    participants: names.map((name) => ({ name, honorific: null, title: null, country: null })),
    countries: [],
    relation: null,
    date: null,
    kind: 'other',
    durationMinutes: null,
    start: null,
    ...rest,
  };
}

function page(id: string, over: Partial<LabelledPage>): LabelledPage {
  return {
    id,
    publisher: 'Alpha',
    url: null,
    published: '2024-05-02',
    title: null,
    posted: true,
    text: 'Our own sentence: the minister spoke by phone with a counterpart.',
    ...over,
  };
}

// A tiny hand-made set: two readouts (one right, one with wrong and invented facts), a statement
// the "parser" wrongly posts, and a readout it misses.
const pages: LabelledPage[] = [
  page('r-right', {
    japan: true,
    expect: {
      relation: 'japan-us',
      date: '2024-05-01',
      kind: 'telephone',
      principals: ['KISHIDA Fumio', 'Joseph R. Biden, Jr.'],
      durationMinutes: 30,
      startTime: '21:00',
    },
  }),
  page('r-wrong', {
    publisher: 'Beta',
    origin: 'Alpha',
    expect: {
      relation: 'france-germany',
      date: '2024-05-02',
      kind: 'meeting',
      principals: ['Anna Example'],
      durationMinutes: null,
      startTime: null,
    },
  }),
  page('s-posted', { publisher: 'Beta', posted: false, category: 'statement' }),
  page('r-missed', { posted: true, expect: { date: '2024-04-30' } }),
];

const results: Record<string, ParsedPage> = {
  'r-right': parsed({
    relation: 'japan-us',
    date: '2024-05-01',
    kind: 'telephone',
    names: ['Fumio Kishida', 'Joseph Biden'],
    durationMinutes: 30,
    start: { time: '21:00' },
  }),
  'r-wrong': parsed({
    relation: 'france-germany',
    date: '2024-05-03',
    kind: 'meeting',
    names: ['Anna Example', 'Federal Chancellor'],
    durationMinutes: 45,
    start: { time: '10:00' },
  }),
  's-posted': parsed({}),
  'r-missed': parsed({ docType: 'other', date: '2024-04-30' }),
};

const report = scorePages(
  pages,
  (p) => results[p.id] as ParsedPage,
  (r) => r.docType === 'readout',
);

describe('real-page scoring', () => {
  it('counts posting precision and recall per publisher and overall', () => {
    expect(report.all).toMatchObject({ pages: 4, tp: 2, fp: 1, fn: 1, tn: 0 });
    expect(report.byPublisher.Alpha).toMatchObject({ tp: 1, fn: 1, fp: 0 });
    expect(report.byPublisher.Beta).toMatchObject({ tp: 1, fp: 1 });
    expect(report.byOrigin.Alpha).toMatchObject({ pages: 3, tp: 2, fn: 1 });
    expect(report.byOrigin.Beta).toMatchObject({ pages: 1, fp: 1 });
    expect(report.byCategory.statement).toEqual({ pages: 1, posted: 1, labelledPosted: 0 });
  });

  it('scores each labelled field, with names compared as sets', () => {
    expect(report.byField.principals).toEqual({ total: 2, right: 1, invented: 0 });
    expect(report.byField.date).toEqual({ total: 3, right: 2, invented: 0 });
    expect(report.byField.relation).toEqual({ total: 2, right: 2, invented: 0 });
    expect(report.byJapan.withJapan).toMatchObject({ fields: 6, right: 6 });
    expect(report.byJapan.withoutJapan).toMatchObject({ fields: 7, right: 3 });
  });

  it('counts a fact given where the label says the page states none as invented', () => {
    expect(report.byField.durationMinutes).toEqual({ total: 2, right: 1, invented: 1 });
    expect(report.byField.startTime).toEqual({ total: 2, right: 1, invented: 1 });
    expect(report.all.invented).toBe(2);
    expect(report.byPublisher.Beta?.invented).toBe(2);
  });

  it('lists each miss as id, field, got and expected, facts only', () => {
    const lines = report.wrong.map(wrongLine);
    expect(lines).toContain('s-posted: posted got true, expected false (docType readout)');
    expect(lines).toContain('r-missed: posted got false, expected true (docType other)');
    expect(lines).toContain('r-wrong: durationMinutes got 45, expected null [invented]');
    expect(lines).toContain('r-wrong: date got "2024-05-03", expected "2024-05-02"');
    expect(lines.join('\n')).not.toContain('Our own sentence');
  });
});

describe('principal names', () => {
  it('agree across name order, case, accents, middle initials and "Jr."', () => {
    expect(nameKey('HAYASHI Yoshimasa')).toBe(nameKey('Yoshimasa Hayashi'));
    expect(nameKey('Joseph R. Biden, Jr.')).toBe(nameKey('Joseph Biden'));
    expect(nameKey('Enrique Peña Nieto')).toBe(nameKey('Enrique Pena Nieto'));
    expect(samePrincipals(['Yoon Suk Yeol'], ['Yoon Suk-yeol'])).toBe(true);
    expect(sameName('S Jaishankar', 'Subrahmanyam Jaishankar')).toBe(true);
    expect(samePrincipals(['Wang Yi', 'Taro Aso'], ['Aso Taro', 'Wang Yi'])).toBe(true);
  });

  it('agree when the office-holder table gives both as forms of one person', () => {
    expect(sameName('Joseph R. Biden, Jr.', 'Joe Biden')).toBe(true);
    expect(sameName('Joe Biden', 'Joseph R. Biden, Jr.')).toBe(true);
    // Two holders of the table do not agree, nor a name the table does not hold.
    expect(sameName('Joe Biden', 'Barack Obama')).toBe(false);
    expect(sameName('Joe Smith', 'Joseph Smith')).toBe(false);
  });

  it('do not agree for a surname alone, a title or another person', () => {
    expect(samePrincipals(['Aso'], ['Taro Aso'])).toBe(false);
    expect(samePrincipals(['Wang Yi', 'State Councilor'], ['Wang Yi'])).toBe(false);
    expect(samePrincipals(['Li Qiang'], ['Li Keqiang'])).toBe(false);
    expect(sameName('T Jaishankar', 'Subrahmanyam Jaishankar')).toBe(false);
    expect(samePrincipals(['Wang Yi', 'Wang Yi'], ['Wang Yi', 'Qin Gang'])).toBe(false);
  });
});
