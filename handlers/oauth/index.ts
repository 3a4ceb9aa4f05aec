import type { ServerResponse } from 'node:http';
import type { AppOptions, Installation } from '@slack/bolt';
import type { Config } from '../../src/app/config.js';
import { httpFetch } from '../../src/app/http-fetch.js';
import type { Logger } from '../../src/app/logger.js';
import type { Store } from '../../src/store/index.js';
import { createInstallationStore } from './installation-store.js';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}a.button{display:inline-block;padding:.6rem 1.2rem;background:#1f3a5f;color:#fff;border-radius:.3rem;text-decoration:none}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</body>
</html>
`;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

/** The install page: what Readout does, and one link to Slack's consent screen (with the signed state). */
export function renderInstallPage(authorizeUrl: string): string {
  return page('Add Readout to Slack', [
    "Readout posts readouts of leaders' calls and meetings to your channels and answers <code>/readout</code>.",
    `<a class="button" href="${escapeHtml(authorizeUrl)}">Add to Slack</a>`,
    'Slack will show the permissions Readout asks for and the workspace it will be added to. The link works for 10 minutes, in this browser.',
  ]);
}

export function renderInstalledPage(teamName: string): string {
  return page('Readout is installed', [
    `Readout is now installed in <strong>${escapeHtml(teamName)}</strong>.`,
    'Next, in the channel where readouts should appear, type <code>/readout subscribe all</code> (or a relation such as <code>/readout subscribe japan-us</code>). For a private channel, invite the app first with <code>/invite @Readout</code>.',
    '<code>/readout help</code> lists everything it can do. You can close this page.',
  ]);
}

/** The failure page's status and words for an OAuth error code of @slack/oauth. */
export function describeInstallFailure(
  code: string,
  reason: string | undefined,
): { status: number; html: string } {
  const again = `Nothing was installed. Start again from <a href="${INSTALL_PATH}">${INSTALL_PATH}</a>.`;
  switch (code) {
    case 'slack_oauth_missing_state':
    case 'slack_oauth_invalid_state':
      return {
        status: 400,
        html: page('This install link cannot be used', [
          'The link back from Slack did not carry a valid sign-in state: it has expired (after 10 minutes), was opened in another browser, or did not start on this server.',
          `${again} Use the same browser from start to end.`,
        ]),
      };
    case 'slack_oauth_missing_code':
      return {
        status: 400,
        html: page('Slack sent no authorization', [
          'The link back from Slack carried no authorization code.',
          again,
        ]),
      };
    case 'slack_oauth_installer_authorization_error':
      return {
        status: 200,
        html: page('Install cancelled', ['You cancelled the install in Slack.', again]),
      };
    default:
      return {
        status: 500,
        html: page('Slack did not complete the install', [
          `Readout could not finish the install${reason ? ` (Slack said: <code>${escapeHtml(reason)}</code>)` : ''}.`,
          `${again} If it keeps failing, tell the person who runs Readout.`,
        ]),
      };
  }
}

/**
 * The Bolt options for many workspaces: OAuth install on the HTTP receiver (`GET /slack/install`
 * with a signed state in a cookie, `GET /slack/oauth_redirect` exchanging the code through
 * `oauth.v2.access` at SLACK_API_URL), scopes from the manifest, installs kept in the database.
 */
export function oauthAppOptions(
  config: Config,
  deps: { store: Store; logger: Logger; scopes: string[] },
): Pick<
  AppOptions,
  'clientId' | 'clientSecret' | 'stateSecret' | 'scopes' | 'installationStore' | 'installerOptions'
> {
  const oauth = config.oauth;
  if (!oauth)
    throw new Error('oauthAppOptions needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET');
  const log = deps.logger.child({ module: 'oauth' });
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: deps.scopes,
    installationStore: createInstallationStore(deps.store),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      stateVerification: true,
      // The install provider's own Web API client (oauth.v2.access, auth.test) goes to SLACK_API_URL too.
      clientOptions: { slackApiUrl: config.slack.apiUrl, fetch: httpFetch },
      renderHtmlForInstallPath: renderInstallPage,
      callbackOptions: {
        success: (installation: Installation, _options, _req, res) => {
          const team = installation.team?.name ?? installation.enterprise?.name ?? 'your workspace';
          log.info(
            {
              team: installation.team?.id,
              enterprise: installation.enterprise?.id,
              scopes: installation.bot?.scopes,
            },
            'workspace installed',
          );
          send(res, 200, renderInstalledPage(team));
        },
        failure: (error, _options, _req, res) => {
          const reason = (error as { data?: { error?: string } }).data?.error;
          log.warn({ code: error.code, reason }, 'install failed; nothing installed');
          const { status, html } = describeInstallFailure(error.code, reason);
          send(res, status, html);
        },
      },
    },
  };
}
