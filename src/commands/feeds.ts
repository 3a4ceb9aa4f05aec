import { describeParked, PARKED_HEAD } from '../deliver/parking.js';
import { type CatalogueSource, catalogueSource, catalogueSourceByUrl } from '../feeds/catalogue.js';
import { type CheckOptions, checkFeed, type FeedCheck } from '../feeds/check-feed.js';
import { catalogueNote, healthNote } from '../feeds/health.js';
import { KIND_NAMES } from '../feeds/sources.js';
import type { Block } from '../render/blocks.js';
import { escapeMrkdwn } from '../render/format.js';
import type { FeedContent, FeedHealth, FeedSource, FeedState, Store } from '../store/index.js';
import { type FeedsCommand, normaliseFeedUrl } from './feeds-command.js';
import type { CommandResponse } from './run-command.js';

/** A user's workspace role as Slack reports it (users.info), or why it could not be read. */
export type RoleCheck = { ok: true; admin: boolean; role: string } | { ok: false; error: string };

export type FeedsCommandDeps = {
  store: Store;
  /** READOUT_FEEDS: polled always, never removable from Slack. */
  operatorFeeds: readonly string[];
  allowPrivateNetworks: boolean;
  firstPollDays: number;
  /** Reads the user's role from Slack; absent where no Slack client is at hand. */
  roleOf?: (userId: string) => Promise<RoleCheck>;
  check?: Omit<CheckOptions, 'allowPrivateNetworks'>;
  /** Many workspaces: the channels of the asker's workspace (parked channels shown are theirs). */
  ownChannels?: () => Promise<ReadonlySet<string>>;
  /** The time health notes are measured from (a catalogue source quiet for 30 days); now by default. */
  clock?: () => Date;
};

const ephemeral = (text: string, blocks?: Block[]): CommandResponse => ({
  response_type: 'ephemeral',
  text,
  ...(blocks ? { blocks } : {}),
});

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'never');
const quote = (text: string | null) => (text ? `“${escapeMrkdwn(text)}”` : 'untitled');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What `feeds add` found, for the answer: "RSS feed “X”: 20 items, newest “T” of 2026-11-20; 3 look like readouts". */
export function describeCheck(check: Extract<FeedCheck, { ok: true }>): string {
  const what = `${KIND_NAMES[check.kind]} ${quote(check.title)}`;
  const count =
    check.kind === 'html'
      ? `${plural(check.items, 'link')} match \`${escapeMrkdwn(check.linkPattern ?? '')}\``
      : plural(check.items, 'item');
  const newest = check.newest
    ? check.kind === 'html'
      ? `, first ${quote(check.newest.title)}`
      : `, newest ${quote(check.newest.title)}${check.newest.date ? ` of ${check.newest.date}` : ''}`
    : '';
  const like = `${check.readoutLike} ${check.readoutLike === 1 ? 'looks' : 'look'} like readouts`;
  return `${what}: ${count}${newest}; ${like}`;
}

/** "held back, not readouts: 12 — latest: “Statement on …”" for a feed that held any back. */
function heldBackLine(held: { count: number; latestTitle: string | null } | undefined, n: number): string {
  if (!held || held.count === 0) return '';
  return `\nheld back, not readouts: ${held.count} — latest: ${quote(held.latestTitle)} (\`/readout feeds held ${n}\` lists them)`;
}

function healthLine(
  state: FeedState | undefined,
  content: FeedContent | undefined,
  stored: number,
  health?: FeedHealth,
): string {
  if (!state) return `:white_circle: not polled yet: it is read at the next poll cycle${healthNote(health)}`;
  const status =
    state.consecutiveErrors > 0
      ? `:red_circle: ${plural(state.consecutiveErrors, 'consecutive error')}, last: ${escapeMrkdwn(state.lastError ?? 'unknown error')}`
      : ':large_green_circle: healthy, 0 consecutive errors';
  const seen = content ? `${plural(content.items, 'item')} seen at the last read` : 'no items read yet';
  return `${status} · last success ${when(state.lastSuccessAt)} · ${seen} · ${plural(stored, 'readout')} stored${healthNote(health)}`;
}

