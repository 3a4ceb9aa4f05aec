import { planForChannels } from '../deliver/threads.js';
import { quoteWords } from '../deliver/watches.js';
import { type Block, type RenderOptions, renderReadout } from '../render/blocks.js';
import {
  escapeMrkdwn,
  formatDate,
  formatDuration,
  headline,
  KIND_LABELS,
  mrkdwnLink,
} from '../render/format.js';
import { answerStats, todayIn } from '../stats/stats-answer.js';
import type { Store, StoredReadout } from '../store/index.js';
import { describeDigests, runDigestCommand } from './digest-command.js';
import { type FeedsCommandDeps, runFeedsCommand } from './feeds.js';
import { type Command, targetLabel, USAGE } from './parse-command.js';
import { readPollingView, renderSources } from './sources.js';
import { runWatchCommand } from './watch-command.js';

/** A slash-command answer, as Slack takes it in the ack body or through response_url. */
export type CommandResponse = {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks?: Block[];
};

const MAX_ROWS = 10;

/** One readout as a list line: date, kind, duration, linked title. */
function listLine(row: StoredReadout): string {
  const r = row.readout;
  const date = r.date ? formatDate(r.date) : 'date not stated';
  const duration =
    r.durationMinutes !== null
      ? formatDuration(r.durationMinutes, r.durationApproximate)
      : 'duration not stated';
  const link = mrkdwnLink(r.url ?? row.link, headline(r)) ?? escapeMrkdwn(headline(r));
  return `• ${date} · ${KIND_LABELS[r.kind]} · ${duration} · ${link}`;
}

/** A search snippet for mrkdwn: escaped, with the matching words in bold. */
function highlight(snippet: string): string {
  const text = escapeMrkdwn(snippet)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the store marks matches with \u0001/\u0002, which no text contains.
    .replace(/[\u0001\u0002]/g, '*')
    .replace(/\s+/g, ' ')
    .trim();
  return `_${text}_`;
}

function listAnswer(head: string, lines: string[]): CommandResponse {
  const text = [head, ...lines].join('\n');
  return ephemeral(text, [{ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } }]);
}

const ephemeral = (text: string, blocks?: Block[]): CommandResponse => ({
  response_type: 'ephemeral',
  text,
  ...(blocks ? { blocks } : {}),
});

/** Where a command was typed, and by whom (subscriptions belong to that channel). */
export type CommandContext = { channelId: string; userId: string };

function describeFilter(f: {
  label: string;
  kind: string | null;
  level: string | null;
  words?: string[] | null;
}): string {
  const kind = f.kind ? ` (${KIND_LABELS[f.kind as keyof typeof KIND_LABELS]}s only)` : '';
  const level = f.level ? ` at ${f.level}' level` : '';
  const words = f.words?.length ? ` with ${quoteWords(f.words)}` : '';
  return `*${escapeMrkdwn(f.label)}*${kind}${level}${words}`;
}

/** What running a command needs. */
export type RunCommandDeps = {
  store: Store;
  render: RenderOptions;
  /** Starts delivering planned posts now (a backfill), after any work already under way. */
  deliverSoon?: () => Promise<unknown>;
  /** `/readout feeds …`: the operator's feeds, the role check and the feed check. */
  feeds?: Omit<FeedsCommandDeps, 'store'>;
};

/** The answer to one form of command (`kind`), given that command. */
type Handler<K extends Command['kind']> = (
  command: Command & { kind: K },
  deps: RunCommandDeps,
  context: CommandContext,
) => CommandResponse | Promise<CommandResponse>;

/** The relation has no readout yet (`latest`, `list`). */
const noReadoutYet = (slug: string) =>
  ephemeral(`No ${slug} readout yet. Readouts appear here as the feeds bring them.`);

async function answerSources(
  command: Command & { kind: 'sources' },
  deps: RunCommandDeps,
): Promise<CommandResponse> {
  const now = deps.feeds?.clock?.() ?? new Date();
  const view = await readPollingView(deps.store, deps.feeds?.operatorFeeds ?? [], now);
  const { text, blocks } = renderSources(command, view);
  return ephemeral(text, blocks);
}

