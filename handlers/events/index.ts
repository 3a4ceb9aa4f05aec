import type { App } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import type { RenderOptions } from '../../src/render/blocks.js';
import type { Store } from '../../src/store/index.js';
import { createLifecycleListener } from './app-lifecycle.js';
import { createLinkSharedListener } from './link-shared.js';

export function registerEvents(
  app: App,
  deps: { logger: Logger; store: Store; render: RenderOptions },
): void {
  app.event('link_shared', createLinkSharedListener(deps));
  const lifecycle = createLifecycleListener(deps);
  app.event('app_uninstalled', lifecycle);
  app.event('tokens_revoked', lifecycle);
}
