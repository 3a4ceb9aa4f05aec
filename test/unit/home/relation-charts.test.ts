import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderHome } from '../../../src/home/home-view.js';
import {
  homeRelations,
  lastTwelveMonths,
  SPARK_HEIGHT,
  SPARK_WIDTH,
} from '../../../src/home/relation-charts.js';
import { type Readout, unknownReadout } from '../../../src/readout/types.js';
import type { FilesApi } from '../../../src/stats/upload.js';
import type { Store } from '../../../src/store/index.js';
import { openSqliteStore } from '../../../src/store/sqlite.js';

let counter = 0;
function stored(date: string, relation = 'japan-us', countries = ['JP', 'US']) {
  counter++;
  return {
    feedUrl: 'https://feeds.example/rss',
    itemKey: `guid-${counter}`,
    link: `https://www.mofa.go.jp/page${counter}.html`,
    itemPublishedAt: `${date}T00:00:00.000Z`,
    itemTitle: 'An item',
    itemSummary: null,
    readout: unknownReadout({ source: 'mofa', date, kind: 'telephone', relation, countries }) as Readout,
    partial: false,
    pageAttempts: 1,
    lastPageError: null,
    announce: true,
  };
}

/** A Files API that records uploads, or refuses them with a Slack error. */
function fakeFiles(refuse?: string) {
  const uploads: Uint8Array[] = [];
  let next = 0;
  const files: FilesApi = {
    async getUploadURLExternal() {
      if (refuse) throw Object.assign(new Error(refuse), { data: { error: refuse } });
      next++;
      return { upload_url: `http://127.0.0.1/upload/${next}`, file_id: `F${next}` };
    },
    async completeUploadExternal(args) {
      return { files: [{ id: args.files[0].id }] };
    },
  };
  const fetchFn = (async (_url: string, init: { body: Uint8Array }) => {
    uploads.push(init.body);
    return new Response('ok', { status: 200 });
  }) as unknown as typeof fetch;
  return { files, fetchFn, uploads };
}

const pngSize = (b: Uint8Array) => {
  const bytes = Buffer.from(b);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

describe('the App Home relations', () => {
  let store: Store;
  beforeEach(() => {
    store = openSqliteStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('lists the 12 months up to this one', () => {
    expect(lastTwelveMonths('2026-02-14')).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('shows the last contact and a chart per month, uploaded once until the counts change', async () => {
    for (const date of ['2024-01-10', '2026-01-05', '2026-01-20', '2026-03-02'])
      await store.insertReadout(stored(date));
    const slack = fakeFiles();
    const deps = { store, files: slack.files, fetchFn: slack.fetchFn, team: 'T1', today: '2026-03-15' };
    const [first] = await homeRelations(deps, ['japan-us']);
    expect(first?.lastContact).toBe('2026-03-02');
    expect(first?.months.map((m) => m.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 1]);
    expect(first?.fileId).toBe('F1');
    expect(slack.uploads).toHaveLength(1);
    expect(pngSize(slack.uploads[0] as Uint8Array)).toEqual({ width: SPARK_WIDTH, height: SPARK_HEIGHT });

    // Opening Home again: the same file, no upload.
    expect((await homeRelations(deps, ['japan-us']))[0]?.fileId).toBe('F1');
    expect(slack.uploads).toHaveLength(1);
    // A new readout changes the counts: drawn and uploaded again.
    await store.insertReadout(stored('2026-03-10'));
    expect((await homeRelations(deps, ['japan-us']))[0]?.fileId).toBe('F2');
    // Another workspace has files of its own.
    expect((await homeRelations({ ...deps, team: 'T2' }, ['japan-us']))[0]?.fileId).toBe('F3');

    const view = renderHome({
      subscriptions: [],
      latest: [],
      feeds: [],
      feedUrls: [],
      nextPoll: null,
      relations: await homeRelations(deps, ['japan-us']),
    });
    expect(view.blocks).toContainEqual(expect.objectContaining({ type: 'image', slack_file: { id: 'F2' } }));
    expect(JSON.stringify(view.blocks)).toContain('last contact');
  });

  it('shows a relation without a chart, saying why, when the upload is refused', async () => {
    await store.insertReadout(stored('2026-03-02'));
    const slack = fakeFiles('missing_scope');
    const [entry] = await homeRelations(
      { store, files: slack.files, fetchFn: slack.fetchFn, team: 'T1', today: '2026-03-15' },
      ['japan-us'],
    );
    expect(entry?.fileId).toBeNull();
    expect(entry?.note).toContain('files:write');
    const view = renderHome({
      subscriptions: [],
      latest: [],
      feeds: [],
      feedUrls: [],
      nextPoll: null,
      relations: entry ? [entry] : [],
    });
    expect(view.blocks.some((b) => b.type === 'image')).toBe(false);
    expect(JSON.stringify(view.blocks)).toContain('files:write');
  });

  it('draws no chart for a relation without readouts in the 12 months', async () => {
    await store.insertReadout(stored('2020-03-02'));
    const slack = fakeFiles();
    const [entry] = await homeRelations(
      { store, files: slack.files, fetchFn: slack.fetchFn, team: 'T1', today: '2026-03-15' },
      ['japan-us'],
    );
    expect(entry).toMatchObject({ lastContact: '2020-03-02', fileId: null });
    expect(slack.uploads).toHaveLength(0);
  });
});