const answerFeeds: Handler<'feeds' | 'feeds_add' | 'feeds_remove' | 'feeds_held'> = (
  command,
  deps,
  context,
) =>
  runFeedsCommand(
    command,
    {
      operatorFeeds: [],
      allowPrivateNetworks: false,
      firstPollDays: 7,
      ...deps.feeds,
      store: deps.store,
    },
    context.userId,
  );

/** Plans the last n readouts of a relation for this channel, oldest first, and says how many. */
async function answerBackfill(
  command: Command & { kind: 'backfill' },
  deps: RunCommandDeps,
  context: CommandContext,
): Promise<CommandResponse> {
  const rows = await deps.store.latestByRelation(command.relation.slug, command.n);
  if (rows.length === 0) return ephemeral(`No ${command.relation.slug} readout yet to post.`);
  let planned = 0;
  // Oldest first, through the same outbox as every post: never twice in one channel.
  // A readout of an event whose other side is already in the channel goes into that thread.
  for (const row of [...rows].reverse())
    planned += await planForChannels(deps.store, row, [context.channelId], { fresh: false });
  if (planned > 0) void deps.deliverSoon?.();
  const already = rows.length - planned;
  return ephemeral(
    planned === 0
      ? `The last ${rows.length} ${command.relation.slug} readouts are already in <#${context.channelId}>.`
      : `Posting the last ${planned} ${command.relation.slug} readout${planned === 1 ? '' : 's'} in <#${context.channelId}>${already > 0 ? ` (${already} already there)` : ''}.`,
  );
}

async function answerSubscribe(
  command: Command & { kind: 'subscribe' },
  deps: RunCommandDeps,
  context: CommandContext,
): Promise<CommandResponse> {
  const f = command.filter;
  const added = await deps.store.addSubscription({
    channel: context.channelId,
    target: f.target,
    kind: f.kind,
    level: f.level,
    createdBy: context.userId || null,
    words: f.words,
  });
  return ephemeral(
    added
      ? `Subscribed <#${context.channelId}> to ${describeFilter(f)}. New readouts will be posted here as they arrive; nothing old is posted.`
      : `<#${context.channelId}> already receives ${describeFilter(f)}.`,
  );
}

async function answerUnsubscribe(
  command: Command & { kind: 'unsubscribe' },
  deps: RunCommandDeps,
  context: CommandContext,
): Promise<CommandResponse> {
  const f = command.filter;
  const removed = await deps.store.removeSubscription({
    channel: context.channelId,
    target: f.target,
    kind: f.kind,
    level: f.level,
    words: f.words,
  });
  return ephemeral(
    removed
      ? `<#${context.channelId}> no longer receives ${describeFilter(f)}.`
      : `<#${context.channelId}> has no subscription to ${describeFilter(f)}; \`/readout subscriptions\` lists what it has.`,
  );
}

/** This channel's subscriptions, then its digest settings. */
async function answerSubscriptions(deps: RunCommandDeps, context: CommandContext): Promise<CommandResponse> {
  const subs = await deps.store.listSubscriptions(context.channelId);
  const digests = describeDigests(
    await deps.store.listDigestSettings(context.channelId),
    new Date(),
    deps.render.timeZone,
  );
  const digestPart = digests.length > 0 ? ['*Digests*', ...digests] : [];
  if (subs.length === 0)
    return ephemeral(
      [
        `<#${context.channelId}> has no subscriptions. Try \`/readout subscribe japan-us\`.`,
        ...digestPart,
      ].join('\n'),
    );
  const lines = subs.map((s) => {
    return `• ${describeFilter({ label: targetLabel(s.target), kind: s.kind, level: s.level, words: s.words })}`;
  });
  return ephemeral([`*Subscriptions of <#${context.channelId}>*`, ...lines, ...digestPart].join('\n'));
}

async function answerLatest(
  command: Command & { kind: 'latest' },
  deps: RunCommandDeps,
): Promise<CommandResponse> {
  const [latest] = await deps.store.latestByRelation(command.relation.slug, 1);
  if (!latest) return noReadoutYet(command.relation.slug);
  const message = renderReadout(
    { id: latest.id, readout: latest.readout, link: latest.link, partial: latest.partial },
    deps.render,
  );
  return ephemeral(message.text, message.blocks);
}

