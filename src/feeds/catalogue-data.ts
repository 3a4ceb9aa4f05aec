import type { CatalogueSource } from './catalogue.js';

/**
 * The catalogue's entries (see catalogue.ts for what each field means; README, "Source
 * catalogue", for how to add one). Evidence was gathered from stored copies of public pages and
 * code (third-party configurations, URL test reports, publishers' own code), not by fetching the
 * URLs from here: `confirmed` is the date of the latest dated check seen, or null.
 *
 * Keep the entries grouped by government; `/readout sources` sorts them anyway.
 */
export const CATALOGUE_ENTRIES: CatalogueSource[] = [
  // ── Japan ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'kantei',
    government: 'JP',
    publisher: "Prime Minister's Office of Japan (Kantei)",
    title: 'English news (PM in action, statements, diplomatic summaries)',
    url: 'https://japan.kantei.go.jp/index-e2.rdf',
    kind: 'rdf',
    language: 'en',
    carries: 'mixed',
    terms: {
      restricted: true,
      summary:
        "Kantei's RSS terms (japan.kantei.go.jp/rss.html) forbid using the feed's information to build websites or e-mail magazines and forbid redistribution, even non-commercial; posting its items to Slack may fall under this. Check the terms before using it.",
    },
    evidence: {
      documentedAt: [
        'https://japan.kantei.go.jp/rss.html (the publisher lists the feed)',
        'a third-party URL test report of 2026-03-19: 200, current items, PM paths under /105/',
      ],
      confirmed: '2026-03-19',
      note: 'Named .rdf; the 2026-03 check found RSS 2.0 inside. Readout reads either.',
    },
  },
  {
    id: 'mofa-press',
    government: 'JP',
    publisher: 'Ministry of Foreign Affairs of Japan (MOFA)',
    title: 'Press releases (HTML index)',
    url: 'https://www.mofa.go.jp/press/release/index.html',
    kind: 'html',
    linkPattern: '/press/release/press*.html',
    language: 'en',
    carries: 'mixed',
    evidence: {
      documentedAt: [
        'MOFA English site, Press Releases index (dl.title-list layout, seen in third-party scrapers)',
      ],
      confirmed: null,
      note: 'mofa.go.jp answered every automated request with HTTP 403 in a 2026-03-19 test; no English RSS feed could be confirmed.',
    },
  },
  {
    id: 'mofa-us',
    government: 'JP',
    publisher: 'Ministry of Foreign Affairs of Japan (MOFA)',
    title: 'Japan–U.S. relations (HTML index)',
    url: 'https://www.mofa.go.jp/na/na1/us/index.html',
    kind: 'html',
    linkPattern: '/na/na1/us/page*.html',
    language: 'en',
    carries: 'mixed',
    evidence: {
      documentedAt: ['MOFA English site, per-country "Relations" pages (/na/na1/us/…)'],
      confirmed: null,
      note: 'Same 403 to automated clients as the rest of mofa.go.jp (2026-03-19 test).',
    },
  },
  // ── United States ──────────────────────────────────────────────────────────────────────
  {
    id: 'whitehouse',
    government: 'US',
    publisher: 'The White House',
    title: 'News (WordPress RSS)',
    url: 'https://www.whitehouse.gov/news/feed/',
    kind: 'rss',
    language: 'en',
    carries: 'mixed',
    terms: { restricted: false, summary: 'Works of the U.S. federal government are in the public domain.' },
    evidence: {
      documentedAt: ['many third-party feed configurations (2025→ site layout)'],
      confirmed: null,
      note: 'The paths change with each administration; an RSSHub issue of 2025-01-23 reports the older briefing-room feed going empty after the rebuild.',
    },
  },
  {
    id: 'whitehouse-briefings',
    government: 'US',
    publisher: 'The White House',
    title: 'Briefings & statements (HTML index)',
    url: 'https://www.whitehouse.gov/briefings-statements/',
    kind: 'html',
    linkPattern: '/briefings-statements/20*/*/*/',
    language: 'en',
    carries: 'mixed',
    terms: { restricted: false, summary: 'Works of the U.S. federal government are in the public domain.' },
    evidence: {
      documentedAt: ['selenasun1618/whitehouse-rss-feeds (a scraper that builds RSS from this page)'],
      confirmed: null,
    },
  },
  {
    id: 'state',
    government: 'US',
    publisher: 'U.S. Department of State',
    title: 'Press releases (WordPress RSS)',
    url: 'https://www.state.gov/rss-feed/press-releases/feed/',
    kind: 'rss',
    language: 'en',
    carries: 'mixed',
    terms: { restricted: false, summary: 'Works of the U.S. federal government are in the public domain.' },
    evidence: {
      documentedAt: ["state.gov's RSS feeds page; many third-party configurations"],
      confirmed: null,
      note: 'A FreshRSS issue of 2024-07 shows state.gov answering non-browser clients with an HTML bot check.',
    },
  },
  {
    id: 'state-eap',
    government: 'US',
    publisher: 'U.S. Department of State',
    title: 'East Asia and the Pacific (WordPress RSS)',
    url: 'https://www.state.gov/rss-feed/east-asia-and-the-pacific/feed/',
    kind: 'rss',
    language: 'en',
    carries: 'mixed',
    terms: { restricted: false, summary: 'Works of the U.S. federal government are in the public domain.' },
    evidence: {
      documentedAt: ['third-party feed configurations'],
      confirmed: null,
      note: 'Same bot check as the press-releases feed.',
    },
  },
  // ── United Kingdom ─────────────────────────────────────────────────────────────────────
  {
    id: 'gov-uk-pm',
    government: 'GB',
    publisher: "Prime Minister's Office, 10 Downing Street (GOV.UK)",
    title: 'Activity on GOV.UK (Atom)',
    url: 'https://www.gov.uk/government/organisations/prime-ministers-office-10-downing-street.atom',
    kind: 'atom',
    language: 'en',
    carries: 'mixed',
    terms: {
      restricted: false,
      summary: 'Open Government Licence v3.0 unless a page says otherwise; attribution required.',
    },
    evidence: {
      documentedAt: [
        'alphagov/collections (the publisher’s own code: organisation pages declare this feed)',
        'a third-party list of confirmed, working official feeds',
      ],
      confirmed: '2026-12-06',
      note: "Confirmed from the publisher's own code (stored copy read on that date), not by a live fetch. Entries carry a one-line summary, no body: Readout fetches each page.",
    },
  },
  {
    id: 'gov-uk-fcdo',
    government: 'GB',
    publisher: 'Foreign, Commonwealth & Development Office (GOV.UK)',
    title: 'Activity on GOV.UK (Atom)',
    url: 'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office.atom',
    kind: 'atom',
    language: 'en',
    carries: 'mixed',
    terms: {
      restricted: false,
      summary: 'Open Government Licence v3.0 unless a page says otherwise; attribution required.',
    },
    evidence: {
      documentedAt: [
        'GOV.UK organisation feeds (alphagov/collections)',
        'a third-party feed list marked "Last Verified: 2026-01-08"',
      ],
      confirmed: '2026-01-08',
      note: 'Also carries travel advice and sanctions notices: many items are not readouts.',
    },
  },
  // ── Canada ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'pm-canada-readouts',
    government: 'CA',
    publisher: 'Prime Minister of Canada',
    title: 'Readouts (HTML index)',
    url: 'https://www.pm.gc.ca/en/news/readouts',
    kind: 'html',
    linkPattern: '/en/news/readouts/*/*/*/*',
    language: 'en',
    carries: 'readouts',
    evidence: {
      documentedAt: [
        'a third-party URL test report of 2026-03-19: the Readouts page loads',
        'readout URLs of the form /en/news/readouts/YYYY/MM/DD/<slug> cited by several projects',
      ],
      confirmed: '2026-03-19',
    },
    // The Drupal node holds title, date and body; the page's other regions are navigation.
    container: ['article'],
  },
  {
    id: 'pm-canada',
    government: 'CA',
    publisher: 'Prime Minister of Canada',
    title: 'News (RSS)',
    url: 'https://pm.gc.ca/en/news.rss',
    kind: 'rss',
    language: 'en',
    carries: 'mixed',
    evidence: {
      documentedAt: ['a third-party URL test report of 2026-03-19: valid RSS 2.0, feed title "News"'],
      confirmed: '2026-03-19',
    },
    container: ['article'],
  },
  {
    id: 'gac',
    government: 'CA',
    publisher: 'Global Affairs Canada',
    title: 'News (Atom, Government of Canada news API)',
    url: 'https://api.io.canada.ca/io-server/gc/news/en/v2?dept=departmentofforeignaffairstradeanddevelopment&sort=publishedDate&orderBy=desc&publishedDate>=2015-01-01&pick=5&format=atom&atomtitle=Global+Affairs+Canada+news',
    kind: 'atom',
    language: 'en',
    carries: 'mixed',
    evidence: {
      documentedAt: ['a third-party URL test report of 2026-03-19: valid Atom, current items'],
      confirmed: '2026-03-19',
      note: 'pick=5: the five newest items at each poll.',
    },
  },
  // ── Russia ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'kremlin',
    government: 'RU',
    publisher: 'President of Russia (Kremlin)',
    title: 'President news (Atom)',
    url: 'https://en.kremlin.ru/events/president/news/feed',
    kind: 'atom',
    language: 'en',
    carries: 'mixed',
    terms: {
      restricted: false,
      summary:
        'The site’s copyright page (as quoted by a third party) allows reproduction with a reference to the source, under CC BY 4.0, except some agency photographs.',
    },
    evidence: {
      documentedAt: ['a third-party feed survey dated 2026-09-13; many third-party configurations'],
      confirmed: null,
      note: 'The 2026-09-13 survey got Atom over plain http only: https timed out from there.',
    },
  },
  // ── European Union ─────────────────────────────────────────────────────────────────────
  {
    id: 'eu-council',
    government: 'EU',
    publisher: 'European Council / Council of the EU',
    title: 'Press releases (RSS)',
    url: 'https://www.consilium.europa.eu/en/rss/pressreleases.ashx',
    kind: 'rss',
    language: 'en',
    carries: 'mixed',
    evidence: {
      documentedAt: ['many third-party feed configurations and adapters'],
      confirmed: null,
      note: 'One configuration notes that the human-facing RSS directory page refuses non-browser clients while this .ashx feed answers.',
    },
  },
  // ── Taiwan ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'tw-mofa-press',
    government: 'TW',
    publisher: 'Ministry of Foreign Affairs, Taiwan',
    title: 'Press releases (RSS)',
    url: 'https://en.mofa.gov.tw/OpenData.aspx?SN=3273AA376FB01416',
    kind: 'rss',
    language: 'en',
    carries: 'mixed',
    evidence: {
      documentedAt: [
        'https://en.mofa.gov.tw/Rss.aspx?n=1447 (the publisher lists its feeds)',
        'a third-party URL test report of 2026-03-19: RSS 2.0, 30 items',
      ],
      confirmed: '2026-03-19',
    },
  },
  // ── India ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'india-pib',
    government: 'IN',
    publisher: 'Press Information Bureau, Government of India',
    title: 'Press releases, all ministries (RSS)',
    url: 'https://pib.gov.in/RssMain.aspx?ModId=6&Lang=1&Regid=3',
    kind: 'rss',
    language: 'en',
    carries: 'mixed',
    evidence: {
      documentedAt: [
        'https://www.pib.gov.in/ViewRss.aspx (the publisher lists its feeds)',
        'a third-party URL test report of 2026-03-19: RSS 2.0, 20 items',
      ],
      confirmed: '2026-03-19',
      note: "The same test saw Hindi items in this English feed once. MEA's own section pages answered with an error page then.",
    },
  },
  // ── France ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'fr-diplomatie',
    government: 'FR',
    publisher: "Ministère de l'Europe et des Affaires étrangères",
    title: 'Actualités (RSS)',
    url: 'https://www.diplomatie.gouv.fr/spip.php?page=backend-fd',
    kind: 'rss',
    language: 'fr',
    carries: 'mixed',
    evidence: {
      documentedAt: [
        'https://www.diplomatie.gouv.fr/fr/mentions-legales/les-flux-rss-de-france-diplomatie/ (the publisher lists its feeds)',
        'a third-party URL test report of 2026-03-19: 10 items',
      ],
      confirmed: null,
      note: 'The 2026-03-19 test fetched it over http://; https is not confirmed. Readout parses English readouts best.',
    },
  },
  // ── Germany ────────────────────────────────────────────────────────────────────────────
  {
    id: 'de-chancellor',
    government: 'DE',
    publisher: 'Federal Chancellor (Bundeskanzler)',
    title: 'Aktuelles (RSS)',
    url: 'https://www.bundeskanzler.de/service/rss/bk-de/1859752/feed.xml',
    kind: 'rss',
    language: 'de',
    carries: 'mixed',
    evidence: {
      documentedAt: ['a third-party list of confirmed, working official feeds (undated)'],
      confirmed: null,
      note: 'German-language items.',
    },
  },
  // ── Republic of Korea ──────────────────────────────────────────────────────────────────
  {
    id: 'kr-mofa',
    government: 'KR',
    publisher: 'Ministry of Foreign Affairs, Republic of Korea',
    title: 'Press releases (RSS)',
    url: 'https://www.mofa.go.kr/eng/rss/pressRelease.xml',
    kind: 'rss',
    language: 'en',
    carries: 'mixed',
    evidence: {
      documentedAt: ['third-party feed configurations only'],
      confirmed: null,
      note: "data.go.kr offers official open APIs for MOFA Korea's briefings and press releases instead.",
    },
  },
];

/**
 * The default set: polled by a new install when neither READOUT_SOURCES nor READOUT_FEEDS is
 * set. Only confirmed sources. Kantei was the built-in feed before the catalogue (an install
 * that relied on it keeps it) and is the one confirmed Japanese feed; Canada's Readouts page
 * carries readouts only. The confirmed mixed feeds of Japan's partners (GOV.UK's No 10 and
 * FCDO, Global Affairs Canada) are in it since the page classifier holds their non-readouts
 * back (README, "Source catalogue").
 */
export const DEFAULT_SOURCE_IDS: string[] = [
  'kantei',
  'pm-canada-readouts',
  'gov-uk-pm',
  'gov-uk-fcdo',
  'gac',
];
