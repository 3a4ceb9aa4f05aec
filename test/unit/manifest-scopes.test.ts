import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { manifestBotScopes, parseBotScopes } from '../../src/deliver/manifest-scopes.js';

const manifestFile = join(import.meta.dirname, '../../manifest.yml');

describe('the bot scopes asked for at install come from manifest.yml', () => {
  it('reads the same scopes as a full YAML parser does', () => {
    const manifest = parse(readFileSync(manifestFile, 'utf8'));
    expect(manifestBotScopes()).toEqual(manifest.oauth_config.scopes.bot);
    expect(manifestBotScopes()).toContain('commands');
  });

  it('reads only the bot list: not user scopes, comments or later sections', () => {
    const text = [
      'oauth_config:',
      '  redirect_urls:',
      '    - https://x.example/slack/oauth_redirect',
      '  scopes:',
      '    user:',
      '      - search:read',
      '    bot:',
      '      # why this one',
      '      - commands',
      '      - "chat:write" # quoted, with a comment',
      '    bot_optional:',
      '      - links:read',
      'settings:',
      '  bot:',
      '    - not-a-scope',
    ].join('\n');
    expect(parseBotScopes(text)).toEqual(['commands', 'chat:write']);
    expect(parseBotScopes('display_information:\n  name: x\n')).toEqual([]);
  });
});

describe('manifestBotScopes', () => {
  it('refuses a manifest without bot scopes rather than install with none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-manifest-'));
    const file = join(dir, 'manifest.yml');
    writeFileSync(file, 'oauth_config:\n  scopes:\n    user:\n      - search:read\n');
    try {
      expect(() => manifestBotScopes(file)).toThrow(/no bot scopes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
