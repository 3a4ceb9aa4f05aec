import type { App } from '@slack/bolt';
import { SHARE_ACTION } from '../../src/commands/share.js';
import type { ReadoutCommandDeps } from '../commands/readout.js';
import { createShareAction } from './share.js';

export function registerActions(app: App, deps: ReadoutCommandDeps): void {
  app.action(SHARE_ACTION, createShareAction(deps));
}
