import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../src/app/logger.js';
import { type RenderOptions, renderUnfurl } from '../../src/render/blocks.js';
import type { Store } from '../../src/store/index.js';

/**
 * `link_shared`: a readout URL from a known source pasted anywhere unfurls into its structured
 * summary (`chat.unfurl`). Links Readout has not read are left to Slack's own preview.
 */
export function createLinkSharedListener(deps: { store: Store; render: RenderOptions; logger: Logger }) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'link_shared'> & AllMiddlewareArgs) => {
    const unfurls: Record<string, { blocks: unknown[] }> = {};
    for (const link of event.links.slice(0, 10)) {
      const stored = await deps.store.findByUrl(link.url);
      if (stored)
        unfurls[link.url] = renderUnfurl(
          { id: stored.id, readout: stored.readout, link: stored.link, partial: stored.partial },
          deps.render,
        );
    }
    if (Object.keys(unfurls).length === 0) return;
    try {
      await client.chat.unfurl({
        channel: event.channel,
        ts: event.message_ts,
        unfurls: unfurls as never,
      });
    } catch (error) {
      deps.logger.warn({ err: error, channel: event.channel }, 'chat.unfurl failed');
    }
  };
}