type FeedRow = { url: string; origin: string; source?: FeedSource };

/** The feeds in the order `/readout feeds` numbers them: the operator's, then those added from Slack. */
function feedRows(deps: FeedsCommandDeps, sources: FeedSource[]): FeedRow[] {
  const operator = new Set(deps.operatorFeeds);
  return [
    ...deps.operatorFeeds.map((url) => ({ url, origin: `set by the operator (${operatorVariable(url)})` })),
    ...sources
      .filter((s) => !operator.has(s.url))
      .map((s) => ({
        url: s.url,
        origin: `added from Slack${s.addedBy ? ` by <@${s.addedBy}>` : ''} on ${s.addedAt.slice(0, 10)}`,
        source: s,
      })),
  ];
}

async function listFeeds(deps: FeedsCommandDeps): Promise<CommandResponse> {
  const [sources, states, contents, counts, healths, held, problems, own] = await Promise.all([
    deps.store.listFeedSources(),
    deps.store.listFeeds(),
    deps.store.listFeedContent(),
    deps.store.countReadoutsByFeed(),
    deps.store.listFeedHealth(),
    deps.store.heldBackByFeed(),
    deps.store.listChannelProblems(),
    deps.ownChannels?.(),
  ]);
  const now = deps.clock?.() ?? new Date();
  const parked = describeParked(own ? problems.filter((p) => own.has(p.channel)) : problems, now);
  const healthOf = new Map(healths.map((h) => [h.url, h]));
  const stateOf = new Map(states.map((s) => [s.url, s]));
  const contentOf = new Map(contents.map((c) => [c.url, c]));
  const rows = feedRows(deps, sources);
  const parkedPart = parked.length > 0 ? [PARKED_HEAD, ...parked].join('\n') : null;
  if (rows.length === 0) {
    const text = ['Readout polls no feed. An admin can add one: `/readout feeds add <url>`.', parkedPart]
      .filter(Boolean)
      .join('\n');
    return ephemeral(text);
  }
  const lines = rows.map((row, i) => {
    const content = contentOf.get(row.url);
    const kind = row.source?.kind ?? content?.kind ?? catalogueSourceByUrl(row.url)?.kind;
    const kindText = kind ? KIND_NAMES[kind] : 'RSS/RDF/Atom feed';
    const title = content?.title ?? row.source?.title ?? null;
    const entry = catalogueSourceByUrl(row.url);
    // An operator's HTML index from the catalogue is read with the entry's pattern.
    const linkPattern = row.source?.linkPattern ?? entry?.linkPattern;
    const pattern = linkPattern ? `, links \`${escapeMrkdwn(linkPattern)}\`` : '';
    const named = entry ? ` · catalogue source \`${entry.id}\`` : '';
    const moved = entry ? catalogueNote(entry, stateOf.get(row.url), content, now) : '';
    return (
      `*${i + 1}.* ${escapeMrkdwn(row.url)}\n` +
      `${kindText}${title ? ` ${quote(title)}` : ''}${pattern} · ${row.origin}${named}\n` +
      healthLine(stateOf.get(row.url), content, counts[row.url] ?? 0, healthOf.get(row.url)) +
      moved +
      heldBackLine(held[row.url], i + 1)
    );
  });
  const head = `*Feeds Readout polls* (${rows.length})`;
  const text = [head, ...lines, ...(parkedPart ? [parkedPart] : [])].join('\n');
  // Slack allows 50 blocks: the head, up to 47 feeds, "…and N more", and the parked channels.
  const shown = parkedPart ? 46 : 48;
  const blocks: Block[] = [
    { type: 'section', text: { type: 'mrkdwn', text: head } },
    ...lines
      .slice(0, shown)
      .map((line) => ({ type: 'section', text: { type: 'mrkdwn', text: line.slice(0, 3000) } })),
  ];
  if (lines.length > shown)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `…and ${lines.length - shown} more` }],
    });
  if (parkedPart) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: parkedPart.slice(0, 3000) } });
  return ephemeral(text, blocks);
}

