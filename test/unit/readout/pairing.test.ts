import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestPair, pairingMismatch, sameEvent } from '../../../src/readout/pairing.js';
import type { Readout } from '../../../src/readout/types.js';

const pages = join(import.meta.dirname, '../../../fixtures/pages');
const fixture = (name: string): Readout =>
  JSON.parse(readFileSync(join(pages, `${name}.expected.json`), 'utf8')) as Readout;

const mofaBiden = fixture('mofa/2021-10-05-japan-us-telephone-numbered');
const whBiden = fixture('whitehouse/2021-10-04-japan-us-call-biden-kishida-today');
const whBidenCopy = fixture('other/2021-10-04-ucsb-presidency-project-whitehouse-call');
const kanteiQuad = fixture('kantei/2022-03-03-japan-australia-india-us-quad-video');
const whQuad = fixture('whitehouse/2022-03-03-japan-australia-india-us-quad-virtual');
const mofaXi = fixture('mofa/2023-11-16-japan-china-meeting-san-francisco');
const whKishidaSf = fixture('whitehouse/z-2023-11-16-biden-met-kishida-san-francisco');
const kanteiTrump = fixture('kantei/y-2025-03-13-japan-us-summit-telephone-talk-00-45');
const stateRubio = fixture('state/2025-03-13-japan-us-meeting-rubio-iwaya-margins');
const stateBlinken = fixture('state/2021-11-12-japan-us-call-blinken-hayashi-attribution');
const ukStarmer = fixture('ukgov/2025-04-04-japan-uk-call-starmer-ishiba');
const mofaStarmerNy = fixture('mofa/2024-09-23-japan-uk-meeting-new-york');
const ukStarmerNy = fixture('ukgov/2024-09-23-japan-uk-meeting-starmer-kishida-new-york');

describe('sameEvent: two governments’ readouts of one event', () => {
  it.each([
    ['MOFA (5 Oct, Tokyo) and the White House (4 Oct, Washington) of one call', mofaBiden, whBiden],
    ['Kantei and the White House of one four-leader video conference', kanteiQuad, whQuad],
    ['MOFA and GOV.UK of one meeting in New York', mofaStarmerNy, ukStarmerNy],
  ])('pairs %s, in either order', (_what, a, b) => {
    expect(pairingMismatch(a, b)).toBeNull();
    expect(sameEvent(b, a)).toBe(true);
  });

  it('pairs when one side names a principal only by office: the office holder that day fills in', () => {
    const unnamed: Readout = {
      ...whBiden,
      participants: whBiden.participants.filter((p) => p.country !== 'JP'),
    };
    expect(unnamed.countries).toContain('JP');
    expect(sameEvent(mofaBiden, unnamed)).toBe(true);
    // The holder that day must be the one the other side names.
    const otherDay: Readout = { ...unnamed, date: '2021-10-05' };
    const otherPm: Readout = {
      ...mofaBiden,
      participants: mofaBiden.participants.map((p) =>
        p.country === 'JP' ? { ...p, name: 'SUGA Yoshihide' } : p,
      ),
    };
    expect(pairingMismatch(otherPm, otherDay)).toBe('different principals for JP');
  });

  it.each<[string, Readout, Readout, string]>([
    [
      'same day, same place, different counterpart (China, the US)',
      mofaXi,
      whKishidaSf,
      'different countries',
    ],
    ['the same source twice (a copy of the same White House readout)', whBiden, whBidenCopy, 'same source'],
    ['the same pair a week apart', mofaBiden, { ...whBiden, date: '2021-10-11' }, 'dates too far apart'],
    ['a telephone talk and a meeting', mofaBiden, { ...whBiden, kind: 'meeting' }, 'different kinds'],
    [
      'a four-leader conference and a bilateral call the same day',
      kanteiQuad,
      { ...whBiden, date: '2022-03-03', kind: 'video' },
      'different countries',
    ],
    ['a readout with no date', mofaBiden, { ...whBiden, date: null }, 'date missing'],
    [
      'two Japanese readouts (MOFA and Kantei) of one call',
      mofaBiden,
      { ...mofaBiden, source: 'kantei' },
      'same government',
    ],
    [
      'leaders on one side, foreign ministers on the other, same day',
      kanteiTrump,
      { ...stateRubio, kind: 'telephone' },
      'different principals for JP',
    ],
    [
      'a leaders’ call and a foreign ministers’ call a day apart',
      { ...mofaBiden, date: '2021-11-11' },
      stateBlinken,
      'different principals for JP',
    ],
    [
      'a press conference that mentions the call',
      { ...mofaBiden, docType: 'press_conference' },
      whBiden,
      'not both readouts',
    ],
    [
      'a partial readout (nothing known)',
      { ...whBiden, participants: [], countries: [] },
      mofaBiden,
      'no principals',
    ],
    ['another country’s leader (GOV.UK) the same week', mofaStarmerNy, ukStarmer, 'dates too far apart'],
  ])('does not pair %s', (_what, a, b, reason) => {
    expect(pairingMismatch(a, b)).toBe(reason);
    expect(sameEvent(b, a)).toBe(false);
  });
});

describe('bestPair', () => {
  it('picks the candidate of the same event, the nearest date first, and null when none fits', () => {
    const candidates = [
      { id: '1', readout: mofaXi },
      { id: '3', readout: whBiden },
      { id: '2', readout: { ...whBiden, date: '2021-10-05' } },
      { id: '4', readout: { ...whBidenCopy, date: '2021-10-06' } },
    ];
    expect(bestPair(mofaBiden, candidates)?.id).toBe('2');
    expect(bestPair({ ...mofaBiden, date: '2021-10-03' }, candidates)?.id).toBe('3');
    expect(bestPair({ ...mofaBiden, date: '2021-10-07' }, candidates)?.id).toBe('4');
    expect(bestPair(mofaXi, candidates)).toBeNull();
  });
});
