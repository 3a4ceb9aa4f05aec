import { describe, expect, it } from 'vitest';
import type { CycleReport } from '../../../src/app/cycle.js';
import { whyNothingPosted } from '../../../src/commands/poll-summary.js';

type FeedStatus = 'ok' | 'not_modified' | 'error' | 'skipped';
function report(o: {
  feeds?: FeedStatus[];
  newReadouts?: number;
  planned?: number;
  posted?: number;
}): CycleReport {
  const poll = {
    feeds: (o.feeds ?? ['ok']).map((status, i) => ({
      feedUrl: `https://f${i}.example/rss`,
      status,
      items: 0,
      newReadouts: 0,
      ms: 1,
    })),
    newReadouts: o.newReadouts ?? 0,
    completedPartials: 0,
    postsPlanned: o.planned ?? 0,
    pageFetches: 0,
    heldBack: 0,
    ms: 1,
  };
  return {
    poll: poll as CycleReport['poll'],
    delivery: { posted: o.posted ?? 0, digests: 0, updated: 0, notes: 0, failed: 0, errors: [] },
  };
}
const live = { dryRun: false, channelSet: true, firstPollDays: 7 };

describe('whyNothingPosted', () => {
  it('is null when something went out', () => {
    expect(whyNothingPosted(report({ newReadouts: 1, planned: 1, posted: 1 }), live)).toBeNull();
  });
  it('names each reason in turn', () => {
    expect(whyNothingPosted(report({ feeds: [] }), live)).toMatch(/no feed to poll/);
    expect(whyNothingPosted(report({ feeds: ['error', 'skipped'] }), live)).toMatch(/no feed answered/);
    expect(whyNothingPosted(report({ feeds: ['ok', 'not_modified'] }), live)).toMatch(
      /no item that the database/,
    );
    expect(whyNothingPosted(report({ newReadouts: 3 }), { ...live, channelSet: false })).toMatch(
      /^3 new readouts were stored, but READOUT_CHANNEL is unset/,
    );
    expect(whyNothingPosted(report({ newReadouts: 3 }), live)).toMatch(/READOUT_FIRST_POLL_DAYS \(7\) days/);
    expect(
      whyNothingPosted(report({ newReadouts: 3 }), { ...live, dryRun: true, channelSet: false }),
    ).toMatch(/READOUT_FIRST_POLL_DAYS/);
  });
});