async function answerList(
  command: Command & { kind: 'list' },
  deps: RunCommandDeps,
): Promise<CommandResponse> {
  const rows = await deps.store.latestByRelation(command.relation.slug, command.n);
  if (rows.length === 0) return noReadoutYet(command.relation.slug);
  return listAnswer(
    `*Last ${rows.length} ${command.relation.slug} readout${rows.length === 1 ? '' : 's'}*`,
    rows.map((row) => listLine(row)),
  );
}

async function answerBetween(
  command: Command & { kind: 'between' },
  deps: RunCommandDeps,
): Promise<CommandResponse> {
  const rows = await deps.store.byRelationBetween(command.relation.slug, command.from, command.to, MAX_ROWS);
  if (rows.length === 0)
    return ephemeral(`No ${command.relation.slug} readout of an event ${command.label}.`);
  return listAnswer(
    `*${command.relation.slug} readouts ${command.label}*`,
    rows.map((row) => listLine(row)),
  );
}

async function answerSearch(
  command: Command & { kind: 'search' },
  deps: RunCommandDeps,
): Promise<CommandResponse> {
  const hits = await deps.store.searchReadouts(command.words, MAX_ROWS);
  const quoted = escapeMrkdwn(command.words.join(' '));
  if (hits.length === 0) return ephemeral(`No readout has all of “${quoted}”. Try fewer or other words.`);
  return listAnswer(
    `*Readouts with “${quoted}”* (best first)`,
    hits.map(({ stored, snippet }) => `${listLine(stored)}\n    ${highlight(snippet)}`),
  );
}

async function answerStatsCommand(
  command: Command & { kind: 'stats' },
  deps: RunCommandDeps,
): Promise<CommandResponse> {
  const answer = await answerStats(deps.store, command, todayIn(deps.render.timeZone));
  return ephemeral(answer.text, answer.blocks);
}

async function answerWho(command: Command & { kind: 'who' }, deps: RunCommandDeps): Promise<CommandResponse> {
  const rows = await deps.store.readoutsWithPerson(command.words, MAX_ROWS);
  const name = escapeMrkdwn(command.words.join(' '));
  if (rows.length === 0) return ephemeral(`No readout has a participant named “${name}”.`);
  return listAnswer(
    `*Latest readouts with ${name}*`,
    rows.map((row) => listLine(row)),
  );
}

const answerWatch: Handler<'watch' | 'watches' | 'unwatch'> = async (command, deps, context) =>
  ephemeral(await runWatchCommand(command, deps.store, context.userId));

/** One handler per form of command: the table is complete, or the build fails. */
const HANDLERS: { [K in Command['kind']]: Handler<K> } = {
  help: () => ephemeral(USAGE),
  usage: (command) => ephemeral(command.message),
  sources: answerSources,
  feeds: answerFeeds,
  feeds_add: answerFeeds,
  feeds_remove: answerFeeds,
  feeds_held: answerFeeds,
  backfill: answerBackfill,
  subscribe: answerSubscribe,
  unsubscribe: answerUnsubscribe,
  subscriptions: (_command, deps, context) => answerSubscriptions(deps, context),
  watch: answerWatch,
  watches: answerWatch,
  unwatch: answerWatch,
  digest: (command, deps, context) => runDigestCommand(command, deps, context.channelId, context.userId),
  latest: answerLatest,
  list: answerList,
  between: answerBetween,
  search: answerSearch,
  stats: answerStatsCommand,
  who: answerWho,
};

/** Runs a parsed `/readout` command against the store. Answers are ephemeral. */
export async function runCommand(
  command: Command,
  deps: RunCommandDeps,
  context: CommandContext = { channelId: '', userId: '' },
): Promise<CommandResponse> {
  // The table pairs each kind with its handler; TypeScript cannot see that pairing through a
  // lookup by `command.kind`, hence the widened handler type.
  const handler = HANDLERS[command.kind] as Handler<Command['kind']>;
  return handler(command, deps, context);
}
