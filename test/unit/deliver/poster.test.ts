import { describe, expect, it } from 'vitest';
import { type ChatClient, createSlackPoster, NotInstalledError } from '../../../src/deliver/poster.js';

/** A ChatClient that records its calls (a stand-in for the Web API client, not a module mock). */
function recordingClient() {
  const calls: { method: string; args: Record<string, unknown> }[] = [];
  const client: ChatClient = {
    chat: {
      postMessage: async (args) => {
        calls.push({ method: 'chat.postMessage', args });
        return { ok: true, ts: '1.000100' };
      },
      update: async (args) => {
        calls.push({ method: 'chat.update', args });
        return { ok: true };
      },
    },
  };
  return { client, calls };
}

const message = { text: 'a readout', blocks: [] };

describe('createSlackPoster', () => {
  it("posts, replies and edits with the token of the channel's workspace", async () => {
    const { client, calls } = recordingClient();
    const tokens: Record<string, string> = { C1: 'xoxb-one', C2: 'xoxb-two' };
    const poster = createSlackPoster(client, { tokenFor: async (channel) => tokens[channel] ?? null });
    await poster.post('C1', message);
    await poster.reply('C2', '1.000100', message);
    await poster.update('C2', '1.000100', message);
    expect(calls.map((c) => [c.method, c.args.channel, c.args.token])).toEqual([
      ['chat.postMessage', 'C1', 'xoxb-one'],
      ['chat.postMessage', 'C2', 'xoxb-two'],
      ['chat.update', 'C2', 'xoxb-two'],
    ]);
  });

  it('refuses, without calling Slack, a channel whose workspace is not installed', async () => {
    const { client, calls } = recordingClient();
    const poster = createSlackPoster(client, { tokenFor: async () => null });
    const error = await poster.post('C9', message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotInstalledError);
    expect((error as NotInstalledError).data.error).toBe('not_installed');
    await expect(poster.update('C9', '1.0', message)).rejects.toThrow(/C9/);
    expect(calls).toEqual([]);
  });

  it('sends no token of its own in single-token mode (the client has one)', async () => {
    const { client, calls } = recordingClient();
    await createSlackPoster(client).post('C1', message);
    expect(calls[0]?.args).not.toHaveProperty('token');
  });
});
