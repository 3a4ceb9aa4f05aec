import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../app/paths.js';

/**
 * The bot scopes under `oauth_config.scopes.bot` of a manifest written the way `manifest.yml` is:
 * block style, two-space indents, one `- scope` per line, comments allowed. Pure; an empty list
 * when the section is missing. (A test compares it with a full YAML parser on the real file.)
 */
export function parseBotScopes(manifest: string): string[] {
  const path = ['oauth_config', 'scopes', 'bot'];
  const scopes: string[] = [];
  let depth = 0;
  let inList = false;
  for (const raw of manifest.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, '');
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    const text = line.trim();
    if (inList) {
      if (text.startsWith('- ') && indent >= (depth - 1) * 2) {
        scopes.push(
          text
            .slice(2)
            .trim()
            .replace(/^["']|["']$/g, ''),
        );
        continue;
      }
      break;
    }
    const key = path[depth];
    if (key !== undefined && indent === depth * 2 && text === `${key}:`) {
      depth++;
      if (depth === path.length) inList = true;
    } else if (indent < depth * 2) {
      depth = Math.min(depth, indent / 2);
    }
  }
  return scopes;
}

/**
 * The bot scopes the app asks for at install: those of `manifest.yml`, the one place they are
 * listed. Throws when the file cannot be read or lists none (an install would then ask for nothing).
 */
export function manifestBotScopes(file = join(projectRoot(), 'manifest.yml')): string[] {
  const scopes = parseBotScopes(readFileSync(file, 'utf8'));
  if (scopes.length === 0) throw new Error(`${file} lists no bot scopes under oauth_config.scopes.bot`);
  return scopes;
}
