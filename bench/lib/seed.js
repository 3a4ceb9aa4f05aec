// Realistic, varied readouts for the lookup and footprint benchmarks, written through the real
// store module of dist/ (insertReadout: the row, its JSON and its full-text entry). Deterministic:
// the same count gives the same readouts, so runs compare.
import { join } from 'node:path';
import { rng, root } from './util.js';

const { relationOf } = await import(join(root, 'dist/src/readout/relation.js'));
const { countryName } = await import(join(root, 'dist/src/readout/countries.js'));

// Partners of Japan, most frequent first (the app follows Japan's diplomacy), then third pairs.
const PARTNERS = [
  'US',
  'KR',
  'CN',
  'AU',
  'IN',
  'GB',
  'FR',
  'DE',
  'CA',
  'IT',
  'VN',
  'PH',
  'ID',
  'RU',
  'UA',
  'BR',
  'MX',
  'SG',
  'TH',
  'NZ',
  'TR',
  'SA',
  'AE',
  'EU',
  'MN',
  'MY',
  'PL',
  'ZA',
  'EG',
];
const SOURCES = [
  'mofa',
  'kantei',
  'whitehouse',
  'state',
  'ukgov',
  'pmgc',
  'india',
  'eu',
  'kremlin',
  'vietnam',
];
const KINDS = ['telephone', 'telephone', 'meeting', 'meeting', 'meeting', 'video', 'courtesy_call'];
const GIVEN = [
  'Fumio',
  'Shinzo',
  'Yoshihide',
  'Shigeru',
  'Taro',
  'Yoko',
  'Toshimitsu',
  'Joseph',
  'Antony',
  'Donald',
  'Moon',
  'Yoon',
  'Anthony',
  'Scott',
  'Narendra',
  'Boris',
  'Rishi',
  'Keir',
  'Emmanuel',
  'Olaf',
  'Justin',
  'Giorgia',
  'Pham',
  'Ferdinand',
  'Joko',
  'Vladimir',
  'Volodymyr',
  'Luiz',
  'Lee',
  'Jacinda',
];
const FAMILY = [
  'KISHIDA',
  'ABE',
  'SUGA',
  'ISHIBA',
  'KONO',
  'KAMIKAWA',
  'MOTEGI',
  'HAYASHI',
  'Biden',
  'Blinken',
  'Trump',
  'Jae-in',
  'Suk-yeol',
  'Albanese',
  'Morrison',
  'Modi',
  'Johnson',
  'Sunak',
  'Starmer',
  'Macron',
  'Scholz',
  'Trudeau',
  'Meloni',
  'Minh Chinh',
  'Marcos',
  'Widodo',
  'Putin',
  'Zelenskyy',
  'da Silva',
  'Hsien Loong',
  'Ardern',
];
const TITLES = [
  'Prime Minister',
  'President',
  'Minister for Foreign Affairs',
  'Secretary of State',
  'Foreign Secretary',
  'Chancellor',
  'Minister of Defense',
  'Vice President',
];
const SUBJECTS = [
  'The two leaders',
  'Prime Minister Kishida',
  'The Minister',
  'Both sides',
  'The President',
  'The two ministers',
  'The Foreign Minister',
];
const VERBS = [
  'confirmed',
  'agreed to strengthen',
  'welcomed progress on',
  'exchanged views on',
  'expressed concern over',
  'reaffirmed their commitment to',
  'discussed',
  'shared the view on',
  'agreed to continue close coordination on',
  'explained the position of Japan on',
];
// Topics from frequent to rare, so that searches hit from thousands of readouts to a handful.
const TOPICS = [
  'cooperation in the Indo-Pacific region',
  'the bilateral relationship',
  'economic cooperation',
  'regional issues including North Korea',
  'the situation in Ukraine',
  'energy security and decarbonization',
  'the rule of law at sea',
  'supply chains for semiconductors',
  'the abductions issue',
  'climate change and green transformation',
  'nuclear disarmament and non-proliferation',
  'the G7 Hiroshima Summit',
  'critical minerals and rare earths',
  'people-to-people exchanges and tourism',
  'the Senkaku Islands',
  'the East China Sea and South China Sea',
  'cybersecurity and economic security',
  'health security and pandemic preparedness',
  'space and quantum technology',
  'fisheries and food security',
  'infrastructure investment and connectivity',
  'the treated water of the Fukushima Daiichi nuclear power station',
  'the Expo 2025 Osaka Kansai',
  'the Tokyo International Conference on African Development',
  'reform of the United Nations Security Council',
  'hydrogen and ammonia co-firing',
  'Rohingya refugees',
  'visa waiver arrangements for students',
  'whaling research',
  'shinkansen high-speed rail',
];
const TAILS = [
  ', and agreed to keep in close communication.',
  ', including through the Quad framework.',
  ' towards the upcoming summit meeting.',
  ' in light of the changing security environment.',
  ', and welcomed the signing of a memorandum of cooperation.',
  ' based on shared fundamental values.',
  '.',
];

// Rare subjects: each comes up in a few dozen readouts of 50,000, as a named place or agreement does.
const RARE = Array.from(
  { length: 40 },
  (_, i) =>
    [
      'the Hokkaido',
      'the Okinawa',
      'the Mekong',
      'the Pacific Islands',
      'the Arctic',
      'the Sahel',
      'the Horn of Africa',
      'the Caspian',
    ][i % 8] +
    ' ' +
    ['fisheries accord', 'disaster relief', 'port project', 'scholarship programme', 'demining project'][
      Math.floor(i / 8)
    ],
);

