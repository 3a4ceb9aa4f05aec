import type { App } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import { createLifecycleListener } from './app-lifecycle.js';

export function registerEvents(app: App, deps: { logger: Logger }): void {
  const lifecycle = createLifecycleListener(deps);
  app.event('app_uninstalled', lifecycle);
  app.event('tokens_revoked', lifecycle);
}
