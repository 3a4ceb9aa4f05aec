import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '../..');
// Slack's published app-manifest schema, kept in the repository (see its README for the source).
const schemas = join(repo, 'fixtures/slack-manifest-schema');
const REMOTE = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/';

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  for (const version of ['1.0.0', '2.0.0']) {
    const schema = JSON.parse(readFileSync(join(schemas, `manifest.schema.${version}.json`), 'utf8'));
    delete schema.$id;
    ajv.addSchema(schema, `${REMOTE}manifest.schema.${version}.json`);
  }
  return ajv.compile(JSON.parse(readFileSync(join(schemas, 'manifest.schema.json'), 'utf8')));
}

const manifest = parse(readFileSync(join(repo, 'manifest.yml'), 'utf8'));

describe('manifest.yml', () => {
  const validate = validator();

  it("validates against Slack's manifest schema", () => {
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is rejected by the schema when it is broken (the check can fail)', () => {
    const broken = structuredClone(manifest);
    broken.features.slash_commands[0].command = 'readout without slash and far too long for a command name';
    broken.settings.event_subscriptions.request_url = 'not a url';
    expect(validate(broken)).toBe(false);
  });

  it('still validates in Socket Mode without request URLs', () => {
    const socket = structuredClone(manifest);
    socket.settings.socket_mode_enabled = true;
    delete socket.settings.event_subscriptions.request_url;
    delete socket.settings.interactivity.request_url;
    delete socket.features.slash_commands[0].url;
    expect(validate(socket)).toBe(true);
  });

  it('declares /readout on the contract endpoint and only the scopes the app uses', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(['/readout']);
    expect(manifest.features.slash_commands[0].url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/events$/);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'channels:history',
      'channels:join',
      'chat:write',
      'chat:write.public',
      'commands',
      'files:write',
      'groups:history',
      'im:history',
      'im:write',
      'links:read',
      'links:write',
      'users:read',
    ]);
    expect(manifest.features.unfurl_domains).toContain('mofa.go.jp');
    expect(manifest.settings.event_subscriptions.bot_events).toContain('link_shared');
  });
});
