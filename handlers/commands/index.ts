import type { App } from '@slack/bolt';
import { createReadoutCommand, type ReadoutCommandDeps } from './readout.js';

export function registerCommands(app: App, deps: ReadoutCommandDeps): void {
  app.command('/readout', createReadoutCommand(deps));
}
