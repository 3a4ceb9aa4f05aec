import { type Block, type RenderOptions, renderReadout } from '../render/blocks.js';
import {
  escapeMrkdwn,
  formatDate,
  formatDuration,
  headline,
  KIND_LABELS,
  mrkdwnLink,
} from '../render/format.js';
import type { Store } from '../store/index.js';
import { type Command, USAGE } from './parse-command.js';

/** A slash-command answer, as Slack takes it in the ack body or through response_url. */
export type CommandResponse = {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks?: Block[];
};

const ephemeral = (text: string, blocks?: Block[]): CommandResponse => ({
  response_type: 'ephemeral',
  text,
  ...(blocks ? { blocks } : {}),
});

/** Runs a parsed `/readout` command against the store. Answers are ephemeral. */
export async function runCommand(
  command: Command,
  deps: { store: Store; render: RenderOptions },
): Promise<CommandResponse> {
  switch (command.kind) {
    case 'help':
      return ephemeral(USAGE);
    case 'usage':
      return ephemeral(command.message);
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
      const lines = rows.map((row) => {
        const r = row.readout;
        const date = r.date ? formatDate(r.date) : 'date not stated';
        const duration =
          r.durationMinutes !== null
            ? formatDuration(r.durationMinutes, r.durationApproximate)
            : 'duration not stated';
        const link = mrkdwnLink(r.url ?? row.link, headline(r)) ?? escapeMrkdwn(headline(r));
        return `• ${date} · ${KIND_LABELS[r.kind]} · ${duration} · ${link}`;
      });
      const head = `*Last ${rows.length} ${command.relation.slug} readout${rows.length === 1 ? '' : 's'}*`;
      const text = [head, ...lines].join('\n');
      return ephemeral(text, [{ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 3000) } }]);
    }
  }
}
