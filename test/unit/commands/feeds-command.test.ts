import { describe, expect, it } from 'vitest';
import { parseCommand, USAGE } from '../../../src/commands/parse-command.js';

type Expected =
  | { kind: 'feeds' }
  | { kind: 'feeds_add'; url: string; linkPattern: string | null; sourceId?: string }
  | { kind: 'feeds_remove'; url: string; sourceId?: string }
  | { kind: 'feeds_held'; feed: { url: string } | { n: number } }
  | { kind: 'usage'; says: RegExp };

const MOFA_US = 'https://www.mofa.go.jp/na/na1/us/index.html';

describe('parseCommand: /readout feeds', () => {
  const table: [string, Expected][] = [
    ['feeds', { kind: 'feeds' }],
    ['FEEDS', { kind: 'feeds' }],
    ['feeds list', { kind: 'feeds' }],
    [
      'feeds add https://japan.kantei.go.jp/index-e2.rdf',
      { kind: 'feeds_add', url: 'https://japan.kantei.go.jp/index-e2.rdf', linkPattern: null },
    ],
    // The URL and the pattern keep their case; the host is lowercased, the fragment dropped.
    [
      'feeds ADD https://WWW.Mofa.go.jp/na/na1/us/Index.html#top',
      { kind: 'feeds_add', url: 'https://www.mofa.go.jp/na/na1/us/Index.html', linkPattern: null },
    ],
    [
      `feeds add ${MOFA_US} links:/na/na1/us/page*.html`,
      { kind: 'feeds_add', url: MOFA_US, linkPattern: '/na/na1/us/page*.html' },
    ],
    [
      `feeds add ${MOFA_US} LINKS:/na/na1/us/Page*.html`,
      { kind: 'feeds_add', url: MOFA_US, linkPattern: '/na/na1/us/Page*.html' },
    ],
    // Slack's link markup around the URL and around a whole-URL pattern.
    [`feeds add <${MOFA_US}>`, { kind: 'feeds_add', url: MOFA_US, linkPattern: null }],
    [
      `feeds add <${MOFA_US}|www.mofa.go.jp/na/na1/us/index.html> links:<https://www.mofa.go.jp/press/**>`,
      { kind: 'feeds_add', url: MOFA_US, linkPattern: 'https://www.mofa.go.jp/press/**' },
    ],
    [
      'feeds add http://127.0.0.1:8080/feed.xml',
      { kind: 'feeds_add', url: 'http://127.0.0.1:8080/feed.xml', linkPattern: null },
    ],
    // Slack sends `&` as `&amp;`.
    [
      'feeds add https://www.mofa.go.jp/press/list.php?lang=en&amp;page=1 links:/press/*.html?a=1&amp;b=2',
      {
        kind: 'feeds_add',
        url: 'https://www.mofa.go.jp/press/list.php?lang=en&page=1',
        linkPattern: '/press/*.html?a=1&b=2',
      },
    ],
    [`feeds remove ${MOFA_US}`, { kind: 'feeds_remove', url: MOFA_US }],
    [`feeds rm <${MOFA_US}>`, { kind: 'feeds_remove', url: MOFA_US }],
    ['feeds held 2', { kind: 'feeds_held', feed: { n: 2 } }],
    [`feeds held <${MOFA_US}>`, { kind: 'feeds_held', feed: { url: MOFA_US } }],
    ['feeds held', { kind: 'usage', says: /`feeds held` takes one feed: its number in `\/readout feeds`/ }],
    ['feeds held 1 2', { kind: 'usage', says: /`feeds held` takes one feed/ }],
    [
      'feeds held mofa',
      { kind: 'usage', says: /`mofa` is neither an address nor a source of the catalogue/ },
    ],
    ['feeds held kantei', { kind: 'feeds_held', feed: { url: 'https://japan.kantei.go.jp/index-e2.rdf' } }],
    // Mistakes: each says what was wrong.
    ['feeds add', { kind: 'usage', says: /`feeds add` needs the address of a feed or index page/ }],
    ['feeds add links:/x/*', { kind: 'usage', says: /`feeds add` needs the address/ }],
    [
      'feeds add ftp://ftp.example.org/feed.xml',
      {
        kind: 'usage',
        says: /http:\/\/ or https:\/\/ address \(got `ftp:\/\/ftp\.example\.org\/feed\.xml`\)/,
      },
    ],
    [
      'feeds add www.mofa.go.jp/press/release/index.html',
      { kind: 'usage', says: /http:\/\/ or https:\/\/ address \(got `www\.mofa/ },
    ],
    ['feeds add https://exa mple.org', { kind: 'usage', says: /I don't know `mple\.org`/ }],
    ['feeds add https://[bad/', { kind: 'usage', says: /`https:\/\/\[bad\/` is not a valid address/ }],
    [`feeds add ${MOFA_US} links:`, { kind: 'usage', says: /`links:`: the link pattern is empty/ }],
    [
      `feeds add ${MOFA_US} links:page*.html`,
      { kind: 'usage', says: /`links:`: a link pattern starts with `\/`/ },
    ],
    [`feeds add ${MOFA_US} links:/a/* links:/b/*`, { kind: 'usage', says: /only one `links:<pattern>`/ }],
    [`feeds add ${MOFA_US} every:5m`, { kind: 'usage', says: /I don't know `every:5m` after the address/ }],
    ['feeds remove', { kind: 'usage', says: /`feeds remove` needs the address/ }],
    [
      'feeds remove mofa',
      {
        kind: 'usage',
        says: /`mofa` is neither an address nor a source of the catalogue: `\/readout sources` lists the ids/,
      },
    ],
    // A catalogue id names its URL and, for an HTML index, its link pattern.
    [
      'feeds add gov-uk-pm',
      {
        kind: 'feeds_add',
        url: 'https://www.gov.uk/government/organisations/prime-ministers-office-10-downing-street.atom',
        linkPattern: null,
        sourceId: 'gov-uk-pm',
      },
    ],
    [
      'feeds add MOFA-US',
      { kind: 'feeds_add', url: MOFA_US, linkPattern: '/na/na1/us/page*.html', sourceId: 'mofa-us' },
    ],
    [
      'feeds add whitehouse',
      {
        kind: 'feeds_add',
        url: 'https://www.whitehouse.gov/news/feed/',
        linkPattern: null,
        sourceId: 'whitehouse',
      },
    ],
    ['feeds remove mofa-us', { kind: 'feeds_remove', url: MOFA_US, sourceId: 'mofa-us' }],
    [
      'feeds add white-house',
      { kind: 'usage', says: /`white-house` is neither an address nor a source of the catalogue/ },
    ],
    [
      'feeds add mofa-us links:/x/*',
      { kind: 'usage', says: /`feeds add mofa-us` takes nothing after the id/ },
    ],
    [`feeds remove ${MOFA_US} ${MOFA_US}`, { kind: 'usage', says: /`feeds remove` takes one address/ }],
    [
      'feeds frobnicate',
      {
        kind: 'usage',
        says: /I don't know `feeds frobnicate`.*`\/readout feeds add <url\|source-id> \[links:<pattern>\]`/,
      },
    ],
    ['feeds list extra', { kind: 'usage', says: /`feeds` takes nothing after it \(got `extra`\)/ }],
  ];

  it.each(table)('%s', (text, expected) => {
    const command = parseCommand(text);
    if (expected.kind === 'usage') {
      expect(command.kind).toBe('usage');
      const message = (command as { message: string }).message;
      expect(message).toMatch(expected.says);
      // Every mistake carries the usage, with its examples.
      expect(message).toContain(USAGE);
      expect(message).toContain(
        '/readout feeds add https://www.mofa.go.jp/na/na1/us/index.html links:/na/na1/us/page*.html',
      );
    } else {
      expect(command).toEqual(expected);
    }
  });

  it('lists the feeds commands in the help', () => {
    expect(USAGE).toMatch(/`\/readout feeds`: the feeds Readout polls/);
    expect(USAGE).toMatch(/`\/readout feeds remove <url\|source-id>` \(workspace admins and owners\)/);
    expect(USAGE).toMatch(
      /`\/readout feeds add <source-id>` \(workspace admins and owners\): poll a source of the catalogue/,
    );
    expect(USAGE).toMatch(/`\/readout sources \[country\]`/);
    expect(USAGE).toMatch(/`\/readout feeds held <url\|number>` \(workspace admins and owners\)/);
  });
});