/** Admins and owners may change the feeds; anyone else is told who can. */
async function refusal(
  deps: FeedsCommandDeps,
  userId: string,
  verb: string,
): Promise<CommandResponse | null> {
  const who = 'Only workspace admins and owners';
  if (!deps.roleOf) return ephemeral(`${who} can ${verb} feeds, and Readout cannot check your role here.`);
  const role = await deps.roleOf(userId);
  if (!role.ok)
    return ephemeral(
      `${who} can ${verb} feeds, and Readout could not check your role with Slack (\`${escapeMrkdwn(role.error)}\`). ` +
        'If the error is `missing_scope`, reinstall the app so it has the `users:read` scope.',
    );
  if (!role.admin)
    return ephemeral(
      `${who} can ${verb} feeds; you are a ${role.role} of this workspace. Ask an admin or owner, or see \`/readout feeds\` for what is polled.`,
    );
  return null;
}

/** Where an operator's feed comes from: a catalogue source may be READOUT_SOURCES' or the default set's. */
const operatorVariable = (url: string) =>
  catalogueSourceByUrl(url) ? 'READOUT_SOURCES, READOUT_FEEDS or the default set' : 'READOUT_FEEDS';

const sameUrl = (a: string, b: string) => {
  try {
    return normaliseFeedUrl(a) === normaliseFeedUrl(b);
  } catch {
    return a === b;
  }
};

/** How many held-back pages `feeds held` lists. */
export const HELD_BACK_SHOWN = 10;

/** `/readout feeds held <url|n>`: a feed's last pages held back, for an admin to spot a mistake. */
async function listHeldBack(
  deps: FeedsCommandDeps,
  feed: { url: string } | { n: number },
): Promise<CommandResponse> {
  let url: string;
  if ('n' in feed) {
    const row = feedRows(deps, await deps.store.listFeedSources())[feed.n - 1];
    if (!row)
      return ephemeral(
        `There is no feed number ${feed.n}; \`/readout feeds\` lists them with their numbers.`,
      );
    url = row.url;
  } else url = feed.url;
  const pages = await deps.store.listHeldBack(url, HELD_BACK_SHOWN);
  const shown = escapeMrkdwn(url);
  if (pages.length === 0)
    return ephemeral(`${shown} has held back no page: everything it brought was posted as a readout.`);
  const total = (await deps.store.heldBackByFeed())[url]?.count ?? pages.length;
  const what = (docType: string) =>
    docType === 'press_conference' ? 'press conference, no talk named' : 'not a readout';
  const lines = pages.map(
    (p) =>
      `• ${p.storedAt.slice(0, 10)} <${escapeMrkdwn(p.link)}|${escapeMrkdwn(p.title ?? 'untitled')}> (${what(p.docType)})`,
  );
  const head =
    `*Held back from ${shown}*: ${total} ${total === 1 ? 'page' : 'pages'} stored and searchable but not posted` +
    `${total > pages.length ? `; the last ${pages.length}` : ''}:`;
  return ephemeral([head, ...lines].join('\n'));
}

