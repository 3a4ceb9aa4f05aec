import type { App } from '@slack/bolt';
import { SHARE_ACTION } from '../../src/commands/share.js';
import { CATALOGUE_ADD_ACTION } from '../../src/home/home-view.js';
import type { ReadoutCommandDeps } from '../commands/readout.js';
import { type CatalogueAddDeps, createCatalogueAddAction } from './catalogue-add.js';
import { createShareAction } from './share.js';

export function registerActions(app: App, deps: ReadoutCommandDeps & Partial<CatalogueAddDeps>): void {
  app.action(SHARE_ACTION, createShareAction(deps));
  if (deps.feeds)
    app.action(
      CATALOGUE_ADD_ACTION,
      createCatalogueAddAction({
        ...deps,
        feeds: deps.feeds,
        feedUrls: deps.feedUrls ?? [],
        nextPoll: deps.nextPoll ?? (() => null),
      }),
    );
}