function pickWeighted(r, list) {
  // Zipf-like: the first entries come up far more often than the last.
  const i = Math.floor(list.length * r() ** 3);
  return list[Math.min(i, list.length - 1)];
}

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

/** The readout number `i` of a seeded history (twenty years up to 2026-11-01). */
export function syntheticReadout(i, r = rng(i + 1)) {
  const partner = pickWeighted(r, PARTNERS);
  const codes = ['JP', partner];
  if (r() < 0.08)
    codes.push(
      pickWeighted(
        r,
        PARTNERS.filter((c) => c !== partner),
      ),
    );
  const relation = relationOf(codes);
  const day = new Date(Date.UTC(2006, 10, 1) + Math.floor(r() * 20 * 365.25) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const kind = pick(r, KINDS);
  const source = pick(r, SOURCES);
  const participants = codes.map((country) => ({
    name: `${pick(r, FAMILY)} ${pick(r, GIVEN)}`,
    honorific: r() < 0.5 ? 'H.E. Mr.' : null,
    title: `${pick(r, TITLES)} of ${countryName(country)}`,
    country,
  }));
  const nPoints = 2 + Math.floor(r() * 7);
  const keyPoints = Array.from({ length: nPoints }, (_, k) => ({
    n: k + 1,
    heading:
      r() < 0.3
        ? `${pickWeighted(r, TOPICS)}`.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())
        : null,
    text: Array.from(
      { length: 1 + Math.floor(r() * 3) },
      () => `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pickWeighted(r, TOPICS)}${pick(r, TAILS)}`,
    ).join(' '),
    subPoints: r() < 0.15 ? [`${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pickWeighted(r, TOPICS)}.`] : [],
  }));
  if (r() < 0.05)
    keyPoints.push({
      n: keyPoints.length + 1,
      heading: null,
      text: `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, RARE)}.`,
      subPoints: [],
    });
  const names = codes.map((c) => countryName(c)).join('-');
  const what = {
    telephone: 'Telephone Talk',
    meeting: 'Meeting',
    video: 'Video Conference',
    courtesy_call: 'Courtesy Call',
  }[kind];
  const slug = `${date.replaceAll('-', '')}-${relation.slug}-${i}`;
  return {
    source,
    url: `https://www.example-${source}.gov/readouts/${slug}.html`,
    title: `${names} ${r() < 0.5 ? 'Summit' : 'Foreign Ministers’'} ${what}`,
    section: `${names} Relations`,
    kind,
    docType: 'readout',
    date,
    published: date,
    start:
      r() < 0.6
        ? {
            time: `${String(7 + Math.floor(r() * 14)).padStart(2, '0')}:${String(Math.floor(r() * 12) * 5).padStart(2, '0')}`,
            approximate: false,
            timeZone: 'Asia/Tokyo',
          }
        : null,
    durationMinutes: r() < 0.7 ? 10 + Math.floor(r() * 12) * 5 : null,
    durationApproximate: r() < 0.5,
    participants,
    countries: relation.countries,
    relation: relation.slug,
    keyPoints,
    summary: [],
    warnings: [],
  };
}

/**
 * Stores a synthetic readout through `insertReadout` as the poller stores a feed item (the page
 * read once, complete); resolves with the stored readout.
 */
export async function insertSynthetic(store, readout, { feedUrl, announce }) {
  const { readout: stored } = await store.insertReadout({
    feedUrl,
    itemKey: readout.url,
    link: readout.url,
    itemPublishedAt: `${readout.date}T09:00:00.000Z`,
    itemTitle: readout.title,
    itemSummary: null,
    readout,
    partial: false,
    pageAttempts: 1,
    lastPageError: null,
    announce,
  });
  return stored;
}

/**
 * Writes `count` readouts into a store through `insertReadout`, as the poller stores them (old
 * items, not to be posted). `setClock`, when given, sets the store's clock to each readout's
 * date before it is stored. Feed URLs look like real government feeds, never loopback, so the
 * app's own poll never touches them.
 */
export async function seedReadouts(store, count, setClock) {
  for (let i = 0; i < count; i++) {
    const readout = syntheticReadout(i);
    // Stored when published, as a poller running all those years would have (created_at).
    setClock?.(new Date(`${readout.date ?? '2016-01-01'}T09:00:00.000Z`));
    const stored = await insertSynthetic(store, readout, {
      feedUrl: `https://www.example-${readout.source}.gov/feed-${i % 7}.xml`,
      announce: false,
    });
    // Planned, as the poller leaves every readout it stores (the seed's need no post).
    await store.markReadoutPlanned(stored.id);
  }
}

/** Relations and words that lookups ask for, from frequent to rare. */
export const LOOKUP_RELATIONS = [
  'japan-us',
  'japan-korea',
  'japan-china',
  'japan-australia',
  'japan-india',
  'japan-uk',
  'japan-vietnam',
  'japan-poland',
];
export const SEARCH_WORDS = [
  'Mekong',
  'demining',
  'cooperation',
  'Ukraine',
  'semiconductors',
  'abductions',
  'Senkaku',
  'hydrogen',
  'shinkansen',
  'Kishida',
  'economic security',
  'Fukushima treated water',
  'Arctic fisheries',
];