/** Runs `/readout feeds`, `feeds add`, `feeds remove` and `feeds held`. Answers are ephemeral. */
export async function runFeedsCommand(
  command: FeedsCommand,
  deps: FeedsCommandDeps,
  userId: string,
): Promise<CommandResponse> {
  if (command.kind === 'feeds') return listFeeds(deps);
  if (command.kind === 'feeds_held') {
    const refused = await refusal(deps, userId, 'see the held-back pages of');
    if (refused) return refused;
    return listHeldBack(deps, command.feed);
  }
  const url = command.url;
  const entry = command.sourceId ? catalogueSource(command.sourceId) : undefined;
  // A catalogue source is named by its id and publisher as well as its address.
  const shown = entry
    ? `\`${entry.id}\` (${escapeMrkdwn(entry.publisher)}, ${escapeMrkdwn(url)})`
    : escapeMrkdwn(url);
  if (command.kind === 'feeds_remove') {
    const refused = await refusal(deps, userId, 'remove');
    if (refused) return refused;
    if (deps.operatorFeeds.some((f) => sameUrl(f, url)))
      return ephemeral(
        `${shown} is set by the operator in ${operatorVariable(url)} and cannot be removed from Slack; ask whoever runs Readout to change ${catalogueSourceByUrl(url) ? 'READOUT_SOURCES' : 'READOUT_FEEDS'}.`,
      );
    const removed = await deps.store.removeFeedSource(url);
    return ephemeral(
      removed
        ? `Stopped polling ${shown}. Readouts already stored from it stay findable with \`/readout\`.`
        : `${shown} is not a feed added from Slack, so there is nothing to remove; \`/readout feeds\` lists the feeds.`,
    );
  }
  const refused = await refusal(deps, userId, 'add');
  if (refused) return refused;
  // A feed disabled by a 410 Gone (operator's or added from Slack) is polled again.
  const disabled = (await deps.store.listFeedHealth()).find((h) => h.disabledAt && sameUrl(h.url, url));
  const byOperator = deps.operatorFeeds.some((f) => sameUrl(f, url));
  const existing = (await deps.store.listFeedSources()).find((s) => sameUrl(s.url, url));
  if (disabled && (byOperator || existing)) {
    await deps.store.resetFeedHealth(disabled.url);
    return ephemeral(
      `Re-enabled ${escapeMrkdwn(disabled.url)}: it was disabled after ${escapeMrkdwn(disabled.disabledReason ?? 'HTTP 410 Gone')}. It is polled again from the next poll cycle; its readouts are kept, none is posted twice.`,
    );
  }
  if (byOperator)
    return ephemeral(`${shown} is already polled: the operator set it in ${operatorVariable(url)}.`);
  if (existing)
    return ephemeral(
      `${shown} is already polled (added on ${existing.addedAt.slice(0, 10)}); \`/readout feeds\` shows its health.`,
    );
  const check = await checkFeed(url, command.linkPattern, {
    ...deps.check,
    allowPrivateNetworks: deps.allowPrivateNetworks,
  });
  if (!check.ok) return ephemeral(`Not added: ${shown}: ${escapeMrkdwn(check.reason)}`);
  const added = await deps.store.addFeedSource({
    url,
    kind: check.kind,
    linkPattern: check.linkPattern,
    title: check.title,
    addedBy: userId || null,
  });
  if (!added) return ephemeral(`${shown} was added by someone else just now; \`/readout feeds\` shows it.`);
  // Added afresh: no back-off, move or 410 left from an earlier time it was polled.
  await deps.store.resetFeedHealth(url);
  const baseline =
    check.kind === 'html'
      ? 'Its first poll is a baseline: the links there now are stored, not posted; every link that appears after it is posted.'
      : `Its first poll is a baseline: items older than ${plural(deps.firstPollDays, 'day')} are stored, not posted.`;
  return ephemeral(
    `Added ${shown}. ${describeCheck(check)}.\nIt is polled from the next poll cycle on. ${baseline}${entry ? sourceCaveats(entry) : ''}`,
  );
}

/** What an admin adding a catalogue source is told besides the check: its terms, its evidence. */
function sourceCaveats(entry: CatalogueSource): string {
  const lines: string[] = [];
  if (entry.carries === 'mixed')
    lines.push('It carries readouts among other documents: the others are stored and held back, not posted.');
  if (entry.terms?.restricted) lines.push(`:warning: Terms: ${escapeMrkdwn(entry.terms.summary)}`);
  if (!entry.evidence.confirmed)
    lines.push(
      `This catalogue entry is unconfirmed${entry.evidence.note ? `: ${escapeMrkdwn(entry.evidence.note)}` : ''}.`,
    );
  return lines.map((l) => `\n${l}`).join('');
}
