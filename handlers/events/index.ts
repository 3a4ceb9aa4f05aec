import type { App } from '@slack/bolt';
import type { Logger } from '../../src/app/logger.js';
import type { RenderOptions } from '../../src/render/blocks.js';
import type { Store } from '../../src/store/index.js';
import { type AppHomeDeps, createAppHomeListener } from './app-home.js';
import { createLifecycleListener } from './app-lifecycle.js';
import { createLinkSharedListener } from './link-shared.js';

export function registerEvents(
  app: App,
  deps: { logger: Logger; store: Store; render: RenderOptions; multiWorkspace?: boolean } & Partial<
    Pick<AppHomeDeps, 'feedUrls' | 'nextPoll'>
  >,
): void {
  app.event('link_shared', createLinkSharedListener(deps));
  app.event(
    'app_home_opened',
    createAppHomeListener({
      ...deps,
      feedUrls: deps.feedUrls ?? [],
      nextPoll: deps.nextPoll ?? (() => null),
    }),
  );
  const lifecycle = createLifecycleListener(deps);
  app.event('app_uninstalled', lifecycle);
  app.event('tokens_revoked', lifecycle);
}
