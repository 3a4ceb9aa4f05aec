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

/** Runs a parsed `/readout` command against the store. Answers are ephemeral. */
export async function runCommand(
  command: Command,
  deps: {
    store: Store;
    render: RenderOptions;
    /** Starts delivering planned posts now (a backfill), after any work already under way. */
    deliverSoon?: () => Promise<unknown>;
    /** `/readout feeds …`: the operator's feeds, the role check and the feed check. */
    feeds?: Omit<FeedsCommandDeps, 'store'>;
  },
  context: CommandContext = { channelId: '', userId: '' },
): Promise<CommandResponse> {
  switch (command.kind) {
    case 'help':
      return ephemeral(USAGE);
    case 'usage':
      return ephemeral(command.message);
    case 'sources': {
      const now = deps.feeds?.clock?.() ?? new Date();
      const view = await readPollingView(deps.store, deps.feeds?.operatorFeeds ?? [], now);
      const { text, blocks } = renderSources(command, view);
      return ephemeral(text, blocks);
    }
    case 'feeds':
    case 'feeds_add':
    case 'feeds_remove':
    case 'feeds_held':
      return runFeedsCommand(
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
    case 'backfill': {
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
    case 'subscribe': {
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
    case 'unsubscribe': {
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
    case 'subscriptions': {
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
    case 'watch':
    case 'watches':
    case 'unwatch':
      return ephemeral(await runWatchCommand(command, deps.store, context.userId));
    case 'digest':
      return runDigestCommand(command, deps, context.channelId, context.userId);
    case 'latest': {
      const [latest] = await deps.store.latestByRelation(command.relation.slug, 1);
      if (!latest)
        return ephemeral(
          `No ${command.relation.slug} readout yet. Readouts appear here as the feeds bring them.`,
        );
      const message = renderReadout(
        { id: latest.id, readout: latest.readout, link: latest.link, partial: latest.partial },
        deps.render,
      );
      return ephemeral(message.text, message.blocks);
    }
    case 'list': {
      const rows = await deps.store.latestByRelation(command.relation.slug, command.n);
      if (rows.length === 0)
        return ephemeral(
          `No ${command.relation.slug} readout yet. Readouts appear here as the feeds bring them.`,
        );
      return listAnswer(
        `*Last ${rows.length} ${command.relation.slug} readout${rows.length === 1 ? '' : 's'}*`,
        rows.map((row) => listLine(row)),
      );
    }
    case 'between': {
      const rows = await deps.store.byRelationBetween(
        command.relation.slug,
        command.from,
        command.to,
        MAX_ROWS,
      );
      if (rows.length === 0)
        return ephemeral(`No ${command.relation.slug} readout of an event ${command.label}.`);
      return listAnswer(
        `*${command.relation.slug} readouts ${command.label}*`,
        rows.map((row) => listLine(row)),
      );
    }
    case 'search': {
      const hits = await deps.store.searchReadouts(command.words, MAX_ROWS);
      const quoted = escapeMrkdwn(command.words.join(' '));
      if (hits.length === 0) return ephemeral(`No readout has all of “${quoted}”. Try fewer or other words.`);
      return listAnswer(
        `*Readouts with “${quoted}”* (best first)`,
        hits.map(({ stored, snippet }) => `${listLine(stored)}\n    ${highlight(snippet)}`),
      );
    }
    case 'stats': {
      const answer = await answerStats(deps.store, command, todayIn(deps.render.timeZone));
      return ephemeral(answer.text, answer.blocks);
    }
    case 'who': {
      const rows = await deps.store.readoutsWithPerson(command.words, MAX_ROWS);
      const name = escapeMrkdwn(command.words.join(' '));
      if (rows.length === 0) return ephemeral(`No readout has a participant named “${name}”.`);
      return listAnswer(
        `*Latest readouts with ${name}*`,
        rows.map((row) => listLine(row)),
      );
    }
  }
}
